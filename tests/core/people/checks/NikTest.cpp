#include "core/people/checks/Nik.h"

#include <catch2/catch.hpp>
#include <set>

using namespace relawas::core;
using namespace std::chrono_literals;

namespace {

constexpr Date kToday = 2026y / std::chrono::November / 28d;

// A small code list as idn-area-data has it: Sumatera Utara with Batu Bara (two kecamatan), Asahan (Meranti) and
// Kota Medan (one); Aceh; Jawa Barat with Kota Bandung. Batu Bara was split from Asahan in 2007: Asahan's
// kecamatan 12.09.01-07 went with it and are gone from the list, but older Batu Bara NIKs still start with them.
const std::set<std::string> kKnownCodes{"11",       "12",    "12.19",    "12.19.01", "12.19.02", "12.09",
                                        "12.09.08", "12.71", "12.71.01", "32",       "32.73",    "32.73.01"};

// A Panwascam laptop in Batu Bara, with the region list loaded.
NikContext batuBara()
{
    NikContext context;
    context.regionKnown = [](const std::string& code) { return kKnownCodes.contains(code); };
    context.districtCode = "12.19";
    context.today = kToday;
    return context;
}

// No region list at hand: only the shape of the province is checked.
NikContext withoutLookup()
{
    NikContext context;
    context.today = kToday;
    return context;
}

// PP KK CC + DD MM YY + SSSS
std::string nik(const std::string& region, const std::string& ddmmyy, const std::string& serial = "0001")
{
    return region + ddmmyy + serial;
}

std::vector<std::string> codesOf(const std::vector<ValidationIssue>& issues)
{
    std::vector<std::string> codes;
    for (const auto& issue : issues) {
        CHECK_FALSE(issue.message.empty());
        codes.push_back(issue.code);
    }
    return codes;
}

using Codes = std::vector<std::string>;

} // namespace

TEST_CASE("A well-formed NIK gives the birth date, the gender and the kecamatan that issued it", "[nik]")
{
    struct Case
    {
        std::string ddmmyy;
        Date birth;
        Gender gender;
    };
    const auto c = GENERATE(values<Case>({
        {"010190", 1990y / 1 / 1d, Gender::Male},
        {"311299", 1999y / 12 / 31d, Gender::Male},
        {"150805", 2005y / 8 / 15d, Gender::Male},
        {"300490", 1990y / 4 / 30d, Gender::Male},    // 30 April exists
        {"290200", 2000y / 2 / 29d, Gender::Male},    // 2000 is a leap year
        {"290296", 1996y / 2 / 29d, Gender::Male},    // so is 1996
        {"410190", 1990y / 1 / 1d, Gender::Female},   // 1 + 40
        {"711299", 1999y / 12 / 31d, Gender::Female}, // 31 + 40
        {"550805", 2005y / 8 / 15d, Gender::Female},
        {"690296", 1996y / 2 / 29d, Gender::Female},
        {"281126", 2026y / 11 / 28d, Gender::Male}, // born today
    }));
    CAPTURE(c.ddmmyy);

    const auto check = checkNik(nik("121901", c.ddmmyy), batuBara());
    CHECK(check.valid);
    CHECK(codesOf(check.errors).empty());
    CHECK(codesOf(check.warnings).empty());
    CHECK(check.nik == nik("121901", c.ddmmyy));
    CHECK(check.birthDate == c.birth);
    CHECK(check.gender == c.gender);
    CHECK(check.regionCode == "12.19.01");
}

