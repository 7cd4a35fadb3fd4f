// `relawas-cli training` as an organiser's script runs it: a real process over a database that `init` made for
// Kabupaten Batu Bara and `demo generate` filled (three Panwascam members and two secretariat staff per kecamatan,
// a PKD per village, volunteers).
#define CATCH_CONFIG_MAIN
#include "CliJson.h"
#include "CliRun.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

using namespace relawas::clitest;

namespace {

using Row = std::vector<std::string>;

// RFC 4180 as a spreadsheet reads it: quoted fields, doubled quotes, commas inside quotes.
std::vector<Row> csvRows(const std::string& text)
{
    std::vector<Row> rows;
    Row row;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(field);
            field.clear();
        } else if (c == '\n') {
            row.push_back(field);
            rows.push_back(row);
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// The rows of a CSV with a header row, each as column → value.
std::vector<std::map<std::string, std::string>> csvRecords(const std::string& text)
{
    const auto rows = csvRows(text);
    std::vector<std::map<std::string, std::string>> records;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        std::map<std::string, std::string> record;
        for (std::size_t c = 0; c < rows[0].size() && c < rows[r].size(); ++c) {
            record[rows[0][c]] = rows[r][c];
        }
        records.push_back(record);
    }
    return records;
}

// A query of the test database, read past the program: the answers the CLI should agree with.
std::string oneText(const std::string& db, const std::string& sql, const std::vector<std::string>& values = {})
{
    SQLite::Database connection(db, SQLite::OPEN_READONLY);
    SQLite::Statement query(connection, sql);
    for (std::size_t i = 0; i < values.size(); ++i) {
        query.bind(int(i) + 1, values[i]);
    }
    REQUIRE(query.executeStep());
    return query.getColumn(0).getString();
}

const std::regex kCardCode("[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}");
const std::regex kUtcTimestamp(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)");
const std::regex kSixteenDigits(R"(\d{16})");

// The local time a stored UTC timestamp reads on a clock seven hours ahead (WIB).
std::string wibClock(const std::string& utcIso)
{
    const int hour = (std::stoi(utcIso.substr(11, 2)) + 7) % 24;
    return (hour < 10 ? "0" : "") + std::to_string(hour) + ":" + utcIso.substr(14, 2);
}

struct BatuBara
{
    Scratch scratch;
    std::string db = (scratch / "relawas.db").string();

    BatuBara()
    {
        REQUIRE(cli(scratch, {"--db", db, "init", "--kabupaten", "12.19"}).exitCode == 0);
        REQUIRE(cli(scratch, {"--db", db, "demo", "generate", "--people", "300"}).exitCode == 0);
    }

    Run run(std::vector<std::string> arguments) const
    {
        arguments.insert(arguments.begin(), {"--db", db, "training"});
        return cli(scratch, arguments);
    }
};

} // namespace

