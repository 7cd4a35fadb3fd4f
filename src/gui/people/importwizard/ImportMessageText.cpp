#include "people/importwizard/ImportMessageText.h"

#include "common/ValidationText.h"
#include "core/import/ImportMessage.h"
#include "core/people/checks/ValidationIssue.h"

#include <QLocale>

namespace relawas::gui {

namespace {
bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}
} // namespace

QString ImportMessageText::describe(const core::ImportMessage& message)
{
    const auto arg = [&message](std::size_t i) {
        return i < message.args.size() ? QString::fromStdString(message.args[i]) : QString();
    };
    const std::string& code = message.code;
    QString text;
    if (startsWith(code, "nik.") || startsWith(code, "phone.") || startsWith(code, "email.") ||
        startsWith(code, "eligibility.") || startsWith(code, "person.") || startsWith(code, "village.") ||
        startsWith(code, "date.") || startsWith(code, "text.")) {
        text = ValidationText::describe({message.code, message.message, message.args});
    } else if (code == "import.duplicate_in_file") {
        text = tr("The same NIK as line %1 of this file.").arg(arg(0));
    } else if (code == "import.duplicate_nik") {
        text = tr("This NIK is already registered for %1.").arg(arg(1));
    } else if (code == "import.shared_phone_in_file") {
        text = tr("The same phone number as line %1 (families often share one).").arg(arg(1));
    } else if (code == "import.shared_phone") {
        text = tr("%1 has the same phone number (families often share one).").arg(arg(2));
    } else if (code == "import.unknown_village") {
        text = tr("No desa or kelurahan of this name in Kecamatan %1.").arg(arg(1));
        if (!arg(2).isEmpty()) {
            text += QLatin1Char(' ') + tr("Did you mean %1?").arg(arg(2));
        } else if (!arg(3).isEmpty()) {
            text += QLatin1Char(' ') + tr("A village of this name is in Kecamatan %1.").arg(arg(3));
        }
    } else if (code == "import.ambiguous_village") {
        text = tr("Kecamatan %1 has several villages of this name; the import does not guess.").arg(arg(1));
    } else if (code == "import.kecamatan_missing") {
        text = tr("A village is found only within its kecamatan, and the kecamatan is empty.");
    } else if (code == "import.unknown_kecamatan") {
        text = tr("No kecamatan of this name in the working regency.");
    } else if (code == "import.bad_date") {
        text = tr("Not a date; write dd/mm/yyyy.");
    } else if (code == "import.bad_gender") {
        text = tr("Gender must be L, P, Laki-laki or Perempuan.");
    } else if (code == "import.unknown_role") {
        text = tr("Not a role Relawas knows.");
    } else if (code == "import.unknown_target_group") {
        text = tr("Not a target group Relawas knows.");
    } else if (code == "import.bad_rt_rw") {
        text = tr("RT and RW are numbers of at most three digits.");
    } else if (code == "import.nothing_taken") {
        text = tr("Skipped: nothing in the columns being imported (only a running number?).");
    } else if (code == "import.below_table") {
        text = tr("Skipped: below the table, without NIK, birth date, phone or village: a signature, a date or a "
                  "note, not a person.");
    } else if (code == "sheet.invalid_text") {
        text = tr("The cell holds bytes that are not text. Type it again, or save the file as \"CSV UTF-8\".");
    } else if (code == "sheet.cell_too_long") {
        text = tr("The cell is longer than %1 characters.").arg(QLocale().toString(arg(0).toLongLong()));
    } else if (code == "sheet.control_character") {
        text = tr("The cell holds an invisible control character: type it again.");
    } else if (code == "sheet.formula") {
        text = tr("The cell is a formula; its last result is imported. Check it.");
    } else if (code == "sheet.row_too_large") {
        text = tr("The row is far too large to read (more than 4 MB).");
    } else if (code == "sheet.too_many_columns") {
        text = tr("The row has more cells than a spreadsheet holds.");
    } else if (code == "csv.unterminated_quote") {
        text = tr("A quoted cell opened here is never closed, so the rest of the file was read as one cell: close "
                  "the quote and import again.");
    } else if (code == "xlsx.bad_row") {
        text = tr("The row cannot be read: its XML is damaged.");
    } else if (code == "import.not_stored") {
        text = tr("The row could not be stored: %1").arg(QString::fromStdString(message.message));
    } else {
        text = QString::fromStdString(message.message);
    }
    if (message.column.empty()) {
        return text;
    }
    if (message.value.empty()) {
        return tr("%1: %2").arg(QString::fromStdString(message.column), text);
    }
    return tr("%1 “%2”: %3").arg(QString::fromStdString(message.column), QString::fromStdString(message.value), text);
}

} // namespace relawas::gui
