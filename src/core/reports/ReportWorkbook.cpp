#include "core/reports/ReportWorkbook.h"

#include "core/base/Error.h"
#include "core/base/OutputFile.h"
#include "core/base/Uuid.h"
#include "core/organising/ScoreSheet.h"
#include "core/people/Person.h"
#include "core/people/checks/Eligibility.h"
#include "core/people/checks/Nik.h"
#include "core/programme/KampungProgramme.h"
#include "core/programme/KampungRepository.h"
#include "core/reports/ProgrammeReport.h"
#include "core/reports/ScopeFigures.h"
#include "core/reports/XlsxWorkbook.h"
#include "core/roster/RosterExport.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/RegionRange.h"
#include "core/storage/Savepoint.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/trainings/ScoreRepository.h"
#include "core/trainings/Training.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <cctype>
#include <sstream>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

namespace fs = std::filesystem;

constexpr long long kProgressEvery = 256;

// The words of the workbook. It is the report to Bawaslu, in Indonesian whatever the program's language, as the
// DomainText of the screens says them in Indonesian.
std::string_view roleWord(RoleKind kind)
{
    switch (kind) {
    case RoleKind::Relawan:
        return "Relawan";
    case RoleKind::KoordinatorKampung:
        return "Koordinator kampung";
    case RoleKind::Pkd:
        return "PKD";
    case RoleKind::Ptps:
        return "PTPS";
    case RoleKind::AnggotaPanwascam:
        return "Anggota Panwascam";
    case RoleKind::StafSekretariat:
        return "Staf sekretariat";
    case RoleKind::Narasumber:
        return "Narasumber";
    case RoleKind::Pelatih:
        break;
    }
    return "Pelatih";
}

std::string_view targetGroupWord(TargetGroup group)
{
    switch (group) {
    case TargetGroup::PemilihPemula:
        return "Pemilih pemula";
    case TargetGroup::Perempuan:
        return "Perempuan";
    case TargetGroup::Disabilitas:
        return "Penyandang disabilitas";
    case TargetGroup::Lansia:
        return "Lansia";
    case TargetGroup::TokohAgama:
        return "Tokoh agama";
    case TargetGroup::TokohAdat:
        return "Tokoh adat";
    case TargetGroup::Pemuda:
        return "Pemuda";
    case TargetGroup::MahasiswaPelajar:
        return "Mahasiswa/pelajar";
    case TargetGroup::Ormas:
        break;
    }
    return "Ormas";
}

std::string_view stageWord(KampungStage stage)
{
    switch (stage) {
    case KampungStage::Candidate:
        return "Calon";
    case KampungStage::Assessed:
        return "Sudah dinilai";
    case KampungStage::Designated:
        return "Ditetapkan (SK)";
    case KampungStage::Launched:
        return "Diluncurkan";
    case KampungStage::Inactive:
        break;
    }
    return "Tidak aktif";
}

std::string_view vulnerabilityWord(Vulnerability level)
{
    switch (level) {
    case Vulnerability::Rendah:
        return "Rendah";
    case Vulnerability::Sedang:
        return "Sedang";
    case Vulnerability::Tinggi:
        break;
    }
    return "Tinggi";
}

std::string_view trainingKindWord(TrainingKind kind)
{
    switch (kind) {
    case TrainingKind::Rakernis:
        return "Rakernis";
    case TrainingKind::P2p:
        return "Kelas P2P";
    case TrainingKind::ForumWarga:
        return "Forum Warga";
    case TrainingKind::Sosialisasi:
        return "Sosialisasi";
    case TrainingKind::Bimtek:
        break;
    }
    return "Bimtek";
}

// What the parts of the region are: the level one below it.
std::string_view partWord(const std::string& scope)
{
    switch (scope.empty() ? 0 : std::count(scope.begin(), scope.end(), '.') + 1) {
    case 0:
        return "Provinsi";
    case 1:
        return "Kabupaten/kota";
    case 2:
        return "Kecamatan";
    default:
        break;
    }
    return "Desa/kelurahan";
}

