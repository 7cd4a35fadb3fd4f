// The report workbook Batu Bara sends Bawaslu, read back with the spreadsheet import's own XLSX reader: five people in
// three villages of two kecamatan and one of another kabupaten, a removed person and an ended role, a designated
// Kampung Pengawasan, a two-day P2P with three check-ins and one annulled, and a training still to come.
#include "core/reports/ReportWorkbook.h"

#include "ErrorCodeOf.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/base/Error.h"
#include "core/import/sheet/XlsxReader.h"
#include "core/import/sheet/ZipArchive.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ScoreSheet.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/people/RoleRepository.h"
#include "core/people/checks/Nik.h"
#include "core/programme/KampungRepository.h"
#include "core/reports/ScopeFigures.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "import/sheet/TestWorkbook.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <zip.h>

using namespace relawas::core;
using namespace relawas::tests;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

constexpr Date kOn = 2026y / std::chrono::June / 1d;   // the report's day and the election day
constexpr const char* kDurian = "12.19.01.2004";       // Medang Deras
constexpr const char* kSeiBalai = "12.19.07.2002";     // Sei Balai
constexpr const char* kKwalaSikasim = "12.19.07.2001"; // Sei Balai
constexpr const char* kSilampuyang = "12.08.01.2001";  // another kabupaten

struct BatuBaraReport
{
    TempDir dir;
    Database db{copyRealRegionDatabase(dir / "relawas.db")};
    PeopleService people{db, "panwascam"};
    Person ani, bayu, candra, eka, fajar, gita, hasan;
    Training training;

    BatuBaraReport()
    {
        SettingsStore(db).setElectionDay(kOn);
        ani = registered("Ani Lestari", "1219014103070001", Gender::Female, 2007y / 3 / 1d, kDurian, RoleKind::Relawan,
                         {TargetGroup::PemilihPemula, TargetGroup::Perempuan});
        ani.phone = "+6281234560001";
        ani.email = "ani@example.org";
        ani = people.correct(ani);
        bayu = registered("Bayu Saputra", "1219011505900002", Gender::Male, 1990y / 5 / 15d, kDurian, RoleKind::Relawan,
                          {TargetGroup::Disabilitas});
        candra =
            registered("Candra Wijaya", "1219071204850003", Gender::Male, 1985y / 4 / 12d, kSeiBalai, RoleKind::Pkd);
        Person dewi = registered("Dewi Sartika", "1219075001700004", Gender::Female, 1970y / 1 / 10d, kKwalaSikasim,
                                 RoleKind::Relawan);
        people.remove(dewi.meta.uuid);
        eka = registered("Eka Putri", "", Gender::Female, std::nullopt, kKwalaSikasim, RoleKind::Relawan);
        fajar = registered("Fajar Nugroho", "1208010101900005", Gender::Male, 1990y / 1 / 1d, kSilampuyang,
                           RoleKind::Relawan);
        gita =
            registered("Gita Permata", "1219014208950006", Gender::Female, 1995y / 8 / 2d, kDurian, RoleKind::Relawan);
        for (const PersonRole& role : RoleRepository(db).rolesOf(gita.meta.uuid)) {
            people.endRole(role, 2026y / std::chrono::April / 30d, "pindah tugas");
        }
        hasan = registered("Hasan Basri", "1219011010800007", Gender::Male, 1980y / 10 / 10d, kDurian, std::nullopt);

        KampungProgramme programme;
        programme.villageCode = kDurian;
        programme.stage = KampungStage::Designated;
        programme.skNumber = "12/SK/PM.01/V/2026";
        programme.skDate = 2026y / std::chrono::May / 2d;
        programme.assessmentScore = 82.5;
        programme.vulnerability = Vulnerability::Sedang;
        programme.mouEndDate = 2029y / std::chrono::May / 1d;
        KampungRepository(db).save(programme, "panwascam", kOn);

        // A two-day P2P in Medang Deras: Ani present both days, Bayu the first (his second day annulled: the desk
        // took the wrong card); a training in July, after the report's day.
        TrainingService service(db, "panitia");
        training.kind = TrainingKind::P2p;
        training.title = "P2P Medang Deras";
        training.scopeCode = "12.19.01";
        training.venue = "Aula Kantor Camat";
        training.startDate = 2026y / std::chrono::May / 10d;
        training.endDate = 2026y / std::chrono::May / 11d;
        training = service.save(training);
        service.invite(training.meta.uuid, ani.meta.uuid, InvitationPart::Peserta);
        service.invite(training.meta.uuid, bayu.meta.uuid, InvitationPart::Peserta);
        CheckInDesk(db, "meja", training.meta.uuid, training.startDate).submit(ani.nik);
        CheckInDesk(db, "meja", training.meta.uuid, training.startDate).submit(bayu.nik);
        CheckInDesk(db, "meja", training.meta.uuid, training.endDate).submit(ani.nik);
        CheckInDesk secondDay(db, "meja", training.meta.uuid, training.endDate);
        secondDay.annul(secondDay.submit(bayu.nik).attendanceUuid, "kartu tertukar");
        // Graded: Ani passes and, present both days, gets her certificate; Bayu has no scores.
        ScoreSheet scores(db, "panitia", training.meta.uuid);
        for (std::size_t i = 0; i < scores.components().size(); ++i) {
            scores.set(ani.meta.uuid, i, 80);
        }
        service.issueCertificates(training.meta.uuid);
        Training later = training;
        later.meta = {};
        later.title = "P2P Medang Deras, gelombang 2";
        later.startDate = 2026y / std::chrono::July / 1d;
        later.endDate = later.startDate;
        service.save(later);
    }