TEST_CASE("A birth date part that is no real date is a hard error and says nothing about the person", "[nik]")
{
    const std::string ddmmyy = GENERATE(as<std::string>{},
                                        "000190", // day 00
                                        "320190", // day 32
                                        "400190", // day 40: neither a man's nor a woman's day
                                        "720190", // day 72 = 32 + 40
                                        "010090", // month 00
                                        "011390", // month 13
                                        "310490", // 31 April
                                        "710490", // 31 April for a woman
                                        "300290", // 30 February
                                        "290299", // 29 February 1999: not a leap year
                                        "290201", // nor 2001
                                        "690201", // nor for a woman
                                        "999999");
    CAPTURE(ddmmyy);

    const auto check = checkNik(nik("121901", ddmmyy), batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.bad_date"});
    CHECK(check.errors.front().args == std::vector<std::string>{ddmmyy});
    CHECK_FALSE(check.birthDate);
    CHECK_FALSE(check.gender);
    CHECK(check.regionCode == "12.19.01"); // the rest of the NIK is still read
}

TEST_CASE("The century of the two-digit year is the latest that is not after this year", "[nik]")
{
    struct Case
    {
        std::string yy;
        int year;
    };
    const auto c = GENERATE(values<Case>({
        {"00", 2000},
        {"05", 2005},
        {"25", 2025},
        {"26", 2026}, // this year
        {"27", 1927}, // next year cannot be a birth year
        {"60", 1960},
        {"99", 1999},
    }));
    CAPTURE(c.yy);

    const auto check = checkNik(nik("121901", "0101" + c.yy), batuBara());
    CHECK(check.valid);
    REQUIRE(check.birthDate);
    CHECK(int(check.birthDate->year()) == c.year);
}

TEST_CASE("A birth date after today is a hard error", "[nik]")
{
    const std::string ddmmyy = GENERATE(as<std::string>{}, "291126", "011226", "311226", "691126");
    CAPTURE(ddmmyy);

    const auto check = checkNik(nik("121901", ddmmyy), batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.future_birth"});
    CHECK_FALSE(check.birthDate);
}

TEST_CASE("The serial number runs from 0001 to 9999", "[nik]")
{
    SECTION("0000 is a hard error")
    {
        const auto check = checkNik(nik("121901", "010190", "0000"), batuBara());
        CHECK_FALSE(check.valid);
        CHECK(codesOf(check.errors) == Codes{"nik.zero_serial"});
    }
    SECTION("0001, 0010, 1000 and 9999 are fine")
    {
        const std::string serial = GENERATE(as<std::string>{}, "0001", "0010", "1000", "9999");
        CAPTURE(serial);
        CHECK(checkNik(nik("121901", "010190", serial), batuBara()).valid);
    }
}

TEST_CASE("A NIK has exactly 16 digits: nothing is padded or cut", "[nik]")
{
    struct Case
    {
        std::string text;
        std::string length;
    };
    const auto c = GENERATE(values<Case>({
        {"121901010190001", "15"},   // a digit lost
        {"12190101019000011", "17"}, // a digit too many
        {"219010101900001", "15"},   // the leading digit lost
        {"1", "1"},
        {"12345678901234567890", "20"},
    }));
    CAPTURE(c.text);

    const auto check = checkNik(c.text, batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.length"});
    CHECK(check.errors.front().args == std::vector<std::string>{c.length});
    CHECK(check.nik == c.text);
    CHECK(check.regionCode.empty());
    CHECK_FALSE(check.birthDate);
}

TEST_CASE("An empty NIK is an error of its own", "[nik]")
{
    const std::string text = GENERATE(as<std::string>{}, "", " ", "\t\n", "\u00A0", "'");
    CAPTURE(text);

    const auto check = checkNik(text, batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.empty"});
}

TEST_CASE("Anything but digits is refused, not cleaned up", "[nik]")
{
    struct Case
    {
        std::string text;
        std::string normalised;
    };
    const auto c = GENERATE(values<Case>({
        {"12190101019O0001", "12190101019O0001"},       // a letter O for a zero
        {"1219-0101-0190-0001", "1219-0101-0190-0001"}, // dashes
        {"1219.0101.0190.0001", "1219.0101.0190.0001"}, // dots in groups of four: not a number format
        {"NIK 1219010101900001", "NIK 1219010101900001"},
        {"1219010101900001'", "1219010101900001'"}, // an apostrophe only counts at the start
        {"''1219010101900001", "''1219010101900001"},
        {"+1219010101900001", "+1219010101900001"},
        {"\uFF11\uFF12\uFF11\uFF19010101900001", "\uFF11\uFF12\uFF11\uFF19010101900001"}, // full-width digits
        {"  12x  ", "12x"},                                                               // trimmed only
    }));
    CAPTURE(c.text);

    const auto check = checkNik(c.text, batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.not_digits"});
    CHECK(check.nik == c.normalised);
    CHECK(check.regionCode.empty());
}

TEST_CASE("A NIK a spreadsheet turned into a number is refused: the lost digits are never made up", "[nik]")
{
    const std::string text = GENERATE(as<std::string>{},
                                      "1.21907E+15",           // Excel's General format, English locale
                                      "1,21907E+15",           // the same in the Indonesian locale
                                      "1.21907e+15",           // LibreOffice, lower case
                                      "1.21901E15",            // no sign
                                      "1,219010101900E+015",   // a three-digit exponent
                                      "12E+14",                // no decimal part
                                      "'1.21907E+15",          // marked as text after the damage
                                      " 1.21907E+15 ",         // padded
                                      "1219010101900001.0",    // read back through a floating-point number
                                      "1219010101900001,0",    // idem, Indonesian decimal comma
                                      "1219010101900000.00",   // two decimals
                                      "1.219.010.101.900.000", // thousands separators, Indonesian locale
                                      "1,219,010,101,900,000", // thousands separators, English locale
                                      "121,901,010,190,000");
    CAPTURE(text);

    const auto check = checkNik(text, batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.spreadsheet_number"});
    CHECK_THAT(check.errors.front().message,
               Catch::Contains("spreadsheet") && Catch::Contains("number") && Catch::Contains("digits"));
    CHECK(check.nik.find_first_not_of("0123456789") != std::string::npos); // not passed off as digits
    CHECK_FALSE(check.birthDate);
}

TEST_CASE("Spaces and Excel's leading apostrophe are removed without a word", "[nik]")
{
    const std::string text = GENERATE(as<std::string>{}, "1219010101900001",
                                      "'1219010101900001",                  // Excel's text marker
                                      "\u20191219010101900001",             // autocorrected into a typographic quote
                                      " 1219010101900001 ",                 // padded
                                      "1219 0101 0190 0001",                // grouped as printed on the KTP
                                      "121901 010190 0001",                 // grouped by meaning
                                      "1219\u00A00101\u00A00190\u00A00001", // no-break spaces from a web page
                                      "1219\u202F0101 0190 0001",           // a narrow no-break space
                                      "\t1219010101900001\r\n",             // a tab and a line end
                                      "' 1219 0101 0190 0001",
                                      "\uFEFF1219010101900001"); // a byte-order mark at the start of a file
    CAPTURE(text);

    const auto check = checkNik(text, batuBara());
    CHECK(check.valid);
    CHECK(check.nik == "1219010101900001");
    CHECK(codesOf(check.warnings).empty());
}

TEST_CASE("A province that does not exist is a hard error", "[nik]")
{
    SECTION("with the region list at hand, the province must be in it")
    {
        const std::string province = GENERATE(as<std::string>{}, "00", "10", "20", "99");
        CAPTURE(province);
        const auto check = checkNik(nik(province + "1901", "010190"), batuBara());
        CHECK_FALSE(check.valid);
        CHECK(codesOf(check.errors) == Codes{"nik.unknown_province"});
        CHECK(check.errors.front().args == std::vector<std::string>{province});
        CHECK(codesOf(check.warnings).empty()); // no region or district warnings on top of the error
        CHECK(check.birthDate == 1990y / 1 / 1d);
    }
    SECTION("without it, only 11 to 99 have the shape of a province")
    {
        const std::string province = GENERATE(as<std::string>{}, "00", "01", "09", "10");
        CAPTURE(province);
        CHECK(codesOf(checkNik(nik(province + "1901", "010190"), withoutLookup()).errors) ==
              Codes{"nik.unknown_province"});
    }
    SECTION("without it, 11 and 99 pass")
    {
        const std::string province = GENERATE(as<std::string>{}, "11", "99");
        CAPTURE(province);
        CHECK(checkNik(nik(province + "1901", "010190"), withoutLookup()).valid);
    }
}

TEST_CASE("A region prefix that is not in the list, or lies outside the district, is only a warning", "[nik]")
{
    struct Case
    {
        std::string prefix;
        Codes warnings;
        std::vector<std::string> firstArgs;
    };
    const auto c = GENERATE(values<Case>({
        {"121901", {}, {}},
        {"121902", {}, {}},
        {"121903", {"nik.unknown_region"}, {"12.19.03"}}, // a kecamatan not (or no longer) in the list
        // Issued in Asahan before Batu Bara was split from it: the old kecamatan code is gone.
        {"120901", {"nik.unknown_region", "nik.outside_district"}, {"12.09.01"}},
        {"120908", {"nik.outside_district"}, {"12.09", "12.19"}},              // moved here from Meranti, Asahan
        {"127101", {"nik.outside_district"}, {"12.71", "12.19"}},              // from Medan
        {"327301", {"nik.outside_district"}, {"32.73", "12.19"}},              // from Bandung
        {"128001", {"nik.unknown_region", "nik.outside_district"}, {"12.80"}}, // the kabupaten is named, not both
        {"120001", {"nik.unknown_region", "nik.outside_district"}, {"12.00"}},
        {"121900", {"nik.unknown_region"}, {"12.19.00"}},
    }));
    CAPTURE(c.prefix);

    const auto check = checkNik(nik(c.prefix, "010190"), batuBara());
    CHECK(check.valid);
    CHECK(codesOf(check.warnings) == c.warnings);
    if (!c.warnings.empty()) {
        CHECK(check.warnings.front().args == c.firstArgs);
    }
    CHECK(check.regionCode == c.prefix.substr(0, 2) + '.' + c.prefix.substr(2, 2) + '.' + c.prefix.substr(4, 2));
}

TEST_CASE("Without a working district, nobody is outside it", "[nik]")
{
    auto context = batuBara();
    context.districtCode.clear();
    const auto check = checkNik(nik("327301", "010190"), context);
    CHECK(check.valid);
    CHECK(codesOf(check.warnings).empty());
}

TEST_CASE("A kecamatan as working scope: a NIK from the next kecamatan is outside it", "[nik]")
{
    auto context = batuBara();
    context.districtCode = "12.19.01";
    CHECK(codesOf(checkNik(nik("121901", "010190"), context).warnings).empty());
    CHECK(codesOf(checkNik(nik("121902", "010190"), context).warnings) == Codes{"nik.outside_district"});
}

TEST_CASE("Without a region list, a region code is only checked for its shape", "[nik]")
{
    struct Case
    {
        std::string prefix;
        Codes warnings;
    };
    const auto c = GENERATE(values<Case>({
        {"121903", {}},                     // might exist: not looked up
        {"120001", {"nik.unknown_region"}}, // a kabupaten of zeros never exists
        {"127001", {"nik.unknown_region"}}, // neither kabupaten (01-69) nor kota (71-99)
        {"121900", {"nik.unknown_region"}}, // a kecamatan of zeros
    }));
    CAPTURE(c.prefix);

    const auto check = checkNik(nik(c.prefix, "010190"), withoutLookup());
    CHECK(check.valid);
    CHECK(codesOf(check.warnings) == c.warnings);
}

TEST_CASE("What the clerk typed is compared with what the NIK says", "[nik]")
{
    auto context = batuBara();
    const std::string woman = nik("121901", "450378"); // born 5 March 1978

    SECTION("the same birth date and gender: no warning")
    {
        context.enteredBirthDate = 1978y / 3 / 5d;
        context.enteredGender = Gender::Female;
        CHECK(codesOf(checkNik(woman, context).warnings).empty());
    }
    SECTION("another birth date: a warning naming both, and the NIK's date is reported")
    {
        context.enteredBirthDate = 1978y / 5 / 3d; // day and month swapped
        const auto check = checkNik(woman, context);
        CHECK(check.valid);
        CHECK(codesOf(check.warnings) == Codes{"nik.birth_date_differs"});
        CHECK(check.warnings.front().args == std::vector<std::string>{"1978-05-03", "1978-03-05"});
        CHECK(check.birthDate == 1978y / 3 / 5d);
    }
    SECTION("another gender: a warning naming both")
    {
        context.enteredGender = Gender::Male;
        const auto check = checkNik(woman, context);
        CHECK(check.valid);
        CHECK(codesOf(check.warnings) == Codes{"nik.gender_differs"});
        CHECK(check.warnings.front().args == std::vector<std::string>{"L", "P"});
    }
    SECTION("both differ: two warnings")
    {
        context.enteredBirthDate = 1987y / 3 / 5d;
        context.enteredGender = Gender::Male;
        CHECK(codesOf(checkNik(woman, context).warnings) == Codes{"nik.birth_date_differs", "nik.gender_differs"});
    }
    SECTION("a NIK with a bad date is not compared")
    {
        context.enteredBirthDate = 1978y / 3 / 5d;
        context.enteredGender = Gender::Male;
        const auto check = checkNik(nik("121901", "450078"), context);
        CHECK(codesOf(check.errors) == Codes{"nik.bad_date"});
        CHECK(codesOf(check.warnings).empty());
    }
}

TEST_CASE("A birth date typed with four digits settles the century the NIK cannot tell", "[nik]")
{
    auto context = batuBara();
    const std::string centenarian = nik("121901", "170825"); // 17 August 1925 or 2025

    CHECK(checkNik(centenarian, context).birthDate == 2025y / 8 / 17d);

    context.enteredBirthDate = 1925y / 8 / 17d;
    const auto check = checkNik(centenarian, context);
    CHECK(check.birthDate == 1925y / 8 / 17d);
    CHECK(codesOf(check.warnings).empty());

    context.enteredBirthDate = 1925y / 8 / 18d; // another day: the rule decides, and the difference is shown
    CHECK(checkNik(centenarian, context).birthDate == 2025y / 8 / 17d);
    CHECK(codesOf(checkNik(centenarian, context).warnings) == Codes{"nik.birth_date_differs"});

    SECTION("but not a date after today")
    {
        context.enteredBirthDate = 2027y / 1 / 1d;
        const auto typo = checkNik(nik("121901", "010127"), context);
        CHECK(typo.valid);
        CHECK(typo.birthDate == 1927y / 1 / 1d);
        CHECK(codesOf(typo.warnings) == Codes{"nik.birth_date_differs"});
    }
}

TEST_CASE("Every hard error of a NIK is reported at once", "[nik]")
{
    const auto check = checkNik("0000000000000000", batuBara());
    CHECK_FALSE(check.valid);
    CHECK(codesOf(check.errors) == Codes{"nik.unknown_province", "nik.bad_date", "nik.zero_serial"});
}

TEST_CASE("A NIK is masked on screen but for its last four digits", "[nik]")
{
    struct Case
    {
        std::string nik;
        std::string masked;
    };
    const auto c = GENERATE(values<Case>({
        {"1219010101900001", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220001"},
        {"12345", "\u20222345"},
        {"1234", "\u2022\u2022\u2022\u2022"}, // too short to show anything
        {"12", "\u2022\u2022"},
        {"", ""},
        {"\u00E91234", "\u20221234"}, // a character, not a byte, per bullet
    }));
    CAPTURE(c.nik);

    CHECK(maskNik(c.nik) == c.masked);
}
