#pragma once

// A village on one page (the Daftar Relawan Desa): where it lies, its Kampung Pengawasan Partisipatif status, and the
// people living there with their current roles, phones and masked NIKs. The printout and the CLI take it from here;
// the full NIK never leaves this file.

#include "core/base/Clock.h"
#include "core/people/Person.h"
#include "core/programme/KampungProgramme.h"

#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

class Database;

struct VillageRosterPerson
{
    std::string uuid;
    std::string fullName;
    std::optional<Gender> gender;
    std::string maskedNik; // maskNik() of the NIK ("••••••••••••0001"); empty when none is recorded
    std::string phone;     // E.164 as stored, or empty
    std::vector<RoleKind> roles; // held on the reference day, each once, in the order of kAllRoleKinds
};

struct VillageRoster
{
    std::string villageCode;
    std::string villageName;
    bool kelurahan = false; // a kelurahan rather than a desa (serial 1...)
    std::string kecamatanCode;
    std::string kecamatanName;
    std::string kabupatenCode;
    std::string kabupatenName;                 // "Kabupaten Batu Bara"
    std::optional<KampungProgramme> programme; // none: the village is not in the programme
    Date referenceDate{};                      // roles are current on this day
    std::vector<VillageRosterPerson> people;   // living people of the village, in the roster's name order
};

// The roster of one village: its living people (not removed) whose village of domicile it is, each with the roles
// neither removed nor ended before `referenceDate` (the election day of the settings, as the roster counts them).
// Read in one read transaction. Throws Error "region.unknown_code" (NotFound) or "region.not_village" (UserInput),
// both with the place "code".
VillageRoster villageRoster(Database& db, const std::string& villageCode, const Date& referenceDate);

// The rosters of every village of a kecamatan in the current code list, in code order, read in one read transaction.
// Throws Error "region.unknown_code" or "region.not_kecamatan" (place "code").
std::vector<VillageRoster> kecamatanRosters(Database& db, const std::string& kecamatanCode, const Date& referenceDate);

// One village's roster for a village code, every village's for a kecamatan code. Throws Error "region.unknown_code"
// (NotFound) or, for a region of another level, "region.not_village_or_kecamatan" (UserInput), both with the place
// "code".
std::vector<VillageRoster> villageRosters(Database& db, const std::string& code, const Date& referenceDate);

} // namespace relawas::core
