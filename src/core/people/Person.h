#pragma once

#include "core/base/Clock.h"
#include "core/base/RecordMeta.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

enum class Gender
{
    Male,  // "L", laki-laki
    Female // "P", perempuan
};

std::string_view genderId(Gender gender); // "L" / "P"
std::optional<Gender> genderFromId(std::string_view id);

// The roles a person holds in the programme, each with a region scope and dates.
enum class RoleKind
{
    Relawan,            // relawan / kader
    KoordinatorKampung, // koordinator Kampung Pengawasan
    Pkd,                // Pengawas Kelurahan/Desa, one per village
    Ptps,               // Pengawas TPS, one per polling station
    AnggotaPanwascam,   // member of the Panwascam (3 per kecamatan)
    StafSekretariat,    // secretariat staff
    Narasumber,         // speaker at a training
    Pelatih             // trainer
};

inline constexpr RoleKind kAllRoleKinds[] = {
    RoleKind::Relawan,          RoleKind::KoordinatorKampung, RoleKind::Pkd,        RoleKind::Ptps,
    RoleKind::AnggotaPanwascam, RoleKind::StafSekretariat,    RoleKind::Narasumber, RoleKind::Pelatih};

// "relawan", "koordinator-kampung", "pkd", "ptps", "anggota-panwascam", "staf-sekretariat", "narasumber", "pelatih"
std::string_view roleKindId(RoleKind kind);
std::optional<RoleKind> roleKindFromId(std::string_view id);

// Target groups of participatory monitoring (Perbawaslu 2/2023).
enum class TargetGroup
{
    PemilihPemula, // first-time voters
    Perempuan,
    Disabilitas,
    Lansia,
    TokohAgama,
    TokohAdat,
    Pemuda,
    MahasiswaPelajar,
    Ormas
};

inline constexpr TargetGroup kAllTargetGroups[] = {
    TargetGroup::PemilihPemula, TargetGroup::Perempuan,        TargetGroup::Disabilitas,
    TargetGroup::Lansia,        TargetGroup::TokohAgama,       TargetGroup::TokohAdat,
    TargetGroup::Pemuda,        TargetGroup::MahasiswaPelajar, TargetGroup::Ormas};

// "pemilih-pemula", "perempuan", "disabilitas", "lansia", "tokoh-agama", "tokoh-adat", "pemuda", "mahasiswa-pelajar",
// "ormas"
std::string_view targetGroupId(TargetGroup group);
std::optional<TargetGroup> targetGroupFromId(std::string_view id);

struct Person
{
    std::string nik; // 16 digits; empty only for an external speaker (narasumber)
    std::string fullName;
    std::optional<Gender> gender;
    std::optional<Date> birthDate;
    std::string birthPlace;
    std::string villageCode; // desa/kelurahan of domicile
    std::string dusun;
    std::string rt;
    std::string rw;
    std::string phone; // E.164, "+62812..."
    std::string email;
    std::string occupation;
    std::string education;
    bool hasDisability = false;
    std::string disabilityKind;
    std::set<TargetGroup> targetGroups;
    std::string organisation;
    std::optional<Date> noPartyDeclarationDate; // declared not to be a member of a political party
    std::optional<Date> consentDate;            // consented to the processing of personal data (UU 27/2022)
    std::string notes;
    RecordMeta meta;
};

struct PersonRole
{
    std::string personUuid;
    RoleKind kind = RoleKind::Relawan;
    std::string scopeCode; // the region the role covers: a village for a PKD, a kecamatan for Panwascam, ...
    std::optional<Date> startDate;
    std::optional<Date> endDate;
    std::string endReason; // why it ended: a term over, a move, resigned
    RecordMeta meta;
};

} // namespace relawas::core