// Space-separated ids as their words, in the order of `all`, joined by ", ".
template<typename Kind, std::size_t N>
std::string wordsOf(const std::string& ids, const Kind (&all)[N], std::optional<Kind> (*fromId)(std::string_view),
                    std::string_view (*word)(Kind))
{
    std::vector<Kind> kinds;
    std::istringstream in(ids);
    for (std::string id; in >> id;) {
        if (const auto kind = fromId(id)) {
            kinds.push_back(*kind);
        }
    }
    std::string text;
    for (const Kind kind : all) {
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
            text += (text.empty() ? "" : ", ") + std::string(word(kind));
        }
    }
    return text;
}

// The people of the region holding a role on :reference.
std::string peopleWhere(const std::string& scope)
{
    return " WHERE p.deleted_at IS NULL AND " + inRegionCondition(scope, "p.village_code") +
           " AND EXISTS (SELECT 1 FROM person_role r WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL AND "
           "(r.end_date IS NULL OR r.end_date >= :reference))";
}

// The trainings of the region whose days meet the period.
std::string trainingsWhere(const std::string& scope)
{
    return " WHERE t.deleted_at IS NULL AND " + inRegionCondition(scope, "t.scope_code") +
           " AND (:from IS NULL OR t.end_date >= :from) AND (:to IS NULL OR t.start_date <= :to)";
}

// The check-ins of those trainings on the days of the period, annulled ones too.
std::string attendanceWhere(const std::string& scope)
{
    return trainingsWhere(scope) + " AND (:from IS NULL OR a.day >= :from) AND (:to IS NULL OR a.day <= :to)";
}

void bindPeriod(SQLite::Statement& statement, const ReportWorkbookRequest& request)
{
    bindOptionalDate(statement, ":from", request.from);
    bindOptionalDate(statement, ":to", request.to);
}

class RowProgress
{
public:
    RowProgress(const Progress& progress, long long total)
        : m_progress(progress)
        , m_total(total)
    {}

    void row()
    {
        if (++m_done % kProgressEvery == 0) {
            report();
        }
    }
    void report() const { m_progress.step(std::size_t(m_done), std::size_t(m_total)); }

private:
    const Progress& m_progress;
    long long m_total;
    long long m_done = 0;
};

class WorkbookWriter
{
public:
    WorkbookWriter(Database& db, const ReportWorkbookRequest& request, const ProgrammeReport& report)
        : m_db(db)
        , m_request(request)
        , m_report(report)
    {}

    long long countPeople() { return count("SELECT count(*) FROM person p" + peopleWhere(scope())); }
    long long countAttendance()
    {
        return count("SELECT count(*) FROM training t JOIN attendance a ON a.training_uuid = t.uuid AND "
                     "a.deleted_at IS NULL" +
                     attendanceWhere(scope()));
    }

    long long writeSummary(XlsxSheet sheet);
    long long writePeople(XlsxSheet sheet, RowProgress& progress);
    long long writeVillages(XlsxSheet sheet, RowProgress& progress);
    long long writeTrainings(XlsxSheet sheet, RowProgress& progress);
    long long writeAttendance(XlsxSheet sheet, RowProgress& progress);

private:
    const std::string& scope() const { return m_request.scopeCode; }

    // A statement with the scope, the period and the reference day bound where it names them.
    SQLite::Statement statement(const std::string& sql)
    {
        SQLite::Statement query(m_db.connection(), sql);
        bindRegionRange(query, scope());
        if (sql.find(":from") != std::string::npos) {
            bindPeriod(query, m_request);
        }
        if (sql.find(":reference") != std::string::npos) {
            query.bind(":reference", formatIsoDate(m_report.figures.referenceDate));
        }
        return query;
    }

    long long count(const std::string& sql)
    {
        SQLite::Statement query = statement(sql);
        query.executeStep();
        return query.getColumn(0).getInt64();
    }

    std::string nik(const std::string& stored) const { return m_request.revealNik ? stored : maskNik(stored); }

