#include "core/reports/XlsxWorkbook.h"

#include "core/base/Error.h"
#include "core/base/OutputFile.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <vector>

#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace relawas::core {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxCellBytes = 32767; // Excel counts characters; bytes are never fewer

[[noreturn]] void notWritable(const fs::path& output, const std::string& reason)
{
    throw Error(ErrorKind::UserInput, "output.not_writable",
                fmt::format("{} cannot be written: {}", output.string(), reason), output.string(),
                {output.string(), reason});
}

std::optional<lxw_datetime> localMoment(const std::string& utcIso)
{
    std::tm utc{};
    if (std::sscanf(utcIso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour,
                    &utc.tm_min, &utc.tm_sec) != 6) {
        return std::nullopt;
    }
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    const std::time_t moment = timegm(&utc);
    std::tm local{};
    if (moment == std::time_t(-1) || !localtime_r(&moment, &local)) {
        return std::nullopt;
    }
    return lxw_datetime{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday,
                        local.tm_hour,        local.tm_min,     double(local.tm_sec)};
}

} // namespace

XlsxSheet::XlsxSheet(lxw_worksheet* sheet, const Formats& formats)
    : m_sheet(sheet)
    , m_formats(formats)
{}

void XlsxSheet::header(std::initializer_list<std::pair<std::string_view, double>> columns, bool freeze)
{
    lxw_col_t column = 0;
    for (const auto& [title, width] : columns) {
        worksheet_set_column(m_sheet, column, column, width, nullptr);
        text(column, title, true);
        ++column;
    }
    m_headerRow = m_row;
    m_lastColumn = lxw_col_t(column - 1);
    if (freeze) {
        worksheet_freeze_panes(m_sheet, m_row + 1, 0);
    }
    next();
}

void XlsxSheet::text(std::uint16_t column, std::string_view value, bool bold)
{
    if (value.empty()) {
        return;
    }
    if (value.size() > kMaxCellBytes) {
        std::size_t cut = kMaxCellBytes;
        while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80) {
            --cut;
        }
        value = value.substr(0, cut);
    }
    // A string cell is never a formula, whatever it begins with ("=1+1", "+62812...", "-"): no quoting is needed.
    worksheet_write_string(m_sheet, m_row, column, std::string(value).c_str(), bold ? m_formats.bold : nullptr);
}

void XlsxSheet::number(std::uint16_t column, double value)
{
    worksheet_write_number(m_sheet, m_row, column, value, nullptr);
}

void XlsxSheet::date(std::uint16_t column, const std::optional<Date>& value)
{
    if (value) {
        lxw_datetime when{int(value->year()), int(unsigned(value->month())), int(unsigned(value->day())), 0, 0, 0};
        worksheet_write_datetime(m_sheet, m_row, column, &when, m_formats.date);
    }
}

void XlsxSheet::moment(std::uint16_t column, const std::string& utcIso)
{
    if (auto when = localMoment(utcIso)) {
        worksheet_write_datetime(m_sheet, m_row, column, &*when, m_formats.moment);
    } else {
        text(column, utcIso);
    }
}

void XlsxSheet::percent(std::uint16_t column, const std::optional<double>& share)
{
    if (share) {
        worksheet_write_number(m_sheet, m_row, column, *share, m_formats.percent);
    }
}

void XlsxSheet::next()
{
    ++m_row;
}

void XlsxSheet::autofilter()
{
    worksheet_autofilter(m_sheet, m_headerRow, 0, std::max(m_headerRow, m_row - 1), m_lastColumn);
}

long long XlsxSheet::rowsBelowHeader() const
{
    return static_cast<long long>(m_row) - static_cast<long long>(m_headerRow) - 1;
}

XlsxWorkbook::XlsxWorkbook(const fs::path& output)
    : m_output(output)
{
    std::error_code error;
    if (fs::is_directory(output, error)) {
        notWritable(output, "it is a folder");
    }
    const fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
    std::string name = (folder / ("." + output.filename().string() + ".xlsx-XXXXXX")).string();
    const int fd = ::mkstemp(name.data()); // created 0600: the workbook may hold full NIKs
    if (fd < 0) {
        notWritable(output, std::strerror(errno));
    }
    ::close(fd);
    m_scratch = name;

    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: memory stays flat
    options.use_zip64 = LXW_TRUE;
    m_workbook = workbook_new_opt(m_scratch.c_str(), &options);
    if (!m_workbook) {
        fs::remove(m_scratch, error);
        notWritable(output, "the workbook cannot be created");
    }
    m_formats.bold = workbook_add_format(m_workbook);
    format_set_bold(m_formats.bold);
    m_formats.date = workbook_add_format(m_workbook);
    format_set_num_format(m_formats.date, "dd/mm/yyyy");
    m_formats.moment = workbook_add_format(m_workbook);
    format_set_num_format(m_formats.moment, "dd/mm/yyyy hh:mm");
    m_formats.percent = workbook_add_format(m_workbook);
    format_set_num_format(m_formats.percent, "0.0%");
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook) {
        workbook_close(m_workbook); // the only way libxlsxwriter frees a workbook; the scratch goes next
    }
    std::error_code ignored;
    fs::remove(m_scratch, ignored);
}

XlsxSheet XlsxWorkbook::sheet(const char* name)
{
    lxw_worksheet* added = workbook_add_worksheet(m_workbook, name);
    if (!added) {
        notWritable(m_output, fmt::format("the sheet {} cannot be added", name));
    }
    return XlsxSheet(added, m_formats);
}

void XlsxWorkbook::finishInto(PrivateFileWriter& file)
{
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    if (closed != LXW_NO_ERROR) {
        notWritable(m_output, lxw_strerror(closed));
    }
    std::ifstream in(m_scratch, std::ios::binary);
    std::vector<char> buffer(std::size_t(1) << 20);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        file.write(std::string_view(buffer.data(), std::size_t(in.gcount())));
    }
    if (in.bad() || !in.eof()) {
        notWritable(m_output, "the finished workbook cannot be read back");
    }
}

} // namespace relawas::core
