#include "core/import/PeopleImport.h"

#include "core/base/Error.h"
#include "core/base/TextUtil.h"
#include "core/import/CellFindings.h"
#include "core/import/RefusedRowsCsv.h"
#include "core/import/RowConverter.h"
#include "core/import/VillageResolver.h"
#include "core/import/sheet/CellValues.h"
#include "core/import/sheet/ReadLimits.h"
#include "core/people/PeopleBatch.h"
#include "core/people/PersonRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <iterator>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using Severity = ImportMessage::Severity;

// One pass over the rows: converts each, finds duplicates against the database and the earlier lines, writes when
// asked, and keeps the tally.
class ImportPass
{
public:
    ImportPass(Database& db, const RowConverter& converter, const ImportOptions& options, PeopleBatch* batch,
               ImportReport& report, RefusedRowsCsv& refused)
        : m_db(db)
        , m_people(db)
        , m_converter(converter)
        , m_options(options)
        , m_batch(batch)
        , m_report(report)
        , m_refused(refused)
    {}

    // Every row after the header, blank or not, in line order.
    void row(const SheetRow& row);
    // The end of the file: what is still held lies below the table.
    void end();

private:
    // What a row is before it is read as a person.
    enum class Shape
    {
        Blank,        // nothing in any cell
        NothingTaken, // something only in columns the mapping ignores: a running number, a mark
        Anonymous,    // no NIK, birth date, phone, e-mail, gender or village, and not a named speaker: a place and
                      // date, "Ketua Panwascam", a name alone
        Person        // something that identifies a person, or a damaged row
    };
    struct Held
    {
        Shape shape;
        SheetRow row;
    };
    // Rows that are not people below the table are held until a person row follows (then they are read in turn) or
    // the file ends (then they are skipped as what they are); never more than this many, so a file of names alone is
    // still read row by row.
    static constexpr std::size_t kMostHeld = 64;

    Shape shapeOf(const SheetRow& row) const;
    void release();
    void skip(const SheetRow& row, const char* code, const std::string& why);
    void read(const SheetRow& row);
    void findDuplicates(const Person& person, RowResult& result);
    void noteSharedPhone(const Person& person, RowResult& result);
    void store(ConvertedRow& converted, RowResult& result);
    void finish(RowResult&& result, const SheetRow& row);

    Database& m_db;
    PersonRepository m_people;
    const RowConverter& m_converter;
    const ImportOptions& m_options;
    PeopleBatch* m_batch; // null for a dry run
    ImportReport& m_report;
    RefusedRowsCsv& m_refused;
    std::unordered_map<std::string, std::size_t> m_nikLines;   // NIK -> first line holding it
    std::unordered_map<std::string, std::size_t> m_phoneLines; // phone (E.164) -> first line holding it
    std::vector<Held> m_held;                                  // rows not yet known to be inside the table
    bool m_seenPerson = false;
};

ImportPass::Shape ImportPass::shapeOf(const SheetRow& row) const
{
    if (!row.damage.empty()) {
        return Shape::Person;
    }
    if (row.blank()) {
        return Shape::Blank;
    }
    const ColumnMapping& mapping = m_report.mapping;
    const auto filled = [&row, &mapping](ImportField field) {
        const auto column = mapping.columnOf(field);
        return column && !collapseSpaces(row.text(*column)).empty();
    };
    for (const ImportField field :
         {ImportField::Nik, ImportField::BirthDate, ImportField::BirthPlaceAndDate, ImportField::Phone,
          ImportField::Email, ImportField::Gender, ImportField::Village}) {
        if (filled(field)) {
            return Shape::Person;
        }
    }
    // A named speaker is a person without any of those (only a narasumber may go without a NIK); "Ketua Panwascam"
    // under a signature is not.
    if (const auto role = mapping.columnOf(ImportField::Role); role && filled(ImportField::FullName)) {
        for (const auto& item : splitListCell(row.text(*role))) {
            if (parseRoleName(item) == RoleKind::Narasumber) {
                return Shape::Person;
            }
        }
    }
    const bool anything = std::any_of(std::begin(kAllImportFields), std::end(kAllImportFields), filled);
    return anything ? Shape::Anonymous : Shape::NothingTaken;
}

void ImportPass::row(const SheetRow& row)
{
    const Shape shape = shapeOf(row);
    if (shape == Shape::Person || !m_seenPerson) {
        release();
        if (shape == Shape::Blank) {
            m_held.push_back({shape, row}); // reported only when a row with content follows
        } else if (shape == Shape::NothingTaken) {
            skip(row, "import.nothing_taken", "nothing in the columns being imported (a running number only?)");
        } else {
            m_seenPerson = m_seenPerson || shape == Shape::Person;
            read(row);
        }
        return;
    }
    m_held.push_back({shape, row});
    if (m_held.size() > kMostHeld) {
        release();
    }
}

