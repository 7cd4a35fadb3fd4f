#include "core/sync/ReportValueBuilder.h"

#include "core/base/Error.h"

#include <fmt/format.h>

namespace relawas::core {

void ReportValueBuilder::begin(std::size_t bytes)
{
    m_active = true;
    m_root = nlohmann::json();
    m_stack.clear();
    m_bytes = 0;
    m_limit = bytes;
}

void ReportValueBuilder::add(nlohmann::json value, const Place& place)
{
    const bool container = value.is_object() || value.is_array();
    nlohmann::json* slot = nullptr;
    if (m_stack.empty()) {
        m_root = std::move(value);
        slot = &m_root;
    } else if (m_stack.back()->is_array()) {
        m_stack.back()->push_back(std::move(value));
        slot = &m_stack.back()->back();
    } else {
        auto& members = m_stack.back()->get_ref<nlohmann::json::object_t&>();
        const auto [at, added] = members.try_emplace(std::move(m_key), std::move(value));
        if (!added) {
            const std::string where = place();
            throw Error(ErrorKind::UserInput, "report.duplicate_member", fmt::format("{} is given twice", where), where,
                        {where});
        }
        slot = &at->second;
    }
    if (container) {
        if (m_stack.size() >= kDeepestReportRecord) {
            const std::string where = place();
            throw Error(ErrorKind::UserInput, "report.too_large", fmt::format("{} is nested too deeply", where), where,
                        {where});
        }
        m_stack.push_back(slot);
    }
}

void ReportValueBuilder::key(std::string name, const Place& place)
{
    count(name.size(), place);
    m_key = std::move(name);
}

void ReportValueBuilder::count(std::size_t bytes, const Place& place)
{
    m_bytes += bytes + 1;
    if (bytes > kLongestReportString || m_bytes > m_limit) {
        const std::string where = place();
        throw Error(ErrorKind::UserInput, "report.too_large",
                    fmt::format("{} is larger than a report's record can be", where), where, {where});
    }
}

bool ReportValueBuilder::end()
{
    m_stack.pop_back();
    if (m_stack.empty()) {
        m_active = false;
        return true;
    }
    return false;
}

} // namespace relawas::core
