#include "core/reports/VillageRoster.h"

#include "core/base/Error.h"
#include "core/base/NameOrder.h"
#include "core/people/checks/Nik.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <sstream>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// The living people of a village with the roles they hold on the day: role ids separated by spaces.
constexpr const char* kPeople = R"sql(
    SELECT p.id, p.uuid, p.full_name, coalesce(p.nik, ''), coalesce(p.gender, ''), p.phone,
        coalesce((SELECT group_concat(role, ' ') FROM (SELECT DISTINCT r.role FROM person_role r
                  WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= ?))),
                 '')
    FROM person p
    WHERE p.deleted_at IS NULL AND p.village_code = ?)sql";

Region existingRegion(RegionRepository& regions, const std::string& code)
{
    auto region = regions.find(code);
    if (!region) {
        throw Error(ErrorKind::NotFound, "region.unknown_code",
                    fmt::format("{} is not a region of this database", code), "code", {code});
    }
    return *region;
}

std::vector<RoleKind> rolesFrom(const std::string& ids)
{
    std::vector<RoleKind> roles;
    std::istringstream words(ids);
    for (std::string id; words >> id;) {
        if (const auto role = roleKindFromId(id)) {
            roles.push_back(*role);
        }
    }
    const auto rank = [](RoleKind role) { return std::find(std::begin(kAllRoleKinds), std::end(kAllRoleKinds), role); };
    std::sort(roles.begin(), roles.end(), [&rank](RoleKind a, RoleKind b) { return rank(a) < rank(b); });
    return roles;
}

// The roster of a village known to be one; inside the caller's read transaction.
VillageRoster rosterOf(Database& db, RegionRepository& regions, const Region& village, const Date& referenceDate)
{
    VillageRoster roster;
    roster.villageCode = village.code;
    roster.villageName = village.name;
    roster.kelurahan = village.level == RegionLevel::Kelurahan;
    roster.referenceDate = referenceDate;
    if (const auto kecamatan = regions.find(village.parentCode)) {
        roster.kecamatanCode = kecamatan->code;
        roster.kecamatanName = kecamatan->name;
        if (const auto kabupaten = regions.find(kecamatan->parentCode)) {
            roster.kabupatenCode = kabupaten->code;
            roster.kabupatenName = kabupaten->name;
        }
    }
    roster.programme = KampungRepository(db).find(village.code);

    SQLite::Statement query(db.connection(), kPeople);
    query.bind(1, formatIsoDate(referenceDate));
    query.bind(2, village.code);
    std::vector<std::pair<long long, VillageRosterPerson>> people;
    while (query.executeStep()) {
        VillageRosterPerson person;
        person.uuid = query.getColumn(1).getString();
        person.fullName = query.getColumn(2).getString();
        person.maskedNik = maskNik(query.getColumn(3).getString());
        person.gender = genderFromId(query.getColumn(4).getString());
        person.phone = query.getColumn(5).getString();
        person.roles = rolesFrom(query.getColumn(6).getString());
        people.emplace_back(query.getColumn(0).getInt64(), std::move(person));
    }
    std::sort(people.begin(), people.end(), [](const auto& a, const auto& b) {
        return nameOrderLess(a.second.fullName, a.first, b.second.fullName, b.first);
    });
    for (auto& [id, person] : people) {
        roster.people.push_back(std::move(person));
    }
    return roster;
}

std::vector<VillageRoster> rostersOfKecamatan(Database& db, RegionRepository& regions, const Region& kecamatan,
                                              const Date& referenceDate)
{
    std::vector<VillageRoster> rosters;
    for (const Region& village : regions.children(kecamatan.code)) {
        if (isVillageLevel(village.level)) {
            rosters.push_back(rosterOf(db, regions, village, referenceDate));
        }
    }
    return rosters;
}

} // namespace

VillageRoster villageRoster(Database& db, const std::string& villageCode, const Date& referenceDate)
{
    return translatingSqliteErrors("reports: village roster", [&]() -> VillageRoster {
        RegionRepository regions(db);
        SQLite::Transaction snapshot(db.connection()); // one moment of the database; nothing is written
        const Region village = existingRegion(regions, villageCode);
        if (!isVillageLevel(village.level)) {
            throw Error(ErrorKind::UserInput, "region.not_village",
                        fmt::format("{} ({}) is not a desa or kelurahan", villageCode, village.name), "code",
                        {villageCode});
        }
        return rosterOf(db, regions, village, referenceDate);
    });
}

std::vector<VillageRoster> kecamatanRosters(Database& db, const std::string& kecamatanCode, const Date& referenceDate)
{
    return translatingSqliteErrors("reports: village rosters of a kecamatan", [&]() -> std::vector<VillageRoster> {
        RegionRepository regions(db);
        SQLite::Transaction snapshot(db.connection());
        const Region kecamatan = existingRegion(regions, kecamatanCode);
        if (kecamatan.level != RegionLevel::Kecamatan) {
            throw Error(ErrorKind::UserInput, "region.not_kecamatan",
                        fmt::format("{} ({}) is not a kecamatan", kecamatanCode, kecamatan.name), "code",
                        {kecamatanCode, kecamatan.name});
        }
        return rostersOfKecamatan(db, regions, kecamatan, referenceDate);
    });
}

std::vector<VillageRoster> villageRosters(Database& db, const std::string& code, const Date& referenceDate)
{
    return translatingSqliteErrors("reports: village rosters", [&]() -> std::vector<VillageRoster> {
        RegionRepository regions(db);
        SQLite::Transaction snapshot(db.connection());
        const Region region = existingRegion(regions, code);
        if (isVillageLevel(region.level)) {
            return {rosterOf(db, regions, region, referenceDate)};
        }
        if (region.level == RegionLevel::Kecamatan) {
            return rostersOfKecamatan(db, regions, region, referenceDate);
        }
        throw Error(ErrorKind::UserInput, "region.not_village_or_kecamatan",
                    fmt::format("{} ({}) is a {}: a village roster is printed for a desa or kelurahan, or for every "
                                "village of a kecamatan",
                                code, region.name, regionLevelId(region.level)),
                    "code", {code, region.name});
    });
}

} // namespace relawas::core
