#pragma once

#include <optional>
#include <string_view>

namespace relawas::core {

// What a column of a people spreadsheet can hold.
enum class ImportField
{
    FullName,
    Nik,
    Gender,
    BirthDate,
    BirthPlace,
    BirthPlaceAndDate, // "Tempat, Tgl Lahir": "Medan, 12-05-1990"
    Phone,
    Email,
    Village,
    Kecamatan,
    Dusun,
    Rt,
    Rw,
    RtRw, // "003/002"
    Occupation,
    Education,
    Disability,     // "Ya"/"Tidak", or the kind
    DisabilityKind, // "Tuna Netra", ...
    TargetGroups,
    Organisation,
    Role,
    Notes,
    NoPartyDeclarationDate,
    ConsentDate
};

inline constexpr ImportField kAllImportFields[] = {ImportField::FullName,
                                                   ImportField::Nik,
                                                   ImportField::Gender,
                                                   ImportField::BirthDate,
                                                   ImportField::BirthPlace,
                                                   ImportField::BirthPlaceAndDate,
                                                   ImportField::Phone,
                                                   ImportField::Email,
                                                   ImportField::Village,
                                                   ImportField::Kecamatan,
                                                   ImportField::Dusun,
                                                   ImportField::Rt,
                                                   ImportField::Rw,
                                                   ImportField::RtRw,
                                                   ImportField::Occupation,
                                                   ImportField::Education,
                                                   ImportField::Disability,
                                                   ImportField::DisabilityKind,
                                                   ImportField::TargetGroups,
                                                   ImportField::Organisation,
                                                   ImportField::Role,
                                                   ImportField::Notes,
                                                   ImportField::NoPartyDeclarationDate,
                                                   ImportField::ConsentDate};

// "full_name", "nik", "gender", "birth_date", "birth_place", "birth_place_date", "phone", "email", "village",
// "kecamatan", "dusun", "rt", "rw", "rt_rw", "occupation", "education", "disability", "disability_kind",
// "target_groups", "organisation", "role", "notes", "no_party_declaration_date", "consent_date".
std::string_view importFieldId(ImportField field);
std::optional<ImportField> importFieldFromId(std::string_view id);

// The field a header names, in Indonesian or English, whatever the case, spacing and punctuation: "Nama Lengkap",
// "NAMA", "Full name" -> FullName; "NIK", "No. KTP" -> Nik; "Jenis Kelamin", "JK", "L/P" -> Gender; "Tgl Lahir",
// "Tanggal Lahir" -> BirthDate; "No HP/WA", "No. HP", "Telepon", "WA" -> Phone; "Desa/Kelurahan", "Desa",
// "Kelurahan" -> Village; "Peran", "Jabatan" -> Role; ... nullopt for anything else ("No", a running number).
std::optional<ImportField> fieldForHeader(std::string_view header);

} // namespace relawas::core
