#pragma once

#include "core/sync/ReportImport.h"

#include <nlohmann/json.hpp>
#include <string>

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
struct SyncConflict;
}

namespace relawas::gui {

// What the synchronisation screen says of reports, their records and their conflicts, in the user's language.
class SyncText
{
    Q_DECLARE_TR_FUNCTIONS(SyncText)

public:
    // A table a report carries, as a kind of record: "Person", "Role", "Training".
    static QString recordKind(const std::string& table);
    // A field of a record ("full_name" of a person: "Full name"); the whole record when `field` is empty.
    static QString field(const std::string& table, const std::string& field);
    // "The same field changed on both sides", and what deciding it does.
    static QString conflictKind(const std::string& kind);
    static QString conflictExplanation(const core::SyncConflict& conflict);
    // A value of a field as a person reads it: "—" for none, "Yes"/"No", text as it is, a removal named.
    static QString value(const nlohmann::json& value);
    // "full", "changes", "public".
    static QString reportKind(const std::string& kind);
    // "merged", "held" as the history stores them.
    static QString historyStatus(const std::string& status);
    // "12 new, 3 updated, 40 unchanged, 1 conflict" (the counts that are not zero; "nothing" when all are).
    static QString counts(const core::ImportCounts& counts);
};

} // namespace relawas::gui