    Database& m_db;
    const ReportWorkbookRequest& m_request;
    const ProgrammeReport& m_report;
};

long long WorkbookWriter::writeSummary(XlsxSheet sheet)
{
    const ScopeFigures& figures = m_report.figures;
    const auto label = [&sheet](std::string_view text) {
        sheet.next();
        sheet.text(0, text);
    };
    const auto figure = [&](std::string_view text, long long value) {
        label(text);
        sheet.number(1, double(value));
    };
    sheet.text(0, "Laporan Pengawasan Partisipatif", true);
    sheet.next();
    label("Wilayah");
    sheet.text(1, figures.scopeName);
    label("Kode wilayah");
    sheet.text(1, scope().empty() ? std::string("semua") : scope());
    label("Tanggal laporan");
    sheet.date(1, figures.today);
    label("Umur dan peran pada tanggal");
    sheet.date(1, figures.referenceDate);
    if (m_request.from) {
        label("Pelatihan sejak");
        sheet.date(1, m_request.from);
    }
    if (m_request.to) {
        label("Pelatihan sampai");
        sheet.date(1, m_request.to);
    }
    label("NIK");
    sheet.text(1, m_request.revealNik ? "lengkap (tercatat di log audit)" : "disamarkan");
    sheet.next();

    figure("Desa/kelurahan", figures.villages);
    figure("Desa/kelurahan dengan relawan", figures.villagesWithVolunteer);
    figure("Desa/kelurahan dengan PKD", figures.villagesWithPkd);
    for (const KampungStage stage : kAllKampungStages) {
        const auto found = figures.programme.find(stage);
        figure(fmt::format("Kampung Pengawasan: {}", stageWord(stage)),
               found == figures.programme.end() ? 0 : found->second);
    }
    figure("Relawan", figures.volunteers);
    figure("Relawan perempuan", figures.women);
    figure("Relawan pemilih pemula", figures.firstTimeVoters);
    figure("Relawan penyandang disabilitas", figures.withDisability);
    figure("Pelatihan terselenggara", figures.trainingsHeld);
    label("Tingkat kehadiran pelatihan");
    sheet.percent(1, figures.attendanceRate);
    figure("Orang terlatih", figures.peopleTrained);
    if (m_request.from || m_request.to) {
        figure("Pelatihan terselenggara dalam periode", m_report.trainingsHeld);
        label("Tingkat kehadiran pelatihan dalam periode");
        sheet.percent(1, m_report.attendanceRate);
    }
    sheet.next();
    sheet.next();

    std::string parts(partWord(scope()));
    parts[0] = char(std::tolower(static_cast<unsigned char>(parts[0])));
    sheet.text(0, "Rincian per " + parts, true);
    sheet.next();
    sheet.header({{"Kode", 34},
                  {partWord(scope()), 28},
                  {"Desa/kelurahan", 15},
                  {"Dengan relawan", 15},
                  {"Dengan PKD", 12},
                  {"Kampung Pengawasan", 20},
                  {"Relawan", 10},
                  {"Relawan laki-laki", 17},
                  {"Relawan perempuan", 18},
                  {"Relawan tanpa jenis kelamin", 26}},
                 false); // the figures above stay in reach
    for (const RegionPartFigures& part : figures.parts) {
        sheet.text(0, part.code);
        sheet.text(1, part.name);
        const long long values[] = {part.villages,          part.villagesWithVolunteer, part.villagesWithPkd,
                                    part.programmeVillages, part.volunteers(),          part.volunteerMen,
                                    part.volunteerWomen,    part.volunteerOtherwise};
        for (std::size_t i = 0; i < std::size(values); ++i) {
            sheet.number(std::uint16_t(2 + i), double(values[i]));
        }
        sheet.next();
    }
    sheet.autofilter();
    return sheet.rowsBelowHeader();
}

