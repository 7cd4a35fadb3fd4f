#include "core/import/ColumnMapping.h"

#include "core/base/Error.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace relawas::core;

namespace {

SheetRow rowOf(std::size_t line, const std::vector<std::string>& texts)
{
    SheetRow row;
    row.line = line;
    for (const auto& text : texts) {
        row.cells.push_back({text, SheetCell::Kind::Text});
    }
    return row;
}

} // namespace

TEST_CASE("Headers are recognised in Indonesian and English, however they are typed", "[import][mapping]")
{
    const std::pair<const char*, ImportField> cases[] = {
        {"Nama Lengkap", ImportField::FullName},
        {"NAMA", ImportField::FullName},
        {"Full name", ImportField::FullName},
        {"NIK", ImportField::Nik},
        {"No. KTP", ImportField::Nik},
        {"Jenis Kelamin", ImportField::Gender},
        {"JK", ImportField::Gender},
        {"L/P", ImportField::Gender},
        {"Tgl Lahir", ImportField::BirthDate},
        {"Tanggal  Lahir", ImportField::BirthDate},
        {"Tempat Lahir", ImportField::BirthPlace},
        {"Tempat, Tgl. Lahir", ImportField::BirthPlaceAndDate},
        {"No HP/WA", ImportField::Phone},
        {"No. HP", ImportField::Phone},
        {"Telepon", ImportField::Phone},
        {"WA", ImportField::Phone},
        {"E-mail", ImportField::Email},
        {"Desa/Kelurahan", ImportField::Village},
        {"Desa", ImportField::Village},
        {"Kelurahan", ImportField::Village},
        {"Kecamatan", ImportField::Kecamatan},
        {"Dusun", ImportField::Dusun},
        {"RT", ImportField::Rt},
        {"RW", ImportField::Rw},
        {"RT/RW", ImportField::RtRw},
        {"Pekerjaan", ImportField::Occupation},
        {"Pendidikan", ImportField::Education},
        {"Disabilitas", ImportField::Disability},
        {"Jenis Disabilitas", ImportField::DisabilityKind},
        {"Kelompok Sasaran", ImportField::TargetGroups},
        {"Organisasi", ImportField::Organisation},
        {"Peran", ImportField::Role},
        {"Jabatan", ImportField::Role},
        {"Catatan", ImportField::Notes},
        {"Tgl Pernyataan Bukan Anggota Parpol", ImportField::NoPartyDeclarationDate},
        {"Tgl Persetujuan", ImportField::ConsentDate},
        {"Nama Lengkap*", ImportField::FullName},
    };
    for (const auto& [header, field] : cases) {
        CAPTURE(header);
        CHECK(fieldForHeader(header) == field);
    }
    for (const char* other : {"No", "No.", "", "Keterangan Lain-lain", "DAFTAR RELAWAN DESA DURIAN"}) {
        CAPTURE(other);
        CHECK_FALSE(fieldForHeader(other));
    }
}

TEST_CASE("The header is found below a title row, and a field goes to its first column", "[import][mapping]")
{
    const std::vector<SheetRow> rows = {
        rowOf(1, {"DAFTAR RELAWAN DESA DURIAN", "", ""}),
        rowOf(2, {"Kecamatan Sei Balai"}),
        rowOf(3, {"No", "Nama Lengkap", "NIK", "No HP", "WA", "Desa", "", ""}),
        rowOf(4, {"1", "Budi", "1219070101900001", "0812", "0813", "Durian"}),
    };
    const auto mapping = detectHeader(rows);
    REQUIRE(mapping);
    CHECK(mapping->headerLine == 3);
    CHECK(mapping->headers == std::vector<std::string>{"No", "Nama Lengkap", "NIK", "No HP", "WA", "Desa"});
    CHECK(mapping->fields[0] == std::nullopt);
    CHECK(mapping->fields[1] == ImportField::FullName);
    CHECK(mapping->fields[3] == ImportField::Phone);
    CHECK(mapping->fields[4] == std::nullopt); // the phone is taken already
    CHECK(mapping->columnOf(ImportField::Village) == 5u);
    CHECK(mapping->columnName(0) == "No");

    SECTION("no row names two fields: no header")
    {
        CHECK_FALSE(detectHeader({rowOf(1, {"Budi", "1219070101900001"}), rowOf(2, {"Nama"})}));
    }
}

TEST_CASE("A mapping the user edited is remembered as JSON and applied to the same headers", "[import][mapping]")
{
    auto mapping = mapColumns(2, {"Nama", "No. Induk", "Ket"});
    CHECK(mapping.fields[1] == std::nullopt);
    mapping.fields[1] = ImportField::Nik; // the user says what "No. Induk" is
    mapping.fields[2] = std::nullopt;     // and that "Ket" is not to be imported

    const auto json = mappingToJson(mapping);
    CHECK(json.dump() == R"({"columns":[{"field":"full_name","header":"Nama"},{"field":"nik","header":"No. Induk"},)"
                         R"({"field":null,"header":"Ket"}],"header_line":2})");
    const auto back = mappingFromJson(json);
    CHECK(back == mapping);

    // Next month's file has the columns in another order and one more.
    const auto next = detectHeader({rowOf(1, {"NO. INDUK", "Ket", "Nama", "Desa"})}, &back);
    REQUIRE(next);
    CHECK(next->fields == std::vector<std::optional<ImportField>>{ImportField::Nik, std::nullopt, ImportField::FullName,
                                                                  ImportField::Village});

    SECTION("a damaged mapping is refused")
    {
        CHECK_THROWS_AS(mappingFromJson(nlohmann::json::parse(R"({"header_line":1,"columns":[{"header":"A",)"
                                                              R"("field":"shoe_size"}]})")),
                        Error);
        CHECK_THROWS_AS(mappingFromJson(nlohmann::json::parse("[]")), Error);
    }
}

TEST_CASE("A mapping is checked as a whole before any row", "[import][mapping]")
{
    const auto codes = [](const ColumnMapping& mapping) {
        std::vector<std::string> result;
        for (const auto& issue : checkMapping(mapping)) {
            result.push_back(issue.code);
        }
        return result;
    };
    CHECK(codes(mapColumns(1, {"Nama", "NIK", "Desa", "Kecamatan"})).empty());
    CHECK(codes(mapColumns(1, {"NIK", "Desa", "Kecamatan"})) == std::vector<std::string>{"mapping.no_full_name"});
    CHECK(codes(mapColumns(1, {"Nama", "Desa"})) == std::vector<std::string>{"mapping.no_nik", "mapping.no_kecamatan"});
    auto twice = mapColumns(1, {"Nama", "NIK", "Kecamatan", "Nama Panggilan"});
    twice.fields[3] = ImportField::FullName;
    CHECK(codes(twice) == std::vector<std::string>{"mapping.field_twice"});
}
