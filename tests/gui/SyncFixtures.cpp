#include "SyncFixtures.h"

#include "TestDatabase.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/sync/ReportExport.h"
#include "core/sync/ReportImport.h"

#include <string>
#include <vector>

namespace relawas::testing {

namespace {

core::Person registered(core::Database& db, const std::string& actor, const char* name, const char* nik,
                        const char* village, const char* phone)
{
    core::Person person;
    person.fullName = name;
    person.nik = nik;
    person.villageCode = village;
    person.phone = phone;
    core::PersonRole role;
    role.kind = core::RoleKind::Relawan;
    role.scopeCode = village;
    return core::PeopleService(db, actor).registerPerson(person, {role});
}

std::filesystem::path exported(core::Database& db, const std::filesystem::path& file, const char* scope,
                               const char* name, const char* actor)
{
    core::exportReport(db, {scope, file, name, "0.1.0", core::ReportKind::Full, "", actor});
    return file;
}

void take(core::Database& district, const std::filesystem::path& file)
{
    core::ReportImportOptions options;
    options.actor = "koordinator.kabupaten";
    options.trustNew = true;
    core::importReport(district, file, options);
}

} // namespace

std::filesystem::path addSyncExamples(core::Database& district, const std::filesystem::path& folder)
{
    const std::string seiBalai = "panwascam.seibalai";
    TestDatabase laptop;
    core::Database& there = laptop.database();
    const core::Person dewi =
        registered(there, seiBalai, "Dewi Lestari Siregar", "1219074107940003", "12.19.07.2004", "+6281370010003");
    const core::Person yusuf =
        registered(there, seiBalai, "Yusuf Harahap", "1219071208890004", "12.19.07.2002", "+6281370010004");
    const core::Person rina =
        registered(there, seiBalai, "Rina Marpaung", "1219075903970005", "12.19.07.2001", "+6281370010005");
    registered(there, seiBalai, "Andi Pratama Lubis", "1219072210990006", "12.19.07.2004", "+6281370010006");
    registered(there, seiBalai, "Fitri Handayani", "1219074601980007", "12.19.07.2002", "+6281370010007");
    take(district, exported(there, folder / "relawas-12.19.07-2024-09-16-0001.relawas.json", "12.19.07",
                            "Panwascam Sei Balai", seiBalai.c_str()));

    // Since then, on the laptop: Dewi's new number, Yusuf's full name, Rina taken off the roster.
    core::PeopleService laptopPeople(there, seiBalai);
    core::Person changed = *core::PersonRepository(there).find(dewi.meta.uuid);
    changed.phone = "+6282160010003";
    laptopPeople.correct(changed);
    changed = *core::PersonRepository(there).find(yusuf.meta.uuid);
    changed.fullName = "Muhammad Yusuf Harahap";
    laptopPeople.correct(changed);
    laptopPeople.remove(rina.meta.uuid);
    // And at the district: another number for Dewi, Yusuf's occupation, Rina's number corrected.
    core::PeopleService districtPeople(district, "koordinator.kabupaten");
    changed = *core::PersonRepository(district).find(dewi.meta.uuid);
    changed.phone = "+6285270010003";
    districtPeople.correct(changed);
    changed = *core::PersonRepository(district).find(yusuf.meta.uuid);
    changed.occupation = "Guru honorer";
    districtPeople.correct(changed);
    changed = *core::PersonRepository(district).find(rina.meta.uuid);
    changed.phone = "+6281370019005";
    districtPeople.correct(changed);
    take(district, exported(there, folder / "relawas-12.19.07-2024-09-23-0002.relawas.json", "12.19.07",
                            "Panwascam Sei Balai", seiBalai.c_str()));

    const std::string medangDeras = "panwascam.medangderas";
    TestDatabase other;
    registered(other.database(), medangDeras, "Sri Wahyuni", "1219016502920008", "12.19.01.2004", "+6281370020008");
    registered(other.database(), medangDeras, "Hendra Gunawan Tarigan", "1219011009870009", "12.19.01.2004",
               "+6281370020009");
    registered(other.database(), medangDeras, "Nurhayati Simbolon", "1219014811930010", "12.19.01.2004",
               "+6281370020010");
    return exported(other.database(), folder / "relawas-12.19.01-2024-09-23-0001.relawas.json", "12.19.01",
                    "Panwascam Medang Deras", medangDeras.c_str());
}

} // namespace relawas::testing