long long WorkbookWriter::writePeople(XlsxSheet sheet, RowProgress& progress)
{
    sheet.header({{"Nama", 32},
                  {"NIK", 20},
                  {"Jenis kelamin", 13},
                  {"Tanggal lahir", 14},
                  {"Umur", 7},
                  {"Kode desa", 15},
                  {"Desa/kelurahan", 22},
                  {"Kecamatan", 22},
                  {"Peran", 26},
                  {"Telepon", 16},
                  {"E-mail", 26},
                  {"Kelompok sasaran", 30}});
    // In the roster's name order (NameOrder.h), one row at a time.
    SQLite::Statement query = statement(R"sql(
        SELECT p.full_name, coalesce(p.nik, ''), coalesce(p.gender, ''), p.birth_date, coalesce(p.village_code, ''),
            coalesce(v.name, ''), coalesce(k.name, ''),
            coalesce((SELECT group_concat(r.role, ' ') FROM person_role r WHERE r.person_uuid = p.uuid
                AND r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= :reference)), ''),
            p.phone, p.email, p.target_groups
        FROM person p
        LEFT JOIN region v ON v.code = p.village_code
        LEFT JOIN region k ON k.code = v.parent_code)sql" +
                                        peopleWhere(scope()) + " ORDER BY p.full_name COLLATE NOCASE, p.id");
    while (query.executeStep()) {
        sheet.text(0, query.getColumn(0).getText());
        sheet.text(1, nik(query.getColumn(1).getString()));
        sheet.text(2, query.getColumn(2).getText());
        if (const auto birth = optionalDate(query.getColumn(3))) {
            sheet.date(3, birth);
            sheet.number(4, ageOn(*birth, m_report.figures.referenceDate));
        }
        sheet.text(5, query.getColumn(4).getText());
        sheet.text(6, query.getColumn(5).getText());
        sheet.text(7, query.getColumn(6).getText());
        sheet.text(8, wordsOf(query.getColumn(7).getString(), kAllRoleKinds, roleKindFromId, roleWord));
        sheet.text(9, query.getColumn(8).getText());
        sheet.text(10, query.getColumn(9).getText());
        sheet.text(11, wordsOf(query.getColumn(10).getString(), kAllTargetGroups, targetGroupFromId, targetGroupWord));
        sheet.next();
        progress.row();
    }
    sheet.autofilter();
    return sheet.rowsBelowHeader();
}

long long WorkbookWriter::writeVillages(XlsxSheet sheet, RowProgress& progress)
{
    sheet.header({{"Kecamatan", 22},
                  {"Desa/kelurahan", 22},
                  {"Kode desa", 15},
                  {"Status", 16},
                  {"Nomor SK", 24},
                  {"Tanggal SK", 12},
                  {"Skor asesmen", 13},
                  {"Tingkat kerawanan", 18},
                  {"Tanggal berakhir MoU", 20},
                  {"Catatan", 40}});
    // The villages of the Laporan, with what its counts leave out: the assessment and the notes.
    const KampungRepository programmes(m_db);
    for (const ProgrammeReportVillage& village : m_report.villages) {
        const auto programme = programmes.find(village.villageCode);
        sheet.text(0, village.kecamatanName);
        sheet.text(1, village.villageName);
        sheet.text(2, village.villageCode);
        sheet.text(3, stageWord(village.stage));
        sheet.text(4, village.skNumber);
        sheet.date(5, village.skDate);
        if (programme && programme->assessmentScore) {
            sheet.number(6, *programme->assessmentScore);
        }
        if (programme && programme->vulnerability) {
            sheet.text(7, vulnerabilityWord(*programme->vulnerability));
        }
        sheet.date(8, village.mouEndDate);
        if (programme) {
            sheet.text(9, programme->notes);
        }
        sheet.next();
        progress.row();
    }
    sheet.autofilter();
    return sheet.rowsBelowHeader();
}

