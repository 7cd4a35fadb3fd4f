#include "TrainingFixtures.h"

#include "core/people/PeopleService.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <array>
#include <string>

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::testing {

namespace {

constexpr std::array kMen{"Abdul Rahman", "Agus Salim",    "Bambang", "Dedi Irawan",   "Edi Syahputra", "Faisal",
                          "Hasan Basri",  "Indra Gunawan", "Joko",    "Khairul Anwar", "Mulyadi",       "Ridwan"};
constexpr std::array kWomen{"Ani Suryani", "Desi Ratnasari", "Evi Yanti", "Herawati", "Ika Putri", "Juliana",
                            "Kartini",     "Linda Sari",     "Mariani",   "Novita",   "Puspita",   "Ratna Dewi"};
constexpr std::array kFamilies{"Nasution", "Siregar",  "Lubis",   "Harahap", "Damanik",  "Sinaga",
                               "Tanjung",  "Hasibuan", "Sitorus", "Pohan",   "Manurung", "Rangkuti"};
constexpr std::array kSpeakers{"Dr. Rahmat Hidayat Siregar", "Nurul Huda Lubis, S.H.", "Drs. Syafrizal Tanjung",
                               "Yusnidar Harahap, M.Pd.",    "Ir. Benny Sihombing",    "Masitah Nasution, S.Sos."};

core::PersonRole roleOf(core::RoleKind kind, const std::string& scope)
{
    core::PersonRole role;
    role.kind = kind;
    role.scopeCode = scope;
    return role;
}

} // namespace

RakernisPeople addRakernisPeople(core::Database& db, int members, int staff, int speakers)
{
    const core::RegionRepository regions(db);
    core::PeopleService service(db, "fixture");
    SQLite::Transaction transaction(db.connection());
    RakernisPeople made;
    int serial = 0;
    const auto person = [&](const core::Region& village, bool woman, bool withNik) {
        ++serial;
        core::Person p;
        const auto& first = woman ? kWomen : kMen;
        // Twelve first names and twelve families: shifting the family every round of twelve keeps names apart.
        p.fullName = fmt::format("{} {}", first[std::size_t(serial * 5) % first.size()],
                                 kFamilies[std::size_t(serial * 7 + serial / 12) % kFamilies.size()]);
        p.gender = woman ? core::Gender::Female : core::Gender::Male;
        const int year = 1970 + serial % 25;
        const unsigned month = unsigned(1 + serial % 12);
        const unsigned day = unsigned(1 + (serial * 3) % 28);
        p.birthDate = core::Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
        p.villageCode = village.code;
        if (withNik) {
            p.nik = fmt::format("{}{}{}{:02}{:02}{:02}{:04}", village.code.substr(0, 2), village.code.substr(3, 2),
                                village.code.substr(6, 2), day + (woman ? 40 : 0), month, year % 100, 5000 + serial);
        }
        p.phone = fmt::format("+628137{:07}", serial);
        return p;
    };
    for (const core::Region& kecamatan : regions.children("12.19")) {
        const std::vector<core::Region> villages = regions.children(kecamatan.code);
        for (int i = 0; i < members + staff; ++i) {
            const core::Region& village = villages[std::size_t(i) % villages.size()];
            const bool member = i < members;
            const core::Person p = person(village, i % 2 == 1, true);
            const auto kind = member ? core::RoleKind::AnggotaPanwascam : core::RoleKind::StafSekretariat;
            (member ? made.members : made.staff).push_back(service.registerPerson(p, {roleOf(kind, kecamatan.code)}));
        }
    }
    const std::vector<core::Region> limaPuluh = regions.children("12.19.04");
    for (int i = 0; i < speakers; ++i) {
        core::Person p = person(limaPuluh[std::size_t(i) % limaPuluh.size()], i % 2 == 1, false);
        p.fullName = kSpeakers[std::size_t(i) % kSpeakers.size()];
        made.speakers.push_back(service.registerPerson(p, {roleOf(core::RoleKind::Narasumber, "12.19")}));
    }
    transaction.commit();
    return made;
}

} // namespace relawas::testing
