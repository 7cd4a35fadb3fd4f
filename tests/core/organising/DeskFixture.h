#pragma once

// The founding Rakernis, as the trainers' tests set it up: Sunday 15 September 2024 at the Singapore City Hotel,
// with four Panwascam members of Sei Balai and a secretariat staff member of Medang Deras invited by a filter, and
// a volunteer of the register who is not invited.

#include "PeopleForTests.h"
#include "RegionFixtures.h"
#include "TempDir.h"
#include "core/organising/TrainingService.h"
#include "core/storage/Database.h"
#include "core/trainings/TrainingRepository.h"

#include <chrono>
#include <string>

#include <SQLiteCpp/Database.h>

namespace relawas::tests {

using namespace std::chrono_literals;

inline constexpr core::Date kRakernisDay = 2024y / std::chrono::September / 15d;
inline constexpr const char* kOrganiser = "panitia.rakernis";

struct RakernisDesk
{
    TempDir dir;
    core::Database db{copyRealRegionDatabase(dir / "relawas.db")};
    testing::TestPeople people{db};
    testing::TestRoles roles{db};
    core::TrainingService service{db, kOrganiser};
    core::Training rakernis;
    core::Person siti, budi, ahmadFauzi, ahmadFauzan, nurhayati, rahmat;

    RakernisDesk()
    {
        siti = registered("Siti Aminah Nasution", "1219014409930032", core::RoleKind::AnggotaPanwascam, "12.19.07");
        budi = registered("Budi Santoso", "1219010203850001", core::RoleKind::AnggotaPanwascam, "12.19.07");
        ahmadFauzi = registered("Ahmad Fauzi", "1219011507900002", core::RoleKind::AnggotaPanwascam, "12.19.07");
        ahmadFauzan = registered("Ahmad Fauzan", "1219012008910003", core::RoleKind::AnggotaPanwascam, "12.19.07");
        nurhayati = registered("Nurhayati", "1219015506920005", core::RoleKind::StafSekretariat, "12.19.01");
        rahmat = registered("Rahmat Hidayat", "1219010101880004", core::RoleKind::Relawan, "12.19.01.2004");

        core::Training training;
        training.kind = core::TrainingKind::Rakernis;
        training.title = "Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif";
        training.scopeCode = "12.19";
        training.venue = "Singapore City Hotel, Jln Lintas Sumatera, Sei Balai";
        training.startDate = kRakernisDay;
        training.endDate = kRakernisDay;
        rakernis = service.save(training);
    }

    core::Person registered(const std::string& name, const std::string& nik, core::RoleKind role,
                            const std::string& scope)
    {
        core::Person person;
        person.fullName = name;
        person.nik = nik;
        person.villageCode = "12.19.01.2004"; // Durian, Medang Deras
        core::PersonRole held;
        held.kind = role;
        held.scopeCode = scope;
        return core::PeopleService(db, "panwascam.sei-balai").registerPerson(person, {held});
    }

    // Every anggota Panwascam and staf sekretariat under Batu Bara, as the trainer's filter invites them.
    int invitePanwascam()
    {
        return service.inviteWhere(
            rakernis.meta.uuid,
            {{core::RoleKind::AnggotaPanwascam, core::RoleKind::StafSekretariat}, std::string("12.19")},
            core::InvitationPart::Peserta);
    }

    long long count(const std::string& sql) { return db.connection().execAndGet(sql).getInt64(); }
};

} // namespace relawas::tests
