#include "PeopleFixtures.h"

#include "core/people/PeopleService.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <array>
#include <string>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::testing {

namespace {

constexpr std::array kMen{"Ahmad",    "Muhammad", "Rizky",  "Budi",   "Fauzi",  "Hendra",  "Irwan",
                          "Syahrial", "Zulkifli", "Taufik", "Rahmat", "Darwin", "Sutrisno"};
constexpr std::array kWomen{"Siti", "Nur",  "Dewi",      "Rina",    "Fitri",     "Aisyah", "Sri",
                            "Yuni", "Maya", "Rahmawati", "Lestari", "Nurhaliza", "Wahyuni"};
constexpr std::array kFamilies{"Nasution", "Siregar", "Lubis", "Harahap",  "Damanik",    "Sinaga",  "Tanjung",
                               "Hasibuan", "Sitorus", "Pohan", "Manurung", "Simatupang", "Rangkuti"};

} // namespace

std::vector<RosterPerson> addBatuBaraPeople(core::Database& db, int count)
{
    core::RegionFilter villagesOfBatuBara;
    villagesOfBatuBara.under = "12.19";
    std::vector<core::Region> villages;
    for (auto& region : core::RegionRepository(db).list(villagesOfBatuBara)) {
        if (core::isVillageLevel(region.level)) {
            villages.push_back(std::move(region));
        }
    }

    core::PeopleService service(db, "fixture");
    SQLite::Transaction transaction(db.connection());
    std::vector<RosterPerson> made;
    for (int i = 0; i < count; ++i) {
        const core::Region& village = villages[std::size_t(i * 7) % villages.size()];
        const bool woman = i % 2 == 1;
        const int year = 1950 + (i * 13) % 58; // 1950-2007
        const unsigned month = unsigned(1 + (i * 5) % 12);
        const unsigned day = unsigned(1 + (i * 11) % 28);

        RosterPerson entry;
        core::Person& p = entry.person;
        const auto& first = woman ? kWomen : kMen;
        p.fullName = fmt::format("{} {}", first[std::size_t(i) % first.size()],
                                 kFamilies[std::size_t(i / 2) % kFamilies.size()]);
        p.gender = woman ? core::Gender::Female : core::Gender::Male;
        p.birthDate = core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
        p.villageCode = village.code;
        const bool speaker = i % 50 == 49;
        if (!speaker) {
            // PP KK CC: the kecamatan of the village; DD (+40 for women) MM YY; a serial.
            p.nik = fmt::format("{}{}{}{:02}{:02}{:02}{:04}", village.code.substr(0, 2), village.code.substr(3, 2),
                                village.code.substr(6, 2), day + (woman ? 40 : 0), month, year % 100, i + 1);
        }
        if (i % 7 != 3) {
            p.phone = fmt::format("+628127{:07}", i + 1);
        }
        if (woman) {
            p.targetGroups.insert(core::TargetGroup::Perempuan);
        }
        if (year >= 2005) {
            p.targetGroups.insert(core::TargetGroup::PemilihPemula);
        }
        if (i % 11 == 0) {
            p.targetGroups.insert(core::TargetGroup::Disabilitas);
            p.hasDisability = true;
        }
        if (speaker) {
            entry.roles.push_back(core::RoleKind::Narasumber);
        } else {
            if (i % 3 == 0) {
                entry.roles.push_back(core::RoleKind::Relawan);
            }
            if (i % 10 == 0) {
                entry.roles.push_back(core::RoleKind::Pkd);
            }
            if (i % 25 == 1) {
                entry.roles.push_back(core::RoleKind::AnggotaPanwascam);
            }
        }
        // Registered with their roles as the form and the import register people: some are too young for a role on
        // the election day, as people registered before it was set can be.
        std::vector<core::PersonRole> held;
        for (const auto kind : entry.roles) {
            core::PersonRole role;
            role.kind = kind;
            role.scopeCode = kind == core::RoleKind::AnggotaPanwascam ? village.parentCode : village.code;
            held.push_back(role);
        }
        entry.person = service.registerPerson(p, held);
        made.push_back(std::move(entry));
    }
    transaction.commit();
    return made;
}

} // namespace relawas::testing