    Person registered(const std::string& name, const std::string& nik, Gender gender, std::optional<Date> birth,
                      const std::string& village, std::optional<RoleKind> kind, std::set<TargetGroup> groups = {})
    {
        Person person;
        person.fullName = name;
        person.nik = nik;
        person.gender = gender;
        person.birthDate = birth;
        person.villageCode = village;
        person.targetGroups = std::move(groups);
        std::vector<PersonRole> roles;
        if (kind) {
            PersonRole role;
            role.kind = *kind;
            role.scopeCode = village;
            roles.push_back(role);
        }
        return people.registerPerson(person, roles);
    }

    ReportWorkbookRequest request(const std::string& scope, const std::string& file = "laporan.xlsx")
    {
        ReportWorkbookRequest r;
        r.scopeCode = scope;
        r.today = kOn;
        r.actor = "koordinator";
        r.output = dir / file;
        return r;
    }

    long long auditedReveals()
    {
        SQLite::Statement q(db.connection(), "SELECT count(*) FROM audit_log WHERE entity = 'report_workbook' AND "
                                             "action = 'reveal'");
        q.executeStep();
        return q.getColumn(0).getInt64();
    }
};

// The sheet names of the workbook, in order.
std::vector<std::string> sheetNames(const fs::path& file)
{
    const std::string workbook = ZipArchive(file).readAll("xl/workbook.xml");
    std::vector<std::string> names;
    const std::string tag = "<sheet name=\"";
    for (auto at = workbook.find(tag); at != std::string::npos; at = workbook.find(tag, at + 1)) {
        const auto start = at + tag.size();
        names.push_back(workbook.substr(start, workbook.find('"', start) - start));
    }
    return names;
}

