#include "ImportTestSupport.h"

#include <catch2/catch.hpp>
#include <fstream>

namespace relawas::tests {

void writeBytes(const std::filesystem::path& file, const std::string& bytes)
{
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << bytes;
}

std::string crlf(const std::vector<std::string>& lines)
{
    std::string text;
    for (const auto& line : lines) {
        text += line + "\r\n";
    }
    return text;
}

std::vector<std::string> codesOf(const core::RowResult& row)
{
    std::vector<std::string> codes;
    for (const auto& message : row.messages) {
        codes.push_back(message.code);
    }
    return codes;
}

const core::RowResult& rowAt(const core::ImportReport& report, std::size_t line)
{
    for (const auto& row : report.rows) {
        if (row.line == line) {
            return row;
        }
    }
    FAIL("no row on line " << line);
    throw std::logic_error("unreachable");
}

} // namespace relawas::tests
