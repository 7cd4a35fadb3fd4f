#include "core/roster/RosterExport.h"

#include "core/base/CsvReader.h"
#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/base/Uuid.h"
#include "core/people/checks/Nik.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <fstream>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace relawas::core {

namespace {

constexpr std::size_t kProgressEvery = 256;

std::string labelled(const std::string& id, const RosterExportOptions& options)
{
    const auto found = options.labels.find(id);
    return found == options.labels.end() ? id : found->second;
}

// "pkd, relawan" with each id replaced by its label.
std::string rolesText(const std::string& ids, const RosterExportOptions& options)
{
    std::string result;
    std::size_t start = 0;
    while (start < ids.size()) {
        const std::size_t comma = ids.find(", ", start);
        const std::string id = ids.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        result += (result.empty() ? "" : ", ") + labelled(id, options);
        start = comma == std::string::npos ? ids.size() : comma + 2;
    }
    return result;
}

std::vector<std::string> headersOf(const RosterExportOptions& options)
{
    if (options.headers.size() == options.fields.size()) {
        return options.headers;
    }
    std::vector<std::string> headers;
    for (const RosterField field : options.fields) {
        headers.emplace_back(rosterFieldId(field));
    }
    return headers;
}

std::filesystem::path partialPath(const std::filesystem::path& file)
{
    std::filesystem::path partial = file;
    partial += ".part";
    return partial;
}

[[noreturn]] void writeFailed(const std::filesystem::path& file, const std::string& why)
{
    throw Error(ErrorKind::UserInput, "export.write_failed", fmt::format("cannot write {}: {}", file.string(), why),
                file.string(), {file.string()});
}

// Moves the finished file into place; a failure of the export removes the partial file instead.
class PartialFile
{
public:
    // The partial file is created private (owner read and write only): an export may hold full NIKs.
    explicit PartialFile(std::filesystem::path file)
        : m_file(std::move(file))
        , m_partial(partialPath(m_file))
    {
        const int fd = ::open(m_partial.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            writeFailed(m_file, "the file cannot be created");
        }
        ::fchmod(fd, 0600); // a partial file left by an earlier failure keeps its mode otherwise
        ::close(fd);
    }
    ~PartialFile()
    {
        if (!m_done) {
            std::error_code ignored;
            std::filesystem::remove(m_partial, ignored);
        }
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;

    const std::filesystem::path& path() const { return m_partial; }

    void complete()
    {
        std::error_code error;
        std::filesystem::rename(m_partial, m_file, error);
        if (error) {
            writeFailed(m_file, error.message());
        }
        m_done = true;
    }

private:
    std::filesystem::path m_file;
    std::filesystem::path m_partial;
    bool m_done = false;
};

class Workbook
{
public:
    // `path` is where it is written, `file` the name the user knows it by.
    Workbook(const std::filesystem::path& path, const std::filesystem::path& file)
        : m_file(file)
    {
        // libxlsxwriter creates the file only when it closes the workbook: find out now whether it can.
        if (!std::ofstream(path, std::ios::binary | std::ios::trunc)) {
            writeFailed(file, "the file cannot be created");
        }
        lxw_workbook_options options{};
        options.constant_memory = LXW_TRUE; // rows go to disk as they are written: memory stays flat
        options.use_zip64 = LXW_TRUE;
        m_workbook = workbook_new_opt(path.c_str(), &options);
        if (!m_workbook) {
            writeFailed(file, "the workbook cannot be created");
        }
    }
    ~Workbook()
    {
        if (m_workbook) {
            workbook_close(m_workbook);
        }
    }
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    lxw_workbook* get() { return m_workbook; }

