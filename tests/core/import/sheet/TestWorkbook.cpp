#include "TestWorkbook.h"

#include <stdexcept>

#include <xlsxwriter.h>
#include <zip.h>

namespace relawas::tests {

TestWorkbook::TestWorkbook(const std::filesystem::path& file, bool inlineStrings, const std::string& sheetName)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    m_workbook = workbook_new_opt(file.string().c_str(), &options);
    if (m_workbook == nullptr) {
        throw std::runtime_error("cannot create " + file.string());
    }
    m_sheet = workbook_add_worksheet(m_workbook, sheetName.c_str());
}

TestWorkbook::~TestWorkbook()
{
    if (!m_closed) {
        workbook_close(m_workbook);
    }
}

void TestWorkbook::text(int row, int column, const std::string& value)
{
    worksheet_write_string(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value.c_str(),
                           nullptr);
}

void TestWorkbook::number(int row, int column, double value)
{
    worksheet_write_number(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, nullptr);
}

void TestWorkbook::date(int row, int column, int year, int month, int day, const std::string& format)
{
    lxw_format* cellFormat = workbook_add_format(m_workbook);
    if (format.empty()) {
        format_set_num_format_index(cellFormat, 14);
    } else {
        format_set_num_format(cellFormat, format.c_str());
    }
    lxw_datetime when{year, month, day, 0, 0, 0.0};
    worksheet_write_datetime(m_sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), &when, cellFormat);
}

void TestWorkbook::row(int row, const std::vector<std::string>& texts)
{
    for (std::size_t column = 0; column < texts.size(); ++column) {
        if (!texts[column].empty()) {
            text(row, static_cast<int>(column), texts[column]);
        }
    }
}

void TestWorkbook::close()
{
    if (!m_closed) {
        m_closed = true;
        if (workbook_close(m_workbook) != LXW_NO_ERROR) {
            throw std::runtime_error("libxlsxwriter could not write the workbook");
        }
    }
}

void replaceZipEntry(const std::filesystem::path& from, const std::filesystem::path& to, const std::string& name,
                     const std::string& content)
{
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
    int error = 0;
    zip_t* archive = zip_open(to.string().c_str(), 0, &error);
    if (archive == nullptr) {
        throw std::runtime_error("cannot open " + to.string());
    }
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (source == nullptr || zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        zip_discard(archive);
        throw std::runtime_error("cannot replace " + name);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        throw std::runtime_error("cannot write " + to.string());
    }
}

} // namespace relawas::tests
