#include "core/people/checks/Phone.h"

#include <catch2/catch.hpp>

using namespace relawas::core;

namespace {
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

TEST_CASE("Every way people write an Indonesian mobile number is stored as the same E.164 number", "[phone]")
{
    const std::string text = GENERATE(as<std::string>{},
                                      "0812-3456-7890",    // as printed on a card
                                      "081234567890",      // typed
                                      "6281234567890",     // a WhatsApp export: country code, no plus
                                      "+6281234567890",    // E.164 already
                                      "+62 812 3456 7890", // international, spaced
                                      "+62 812-3456-7890", //
                                      "+62-812-3456-7890", //
                                      "62 812 3456 7890",  //
                                      "81234567890",       // a spreadsheet dropped the leading 0
                                      "0812 3456 7890",    //
                                      "0812.3456.7890",    // dots
                                      "(0812) 3456-7890",  // parentheses
                                      "+62 (812) 3456-7890",
                                      "0812/3456/7890",           // slashes
                                      "+62 0812 3456 7890",       // the trunk 0 kept after the country code
                                      " 0812-3456-7890 ",         // padded
                                      "0812\u00A03456\u00A07890", // no-break spaces
                                      "'081234567890");           // Excel's text marker
    CAPTURE(text);

    const auto check = checkPhone(text);
    CHECK(check.valid);
    CHECK(check.e164 == "+6281234567890");
    CHECK(check.mobile);
    CHECK(codesOf(check.errors).empty());
    CHECK(codesOf(check.warnings).empty());
}

TEST_CASE("Indonesian mobile numbers have 10 to 13 digits in national form", "[phone]")
{
    struct Case
    {
        std::string text;
        std::string e164;
        std::string display;
    };
    const auto c = GENERATE(values<Case>({
        {"0812345678", "+62812345678", "0812-345-678"},          // 10 digits
        {"08123456789", "+628123456789", "0812-3456-789"},       // 11
        {"081234567890", "+6281234567890", "0812-3456-7890"},    // 12
        {"0812345678901", "+62812345678901", "0812-3456-78901"}, // 13
        {"0852-6123-4567", "+6285261234567", "0852-6123-4567"},  // Telkomsel
        {"0857-1234-5678", "+6285712345678", "0857-1234-5678"},  // Indosat
        {"0878-1234-5678", "+6287812345678", "0878-1234-5678"},  // XL
        {"0896-1234-5678", "+6289612345678", "0896-1234-5678"},  // Tri
        {"0881-1234-5678", "+6288112345678", "0881-1234-5678"},  // Smartfren
    }));
    CAPTURE(c.text);

    const auto check = checkPhone(c.text);
    CHECK(check.valid);
    CHECK(check.mobile);
    CHECK(check.e164 == c.e164);
    CHECK(formatPhoneForDisplay(check.e164) == c.display);
}

TEST_CASE("A landline is a valid number but not a mobile one", "[phone]")
{
    struct Case
    {
        std::string text;
        std::string e164;
        std::string display;
    };
    const auto c = GENERATE(values<Case>({
        {"061-4567890", "+62614567890", "(061) 4567890"},    // Medan
        {"(061) 456 7890", "+62614567890", "(061) 4567890"}, //
        {"+62 61 4567890", "+62614567890", "(061) 4567890"}, //
        {"62614567890", "+62614567890", "(061) 4567890"},    // country code first, not area code 0626
        {"0622-123456", "+62622123456", "(0622) 123456"},    // Pematangsiantar, next to Batu Bara
        {"021-5551234", "+62215551234", "(021) 5551234"},    // Jakarta
    }));
    CAPTURE(c.text);

    const auto check = checkPhone(c.text);
    CHECK(check.valid);
    CHECK_FALSE(check.mobile);
    CHECK(check.e164 == c.e164);
    CHECK(codesOf(check.warnings) == Codes{"phone.not_mobile"});
    CHECK(formatPhoneForDisplay(check.e164) == c.display);
}

TEST_CASE("A foreign number is valid with a warning", "[phone]")
{
    struct Case
    {
        std::string text;
        std::string e164;
        std::string display;
        Codes warnings;
    };
    const auto c = GENERATE(values<Case>({
        {"+60 12-345 6789", "+60123456789", "+60 12-345 6789", {"phone.foreign"}}, // a Malaysian mobile
        {"+65 9123 4567", "+6591234567", "+65 9123 4567", {"phone.foreign"}},      // Singapore
        {"+60 3-2123 4567", "+60321234567", "+60 3-2123 4567", {"phone.foreign", "phone.not_mobile"}}, // KL landline
    }));
    CAPTURE(c.text);

    const auto check = checkPhone(c.text);
    CHECK(check.valid);
    CHECK(check.e164 == c.e164);
    CHECK(codesOf(check.warnings) == c.warnings);
    CHECK(check.warnings.front().args.front() == c.e164.substr(0, 3));
    CHECK(formatPhoneForDisplay(check.e164) == c.display);
}

TEST_CASE("What is no phone number is refused", "[phone]")
{
    const std::string text = GENERATE(as<std::string>{},
                                      "abc",              // garbage
                                      "-",                //
                                      "+",                //
                                      "0812",             // too short
                                      "081234567",        // 9 digits
                                      "08123456789012",   // 14 digits
                                      "0812345678901234", // a NIK in the phone field?
                                      "081234567890x",    // libphonenumber would drop the x
                                      "0812-3456-7890 ext. 5",
                                      "0812-FLOWERS",                    // keypad letters
                                      "0812 3456 7890 / 0813 1111 2222", // two numbers in one field
                                      "8.12346E+10",                     // a spreadsheet made a number of it
                                      "+62",                             //
                                      "62",                              //
                                      "0812_3456_7890");
    CAPTURE(text);

    const auto check = checkPhone(text);
    CHECK_FALSE(check.valid);
    CHECK(check.e164.empty());
    CHECK_FALSE(check.mobile);
    CHECK(codesOf(check.errors) == Codes{"phone.invalid"});
    CHECK(codesOf(check.warnings).empty());
}

TEST_CASE("An empty phone is not given: no errors, not valid", "[phone]")
{
    const std::string text = GENERATE(as<std::string>{}, "", " ", "\t", "\u00A0", "'");
    CAPTURE(text);

    const auto check = checkPhone(text);
    CHECK_FALSE(check.valid);
    CHECK(check.e164.empty());
    CHECK(check.errors.empty());
    CHECK(check.warnings.empty());
}

TEST_CASE("The input is kept as typed, trimmed", "[phone]")
{
    CHECK(checkPhone("  0812-3456-7890 ").input == "0812-3456-7890");
    CHECK(checkPhone("abc").input == "abc");
}

TEST_CASE("Text that is no E.164 number is displayed as it is", "[phone]")
{
    CHECK(formatPhoneForDisplay("").empty());
    CHECK(formatPhoneForDisplay("abc") == "abc");
}