    void close()
    {
        const lxw_error error = workbook_close(m_workbook);
        m_workbook = nullptr;
        if (error != LXW_NO_ERROR) {
            writeFailed(m_file, lxw_strerror(error));
        }
    }

private:
    std::filesystem::path m_file;
    lxw_workbook* m_workbook = nullptr;
};

double columnWidth(RosterField field)
{
    switch (field) {
    case RosterField::Name:
        return 32;
    case RosterField::Nik:
        return 20;
    case RosterField::Village:
    case RosterField::Kecamatan:
    case RosterField::Roles:
        return 22;
    case RosterField::VillageCode:
    case RosterField::Phone:
    case RosterField::BirthDate:
        return 16;
    case RosterField::Gender:
    case RosterField::Age:
    case RosterField::Trainings:
        break;
    }
    return 10;
}

} // namespace

std::string_view rosterFieldId(RosterField field)
{
    switch (field) {
    case RosterField::Name:
        return "name";
    case RosterField::Nik:
        return "nik";
    case RosterField::Gender:
        return "gender";
    case RosterField::BirthDate:
        return "birth_date";
    case RosterField::Age:
        return "age";
    case RosterField::VillageCode:
        return "village_code";
    case RosterField::Village:
        return "village";
    case RosterField::Kecamatan:
        return "kecamatan";
    case RosterField::Roles:
        return "roles";
    case RosterField::Phone:
        return "phone";
    case RosterField::Trainings:
        break;
    }
    return "trainings";
}

std::optional<int> rosterAge(const RosterRow& row, const Date& reference)
{
    if (!row.birthDate) {
        return std::nullopt;
    }
    const Date& birth = *row.birthDate;
    int years = int(reference.year()) - int(birth.year());
    if (std::pair(unsigned(reference.month()), unsigned(reference.day())) <
        std::pair(unsigned(birth.month()), unsigned(birth.day()))) {
        --years;
    }
    return years;
}

std::string rosterFieldText(const RosterRow& row, RosterField field, const RosterExportOptions& options,
                            const Date& referenceDate)
{
    switch (field) {
    case RosterField::Name:
        return row.fullName;
    case RosterField::Nik:
        return options.fullNik ? row.nik : maskNik(row.nik);
    case RosterField::Gender:
        return row.gender ? labelled(std::string(genderId(*row.gender)), options) : std::string();
    case RosterField::BirthDate:
        return row.birthDate ? formatIsoDate(*row.birthDate) : std::string();
    case RosterField::Age: {
        const auto age = rosterAge(row, referenceDate);
        return age ? std::to_string(*age) : std::string();
    }
    case RosterField::VillageCode:
        return row.villageCode;
    case RosterField::Village:
        return row.villageName;
    case RosterField::Kecamatan:
        return row.kecamatanName;
    case RosterField::Roles:
        return rolesText(row.roles, options);
    case RosterField::Phone:
        return row.phone;
    case RosterField::Trainings:
        break;
    }
    return std::to_string(row.trainings);
}

long long writeRosterCsv(std::ostream& out, Database& db, const RosterFilter& filter, const RosterSort& sort,
                         const RosterExportOptions& options, const Progress& progress, long long total)
{
    return translatingSqliteErrors("exporting the roster", [&]() -> long long {
        const auto line = [&out](const std::vector<std::string>& fields) {
            for (std::size_t i = 0; i < fields.size(); ++i) {
                out << (i ? "," : "") << csvTextField(fields[i]); // a name is never run as a formula
            }
            out << '\n';
        };
        line(headersOf(options));
        long long rows = 0;
        std::vector<std::string> fields(options.fields.size());
        RosterQuery(db).forEach(filter, sort, [&](const RosterRow& row) {
            for (std::size_t i = 0; i < options.fields.size(); ++i) {
                fields[i] = rosterFieldText(row, options.fields[i], options, filter.referenceDate);
            }
            line(fields);
            if (++rows % kProgressEvery == 0) {
                progress.step(std::size_t(rows), std::size_t(total));
            }
        });
        progress.step(std::size_t(rows), std::size_t(total));
        return rows;
    });
}

long long exportRosterCsv(const std::filesystem::path& file, Database& db, const RosterFilter& filter,
                          const RosterSort& sort, const RosterExportOptions& options, const Progress& progress)
{
    checkOutputPath(file, db.path());
    const long long total = RosterQuery(db).count(filter);
    PartialFile partial(file);
    long long rows = 0;
    {
        std::ofstream out(partial.path(), std::ios::binary | std::ios::trunc);
        if (!out) {
            writeFailed(file, "the file cannot be created");
        }
        out << "\xEF\xBB\xBF";
        rows = writeRosterCsv(out, db, filter, sort, options, progress, total);
        out.flush();
        if (!out) {
            writeFailed(file, "writing failed (is the disk full?)");
        }
    }
    partial.complete();
    recordFullNikExport(db, file.filename().string(), filter, options, rows);
    return rows;
}

long long exportRosterXlsx(const std::filesystem::path& file, Database& db, const RosterFilter& filter,
                           const RosterSort& sort, const RosterExportOptions& options, const Progress& progress)
{
    checkOutputPath(file, db.path());
    return translatingSqliteErrors("exporting the roster", [&]() -> long long {
        const long long total = RosterQuery(db).count(filter);
        if (total > kXlsxMaximumRows) {
            throw Error(ErrorKind::UserInput, "export.too_many_rows",
                        fmt::format("{} rows do not fit in one XLSX sheet ({} at most)", total, kXlsxMaximumRows),
                        file.string(), {std::to_string(total), std::to_string(kXlsxMaximumRows)});
        }
        PartialFile partial(file);
        Workbook workbook(partial.path(), file);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook.get(), nullptr);
        lxw_format* bold = workbook_add_format(workbook.get());
        format_set_bold(bold);
        lxw_format* date = workbook_add_format(workbook.get());
        format_set_num_format(date, "dd/mm/yyyy");

        const auto headers = headersOf(options);
        const auto lastColumn = lxw_col_t(options.fields.size() - 1);
        for (lxw_col_t column = 0; column <= lastColumn; ++column) {
            worksheet_set_column(sheet, column, column, columnWidth(options.fields[column]), nullptr);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (lxw_col_t column = 0; column <= lastColumn; ++column) {
            worksheet_write_string(sheet, 0, column, headers[column].c_str(), bold);
        }

        long long rows = 0;
        RosterQuery(db).forEach(filter, sort, [&](const RosterRow& row) {
            const auto at = lxw_row_t(rows + 1);
            for (lxw_col_t column = 0; column <= lastColumn; ++column) {
                const RosterField field = options.fields[column];
                if (field == RosterField::BirthDate && row.birthDate) {
                    lxw_datetime when{int(row.birthDate->year()),
                                      int(unsigned(row.birthDate->month())),
                                      int(unsigned(row.birthDate->day())),
                                      0,
                                      0,
                                      0};
                    worksheet_write_datetime(sheet, at, column, &when, date);
                    continue;
                }
                const std::string text = rosterFieldText(row, field, options, filter.referenceDate);
                if (text.empty()) {
                    continue;
                }
                // Numbers only where they are numbers: a NIK or phone stored as a number loses digits in Excel.
                if (field == RosterField::Age || field == RosterField::Trainings) {
                    worksheet_write_number(sheet, at, column, std::stod(text), nullptr);
                } else {
                    worksheet_write_string(sheet, at, column, text.c_str(), nullptr);
                }
            }
            if (++rows % kProgressEvery == 0) {
                progress.step(std::size_t(rows), std::size_t(total));
            }
        });
        progress.step(std::size_t(rows), std::size_t(total));
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(rows), lastColumn);
        workbook.close();
        partial.complete();
        recordFullNikExport(db, file.filename().string(), filter, options, rows);
        return rows;
    });
}