TEST_CASE("The founding Rakernis of Batu Bara: invited by role, cards issued, checked in at the door",
          "[cli][training]")
{
    BatuBara batuBara;
    const auto training = [&](const std::vector<std::string>& arguments) { return batuBara.run(arguments); };

    const auto created =
        jsonOf(training({"add", "--kind", "rakernis", "--title", "Rakernis Panwascam Batu Bara", "--start",
                         "2024-09-15", "--venue", "Singapore City Hotel", "--scope", "12.19", "--json"}));
    const std::string id = created.at("id");
    CHECK(id.size() == 36);
    CHECK(created.at("end") == "2024-09-15"); // one day when --end is left out

    // Everyone holding a current Panwascam or secretariat role, as `people list` counts them.
    std::set<std::string> holders;
    for (const std::string role : {"anggota-panwascam", "staf-sekretariat"}) {
        const Run listed = cli(batuBara.scratch, {"--db", batuBara.db, "people", "list", "--csv", "--full-nik",
                                                  "--role", role, "--under", "12.19"});
        REQUIRE(listed.exitCode == 0);
        for (const auto& person : csvRecords(listed.out)) {
            holders.insert(person.at("nik"));
        }
    }
    REQUIRE(!holders.empty());

    const std::vector<std::string> invite{
        "invite", id, "--role", "anggota-panwascam", "--role", "staf-sekretariat", "--under", "12.19", "--json"};
    const auto invited = jsonOf(training(invite));
    CHECK(invited.at("invited") == holders.size());
    CHECK(invited.at("expected") == holders.size());
    // The same invitation sent twice invites nobody twice.
    CHECK(jsonOf(training(invite)).at("invited") == 0);

    CHECK(jsonOf(training({"cards-issue", id, "--json"})).at("issued") == holders.size());
    CHECK(jsonOf(training({"cards-issue", id, "--json"})).at("issued") == 0);

    const Run roster = training({"roster", id, "--day", "1", "--csv"});
    REQUIRE(roster.exitCode == 0);
    CHECK(lines(roster.out).front() == "name,nik,part,kecamatan,village,card_code,checked_in_at");
    const auto expected = csvRecords(roster.out);
    REQUIRE(expected.size() == holders.size());
    for (const auto& person : expected) {
        CHECK(std::regex_match(person.at("card_code"), kCardCode));
        CHECK(person.at("nik").size() > 4);
        CHECK(holders.count(person.at("nik")) == 0); // masked
        CHECK(person.at("part") == "peserta");
        CHECK(person.at("checked_in_at").empty());
    }
    CHECK_FALSE(std::regex_search(roster.out, kSixteenDigits));

    // At the door: the first card scanned, then scanned again.
    const std::string code = expected.front().at("card_code");
    const Run first = training({"checkin", id, "--day", "1", code, "--json"});
    CHECK(first.exitCode == 0);
    const auto scanned = nlohmann::json::parse(first.out);
    CHECK(scanned.at("status") == "checked_in");
    CHECK(scanned.at("person").at("name") == expected.front().at("name"));
    const std::string firstPerson = scanned.at("person").at("id");
    const std::string firstAt = scanned.at("checked_in_at");
    CHECK(std::regex_match(firstAt, kUtcTimestamp));

    const std::string grouped = code.substr(0, 4) + "-" + code.substr(4);
    const Run again = training({"checkin", id, "--day", "1", grouped, "--json"});
    CHECK(again.exitCode == 0);
    CHECK(nlohmann::json::parse(again.out).at("status") == "already_checked_in");
    CHECK(nlohmann::json::parse(again.out).at("checked_in_at") == firstAt);
    const Run againInWords = training({"checkin", id, "--day", "1", code});
    CHECK(againInWords.exitCode == 0);
    CHECK_THAT(againInWords.out, Catch::Contains("was already checked in"));

    // Someone on the list without a card gives their NIK.
    const std::string invitedNik =
        oneText(batuBara.db,
                "SELECT p.nik FROM invitation i JOIN person p ON p.uuid = i.person_uuid WHERE i.training_uuid = ? "
                "AND p.uuid <> ? ORDER BY p.full_name LIMIT 1",
                {id, firstPerson});
    const Run byNik = training({"checkin", id, "--day", "1", invitedNik, "--json"});
    CHECK(byNik.exitCode == 0);
    CHECK(nlohmann::json::parse(byNik.out).at("status") == "checked_in");
    CHECK(nlohmann::json::parse(byNik.out).at("method") == "nik");
    CHECK(byNik.out.find(invitedNik) == std::string::npos);

    // A village's PKD is in the register but not on this list.
    const std::string pkdNik =
        oneText(batuBara.db, "SELECT nik FROM person p WHERE p.nik IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                             "invitation i WHERE i.person_uuid = p.uuid) ORDER BY nik LIMIT 1");
    const Run notInvited = training({"checkin", id, "--day", "1", pkdNik, "--json"});
    CHECK(notInvited.exitCode == 3);
    CHECK(nlohmann::json::parse(notInvited.out).at("status") == "not_invited");
    CHECK(nlohmann::json::parse(notInvited.out).at("checked_in_at").is_null());
    CHECK_FALSE(nlohmann::json::parse(notInvited.out).at("person").is_null());

    const Run garbage = training({"checkin", id, "--day", "1", "ZZZZ-9999", "--json"});
    CHECK(garbage.exitCode == 3);
    CHECK(nlohmann::json::parse(garbage.out).at("status") == "unknown");
    CHECK(nlohmann::json::parse(garbage.out).at("person").is_null());
    const Run garbageInWords = training({"checkin", id, "--day", "1", "ZZZZ-9999"});
    CHECK(garbageInWords.exitCode == 3);
    CHECK_THAT(garbageInWords.out, Catch::Contains("No one has the card code, NIK or name `ZZZZ-9999`"));
    CHECK(garbageInWords.err.empty());

    const Run dayTwo = training({"checkin", id, "--day", "2", expected.back().at("card_code"), "--json"});
    CHECK(dayTwo.exitCode == 3);
    CHECK(nlohmann::json::parse(dayTwo.out).at("status") == "wrong_day");
    CHECK(nlohmann::json::parse(dayTwo.out).at("date") == "2024-09-16");

    // The PKD comes to speak after all: invited by NIK as a speaker, then checked in by the same NIK.
    const auto speaker = jsonOf(training({"invite", id, "--person", pkdNik, "--part", "narasumber", "--json"}));
    CHECK(speaker.at("invited") == 1);
    CHECK(speaker.at("expected") == holders.size() + 1);
    CHECK(jsonOf(training({"invite", id, "--person", pkdNik, "--part", "narasumber", "--json"})).at("invited") == 0);
    CHECK(training({"checkin", id, "--day", "1", pkdNik}).exitCode == 0);

    // Every attempt is in the attempt log, the refused ones too.
    CHECK(oneText(batuBara.db, "SELECT count(*) FROM checkin_attempt WHERE training_uuid = ?", {id}) == "9");

    const auto after = csvRecords(training({"roster", id, "--day", "1", "--csv"}).out);
    REQUIRE(after.size() == holders.size() + 1);
    CHECK(after.front().at("part") == "narasumber"); // speakers first
    std::size_t present = 0;
    for (const auto& person : after) {
        if (!person.at("checked_in_at").empty()) {
            ++present;
            CHECK(std::regex_match(person.at("checked_in_at"), kUtcTimestamp));
        }
        if (person.at("card_code") == code) {
            CHECK(person.at("checked_in_at") == firstAt);
        }
    }
    CHECK(present == 3);

    // The table on the screen shows the local time of day.
    setenv("TZ", "WIB-7", 1);
    const Run table = training({"roster", id, "--day", "1"});
    unsetenv("TZ");
    REQUIRE(table.exitCode == 0);
    const auto tableLines = lines(table.out);
    const auto firstLine = std::find_if(tableLines.begin(), tableLines.end(), [&](const std::string& line) {
        return line.find(grouped) != std::string::npos;
    });
    REQUIRE(firstLine != tableLines.end());
    CHECK_THAT(*firstLine, Catch::EndsWith(wibClock(firstAt)));
    CHECK_THAT(table.out, Catch::Contains("3 of " + std::to_string(holders.size() + 1) + " present on day 1"));

    const auto listed = jsonOf(training({"list", "--json"}));
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].at("id") == id);
    CHECK(listed[0].at("kind") == "rakernis");
    CHECK(listed[0].at("venue") == "Singapore City Hotel");
    CHECK(listed[0].at("expected") == holders.size() + 1);
    CHECK(listed[0].at("present_by_day") == nlohmann::json::array({3}));
    CHECK(listed[0].at("attendance_rate").get<double>() == Approx(3.0 / double(holders.size() + 1)));
    CHECK_THAT(training({"list"}).out, Catch::Contains("Rakernis Panwascam Batu Bara"));
}