long long WorkbookWriter::writeTrainings(XlsxSheet sheet, RowProgress& progress)
{
    sheet.header({{"Nama pelatihan", 36},
                  {"Jenis", 14},
                  {"Mulai", 12},
                  {"Selesai", 12},
                  {"Hari", 6},
                  {"Tempat", 30},
                  {"Wilayah", 24},
                  {"Kode wilayah", 13},
                  {"Peserta diundang", 16},
                  {"Hari hadir peserta", 18},
                  {"Tingkat kehadiran", 17},
                  {"Lulus", 8},
                  {"Sertifikat", 10}});
    // The trainings of the Laporan, counted as it counts them, with who passed and the certificates handed out.
    const TrainingRepository trainings(m_db);
    const ScoreRepository scores(m_db);
    auto certificates =
        m_db.prepared("SELECT count(*) FROM certificate WHERE training_uuid = ? AND deleted_at IS NULL");
    for (const ProgrammeReportTraining& training : m_report.trainings) {
        sheet.text(0, training.title);
        sheet.text(1, trainingKindWord(training.kind));
        sheet.date(2, training.startDate);
        sheet.date(3, training.endDate);
        sheet.number(
            4,
            double((std::chrono::sys_days(training.endDate) - std::chrono::sys_days(training.startDate)).count() + 1));
        sheet.text(5, training.venue);
        sheet.text(6, training.scopeName);
        sheet.text(7, training.scopeCode);
        sheet.number(8, double(training.participants));
        sheet.number(9, double(training.presentDays));
        sheet.percent(10, training.attendanceRate());
        // Passed, for a graded training only (its score sheet has components).
        if (!scores.componentsOf(training.uuid).empty()) {
            if (const auto stored = trainings.find(training.uuid)) {
                const auto rows = scoreRowsOf(m_db, *stored);
                sheet.number(11, double(std::count_if(rows.begin(), rows.end(),
                                                      [](const ScoreRow& row) { return row.passed; })));
            }
        }
        certificates->bind(1, training.uuid);
        certificates->executeStep();
        sheet.number(12, double(certificates->getColumn(0).getInt64()));
        certificates->reset();
        sheet.next();
        progress.row();
    }
    sheet.autofilter();
    return sheet.rowsBelowHeader();
}

long long WorkbookWriter::writeAttendance(XlsxSheet sheet, RowProgress& progress)
{
    sheet.header({{"Pelatihan", 36},
                  {"Hari ke", 8},
                  {"Tanggal", 12},
                  {"Nama", 32},
                  {"NIK", 20},
                  {"Kode desa", 15},
                  {"Desa/kelurahan", 22},
                  {"Kecamatan", 22},
                  {"Waktu hadir", 17},
                  {"Dibatalkan", 11},
                  {"Alasan pembatalan", 30}});
    // Training by training in the order of Pelatihan, day by day, in the order of arrival at the door.
    SQLite::Statement query =
        statement(R"sql(
        SELECT t.title, t.start_date, a.day, coalesce(p.full_name, ''), coalesce(p.nik, ''),
            coalesce(p.village_code, ''), coalesce(v.name, ''), coalesce(k.name, ''), a.checked_in_at,
            a.annulled_at IS NOT NULL, a.annul_reason
        FROM training t
        JOIN attendance a ON a.training_uuid = t.uuid AND a.deleted_at IS NULL
        LEFT JOIN person p ON p.uuid = a.person_uuid
        LEFT JOIN region v ON v.code = p.village_code
        LEFT JOIN region k ON k.code = v.parent_code)sql" +
                  attendanceWhere(scope()) + " ORDER BY t.start_date, t.title, t.uuid, a.day, a.checked_in_at, a.id");
    while (query.executeStep()) {
        const auto start = optionalDate(query.getColumn(1));
        const auto day = optionalDate(query.getColumn(2));
        sheet.text(0, query.getColumn(0).getText());
        if (start && day) {
            sheet.number(1, double((std::chrono::sys_days(*day) - std::chrono::sys_days(*start)).count() + 1));
        }
        sheet.date(2, day);
        sheet.text(3, query.getColumn(3).getText());
        sheet.text(4, nik(query.getColumn(4).getString()));
        sheet.text(5, query.getColumn(5).getText());
        sheet.text(6, query.getColumn(6).getText());
        sheet.text(7, query.getColumn(7).getText());
        sheet.moment(8, query.getColumn(8).getString());
        const bool annulled = query.getColumn(9).getInt() != 0;
        sheet.text(9, annulled ? "ya" : "tidak");
        sheet.text(10, query.getColumn(10).getText());
        sheet.next();
        progress.row();
    }
    sheet.autofilter();
    return sheet.rowsBelowHeader();
}

