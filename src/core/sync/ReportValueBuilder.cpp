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

void ReportValueBuilder::add(nlohmann::json value, const std::string& place)
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
        nlohmann::json& object = *m_stack.back();
        if (object.contains(m_key)) {
            throw Error(ErrorKind::UserInput, "report.duplicate_member", fmt::format("{} is given twice", place), place,
                        {place});
        }
        object[m_key] = std::move(value);
        slot = &object[m_key];
    }
    if (container) {
        if (m_stack.size() >= kDeepestReportRecord) {
            throw Error(ErrorKind::UserInput, "report.too_large", fmt::format("{} is nested too deeply", place), place,
                        {place});
        }
        m_stack.push_back(slot);
    }
}

void ReportValueBuilder::key(const std::string& name, const std::string& place)
{
    count(name.size(), place);
    m_key = name;
}

void ReportValueBuilder::count(std::size_t bytes, const std::string& place)
{
    m_bytes += bytes + 1;
    if (bytes > kLongestReportString || m_bytes > m_limit) {
        throw Error(ErrorKind::UserInput, "report.too_large",
                    fmt::format("{} is larger than a report's record can be", place), place, {place});
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