TEST_CASE("The roster keeps NIKs masked unless asked, and names a spreadsheet would run come out as text",
          "[cli][training]")
{
    BatuBara batuBara;
    const std::string id = jsonOf(batuBara.run({"add", "--kind", "sosialisasi", "--title", "Sosialisasi Desa",
                                                "--start", "2024-10-05", "--venue", "Balai Desa", "--json"}))
                               .at("id");
    REQUIRE(jsonOf(batuBara.run({"invite", id, "--role", "pkd", "--under", "12.19.07", "--json"})).at("invited") > 0);
    {
        // Written past the writers' checks, as a database of an older version may hold it.
        SQLite::Database raw(batuBara.db, SQLite::OPEN_READWRITE);
        SQLite::Statement rename(raw, "UPDATE person SET full_name = '=HYPERLINK(\"http://x\";\"Klik\")' WHERE uuid = "
                                      "(SELECT person_uuid FROM invitation WHERE training_uuid = ? LIMIT 1)");
        rename.bind(1, id);
        REQUIRE(rename.exec() == 1);
    }
    const Run masked = batuBara.run({"roster", id, "--day", "1", "--csv"});
    REQUIRE(masked.exitCode == 0);
    CHECK_THAT(masked.out, Catch::Contains("\n\"'=HYPERLINK(\"\"http://x\"\";\"\"Klik\"\")\","));
    CHECK_FALSE(std::regex_search(masked.out, kSixteenDigits));
    CHECK(csvRecords(masked.out).front().at("card_code").empty()); // no cards issued yet

    const Run full = batuBara.run({"roster", id, "--day", "1", "--csv", "--full-nik"});
    REQUIRE(full.exitCode == 0);
    const auto people = csvRecords(full.out);
    CHECK(std::all_of(people.begin(), people.end(),
                      [](const auto& person) { return std::regex_match(person.at("nik"), kSixteenDigits); }));
    CHECK(oneText(batuBara.db,
                  "SELECT count(*) FROM audit_log WHERE entity = 'training' AND entity_uuid = ? AND "
                  "action = 'reveal'",
                  {id}) == "1");

    const auto json = jsonOf(batuBara.run({"roster", id, "--day", "1", "--json"}));
    CHECK(json.at("expected") == people.size());
    CHECK(json.at("participants").size() == people.size());
    CHECK(json.at("participants")[0].at("card_code").is_null());
    CHECK_FALSE(std::regex_search(json.dump(), kSixteenDigits));
}

