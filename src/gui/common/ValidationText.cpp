#include "common/ValidationText.h"

#include "common/DomainText.h"
#include "core/people/Person.h"
#include "core/people/checks/ValidationIssue.h"

#include <string>

#include <QLocale>

namespace relawas::gui {

namespace {
QString roleName(const std::string& id)
{
    const auto role = core::roleKindFromId(id);
    return role ? DomainText::role(*role) : QString::fromStdString(id);
}
} // namespace

QString ValidationText::describe(const core::ValidationIssue& issue)
{
    const auto arg = [&issue](std::size_t i) {
        return i < issue.args.size() ? QString::fromStdString(issue.args[i]) : QString();
    };
    const std::string& code = issue.code;
    if (code == "nik.empty" || code == "person.nik_required") {
        return tr("The NIK is required; only an external speaker may have none.");
    }
    if (code == "nik.spreadsheet_number") {
        return tr("A spreadsheet turned this NIK into a number and digits were lost. Type it again from the KTP.");
    }
    if (code == "nik.not_digits") {
        return tr("A NIK is made of digits only.");
    }
    if (code == "nik.length") {
        return tr("A NIK has 16 digits.");
    }
    if (code == "nik.unknown_province") {
        return tr("The NIK starts with %1, which is not a province code.").arg(arg(0));
    }
    if (code == "nik.bad_date") {
        return tr("The birth date in the NIK (%1) is not a real date.").arg(arg(0));
    }
    if (code == "nik.future_birth") {
        return tr("The NIK gives a birth date in the future.");
    }
    if (code == "nik.zero_serial") {
        return tr("The last four digits of a NIK are never 0000.");
    }
    if (code == "nik.unknown_region") {
        return tr("Region %1 of the NIK is not in the current list (it may have been split since).").arg(arg(0));
    }
    if (code == "nik.outside_district") {
        return tr("The NIK was issued in %1, outside %2.").arg(arg(0), arg(1));
    }
    if (code == "nik.birth_date_differs") {
        return tr("The birth date differs from the one in the NIK.");
    }
    if (code == "nik.gender_differs") {
        return tr("The gender differs from the one in the NIK.");
    }
    if (code == "phone.invalid") {
        return tr("Not a phone number; write it like 0812-3456-7890.");
    }
    if (code == "phone.not_mobile") {
        return tr("Not a mobile number: no WhatsApp or SMS.");
    }
    if (code == "phone.foreign") {
        return tr("A foreign phone number.");
    }
    if (code == "email.invalid") {
        return tr("Not an e-mail address (like nama@contoh.id).");
    }
    if (code == "eligibility.too_young") {
        return tr("A %1 must be at least %2 years old on election day; this person will be %3.")
            .arg(roleName(issue.args.empty() ? std::string() : issue.args[0]), arg(1), arg(2));
    }
    if (code == "eligibility.birth_date_missing") {
        return tr("Without a birth date the minimum age of %1 cannot be checked.").arg(arg(1));
    }
    if (code == "person.name_required") {
        return tr("The full name is required.");
    }
    if (code == "person.name_formula") {
        return tr("A name does not begin with =, +, - or @: a spreadsheet would run it as a formula.");
    }
    if (code == "person.name_control") {
        return tr("The name holds an invisible control character (copied from another program?). Type it again.");
    }
    if (code == "person.name_too_long") {
        return tr("The name is %2 characters long; at most %1 are accepted.").arg(arg(0), arg(1));
    }
    if (code == "date.birth_in_future") {
        return tr("The birth date is after today.");
    }
    if (code == "text.invalid_utf8") {
        return tr("The text holds bytes that are not letters (a file saved in another encoding?).");
    }
    if (code == "text.too_long") {
        return tr("The text is longer than %1 characters.").arg(QLocale().toString(arg(1).toLongLong()));
    }
    if (code == "date.invalid") {
        return arg(0); // the date's own problem, already in the user's language
    }
    if (code == "village.not_nik_kecamatan") {
        return tr("This village is in Kecamatan %1, but the NIK was issued in Kecamatan %2. Is it the right village?")
            .arg(arg(0), arg(1));
    }
    if (code == "village.outside_scope") {
        return tr("This village is in Kecamatan %1, outside Kecamatan %2 you are working in.").arg(arg(0), arg(1));
    }
    if (code == "person.village_required") {
        return tr("Choose the desa or kelurahan.");
    }
    if (code == "person.duplicate_nik") {
        return tr("This NIK is already registered for %1.").arg(arg(1));
    }
    if (code == "person.similar_name") {
        return tr("A person with a similar name is already registered: %1 (%2% alike).").arg(arg(0), arg(1));
    }
    if (code == "person.same_phone") {
        return tr("%1 has the same phone number (families often share one).").arg(arg(0));
    }
    return QString::fromStdString(issue.message);
}

QString ValidationText::field(const QString& fieldId)
{
    if (fieldId == QLatin1String("nik")) {
        return tr("NIK");
    }
    if (fieldId == QLatin1String("full_name")) {
        return tr("Full name");
    }
    if (fieldId == QLatin1String("gender")) {
        return tr("Gender");
    }
    if (fieldId == QLatin1String("birth_date")) {
        return tr("Birth date");
    }
    if (fieldId == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (fieldId == QLatin1String("email")) {
        return tr("E-mail");
    }
    if (fieldId == QLatin1String("village_code")) {
        return tr("Village");
    }
    if (fieldId == QLatin1String("roles")) {
        return tr("Role");
    }
    if (fieldId == QLatin1String("no_party_date")) {
        return tr("Not a party member, declared on");
    }
    if (fieldId == QLatin1String("consent_date")) {
        return tr("Consent to data processing on");
    }
    return fieldId;
}

} // namespace relawas::gui
