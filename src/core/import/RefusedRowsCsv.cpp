#include "core/import/RefusedRowsCsv.h"

#include "core/base/CsvReader.h"
#include "core/import/sheet/CellValues.h"

namespace relawas::core {

namespace {

// Digits Excel would read as a number and mangle: a NIK (16 digits, more than a number keeps) or a phone ("0812...",
// whose leading zero a number drops).
bool looksLikeDigits(const std::string& text)
{
    const std::string clean = cleanCellText(text);
    return clean.size() >= 8 && clean.find_first_not_of("+0123456789 -") == std::string::npos;
}

} // namespace

RefusedRowsCsv::RefusedRowsCsv(const ColumnMapping& mapping, char delimiter, std::string reasonHeader,
                               Describe describe)
    : m_delimiter(delimiter)
    , m_describe(std::move(describe))
{
    // The reason column of an earlier round, in either language, whichever program wrote it.
    const std::string reasonKey = foldName(reasonHeader);
    const auto isReason = [&reasonKey](const std::string& header) {
        const std::string folded = foldName(header);
        return folded == reasonKey || folded == "reason refused" || folded == "alasan ditolak";
    };
    std::vector<std::string> header;
    for (std::size_t i = 0; i < mapping.headers.size(); ++i) {
        if (isReason(mapping.headers[i])) {
            continue; // the reasons of an earlier round: replaced by this round's
        }
        m_columns.push_back(i);
        const auto field = i < mapping.fields.size() ? mapping.fields[i] : std::nullopt;
        m_keepAsText.push_back(field == ImportField::Nik || field == ImportField::Phone);
        header.push_back(spreadsheetText(mapping.headers[i]));
    }
    header.push_back(spreadsheetText(reasonHeader));
    m_header = line(header);
}

void RefusedRowsCsv::add(const SheetRow& row, const std::vector<ImportMessage>& messages)
{
    std::vector<std::string> cells;
    for (std::size_t k = 0; k < m_columns.size(); ++k) {
        // A stranger's cell is never run as a formula; the NIK or phone written as ="digits", so that Excel keeps
        // every digit, is the one formula this file holds.
        const std::string text = row.text(m_columns[k]);
        cells.push_back(m_keepAsText[k] && looksLikeDigits(text) ? "=\"" + cleanCellText(text) + "\""
                                                                 : spreadsheetText(text));
    }
    std::string reasons;
    for (const auto& message : messages) {
        if (message.severity == ImportMessage::Severity::Error) {
            reasons += (reasons.empty() ? "" : "; ") + (m_describe ? m_describe(message) : message.message);
        }
    }
    cells.push_back(spreadsheetText(reasons));
    m_body += line(cells);
    ++m_count;
}

std::string RefusedRowsCsv::text() const
{
    if (m_count == 0) {
        return {};
    }
    return "\xEF\xBB\xBF" + m_header + m_body;
}

std::string RefusedRowsCsv::line(const std::vector<std::string>& cells) const
{
    std::string text;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            text += m_delimiter;
        }
        text += csvField(cells[i], m_delimiter);
    }
    return text + "\r\n";
}

} // namespace relawas::core