// The held rows turn out to be inside the table: blank lines and rows of nothing imported are skipped, the others
// are read as people (and refused with their reasons when they are not).
void ImportPass::release()
{
    for (const Held& held : m_held) {
        switch (held.shape) {
        case Shape::Blank:
            skip(held.row, nullptr, {});
            break;
        case Shape::NothingTaken:
            skip(held.row, "import.nothing_taken", "nothing in the columns being imported (a running number only?)");
            break;
        case Shape::Anonymous:
        case Shape::Person:
            read(held.row);
            break;
        }
    }
    m_held.clear();
}

void ImportPass::end()
{
    for (const Held& held : m_held) {
        if (held.shape == Shape::NothingTaken) {
            skip(held.row, "import.nothing_taken", "nothing in the columns being imported (a running number only?)");
        } else if (held.shape == Shape::Anonymous) { // trailing blank lines are no rows
            skip(held.row, "import.below_table",
                 "below the table, with no NIK, birth date, phone or village: a signature, a date or a note, not a "
                 "person");
        }
    }
    m_held.clear();
}

void ImportPass::skip(const SheetRow& row, const char* code, const std::string& why)
{
    if (code == nullptr && !m_report.rows.empty()) {
        // A run of blank lines is one entry: a sheet that names row 1,048,576 is a million of them.
        RowResult& last = m_report.rows.back();
        if (last.status == RowStatus::Skipped && last.messages.empty() &&
            std::max(last.line, last.lastLine) + 1 == row.line) {
            last.lastLine = row.line;
            ++m_report.summary.skipped;
            return;
        }
    }
    RowResult result;
    result.line = row.line;
    result.status = RowStatus::Skipped;
    if (code != nullptr) {
        result.messages.push_back(
            {Severity::Warning, code, fmt::format("line {}: skipped: {}", row.line, why), {}, {}, {}});
    }
    finish(std::move(result), row);
}

void ImportPass::findDuplicates(const Person& person, RowResult& result)
{
    if (person.nik.empty()) {
        return;
    }
    const std::string column = m_report.mapping.columnName(m_report.mapping.columnOf(ImportField::Nik).value_or(0));
    if (const auto earlier = m_nikLines.find(person.nik); earlier != m_nikLines.end()) {
        result.duplicateOfLine = earlier->second;
        result.messages.push_back(
            {Severity::Duplicate,
             "import.duplicate_in_file",
             fmt::format("line {}: the same NIK as line {} of this file", result.line, earlier->second),
             {std::to_string(earlier->second)},
             column,
             person.nik});
        return;
    }
    m_nikLines.emplace(person.nik, result.line);
    if (const auto holder = m_people.holderOfNik(person.nik)) {
        result.duplicateOfUuid = holder->uuid;
        result.messages.push_back(
            {Severity::Duplicate,
             "import.duplicate_nik",
             fmt::format("line {}: the NIK is already registered for {} ({})", result.line, holder->name, holder->uuid),
             {holder->uuid, holder->name},
             column,
             person.nik});
    }
}

void ImportPass::noteSharedPhone(const Person& person, RowResult& result)
{
    if (person.phone.empty()) {
        return;
    }
    const std::string column = m_report.mapping.columnName(m_report.mapping.columnOf(ImportField::Phone).value_or(0));
    // Families often share one phone: worth a look, never a duplicate.
    if (const auto earlier = m_phoneLines.find(person.phone); earlier != m_phoneLines.end()) {
        result.messages.push_back({Severity::Warning,
                                   "import.shared_phone_in_file",
                                   fmt::format("line {}: the phone {} is also on line {} of this file", result.line,
                                               person.phone, earlier->second),
                                   {person.phone, std::to_string(earlier->second)},
                                   column,
                                   person.phone});
        return;
    }
    m_phoneLines.emplace(person.phone, result.line);
    const auto holders = m_people.holdersOfPhone(person.phone, 4);
    if (!holders.empty()) {
        std::string names;
        for (std::size_t i = 0; i < holders.size() && i < 3; ++i) {
            names += (i == 0 ? "" : ", ") + fmt::format("{} ({})", holders[i].name, holders[i].uuid);
        }
        if (holders.size() > 3) {
            names += " and others";
        }
        result.messages.push_back(
            {Severity::Warning,
             "import.shared_phone",
             fmt::format("line {}: the phone {} is also registered for {}", result.line, person.phone, names),
             {person.phone, holders.front().uuid, holders.front().name},
             column,
             person.phone});
    }
}

