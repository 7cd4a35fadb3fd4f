#include "core/import/ImportReport.h"

#include <nlohmann/json.hpp>

namespace relawas::core {

std::string_view rowStatusId(RowStatus status)
{
    switch (status) {
    case RowStatus::Accepted:
        return "accepted";
    case RowStatus::Warning:
        return "warning";
    case RowStatus::Duplicate:
        return "duplicate";
    case RowStatus::Refused:
        return "refused";
    case RowStatus::Skipped:
        return "skipped";
    }
    return "refused";
}

nlohmann::ordered_json importReportToJson(const ImportReport& report)
{
    auto rows = nlohmann::ordered_json::array();
    for (const auto& row : report.rows) {
        auto messages = nlohmann::ordered_json::array();
        for (const auto& message : row.messages) {
            messages.push_back(message.message);
        }
        nlohmann::ordered_json entry = {{"line", row.line}};
        if (row.lastLine > row.line) {
            entry["last_line"] = row.lastLine;
        }
        entry["status"] = rowStatusId(row.status);
        entry["messages"] = std::move(messages);
        rows.push_back(std::move(entry));
    }
    const auto& s = report.summary;
    nlohmann::ordered_json summary = {{"accepted", s.accepted}, {"warning", s.warning}, {"duplicate", s.duplicate},
                                      {"refused", s.refused},   {"skipped", s.skipped}, {"written", s.written}};
    return {{"rows", std::move(rows)}, {"summary", std::move(summary)}};
}

} // namespace relawas::core