// The rows of one sheet as the import's reader gives them. It reads a workbook's first sheet: it is given a copy
// whose workbook lists this sheet alone.
std::vector<SheetRow> sheetRows(const fs::path& file, const std::string& name)
{
    const std::string workbook = ZipArchive(file).readAll("xl/workbook.xml");
    const auto sheets = workbook.find("<sheets>") + std::string("<sheets>").size();
    const auto end = workbook.find("</sheets>");
    const auto at = workbook.find("<sheet name=\"" + name + "\"");
    REQUIRE(at < end);
    const auto close = workbook.find("/>", at) + 2;
    const std::string alone = workbook.substr(0, sheets) + workbook.substr(at, close - at) + workbook.substr(end);
    const fs::path copy = file.parent_path() / ("sheet-" + name + ".xlsx.copy");
    replaceZipEntry(file, copy, "xl/workbook.xml", alone);
    std::vector<SheetRow> rows;
    {
        XlsxReader reader(copy);
        SheetRow row;
        while (reader.next(row)) {
            rows.push_back(row);
        }
    }
    fs::remove(copy);
    return rows;
}

// Every part of the archive, unpacked: what anyone who unzips the file can read.
std::string everyPart(const fs::path& file)
{
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    std::string all;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_file_t* part = zip_fopen_index(archive, zip_uint64_t(i), 0);
        REQUIRE(part != nullptr);
        char buffer[65536];
        for (zip_int64_t n; (n = zip_fread(part, buffer, sizeof buffer)) > 0;) {
            all.append(buffer, std::size_t(n));
        }
        zip_fclose(part);
    }
    zip_close(archive);
    return all;
}

// The value beside a label of Ringkasan.
const SheetCell& besideLabel(const std::vector<SheetRow>& rows, const std::string& label)
{
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const SheetRow& r) { return r.text(0) == label; });
    INFO(label);
    REQUIRE(row != rows.end());
    REQUIRE(row->cells.size() >= 2);
    return row->cells[1];
}

// The rows of a list below its header, without the blank rows.
std::vector<SheetRow> listRows(const std::vector<SheetRow>& rows)
{
    std::vector<SheetRow> list;
    std::copy_if(rows.begin() + 1, rows.end(), std::back_inserter(list), [](const SheetRow& r) { return !r.blank(); });
    return list;
}

std::string numberText(long long value)
{
    return std::to_string(value);
}

} // namespace

