#include "core/import/ImportField.h"

#include <string>
#include <vector>

namespace relawas::core {

namespace {

struct FieldNames
{
    ImportField field;
    std::string_view id;
    // Headers as people write them, folded: lowercase ASCII letters and digits only.
    std::vector<std::string_view> headers;
};

const std::vector<FieldNames>& fieldNames()
{
    static const std::vector<FieldNames> names = {
        {ImportField::FullName,
         "full_name",
         {"namalengkap", "nama", "namapeserta", "namarelawan", "namaanggota", "namasesuaiktp", "fullname", "name"}},
        {ImportField::Nik,
         "nik",
         {"nik", "noktp", "nomorktp", "nonik", "nomornik", "nikktp", "ktp", "nomorindukkependudukan", "idnumber"}},
        {ImportField::Gender, "gender", {"jeniskelamin", "jk", "lp", "kelamin", "gender", "sex"}},
        {ImportField::BirthDate,
         "birth_date",
         {"tgllahir", "tanggallahir", "tgllhr", "tanggallhr", "birthdate", "dateofbirth", "dob"}},
        {ImportField::BirthPlace,
         "birth_place",
         {"tempatlahir", "tmptlahir", "tmplahir", "tptlahir", "birthplace", "placeofbirth"}},
        {ImportField::BirthPlaceAndDate,
         "birth_place_date",
         {"ttl", "tempattanggallahir", "tempattgllahir", "tempatdantanggallahir", "tempattgllhr"}},
        {ImportField::Phone,
         "phone",
         {"nohpwa", "nohp", "nowa", "nohpwhatsapp", "hp", "wa", "whatsapp", "telepon", "telp", "notelp", "notelepon",
          "nomorhp", "nomortelepon", "nomorwa", "nomorhpwa", "hpwa", "phone", "mobile"}},
        {ImportField::Email, "email", {"email", "alamatemail", "surel"}},
        {ImportField::Village,
         "village",
         {"desakelurahan", "desa", "kelurahan", "desakel", "keldesa", "kelurahandesa", "namadesa", "village"}},
        {ImportField::Kecamatan, "kecamatan", {"kecamatan", "kec", "namakecamatan", "subdistrict"}},
        {ImportField::Dusun, "dusun", {"dusun", "lingkungan", "dusunlingkungan", "dusunling", "hamlet"}},
        {ImportField::Rt, "rt", {"rt"}},
        {ImportField::Rw, "rw", {"rw"}},
        {ImportField::RtRw, "rt_rw", {"rtrw"}},
        {ImportField::Occupation, "occupation", {"pekerjaan", "occupation", "job"}},
        {ImportField::Education, "education", {"pendidikan", "pendidikanterakhir", "pendidikanterakhir", "education"}},
        {ImportField::Disability, "disability", {"disabilitas", "penyandangdisabilitas", "difabel", "disability"}},
        {ImportField::DisabilityKind,
         "disability_kind",
         {"jenisdisabilitas", "ragamdisabilitas", "disabilitykind", "kinddisability"}},
        {ImportField::TargetGroups,
         "target_groups",
         {"kelompoksasaran", "sasaran", "kategorisasaran", "targetgroup", "targetgroups"}},
        {ImportField::Organisation,
         "organisation",
         {"organisasi", "asalorganisasi", "lembaga", "instansi", "organisation", "organization"}},
        {ImportField::Role, "role", {"peran", "jabatan", "peranjabatan", "unsur", "role", "roles"}},
        {ImportField::Notes, "notes", {"catatan", "keterangan", "ket", "notes", "remarks"}},
        {ImportField::NoPartyDeclarationDate,
         "no_party_declaration_date",
         {"tglpernyataanbukananggotaparpol", "tanggalpernyataanbukananggotaparpol", "pernyataanbukananggotaparpol",
          "tglpernyataanbukananggotapartaipolitik", "tanggalpernyataanbukananggotapartaipolitik",
          "tglpernyataantidakberpartai", "nopartydeclarationdate"}},
        {ImportField::ConsentDate,
         "consent_date",
         {"tglpersetujuan", "tanggalpersetujuan", "persetujuan", "tglpersetujuandata", "tanggalpersetujuandata",
          "consentdate"}},
    };
    return names;
}

std::string folded(std::string_view header)
{
    std::string key;
    for (const char c : header) {
        if (c >= 'A' && c <= 'Z') {
            key += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            key += c;
        }
    }
    return key;
}

} // namespace

std::string_view importFieldId(ImportField field)
{
    for (const auto& names : fieldNames()) {
        if (names.field == field) {
            return names.id;
        }
    }
    return "";
}

std::optional<ImportField> importFieldFromId(std::string_view id)
{
    for (const auto& names : fieldNames()) {
        if (names.id == id) {
            return names.field;
        }
    }
    return std::nullopt;
}

std::optional<ImportField> fieldForHeader(std::string_view header)
{
    const std::string key = folded(header);
    if (key.empty()) {
        return std::nullopt;
    }
    for (const auto& names : fieldNames()) {
        for (const auto candidate : names.headers) {
            if (key == candidate) {
                return names.field;
            }
        }
    }
    return std::nullopt;
}

} // namespace relawas::core