void refuseTooMany(const char* sheet, long long rows, const fs::path& output)
{
    if (rows > kXlsxMaximumRows) {
        throw Error(ErrorKind::UserInput, "export.too_many_rows",
                    fmt::format("{} rows of the sheet {} do not fit in one XLSX sheet ({} at most)", rows, sheet,
                                kXlsxMaximumRows),
                    output.string(), {std::to_string(rows), std::to_string(kXlsxMaximumRows)});
    }
}

} // namespace

ReportWorkbookCounts writeReportWorkbook(Database& db, const ReportWorkbookRequest& request, const Progress& progress)
{
    checkOutputPath(request.output, db.path());
    // The figures, the trainings and the programme villages as the Laporan (the PDF) has them: the two files agree.
    ProgrammeReportRequest laporan;
    laporan.scopeCode = request.scopeCode;
    laporan.from = request.from;
    laporan.to = request.to;
    laporan.today = request.today;
    laporan.referenceDate = SettingsStore(db).referenceDate();
    const ProgrammeReport report = programmeReport(db, laporan);

    return translatingSqliteErrors("writing the report workbook", [&]() -> ReportWorkbookCounts {
        SQLite::Transaction snapshot(db.connection()); // one moment of the people and check-ins; nothing is written
        WorkbookWriter writer(db, request, report);
        const long long people = writer.countPeople();
        const long long attendance = writer.countAttendance();
        refuseTooMany(kWorkbookSheetNames[1], people, request.output);
        refuseTooMany(kWorkbookSheetNames[4], attendance, request.output);
        RowProgress rows(progress, people + attendance + static_cast<long long>(report.villages.size()) +
                                       static_cast<long long>(report.trainings.size()));
        rows.report();

        ReportWorkbookCounts counts;
        XlsxWorkbook workbook(request.output);
        counts.parts = writer.writeSummary(workbook.sheet(kWorkbookSheetNames[0]));
        counts.people = writer.writePeople(workbook.sheet(kWorkbookSheetNames[1]), rows);
        counts.villages = writer.writeVillages(workbook.sheet(kWorkbookSheetNames[2]), rows);
        counts.trainings = writer.writeTrainings(workbook.sheet(kWorkbookSheetNames[3]), rows);
        counts.attendance = writer.writeAttendance(workbook.sheet(kWorkbookSheetNames[4]), rows);
        rows.report();
        snapshot.commit();

        PrivateFileWriter file(request.output);
        workbook.finishInto(file);
        progress.step(1, 1); // the last moment to cancel: after it the file is there
        if (!request.revealNik) {
            file.commit();
            return counts;
        }
        // Full NIKs leaving the program are a disclosure: its audit entry and the file are there together or not at
        // all.
        Savepoint audited(db.connection(), "report_workbook_reveal");
        nlohmann::ordered_json period{
            {"from", request.from ? nlohmann::ordered_json(formatIsoDate(*request.from)) : nlohmann::ordered_json()},
            {"to", request.to ? nlohmann::ordered_json(formatIsoDate(*request.to)) : nlohmann::ordered_json()}};
        AuditLog(db).record(request.actor, "report_workbook", newUuidV7(), "reveal", std::nullopt,
                            nlohmann::ordered_json{{"to", request.output.filename().string()},
                                                   {"scope", request.scopeCode},
                                                   {"period", period},
                                                   {"people", counts.people},
                                                   {"attendance", counts.attendance}});
        file.commit();
        try {
            audited.release();
        } catch (...) {
            std::error_code ignored;
            fs::remove(request.output, ignored); // no file with full NIKs whose export is not in the audit log
            throw;
        }
        return counts;
    });
}

} // namespace relawas::core