void ImportPass::store(ConvertedRow& converted, RowResult& result)
{
    try {
        const Person stored = m_batch->add(converted.person, converted.roles);
        result.personUuid = stored.meta.uuid;
        ++m_report.summary.written;
    } catch (const Error& error) {
        // A row the writers refuse is that row's problem, and nothing of it was written; anything else (a full disk,
        // a broken file) ends the import, and the batch takes every row back.
        if (error.kind() != ErrorKind::UserInput && error.kind() != ErrorKind::NotFound) {
            throw;
        }
        result.status = RowStatus::Refused;
        result.messages.push_back({Severity::Error,
                                   error.code(),
                                   fmt::format("line {}: not stored: {}", result.line, error.message()),
                                   error.args(),
                                   error.place(),
                                   {}});
    }
}

void ImportPass::finish(RowResult&& result, const SheetRow& row)
{
    switch (result.status) {
    case RowStatus::Accepted:
        ++m_report.summary.accepted;
        break;
    case RowStatus::Warning:
        ++m_report.summary.warning;
        break;
    case RowStatus::Duplicate:
        ++m_report.summary.duplicate;
        break;
    case RowStatus::Refused:
        ++m_report.summary.refused;
        m_refused.add(row, result.messages);
        break;
    case RowStatus::Skipped:
        ++m_report.summary.skipped;
        break;
    }
    m_report.rows.push_back(std::move(result));
}

void ImportPass::read(const SheetRow& row)
{
    RowResult result;
    result.line = row.line;
    if (!row.damage.empty()) {
        result.status = RowStatus::Refused;
        result.messages.push_back(damageMessage(row));
        finish(std::move(result), row);
        return;
    }
    auto findings = cellFindings(row, m_report.mapping);
    const bool unreadable = std::any_of(findings.begin(), findings.end(),
                                        [](const ImportMessage& m) { return m.severity == Severity::Error; });
    if (unreadable) {
        // Cells that are not text, or cut, are not read as a person at all: what they would say is not known.
        result.status = RowStatus::Refused;
        result.messages = std::move(findings);
        finish(std::move(result), row);
        return;
    }

    ConvertedRow converted = m_converter.convert(row);
    result.messages = std::move(findings);
    result.messages.insert(result.messages.end(), std::make_move_iterator(converted.messages.begin()),
                           std::make_move_iterator(converted.messages.end()));
    findDuplicates(converted.person, result);
    if (result.duplicateOfLine == 0 && result.duplicateOfUuid.empty()) {
        noteSharedPhone(converted.person, result);
    }
    const auto has = [&result](Severity severity) {
        return std::any_of(result.messages.begin(), result.messages.end(),
                           [severity](const ImportMessage& m) { return m.severity == severity; });
    };
    result.status = has(Severity::Duplicate) ? RowStatus::Duplicate
                    : has(Severity::Error)   ? RowStatus::Refused
                    : has(Severity::Warning) ? RowStatus::Warning
                                             : RowStatus::Accepted;
    if (m_batch != nullptr && (result.status == RowStatus::Accepted || result.status == RowStatus::Warning)) {
        store(converted, result);
    }
    finish(std::move(result), row);
}

} // namespace

PeopleImport::PeopleImport(Database& db, std::filesystem::path file, ImportOptions options)
    : m_db(db)
    , m_file(std::move(file))
    , m_options(std::move(options))
{
    m_spreadsheet = inspectSpreadsheet(m_file, m_options.spreadsheet);
    const auto rows = openSpreadsheet(m_file, m_spreadsheet);
    SheetRow row;
    while (m_firstRows.size() < kHeaderSearchLines && rows->next(row)) {
        m_firstRows.push_back(row);
    }
    m_detected = detectHeader(m_firstRows, m_options.remembered ? &*m_options.remembered : nullptr);
}

ColumnMapping PeopleImport::mappingOrThrow() const
{
    return translatingSqliteErrors("import: mapping or throw", [&]() -> ColumnMapping {
        if (!m_detected) {
            const std::string path = m_file.string();
            throw Error(ErrorKind::UserInput, "import.no_header",
                        fmt::format("no header row in the first {} lines: expected column names such as Nama Lengkap, "
                                    "NIK, Jenis Kelamin, Tgl Lahir, No HP/WA, Desa/Kelurahan, Kecamatan",
                                    kHeaderSearchLines),
                        path, {path});
        }
        return *m_detected;
    });
}