TEST_CASE("The report workbook of a kabupaten holds its figures, volunteers, kampung, trainings and check-ins",
          "[reports][workbook]")
{
    BatuBaraReport t;
    const ReportWorkbookRequest request = t.request("12.19");
    const ReportWorkbookCounts counts = writeReportWorkbook(t.db, request);
    const fs::path& file = request.output;
    REQUIRE(fs::exists(file));
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    CHECK(sheetNames(file) == std::vector<std::string>{"Ringkasan", "Relawan", "Kampung", "Pelatihan", "Presensi"});

    SECTION("Ringkasan holds the figures of the region as scopeFigures counts them, and a row per kecamatan")
    {
        const ScopeFigures f = scopeFigures(t.db, "12.19", kOn, kOn);
        const auto rows = sheetRows(file, "Ringkasan");
        CHECK(besideLabel(rows, "Wilayah").text == "Kabupaten Batu Bara");
        CHECK(besideLabel(rows, "Tanggal laporan").kind == SheetCell::Kind::CalendarDate);
        CHECK(besideLabel(rows, "Tanggal laporan").text == "2026-06-01");
        const std::map<std::string, long long> figures{{"Desa/kelurahan", f.villages},
                                                       {"Desa/kelurahan dengan relawan", f.villagesWithVolunteer},
                                                       {"Desa/kelurahan dengan PKD", f.villagesWithPkd},
                                                       {"Kampung Pengawasan: Ditetapkan (SK)", 1},
                                                       {"Kampung Pengawasan: Calon", 0},
                                                       {"Relawan", f.volunteers},
                                                       {"Relawan perempuan", f.women},
                                                       {"Relawan pemilih pemula", f.firstTimeVoters},
                                                       {"Relawan penyandang disabilitas", f.withDisability},
                                                       {"Pelatihan terselenggara", f.trainingsHeld},
                                                       {"Orang terlatih", f.peopleTrained}};
        for (const auto& [label, value] : figures) {
            INFO(label);
            const SheetCell& cell = besideLabel(rows, label);
            CHECK(cell.kind == SheetCell::Kind::Number);
            CHECK(cell.text == numberText(value));
        }
        CHECK(besideLabel(rows, "Relawan").text == "3"); // Ani, Bayu, Eka
        const SheetCell& rate = besideLabel(rows, "Tingkat kehadiran pelatihan");
        CHECK(rate.kind == SheetCell::Kind::Number);
        REQUIRE(f.attendanceRate);
        CHECK(std::stod(rate.text) == Approx(*f.attendanceRate));
        CHECK(std::stod(rate.text) == Approx(0.75));

        const auto header =
            std::find_if(rows.begin(), rows.end(), [](const SheetRow& r) { return r.text(0) == "Kode"; });
        REQUIRE(header != rows.end());
        CHECK(header->text(1) == "Kecamatan");
        const std::vector<SheetRow> parts(header + 1, rows.end());
        REQUIRE(parts.size() == f.parts.size());
        CHECK(counts.parts == 12);
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const RegionPartFigures& part = f.parts[i];
            INFO(part.code);
            CHECK(parts[i].text(0) == part.code);
            CHECK(parts[i].text(1) == part.name);
            CHECK(parts[i].cells.at(2).kind == SheetCell::Kind::Number);
            CHECK(parts[i].text(2) == numberText(part.villages));
            CHECK(parts[i].text(3) == numberText(part.villagesWithVolunteer));
            CHECK(parts[i].text(4) == numberText(part.villagesWithPkd));
            CHECK(parts[i].text(5) == numberText(part.programmeVillages));
            CHECK(parts[i].text(6) == numberText(part.volunteers()));
            CHECK(parts[i].text(7) == numberText(part.volunteerMen));
            CHECK(parts[i].text(8) == numberText(part.volunteerWomen));
            CHECK(parts[i].text(9) == numberText(part.volunteerOtherwise));
        }
        CHECK(parts[0].text(1) == "Medang Deras");
        CHECK(parts[0].text(6) == "2");
    }

    SECTION("Relawan lists the living holders of a current role in name order, NIKs masked, dates and ages as cells")
    {
        const auto rows = sheetRows(file, "Relawan");
        REQUIRE(!rows.empty());
        CHECK(rows[0].text(0) == "Nama");
        CHECK(rows[0].text(1) == "NIK");
        CHECK(rows[0].text(3) == "Tanggal lahir");
        const auto list = listRows(rows);
        REQUIRE(list.size() == 4); // not Dewi (removed), Fajar (elsewhere), Gita (role ended), Hasan (no role)
        CHECK(counts.people == 4);
        CHECK(list[0].text(0) == "Ani Lestari");
        CHECK(list[1].text(0) == "Bayu Saputra");
        CHECK(list[2].text(0) == "Candra Wijaya");
        CHECK(list[3].text(0) == "Eka Putri");

        const SheetRow& ani = list[0];
        CHECK(ani.text(1) == maskNik(t.ani.nik));
        CHECK(ani.cells[1].kind == SheetCell::Kind::Text);
        CHECK(ani.text(2) == "P");
        CHECK(ani.cells[3].kind == SheetCell::Kind::CalendarDate);
        CHECK(ani.text(3) == "2007-03-01");
        CHECK(ani.cells[4].kind == SheetCell::Kind::Number);
        CHECK(ani.text(4) == "19");
        CHECK(ani.text(5) == kDurian);
        CHECK(ani.text(6) == "Durian");
        CHECK(ani.text(7) == "Medang Deras");
        CHECK(ani.text(8) == "Relawan");
        CHECK(ani.text(9) == "+6281234560001");
        CHECK(ani.cells[9].kind == SheetCell::Kind::Text);
        CHECK(ani.text(10) == "ani@example.org");
        CHECK(ani.text(11) == "Pemilih pemula, Perempuan");
        CHECK(list[2].text(8) == "PKD");
        CHECK(list[3].text(1).empty()); // Eka has no NIK
        CHECK(list[3].text(3).empty());
        CHECK(list[3].text(4).empty());

        const std::string parts = everyPart(file);
        for (const Person* person : {&t.ani, &t.bayu, &t.candra}) {
            CHECK(parts.find(person->nik) == std::string::npos);
        }
        CHECK(t.auditedReveals() == 0);
    }

    SECTION("Kampung lists the programme village with its stage, and its dates as date cells")
    {
        const auto list = listRows(sheetRows(file, "Kampung"));
        REQUIRE(list.size() == 1);
        CHECK(counts.villages == 1);
        const SheetRow& durian = list[0];
        CHECK(durian.text(0) == "Medang Deras");
        CHECK(durian.text(1) == "Durian");
        CHECK(durian.text(2) == kDurian);
        CHECK(durian.text(3) == "Ditetapkan (SK)");
        CHECK(durian.text(4) == "12/SK/PM.01/V/2026");
        CHECK(durian.cells[5].kind == SheetCell::Kind::CalendarDate);
        CHECK(durian.text(5) == "2026-05-02");
        CHECK(durian.cells[6].kind == SheetCell::Kind::Number);
        CHECK(std::stod(durian.text(6)) == Approx(82.5));
        CHECK(durian.text(7) == "Sedang");
        CHECK(durian.cells[8].kind == SheetCell::Kind::CalendarDate);
        CHECK(durian.text(8) == "2029-05-01");
    }

    SECTION("Pelatihan lists the trainings of the region, with their numbers as number cells")
    {
        const auto list = listRows(sheetRows(file, "Pelatihan"));
        REQUIRE(list.size() == 2);
        CHECK(counts.trainings == 2);
        const SheetRow& held = list[0];
        CHECK(held.text(0) == "P2P Medang Deras");
        CHECK(held.text(1) == "Kelas P2P");
        CHECK(held.cells[2].kind == SheetCell::Kind::CalendarDate);
        CHECK(held.text(2) == "2026-05-10");
        CHECK(held.text(3) == "2026-05-11");
        CHECK(held.text(4) == "2");
        CHECK(held.text(5) == "Aula Kantor Camat");
        CHECK(held.text(6) == "Medang Deras");
        CHECK(held.text(7) == "12.19.01");
        CHECK(held.cells[8].kind == SheetCell::Kind::Number);
        CHECK(held.text(8) == "2");
        CHECK(held.text(9) == "3");
        CHECK(held.cells[10].kind == SheetCell::Kind::Number);
        CHECK(std::stod(held.text(10)) == Approx(0.75));
        CHECK(held.cells[11].kind == SheetCell::Kind::Number);
        CHECK(held.text(11) == "1"); // Ani passed
        CHECK(held.text(12) == "1"); // and got her certificate
        const SheetRow& coming = list[1];
        CHECK(coming.text(0) == "P2P Medang Deras, gelombang 2");
        CHECK(coming.text(10).empty()); // not held by the report's day
        CHECK(coming.text(11).empty()); // not graded
        CHECK(coming.text(12) == "0");
    }

    SECTION("Presensi lists every check-in, the annulled one marked, the NIK masked")
    {
        const auto list = listRows(sheetRows(file, "Presensi"));
        REQUIRE(list.size() == 4);
        CHECK(counts.attendance == 4);
        std::multiset<std::string> seen;
        for (const SheetRow& row : list) {
            CHECK(row.text(0) == "P2P Medang Deras");
            CHECK(row.cells[1].kind == SheetCell::Kind::Number);
            CHECK(row.cells[2].kind == SheetCell::Kind::CalendarDate);
            CHECK(row.cells[8].kind == SheetCell::Kind::CalendarDate); // the check-in's date and time
            CHECK(row.text(4).find("\xE2\x80\xA2") == 0);
            seen.insert(row.text(1) + " " + row.text(2) + " " + row.text(3) + " " + row.text(9));
        }
        CHECK(seen == std::multiset<std::string>{"1 2026-05-10 Ani Lestari tidak", "1 2026-05-10 Bayu Saputra tidak",
                                                 "2 2026-05-11 Ani Lestari tidak", "2 2026-05-11 Bayu Saputra ya"});
        const auto annulled =
            std::find_if(list.begin(), list.end(), [](const SheetRow& row) { return row.text(9) == "ya"; });
        CHECK(annulled->text(10) == "kartu tertukar");
    }
}

