#include "core/import/sheet/CellValues.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using namespace std::chrono;

TEST_CASE("Dates are read as Indonesian spreadsheets write them, never guessed", "[import][values]")
{
    struct Case
    {
        std::string text;
        std::optional<Date> expected;
    };
    const Case cases[] = {
        {"15/09/2024", 2024y / September / 15d},
        {"15-09-2024", 2024y / September / 15d},
        {"2024-09-15", 2024y / September / 15d},
        {"5/9/2024", 2024y / September / 5d},
        {"15.09.2024", 2024y / September / 15d},
        {" 15/09/2024 ", 2024y / September / 15d},
        {"15 September 2024", 2024y / September / 15d},
        {"17 Agustus 1945", 1945y / August / 17d},
        {"17-Agu-1945", 1945y / August / 17d},
        {"1 Mei 1990", 1990y / May / 1d},
        {"45550", 2024y / September / 15d}, // an Excel serial saved to CSV without its date format
        {"45550.5", 2024y / September / 15d},
        {"29/02/2024", 2024y / February / 29d},
        {"31/02/1990", std::nullopt}, // no such day
        {"29/02/2023", std::nullopt},
        {"05/23/1990", std::nullopt}, // month first: an American date is not guessed
        {"15/09/24", std::nullopt},   // two-digit year
        {"2024-9-15x", std::nullopt},
        {"15/09-2024", std::nullopt},
        {"1990", std::nullopt}, // a year alone is no date, nor a serial
        {"", std::nullopt},
        {"kemarin", std::nullopt},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        CHECK(parseSheetDate(c.text) == c.expected);
    }
}

TEST_CASE("Excel serials count from 1900 (with its phantom leap day) or 1904", "[import][values]")
{
    CHECK(excelSerialToDate(1) == Date{1900y / January / 1d});
    CHECK(excelSerialToDate(59) == Date{1900y / February / 28d});
    CHECK(excelSerialToDate(60) == std::nullopt); // Excel's 29 February 1900
    CHECK(excelSerialToDate(61) == Date{1900y / March / 1d});
    CHECK(excelSerialToDate(32874) == Date{1990y / January / 1d});
    CHECK(excelSerialToDate(45550.99) == Date{2024y / September / 15d});
    CHECK(excelSerialToDate(0) == std::nullopt);
    CHECK(excelSerialToDate(-3) == std::nullopt);
    CHECK(excelSerialToDate(0, true) == Date{1904y / January / 1d});
    CHECK(excelSerialToDate(31412, true) == Date{1990y / January / 1d});
    // Past 9999-12-31, and past what a whole number of days can hold (found by fuzzing: undefined behaviour).
    CHECK(excelSerialToDate(2958466) == std::nullopt);
    CHECK(excelSerialToDate(1e308) == std::nullopt);
    CHECK(excelSerialToDate(-1e308, true) == std::nullopt);
}

TEST_CASE("Gender, roles, target groups and yes/no in their usual spellings", "[import][values]")
{
    for (const char* male : {"L", "l", "Laki-laki", "LAKI - LAKI", "Lk", "Pria", "laki2", "Male"}) {
        CAPTURE(male);
        CHECK(parseGenderText(male) == Gender::Male);
    }
    for (const char* female : {"P", "p", "Perempuan", "PEREMPUAN", "Pr", "Wanita", "female"}) {
        CAPTURE(female);
        CHECK(parseGenderText(female) == Gender::Female);
    }
    CHECK_FALSE(parseGenderText("X"));
    CHECK_FALSE(parseGenderText("Laki-laki/Perempuan"));

    CHECK(parseRoleName("Relawan") == RoleKind::Relawan);
    CHECK(parseRoleName("relawan/kader") == RoleKind::Relawan);
    CHECK(parseRoleName("PKD") == RoleKind::Pkd);
    CHECK(parseRoleName("Pengawas Kelurahan/Desa") == RoleKind::Pkd);
    CHECK(parseRoleName("ptps") == RoleKind::Ptps);
    CHECK(parseRoleName("Anggota Panwascam") == RoleKind::AnggotaPanwascam);
    CHECK(parseRoleName("anggota-panwascam") == RoleKind::AnggotaPanwascam);
    CHECK(parseRoleName("Staf Sekretariat") == RoleKind::StafSekretariat);
    CHECK(parseRoleName("Koordinator Kampung") == RoleKind::KoordinatorKampung);
    CHECK(parseRoleName("NARASUMBER") == RoleKind::Narasumber);
    CHECK(parseRoleName("Pelatih") == RoleKind::Pelatih);
    CHECK_FALSE(parseRoleName("Bupati"));

    CHECK(parseTargetGroupName("Pemilih Pemula") == TargetGroup::PemilihPemula);
    CHECK(parseTargetGroupName("Mahasiswa/Pelajar") == TargetGroup::MahasiswaPelajar);
    CHECK(parseTargetGroupName("penyandang disabilitas") == TargetGroup::Disabilitas);
    CHECK(parseTargetGroupName("tokoh-agama") == TargetGroup::TokohAgama);
    CHECK_FALSE(parseTargetGroupName("Petani"));

    CHECK(parseYesNo("Ya") == true);
    CHECK(parseYesNo("tidak") == false);
    CHECK(parseYesNo("-") == false);
    CHECK(parseYesNo("") == false);
    CHECK(parseYesNo("Tuna Netra") == std::nullopt);

    CHECK(splitListCell("Relawan, PKD;  ; Pelatih") == std::vector<std::string>{"Relawan", "PKD", "Pelatih"});
}

TEST_CASE("Cells are trimmed and Excel's text markers unwrapped", "[import][values]")
{
    CHECK(cleanCellText("  Budi \xC2\xA0") == "Budi");
    CHECK(cleanCellText("'1219070101900001") == "1219070101900001");
    CHECK(cleanCellText("=\"081234567890\"") == "081234567890");
    CHECK(cleanCellText("'Ain") == "'Ain"); // an apostrophe in a name stays
    CHECK(foldName("  Sei  BALAI ") == "sei balai");
    CHECK(foldName("Sei-Balai") == "sei balai");
}