ColumnMapping PeopleImport::mappingForHeaderLine(std::size_t line) const
{
    return translatingSqliteErrors("import: mapping for header line", [&]() -> ColumnMapping {
        for (const auto& row : m_firstRows) {
            if (row.line == line) {
                if (auto mapping = detectHeader({row}, m_options.remembered ? &*m_options.remembered : nullptr)) {
                    return *mapping;
                }
                std::vector<std::string> headers;
                for (const auto& cell : row.cells) {
                    headers.push_back(cell.text);
                }
                return mapColumns(line, headers);
            }
        }
        return mapColumns(line, {});
    });
}

ImportReport PeopleImport::dryRun(const ColumnMapping& mapping, const Progress& progress)
{
    return translatingSqliteErrors("import: dry run",
                                   [&]() -> ImportReport { return execute(mapping, progress, false); });
}

ImportReport PeopleImport::run(const ColumnMapping& mapping, const Progress& progress)
{
    return translatingSqliteErrors("import: run", [&]() -> ImportReport { return execute(mapping, progress, true); });
}

ImportReport PeopleImport::execute(const ColumnMapping& mapping, const Progress& progress, bool write)
{
    return translatingSqliteErrors("import: execute", [&]() -> ImportReport {
        for (const auto& issue : checkMapping(mapping)) {
            if (issue.severity == Severity::Error) {
                throw Error(ErrorKind::UserInput, "import.bad_mapping", issue.message, "mapping", {issue.code});
            }
        }
        const auto kabupaten = SettingsStore(m_db).workingKabupaten();
        if (!kabupaten) {
            throw Error(ErrorKind::UserInput, "import.no_working_kabupaten",
                        "the database has no working kabupaten/kota: villages cannot be found without it", "settings");
        }
        const VillageResolver regions(m_db, *kabupaten);

        const RegionRepository regionRepository(m_db);
        std::unordered_map<std::string, bool> known;
        RowContext context;
        context.regions = &regions;
        context.regionKnown = [&known, &regionRepository](const std::string& code) {
            auto found = known.find(code);
            if (found == known.end()) {
                const auto region = regionRepository.find(code);
                found = known.emplace(code, region && !region->retired).first;
            }
            return found->second;
        };
        context.today = m_options.today.value_or(todayUtc());
        context.referenceDate = m_options.referenceDate.value_or(context.today);
        context.defaultRole = m_options.defaultRole;
        context.defaultKecamatanCode = m_options.defaultKecamatanCode;
        const RowConverter converter(mapping, context);

        ImportReport report;
        report.spreadsheet = m_spreadsheet;
        report.mapping = mapping;
        report.dryRun = !write;
        // An XLSX has no delimiter of its own; `;` is what Excel on an Indonesian laptop reads as columns.
        const char delimiter = m_spreadsheet.format == SpreadsheetFormat::Xlsx ? ';' : m_spreadsheet.delimiter;
        RefusedRowsCsv refused(mapping, delimiter, m_options.reasonHeader, m_options.describeReason);

        std::optional<PeopleBatch> batch;
        if (write) {
            batch.emplace(m_db, m_options.actor, "import",
                          nlohmann::ordered_json{{"file", m_file.filename().string()},
                                                 {"sha256", sha256FileHex(m_file)},
                                                 {"bytes", std::filesystem::file_size(m_file)}});
        }
        ImportPass pass(m_db, converter, m_options, batch ? &*batch : nullptr, report, refused);
        const auto rows = openSpreadsheet(m_file, m_spreadsheet);
        SheetRow row;
        std::size_t count = 0;
        while (rows->next(row)) {
            if (++count > kMaxSheetRows) {
                const std::string path = m_file.string();
                throw Error(ErrorKind::UserInput, "import.too_many_rows",
                            fmt::format("the file has more than {} rows, more than a spreadsheet holds: split it",
                                        kMaxSheetRows),
                            path, {path, std::to_string(kMaxSheetRows)});
            }
            progress.step(static_cast<std::size_t>(rows->bytesRead()), static_cast<std::size_t>(rows->bytesTotal()));
            if (row.line <= mapping.headerLine) {
                continue;
            }
            pass.row(row);
        }
        pass.end();
        progress.step(static_cast<std::size_t>(rows->bytesTotal()), static_cast<std::size_t>(rows->bytesTotal()));
        if (batch) {
            batch->commit({{"written", report.summary.written},
                           {"refused", report.summary.refused},
                           {"duplicate", report.summary.duplicate},
                           {"skipped", report.summary.skipped}});
        }
        report.refusedCsv = refused.text();
        return report;
    });
}

} // namespace relawas::core