TEST_CASE("A workbook with full NIKs holds them, and its export is in the audit log once", "[reports][workbook]")
{
    BatuBaraReport t;
    ReportWorkbookRequest request = t.request("12.19", "laporan-lengkap.xlsx");
    request.revealNik = true;
    const ReportWorkbookCounts counts = writeReportWorkbook(t.db, request);

    const auto people = listRows(sheetRows(request.output, "Relawan"));
    REQUIRE(people.size() == 4);
    CHECK(people[0].text(1) == t.ani.nik);
    CHECK(people[1].text(1) == t.bayu.nik);
    const auto checkIns = listRows(sheetRows(request.output, "Presensi"));
    REQUIRE(!checkIns.empty());
    CHECK((checkIns[0].text(4) == t.ani.nik || checkIns[0].text(4) == t.bayu.nik));
    const auto summary = sheetRows(request.output, "Ringkasan");
    CHECK(besideLabel(summary, "NIK").text == "lengkap (tercatat di log audit)");

    REQUIRE(t.auditedReveals() == 1);
    SQLite::Statement entry(t.db.connection(),
                            "SELECT actor, after_json FROM audit_log WHERE entity = 'report_workbook'");
    REQUIRE(entry.executeStep());
    CHECK(entry.getColumn(0).getString() == "koordinator");
    const auto after = nlohmann::json::parse(entry.getColumn(1).getString());
    CHECK(after.at("to") == "laporan-lengkap.xlsx");
    CHECK(after.at("scope") == "12.19");
    CHECK(after.at("people") == counts.people);
    CHECK(after.at("attendance") == counts.attendance);
}