// Full NIKs leaving the program are a disclosure: the audit log keeps who took them, which people (the filter) and
// how many.
void recordFullNikExport(Database& db, const std::string& destination, const RosterFilter& filter,
                         const RosterExportOptions& options, long long rows)
{
    translatingSqliteErrors("recording an export with full NIKs", [&]() {
        if (!options.fullNik || options.revealedTo.empty()) {
            return;
        }
        nlohmann::ordered_json filterJson{{"scope", filter.scopeCode}, {"search", filter.search}};
        if (filter.role) {
            filterJson["role"] = roleKindId(*filter.role);
        }
        if (filter.targetGroup) {
            filterJson["target_group"] = targetGroupId(*filter.targetGroup);
        }
        if (filter.gender) {
            filterJson["gender"] = genderId(*filter.gender);
        }
        if (filter.minimumAge) {
            filterJson["minimum_age"] = *filter.minimumAge;
        }
        if (filter.maximumAge) {
            filterJson["maximum_age"] = *filter.maximumAge;
        }
        if (filter.trained) {
            filterJson["trained"] = *filter.trained;
        }
        filterJson["reference_date"] = formatIsoDate(filter.referenceDate);
        AuditLog(db).record(options.revealedTo, "roster_export", newUuidV7(), "reveal", std::nullopt,
                            nlohmann::ordered_json{{"to", destination}, {"rows", rows}, {"filter", filterJson}});
    });
}

} // namespace relawas::core
