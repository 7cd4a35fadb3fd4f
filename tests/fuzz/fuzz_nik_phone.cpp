// The checks of a NIK and a phone number, on any text a clerk might type or a spreadsheet might hold: checkNik (with
// and without a birth date and gender entered beside it, against the real code list), maskNik, checkPhone and
// formatPhoneForDisplay. Besides the sanitizers it checks what the functions promise: a valid NIK is 16 digits with
// a birth date and a kecamatan; a masked valid UTF-8 text stays valid UTF-8; a valid phone number is E.164, and it
// and the way it is shown read back as the same number.
#include "FuzzRegions.h"
#include "FuzzSupport.h"
#include "core/base/TextUtil.h"
#include "core/people/checks/Nik.h"
#include "core/people/checks/Phone.h"

#include <algorithm>

using namespace relawas::core;
using relawas::fuzz::expect;

namespace {

bool isE164(const std::string& text)
{
    return text.size() > 1 && text.front() == '+' &&
           std::all_of(text.begin() + 1, text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void fuzzNik(std::string_view text, const NikContext& context)
{
    const NikCheck check = checkNik(text, context);
    if (check.valid) {
        expect(check.errors.empty(), "a valid NIK has no errors");
        expect(check.nik.size() == 16 &&
                   std::all_of(check.nik.begin(), check.nik.end(), [](char c) { return c >= '0' && c <= '9'; }),
               "a valid NIK is 16 digits");
        expect(check.birthDate.has_value() && check.birthDate->ok(), "a valid NIK has a real birth date");
        expect(check.gender.has_value(), "a valid NIK says the gender");
        expect(check.regionCode.size() == 8, "a valid NIK names its kecamatan (PP.KK.CC)");
    } else {
        expect(!check.errors.empty(), "a NIK that is not valid says why");
    }
}

void fuzzPhone(std::string_view text)
{
    const PhoneCheck check = checkPhone(text);
    formatPhoneForDisplay(std::string(text));
    if (!check.valid) {
        expect(check.e164.empty(), "an invalid phone number has no E.164 form");
        return;
    }
    expect(check.errors.empty(), "a valid phone number has no errors");
    expect(isE164(check.e164), "a valid phone number is E.164");
    const PhoneCheck again = checkPhone(check.e164);
    expect(again.valid && again.e164 == check.e164, "the E.164 form reads back as the same number");
    const PhoneCheck shown = checkPhone(formatPhoneForDisplay(check.e164));
    expect(shown.valid && shown.e164 == check.e164, "the number as shown reads back as the same number");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    relawas::fuzz::realRegionCodes();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text = relawas::fuzz::bytesOf(data, size);

    NikContext context;
    context.today = std::chrono::year{2024} / 9 / 15;
    fuzzNik(text, context);
    context.regionKnown = [](const std::string& code) { return relawas::fuzz::realRegionCodes().contains(code); };
    context.districtCode = "12.19";
    context.enteredBirthDate = std::chrono::year{1990} / 5 / 12;
    context.enteredGender = Gender::Female;
    fuzzNik(text, context);

    const std::string masked = maskNik(text);
    expect(!isValidUtf8(text) || isValidUtf8(masked), "a masked UTF-8 text is UTF-8");

    fuzzPhone(text);
    return 0;
}