TEST_CASE("A kecamatan with no one in it gives the lists' headers only", "[reports][workbook]")
{
    BatuBaraReport t;
    const ReportWorkbookRequest request = t.request("12.19.05"); // Talawi: no people, kampung or training
    const ReportWorkbookCounts counts = writeReportWorkbook(t.db, request);
    CHECK(counts.people == 0);
    CHECK(counts.villages == 0);
    CHECK(counts.trainings == 0);
    CHECK(counts.attendance == 0);
    for (const char* sheet : {"Relawan", "Kampung", "Pelatihan", "Presensi"}) {
        INFO(sheet);
        const auto rows = sheetRows(request.output, sheet);
        REQUIRE(!rows.empty());
        CHECK(!rows[0].blank());
        CHECK(listRows(rows).empty());
    }
    const auto summary = sheetRows(request.output, "Ringkasan");
    CHECK(besideLabel(summary, "Relawan").text == "0");
    CHECK(besideLabel(summary, "Desa/kelurahan").text != "0");
}

TEST_CASE("A period keeps the trainings and check-ins of its days", "[reports][workbook]")
{
    BatuBaraReport t;
    ReportWorkbookRequest request = t.request("12.19");

    SECTION("The second day only")
    {
        request.from = 2026y / std::chrono::May / 11d;
        request.to = 2026y / std::chrono::May / 31d;
        const ReportWorkbookCounts counts = writeReportWorkbook(t.db, request);
        CHECK(counts.trainings == 1);
        CHECK(counts.attendance == 2);
        CHECK(counts.people == 4); // the people are not bounded by the period
        const auto checkIns = listRows(sheetRows(request.output, "Presensi"));
        REQUIRE(checkIns.size() == 2);
        CHECK(checkIns[0].text(2) == "2026-05-11");
        const auto summary = sheetRows(request.output, "Ringkasan");
        CHECK(besideLabel(summary, "Pelatihan sejak").text == "2026-05-11");
        CHECK(besideLabel(summary, "Pelatihan terselenggara dalam periode").text == "1");
        const SheetCell& rate = besideLabel(summary, "Tingkat kehadiran pelatihan dalam periode");
        CHECK(rate.kind == SheetCell::Kind::Number);
        CHECK(std::stod(rate.text) == Approx(0.75)); // the training's, whatever the days of the period
    }
    SECTION("From July")
    {
        request.from = 2026y / std::chrono::July / 1d;
        const ReportWorkbookCounts counts = writeReportWorkbook(t.db, request);
        CHECK(counts.trainings == 1);
        CHECK(counts.attendance == 0);
        const auto trainings = listRows(sheetRows(request.output, "Pelatihan"));
        REQUIRE(trainings.size() == 1);
        CHECK(trainings[0].text(0) == "P2P Medang Deras, gelombang 2");
    }
    SECTION("A period that ends before it begins is refused, and nothing is written")
    {
        request.from = 2026y / std::chrono::May / 31d;
        request.to = 2026y / std::chrono::May / 1d;
        CHECK(errorCodeOf([&] { writeReportWorkbook(t.db, request); }) == "report.period_reversed");
        CHECK(!fs::exists(request.output));
    }
}

