#include "common/ErrorText.h"

#include "common/DomainText.h"
#include "core/base/Error.h"
#include "core/programme/KampungProgramme.h"

#include <map>

#include <QRegularExpression>

namespace relawas::gui {

namespace {

QString arg(const core::Error& error, std::size_t index)
{
    return index < error.args().size() ? QString::fromStdString(error.args()[index]) : QString();
}

// Region-list messages carry {file, line, ...}: their own arguments start at 2.
QString fill(QString text, const core::Error& error, std::size_t first)
{
    for (std::size_t i = first; i < error.args().size(); ++i) {
        text = text.arg(arg(error, i));
    }
    return text;
}

} // namespace

QString ErrorText::message(const core::Error& e)
{
    const std::string& code = e.code();
    // clang-format off
    static const std::map<std::string, std::pair<const char*, std::size_t>> texts{
        {"database.open_failed", {QT_TR_NOOP("The database cannot be opened: %1"), 0}},
        {"database.too_new", {QT_TR_NOOP("This database was made by a newer Relawas (schema %1; this program knows up to %2). Please update Relawas."), 0}},
        {"database.migration_failed", {QT_TR_NOOP("Upgrading the database to version %1 failed; it was left unchanged. Details: %2"), 0}},
        {"csv.unterminated_quote", {QT_TR_NOOP("A quoted field is never closed."), 99}},
        {"file.unreadable", {QT_TR_NOOP("The file %1 cannot be read."), 0}},
        {"output.would_overwrite", {QT_TR_NOOP("%1 is a file Relawas must not overwrite (%2): choose another name or folder."), 0}},
        {"output.not_writable", {QT_TR_NOOP("%1 cannot be written: %2"), 0}},
        {"region.file_missing", {QT_TR_NOOP("The file %1 is missing or cannot be read."), 0}},
        {"region.bad_manifest", {QT_TR_NOOP("The package description is unreadable: %1"), 0}},
        {"region.bad_header", {QT_TR_NOOP("The first line must be the header \"%1\"."), 2}},
        {"region.field_count", {QT_TR_NOOP("Expected %1 fields, found %2."), 2}},
        {"region.bad_code", {QT_TR_NOOP("\"%1\" is not a valid region code."), 2}},
        {"region.wrong_level", {QT_TR_NOOP("Code %1 is a %2 and does not belong in this file."), 2}},
        {"region.level_mismatch", {QT_TR_NOOP("Code %1 is a %2, which the level column contradicts."), 2}},
        {"region.parent_mismatch", {QT_TR_NOOP("The parent of code %1 is %2, which the parent column contradicts."), 2}},
        {"region.empty_name", {QT_TR_NOOP("Region %1 has no name."), 2}},
        {"region.duplicate_code", {QT_TR_NOOP("Code %1 appears a second time (first at %2)."), 2}},
        {"region.unknown_parent", {QT_TR_NOOP("The parent %1 of code %2 is not in the list: the list is partial."), 2}},
        {"region.empty_list", {QT_TR_NOOP("The list holds no regions."), 99}},
        {"region.import_failed", {QT_TR_NOOP("Writing the region list failed; the database was left unchanged. Details: %1"), 0}},
        {"region.unknown_code", {QT_TR_NOOP("%1 is not a region of the current code list."), 0}},
        {"region.not_kabupaten", {QT_TR_NOOP("%1 (%2) is not a regency or city."), 0}},
        {"region.retired", {QT_TR_NOOP("%1 is no longer in the current code list; it cannot join the programme."), 0}},
        {"region.not_village", {QT_TR_NOOP("%1 is not a village (desa or kelurahan)."), 0}},
        {"region.not_kecamatan", {QT_TR_NOOP("%1 (%2) is not a kecamatan."), 0}},
        {"region.not_village_or_kecamatan", {QT_TR_NOOP("%1 (%2) is neither a village nor a kecamatan: a village roster is printed for one village or for every village of a kecamatan."), 0}},
        {"kampung.stale", {QT_TR_NOOP("The record of village %1 was changed meanwhile. Reopen it and try again."), 0}},
        {"kampung.score_range", {QT_TR_NOOP("The assessment score must lie between 0 and 100."), 99}},
        {"kampung.score_required", {QT_TR_NOOP("An assessed village needs its assessment score."), 99}},
        {"kampung.vulnerability_required", {QT_TR_NOOP("An assessed village needs its vulnerability level."), 99}},
        {"kampung.sk_number_format", {QT_TR_NOOP("An SK number contains at least one digit and only letters, digits, spaces and . / - _ ( )."), 99}},
        {"kampung.sk_number_required", {QT_TR_NOOP("Enter the SK number before marking the village as designated or launched."), 99}},
        {"kampung.sk_date_required", {QT_TR_NOOP("Enter the SK date before marking the village as designated or launched."), 99}},
        {"kampung.sk_date_future", {QT_TR_NOOP("The SK date lies in the future."), 99}},
        {"kampung.mou_before_sk", {QT_TR_NOOP("The MoU must end after the SK date."), 99}},
        {"person.stale", {QT_TR_NOOP("The record of %1 was changed, removed or merged meanwhile."), 0}},
        {"person.not_found", {QT_TR_NOOP("The person no longer exists."), 99}},
        {"person.merge_same", {QT_TR_NOOP("A record cannot be merged into itself."), 99}},
        {"role.stale", {QT_TR_NOOP("This role was changed or removed meanwhile, so nothing was saved. Close this window to see the role as it is now."), 99}},
        {"role.dates_reversed", {QT_TR_NOOP("A role cannot end before it starts."), 99}},
        {"role.too_young", {QT_TR_NOOP("Too young for this role on the election day: it needs %1 years, and the person is %2."), 0}},
        {"role.already_held", {QT_TR_NOOP("%1 already holds this role in region %2."), 0}},
        {"database.busy", {QT_TR_NOOP("Another program is writing to the database right now, so nothing was saved. Try again in a moment."), 99}},
        {"database.failed", {QT_TR_NOOP("The database could not finish the work, so nothing was saved. Details: %1"), 0}},
        {"person.too_many", {QT_TR_NOOP("The database holds the most people it can search (%1): nothing was saved."), 0}},
        {"batch.broken", {QT_TR_NOOP("Writing stopped on an error, so nothing of this import was kept."), 99}},
        {"role.unknown_person", {QT_TR_NOOP("The person of this role is no longer in the register."), 99}},
        {"export.write_failed", {QT_TR_NOOP("The file cannot be written. Choose another folder, or free some disk space."), 99}},
        {"export.too_many_rows", {QT_TR_NOOP("%1 people do not fit in one XLSX sheet (at most %2). Narrow the filter, or export CSV."), 0}},
        {"report.period_reversed", {QT_TR_NOOP("The report's period ends on %2, before it begins on %1: swap the two dates."), 0}},
        {"operation.cancelled", {QT_TR_NOOP("Cancelled."), 99}},
        {"import.unreadable", {QT_TR_NOOP("The file cannot be read: it is missing, or this user may not open it."), 99}},
        {"import.empty", {QT_TR_NOOP("The file is empty."), 99}},
        {"import.xls_unsupported", {QT_TR_NOOP("This is an Excel 97-2003 workbook (.xls). Save it in Excel as \"Excel Workbook (*.xlsx)\" or as CSV, then open that file."), 99}},
        {"import.not_xlsx", {QT_TR_NOOP("The file is not an Excel workbook, although its name ends in .xlsx."), 99}},
        {"import.xlsx_damaged", {QT_TR_NOOP("The workbook is damaged or cut short. Open it in Excel, save it again, and open the saved file."), 99}},
        {"import.xlsx_too_large", {QT_TR_NOOP("The workbook is larger than Relawas reads (part %1). Save the sheet as CSV, or split it into smaller files."), 0}},
        {"import.too_many_rows", {QT_TR_NOOP("The file has more than %1 rows, more than a spreadsheet holds: split it into smaller files."), 1}},
        {"import.not_a_file", {QT_TR_NOOP("This is a device or a pipe, not a file: choose a spreadsheet file."), 99}},
        {"import.xlsx_no_sheet", {QT_TR_NOOP("The workbook holds no worksheet."), 99}},
        {"import.no_header", {QT_TR_NOOP("No header row was recognised: choose the line that holds the column names."), 99}},
        {"import.bad_mapping", {QT_TR_NOOP("The columns are not set right yet: check the field of each column."), 99}},
        {"import.no_working_kabupaten", {QT_TR_NOOP("Choose the working regency first (Settings): villages are looked up within it."), 99}},
        {"demo.no_villages", {QT_TR_NOOP("There are no villages under %1."), 0}},
        {"training.title_required", {QT_TR_NOOP("A training needs a title."), 99}},
        {"training.date_invalid", {QT_TR_NOOP("A training needs real start and end dates."), 99}},
        {"training.dates_reversed", {QT_TR_NOOP("A training cannot end before it starts."), 99}},
        {"training.dates_exclude_attendance", {QT_TR_NOOP("%1 attendance record(s) fall outside the new dates; remove them first."), 0}},
        {"training.stale", {QT_TR_NOOP("The training %1 was changed meanwhile. Reopen it and try again."), 0}},
        {"attendance.unknown_training", {QT_TR_NOOP("The training of this attendance no longer exists."), 99}},
        {"attendance.unknown_person", {QT_TR_NOOP("The person of this attendance is no longer in the register."), 99}},
        {"person.merge_unknown_field", {QT_TR_NOOP("This field cannot be merged."), 99}},
        {"text.too_long", {QT_TR_NOOP("The text is too long: at most %1 bytes fit in one field."), 1}},
        {"training.not_found", {QT_TR_NOOP("This training no longer exists."), 99}},
        {"training.capacity_invalid", {QT_TR_NOOP("The capacity must be at least 1, or left empty."), 99}},
        {"training.pass_mark_invalid", {QT_TR_NOOP("The pass mark must be between 0 and 100."), 99}},
        {"invitation.unknown_person", {QT_TR_NOOP("The person invited is no longer in the register."), 99}},
        {"invitation.stale", {QT_TR_NOOP("The invitation was changed meanwhile. Look again and retry."), 99}},
        {"invitation.filter_empty", {QT_TR_NOOP("Say whom to invite: choose a role, a region, or both."), 99}},
        {"attendance.not_found", {QT_TR_NOOP("This check-in no longer exists."), 99}},
        {"attendance.reason_required", {QT_TR_NOOP("Say why the check-in is annulled."), 99}},
        {"card.unknown_person", {QT_TR_NOOP("The holder of this card is no longer in the register."), 99}},
        {"score.out_of_range", {QT_TR_NOOP("A score is between 0 and 100, not %1."), 0}},
        {"score.unknown_component", {QT_TR_NOOP("This graded part of the training no longer exists."), 99}},
        {"score.component_count", {QT_TR_NOOP("The components were changed meanwhile. Open the score sheet again."), 99}},
        {"score.component_name_empty", {QT_TR_NOOP("Every component needs a name."), 99}},
        {"score.weight_out_of_range", {QT_TR_NOOP("A weight is between 0 and 100, not %1."), 0}},
        {"score.weights_not_100", {QT_TR_NOOP("The weights add up to %1, not 100."), 0}},
        {"report.unreadable", {QT_TR_NOOP("The report %1 cannot be opened."), 0}},
        {"report.not_json", {QT_TR_NOOP("The report is not valid JSON at byte %1."), 0}},
        {"report.truncated", {QT_TR_NOOP("The report breaks off at byte %1 (%2): it was cut while being copied or sent. Ask for it again."), 0}},
        {"report.not_a_report", {QT_TR_NOOP("This file is not a Relawas report."), 99}},
        {"report.newer_version", {QT_TR_NOOP("The report is of format version %1, made by a newer Relawas. Update Relawas to read it."), 0}},
        {"report.bad_version", {QT_TR_NOOP("The report gives %1 as its format version, which does not exist."), 0}},
        {"report.member_order", {QT_TR_NOOP("%1 stands out of its place: the report was not written by Relawas, or was edited."), 0}},
        {"report.unknown_member", {QT_TR_NOOP("%1 is not part of a Relawas report."), 0}},
        {"report.missing_member", {QT_TR_NOOP("The report has no %1."), 0}},
        {"report.duplicate_member", {QT_TR_NOOP("%1 is given twice in the report."), 0}},
        {"report.bad_header", {QT_TR_NOOP("The report's %1 is not as the format requires."), 0}},
        {"report.bad_record", {QT_TR_NOOP("%1 is not a record as the format requires."), 0}},
        {"report.too_large", {QT_TR_NOOP("%1 is larger than a record of a report can be."), 0}},
        {"report.count_mismatch", {QT_TR_NOOP("%1 holds %2 records, not the number its header announces: records are missing or were added."), 0}},
        {"report.digest_mismatch", {QT_TR_NOOP("The records of the report are not those it was signed with: it was changed or damaged on the way. Ask for it again."), 99}},
        {"report.bad_signature", {QT_TR_NOOP("The report's signature does not match its sender's key: it was changed or forged. Do not use it."), 99}},
        {"report.not_representable", {QT_TR_NOOP("The report holds a value JSON cannot write."), 99}},
        {"report.number_not_finite", {QT_TR_NOOP("The report holds a number that is not finite."), 99}},
        {"report.text_not_utf8", {QT_TR_NOOP("The report holds text that is not valid UTF-8."), 99}},
        {"sync.own_installation", {QT_TR_NOOP("This report comes from this database itself."), 99}},
        {"sync.key_changed", {QT_TR_NOOP("%1 is trusted with another key: this report, signed by %2, is not from it. Ask its sender by phone before doing anything with it."), 0}},
        {"sync.fingerprint_mismatch", {QT_TR_NOOP("The fingerprint %1 is not the report's (%2): compare it with the sender again."), 0}},
        {"sync.key_damaged", {QT_TR_NOOP("The key this database signs its reports with is damaged: restore the database from a backup."), 99}},
        {"sync.unknown_sender", {QT_TR_NOOP("%1 is not a trusted sender yet. Compare the fingerprint %2 with them by phone, then trust it."), 0}},
        {"sync.public_report", {QT_TR_NOOP("A public summary holds counts only: it cannot be taken into a database."), 99}},
        {"sync.sequence_reused", {QT_TR_NOOP("Report %1 of %2 was taken in before with other content: two reports carry one number, or one was forged. Ask the sender by phone."), 0}},
        {"sync.unknown_member", {QT_TR_NOOP("The report holds records this program cannot store."), 99}},
        {"sync.unknown_table", {QT_TR_NOOP("The report holds records of %1, which this program cannot store."), 0}},
        {"sync.conflict_unknown", {QT_TR_NOOP("There is no conflict %1."), 0}},
        {"sync.conflict_decided", {QT_TR_NOOP("Conflict %1 was decided already."), 0}},
        {"sync.record_gone", {QT_TR_NOOP("The record of conflict %1 is no longer in this database."), 0}},
        {"sync.value_not_allowed", {QT_TR_NOOP("Only a field changed on both sides takes a value of your own: choose ours or theirs."), 99}},
        {"person.unknown_field", {QT_TR_NOOP("A person has no field %1."), 0}},
        {"person.bad_value", {QT_TR_NOOP("%1 cannot be “%2”."), 0}},
        {"report.receiver_required", {QT_TR_NOOP("A report of changes is for one receiver: choose whom it is for."), 99}},
        {"report.nothing_sent_before", {QT_TR_NOOP("No report was sent to this receiver yet: send a full report first."), 99}},
        {"crypto.unavailable", {QT_TR_NOOP("The cryptography library could not be started: the installation is damaged."), 99}},
    };
    // clang-format on
    const auto found = texts.find(code);
    if (found == texts.end()) {
        return tr("Unexpected error: %1").arg(QString::fromStdString(e.message()));
    }
    return fill(tr(found->second.first), e, found->second.second);
}

QString ErrorText::place(const core::Error& e)
{
    const QString place = QString::fromStdString(e.place());
    static const QRegularExpression fileLine(QStringLiteral("^(.*):(\\d+)$"));
    if (const auto match = fileLine.match(place); match.hasMatch()) {
        return tr("%1, line %2").arg(match.captured(1), match.captured(2));
    }
    for (const auto field : {core::KampungField::Stage, core::KampungField::SkNumber, core::KampungField::SkDate,
                             core::KampungField::AssessmentScore, core::KampungField::Vulnerability,
                             core::KampungField::MouEndDate, core::KampungField::Notes}) {
        if (e.place() == core::kampungFieldId(field)) {
            return DomainText::field(field);
        }
    }
    return place;
}

QString ErrorText::describe(const core::Error& e)
{
    const QString where = place(e);
    return where.isEmpty() ? message(e) : tr("%1: %2").arg(where, message(e));
}

} // namespace relawas::gui