TEST_CASE("A three-day bimtek counts each day apart", "[cli][training]")
{
    BatuBara batuBara;
    const std::string id =
        jsonOf(batuBara.run({"add", "--kind", "bimtek", "--title", "Bimtek PKD Sei Balai", "--start", "2024-10-01",
                             "--end", "2024-10-03", "--venue", "Aula Kecamatan", "--capacity", "40", "--json"}))
            .at("id");
    REQUIRE(jsonOf(batuBara.run({"invite", id, "--role", "pkd", "--under", "12.19.07", "--json"})).at("invited") > 0);
    REQUIRE(batuBara.run({"cards-issue", id}).exitCode == 0);
    const std::string code = csvRecords(batuBara.run({"roster", id, "--day", "2", "--csv"}).out).at(0).at("card_code");

    CHECK(batuBara.run({"checkin", id, "--day", "2", code}).exitCode == 0);
    const Run third = batuBara.run({"checkin", id, "--day", "3", code, "--json"});
    CHECK(third.exitCode == 0);
    CHECK(nlohmann::json::parse(third.out).at("status") == "checked_in"); // a new day, a new check-in
    CHECK(batuBara.run({"checkin", id, "--day", "4", code}).exitCode == 3);

    const auto listed = jsonOf(batuBara.run({"list", "--scope", "12.19.07", "--json"}));
    REQUIRE(listed.size() == 1);
    CHECK(listed[0].at("present_by_day") == nlohmann::json::array({0, 1, 1}));
    CHECK(listed[0].at("capacity") == 40);
    CHECK(listed[0].at("scope").is_null());

    CHECK(csvRecords(batuBara.run({"roster", id, "--day", "1", "--csv"}).out).at(0).at("checked_in_at").empty());
    CHECK_FALSE(csvRecords(batuBara.run({"roster", id, "--day", "3", "--csv"}).out).at(0).at("checked_in_at").empty());
}