TEST_CASE("A cancelled or refused workbook leaves no file, and an older file stays as it was", "[reports][workbook]")
{
    BatuBaraReport t;
    ReportWorkbookRequest request = t.request("12.19");
    std::ofstream(request.output) << "last month's report";
    const auto unchanged = [&] {
        std::ifstream in(request.output);
        std::stringstream text;
        text << in.rdbuf();
        CHECK(text.str() == "last month's report");
        std::vector<std::string> files;
        for (const auto& entry : fs::directory_iterator(t.dir.path())) {
            files.push_back(entry.path().filename().string());
        }
        std::sort(files.begin(), files.end());
        // The database and its companions, and the older file: no scratch or temporary file is left.
        for (const std::string& name : files) {
            INFO(name);
            CHECK((name.rfind("relawas.db", 0) == 0 || name == "laporan.xlsx"));
        }
    };

    SECTION("Cancelled before the first row")
    {
        Progress progress;
        progress.cancelled = [] { return true; };
        try {
            writeReportWorkbook(t.db, request, progress);
            FAIL("not cancelled");
        } catch (const Error& e) {
            CHECK(e.kind() == ErrorKind::Cancelled);
        }
        unchanged();
    }
    SECTION("Cancelled with full NIKs when the workbook is complete but not yet in place, and nothing audited")
    {
        request.revealNik = true;
        int asked = 0;
        std::size_t lastTotal = 0;
        Progress progress;
        progress.report = [&](std::size_t, std::size_t total) { lastTotal = total; };
        progress.cancelled = [&] { return ++asked == 3; }; // the start, the last row, the finished workbook
        CHECK(errorCodeOf([&] { writeReportWorkbook(t.db, request, progress); }) == "operation.cancelled");
        CHECK(lastTotal == 4 + 4 + 1 + 2); // people, check-ins, villages, trainings
        unchanged();
        CHECK(t.auditedReveals() == 0);
    }
    SECTION("An unknown region, or the database as the output")
    {
        CHECK(errorCodeOf([&] { writeReportWorkbook(t.db, t.request("12.99")); }) == "region.unknown_code");
        ReportWorkbookRequest overDatabase = t.request("12.19");
        overDatabase.output = t.db.path();
        CHECK(errorCodeOf([&] { writeReportWorkbook(t.db, overDatabase); }) == "output.would_overwrite");
        unchanged();
    }
}
