#include "sync/SyncText.h"

#include "core/sync/ConflictQueue.h"
#include "people/duplicates/PersonFieldText.h"

#include <utility>

#include <QStringList>

namespace relawas::gui {

QString SyncText::recordKind(const std::string& table)
{
    // clang-format off
    static const std::pair<std::string_view, const char*> kinds[] = {
        {"kampung_programme", QT_TR_NOOP("Village programme")},
        {"person", QT_TR_NOOP("Person")},
        {"person_role", QT_TR_NOOP("Role")},
        {"training", QT_TR_NOOP("Training")},
        {"invitation", QT_TR_NOOP("Invitation")},
        {"attendance", QT_TR_NOOP("Attendance")},
        {"checkin_attempt", QT_TR_NOOP("Check-in attempt")},
    };
    // clang-format on
    for (const auto& [name, text] : kinds) {
        if (name == table) {
            return tr(text);
        }
    }
    return QString::fromStdString(table);
}

QString SyncText::field(const std::string& table, const std::string& field)
{
    if (field.empty()) {
        return tr("The whole record");
    }
    if (table == "person") {
        return PersonFieldText::label(field);
    }
    // clang-format off
    static const std::pair<std::string_view, const char*> fields[] = {
        {"stage", QT_TR_NOOP("Stage")},
        {"title", QT_TR_NOOP("Title")},
        {"venue", QT_TR_NOOP("Venue")},
        {"start_date", QT_TR_NOOP("First day")},
        {"end_date", QT_TR_NOOP("Last day")},
        {"end_reason", QT_TR_NOOP("Reason it ended")},
        {"role", QT_TR_NOOP("Role")},
        {"scope_code", QT_TR_NOOP("Region")},
        {"part", QT_TR_NOOP("Joins as")},
        {"status", QT_TR_NOOP("Status")},
    };
    // clang-format on
    for (const auto& [name, text] : fields) {
        if (name == field) {
            return tr(text);
        }
    }
    return QString::fromStdString(field);
}

QString SyncText::conflictKind(const std::string& kind)
{
    if (kind == "hard") {
        return tr("Changed on both sides");
    }
    if (kind == "soft") {
        return tr("Merged: other fields changed here");
    }
    if (kind == "removed") {
        return tr("Changed on one side, removed on the other");
    }
    if (kind == "double_checkin") {
        return tr("Checked in on two laptops");
    }
    if (kind == "duplicate") {
        return tr("The same NIK under another record");
    }
    return QString::fromStdString(kind);
}

QString SyncText::conflictExplanation(const core::SyncConflict& conflict)
{
    if (conflict.kind == "hard") {
        return tr("This laptop and the sender both changed this field since they last exchanged reports. This "
                  "laptop's value is kept until you decide; the other is not lost.");
    }
    if (conflict.kind == "removed") {
        return tr("One side changed the record while the other removed it. The record stays as this laptop holds "
                  "it until you decide.");
    }
    if (conflict.kind == "duplicate") {
        return tr("The report holds a person whose NIK a person of another record here holds. Keep this laptop's "
                  "record, or take the report's fields into it.");
    }
    if (conflict.kind == "double_checkin") {
        return tr("The same person was checked in for the same day on two laptops: the earlier check-in is kept, "
                  "the later one annulled.");
    }
    return tr("Merged automatically: the sender changed this field while this laptop changed others.");
}

QString SyncText::value(const nlohmann::json& value)
{
    if (value.is_null()) {
        return QStringLiteral("—");
    }
    if (value.is_boolean()) {
        return value.get<bool>() ? tr("Yes") : tr("No");
    }
    if (value.is_string()) {
        const std::string& text = value.get_ref<const std::string&>();
        return text.empty() ? QStringLiteral("—") : QString::fromStdString(text);
    }
    if (value.is_array()) {
        QStringList items;
        for (const auto& item : value) {
            items << SyncText::value(item);
        }
        return items.isEmpty() ? QStringLiteral("—") : items.join(QStringLiteral(", "));
    }
    if (value.is_object()) {
        // A whole record: named by what a person knows it by.
        for (const char* name : {"full_name", "title", "village_code", "day"}) {
            if (value.contains(name) && value.at(name).is_string()) {
                return QString::fromStdString(value.at(name).get<std::string>());
            }
        }
        return tr("the record");
    }
    return QString::fromStdString(value.dump());
}

QString SyncText::reportKind(const std::string& kind)
{
    if (kind == "full") {
        return tr("Full");
    }
    if (kind == "changes") {
        return tr("Changes");
    }
    if (kind == "public") {
        return tr("Public summary");
    }
    return QString::fromStdString(kind);
}

QString SyncText::historyStatus(const std::string& status)
{
    if (status == "merged") {
        return tr("Merged");
    }
    if (status == "held") {
        return tr("Held: an earlier report is missing");
    }
    return QString::fromStdString(status);
}

QString SyncText::counts(const core::ImportCounts& counts)
{
    QStringList parts;
    const auto add = [&parts](std::size_t count, const QString& text) {
        if (count > 0) {
            parts << text;
        }
    };
    add(counts.added, tr("%Ln new", nullptr, int(counts.added)));
    add(counts.updated, tr("%Ln updated", nullptr, int(counts.updated)));
    add(counts.unchanged, tr("%Ln unchanged", nullptr, int(counts.unchanged)));
    add(counts.removed, tr("%Ln removed", nullptr, int(counts.removed)));
    add(counts.conflicts, tr("%Ln conflict(s) to decide", nullptr, int(counts.conflicts)));
    add(counts.softConflicts, tr("%Ln merged automatically", nullptr, int(counts.softConflicts)));
    add(counts.duplicates, tr("%Ln possible duplicate(s)", nullptr, int(counts.duplicates)));
    add(counts.doubleCheckIns, tr("%Ln double check-in(s)", nullptr, int(counts.doubleCheckIns)));
    return parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "));
}

} // namespace relawas::gui