TEST_CASE("At the door a cancelled invitation and a name two people share are answers, not check-ins",
          "[cli][training]")
{
    BatuBara batuBara;
    const std::string id = jsonOf(batuBara.run({"add", "--kind", "forum-warga", "--title", "Forum Warga Durian",
                                                "--start", "2024-10-12", "--venue", "Masjid Durian", "--json"}))
                               .at("id");
    REQUIRE(jsonOf(batuBara.run({"invite", id, "--role", "pkd", "--under", "12.19.07", "--json"})).at("invited") >= 3);
    REQUIRE(batuBara.run({"cards-issue", id}).exitCode == 0);
    const auto before = csvRecords(batuBara.run({"roster", id, "--day", "1", "--csv"}).out);
    {
        // As the organiser's screen cancels one invitation and the register holds two people of the same name.
        SQLite::Database raw(batuBara.db, SQLite::OPEN_READWRITE);
        SQLite::Statement cancel(raw, "UPDATE invitation SET status = 'cancelled' WHERE training_uuid = ? AND "
                                      "person_uuid = (SELECT person_uuid FROM card_code WHERE code = ?)");
        cancel.bind(1, id);
        cancel.bind(2, before.at(0).at("card_code"));
        REQUIRE(cancel.exec() == 1);
        for (const auto& [index, name] : {std::pair{1, "Siti Sembiring"}, std::pair{2, "Siti Sembiring Lubis"}}) {
            SQLite::Statement rename(raw, "UPDATE person SET full_name = ? WHERE uuid = "
                                          "(SELECT person_uuid FROM card_code WHERE code = ?)");
            rename.bind(1, name);
            rename.bind(2, before.at(std::size_t(index)).at("card_code"));
            REQUIRE(rename.exec() == 1);
        }
    }

    const Run cancelled = batuBara.run({"checkin", id, "--day", "1", before.at(0).at("card_code"), "--json"});
    CHECK(cancelled.exitCode == 3);
    CHECK(nlohmann::json::parse(cancelled.out).at("status") == "cancelled");
    CHECK(nlohmann::json::parse(cancelled.out).at("person").at("invitation") == "cancelled");
    // Off the list: the roster no longer has them.
    const auto after = csvRecords(batuBara.run({"roster", id, "--day", "1", "--csv"}).out);
    CHECK(after.size() == before.size() - 1);
    CHECK(std::none_of(after.begin(), after.end(),
                       [&](const auto& person) { return person.at("card_code") == before.at(0).at("card_code"); }));

    const Run shared = batuBara.run({"checkin", id, "--day", "1", "siti sembiring", "--json"});
    CHECK(shared.exitCode == 0); // the one whose whole name it is
    CHECK(nlohmann::json::parse(shared.out).at("person").at("name") == "Siti Sembiring");
    const Run ambiguous = batuBara.run({"checkin", id, "--day", "1", "Sembiring", "--json"});
    CHECK(ambiguous.exitCode == 3);
    const auto answer = nlohmann::json::parse(ambiguous.out);
    CHECK(answer.at("status") == "ambiguous");
    CHECK(answer.at("person").is_null());
    REQUIRE(answer.at("matches").size() >= 2);
    CHECK(answer.at("matches")[0].at("invitation") == "invited");
    const Run inWords = batuBara.run({"checkin", id, "--day", "1", "Sembiring"});
    CHECK(inWords.exitCode == 3);
    CHECK_THAT(inWords.out, Catch::Contains("people match `Sembiring`") && Catch::Contains("Siti Sembiring Lubis"));
}

TEST_CASE("An organiser's mistakes exit with 1 and one line on stderr naming the option", "[cli][training]")
{
    BatuBara batuBara;
    const std::string id = jsonOf(batuBara.run({"add", "--kind", "p2p", "--title", "P2P Angkatan 1", "--start",
                                                "2024-11-02", "--venue", "Aula Bawaslu", "--json"}))
                               .at("id");
    const auto refused = [&](const std::vector<std::string>& arguments, const std::vector<std::string>& mentions) {
        const Run run = batuBara.run(arguments);
        INFO(run.err);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty());
        CHECK(lines(run.err).size() == 1);
        for (const auto& mention : mentions) {
            CHECK_THAT(run.err, Catch::Contains(mention));
        }
    };
    const std::vector<std::string> add{"add", "--title", "T", "--venue", "V"};
    const auto with = [](std::vector<std::string> base, const std::vector<std::string>& more) {
        base.insert(base.end(), more.begin(), more.end());
        return base;
    };
    refused(with(add, {"--kind", "seminar", "--start", "2024-09-15"}),
            {"--kind", "unknown kind `seminar`", "rakernis, p2p, forum-warga, sosialisasi or bimtek"});
    refused(with(add, {"--kind", "rakernis", "--start", "15/09/2024"}), {"--start", "`15/09/2024` is not a date"});
    refused(with(add, {"--kind", "rakernis", "--start", "2023-02-29"}), {"--start"});
    refused(with(add, {"--kind", "rakernis", "--start", "2024-09-15", "--end", "2024-09-14"}), {"--end"});
    refused(with(add, {"--kind", "rakernis", "--start", "2024-09-15", "--scope", "99.99"}), {"--scope", "99.99"});
    refused(with(add, {"--kind", "rakernis", "--start", "2024-09-15", "--capacity", "0"}), {"--capacity"});
    refused({"add", "--kind", "rakernis", "--title", " ", "--start", "2024-09-15", "--venue", "V"}, {"--title"});

    const std::string nobody = "01900000-0000-7000-8000-000000000000";
    for (const std::vector<std::string>& command : {std::vector<std::string>{"invite", nobody, "--role", "pkd"},
                                                    {"roster", nobody, "--day", "1"},
                                                    {"checkin", nobody, "--day", "1", "K7M4QX9T"},
                                                    {"cards-issue", nobody}}) {
        refused(command, {"ID", "no training has the id `" + nobody + "`"});
    }
    refused({"invite", id, "--role", "boss"}, {"--role", "unknown role `boss`",
                                               "relawan, koordinator-kampung, pkd, ptps, anggota-panwascam, "
                                               "staf-sekretariat, narasumber or pelatih"});
    refused({"invite", id, "--role", "pkd", "--part", "tamu"}, {"--part", "peserta, narasumber or panitia"});
    refused({"invite", id, "--under", "99.99"}, {"--under", "99.99"});
    refused({"invite", id}, {"say whom to invite"});
    refused({"invite", id, "--role", "pkd", "--person", "1219999999999999"}, {"--person", "1219999999999999"});
    // All or nothing: the PKD of the refused command above were not invited.
    CHECK(jsonOf(batuBara.run({"list", "--json"}))[0].at("expected") == 0);

    refused({"roster", id, "--day", "2"}, {"--day", "day 2 is not a day of P2P Angkatan 1 (1..1)"});
    refused({"roster", id, "--day", "0"}, {"--day", "day 0 is not a day of P2P Angkatan 1 (1..1)"});
    refused({"roster", id, "--day", "1", "--csv", "--json"}, {"--json"});
    refused({"checkin", id, "--day", "0", "K7M4QX9T"}, {"--day"});
    refused({"checkin", id, "--day", "1", "  "}, {"INPUT", "give a card code, a NIK or a name"});
    refused({"list", "--scope", "99.99"}, {"--scope", "99.99"});
    refused({}, {"A subcommand is required"});
}
