#pragma once

#include "core/sync/ConflictQueue.h"

#include <nlohmann/json.hpp>
#include <string>

namespace relawas::core {

class Database;

enum class ConflictChoice
{
    Ours,   // the value this database holds (or its removal, or its record of a NIK)
    Theirs, // the report's value (or its removal, or its record's fields)
    Value   // a value a person typed: hard conflicts only
};

// Decides an open conflict in one unit of work: the record gets a new revision with the chosen value, stamped with
// the actor and time and audited (before, after, which conflict), so the decision travels back with the next report;
// the conflict keeps base, ours and theirs and notes what was taken.
// Throws Error "sync.conflict_unknown" (NotFound), "sync.conflict_decided", "sync.value_not_allowed" (a typed value
// for anything but a field both changed), "sync.record_gone", and what the record's writer refuses.
SyncConflict resolveConflict(Database& db, long long conflictId, ConflictChoice choice, const nlohmann::json& value,
                             const std::string& actor);

// What a person typed for a conflict's field, as the field holds values: text for a text field, else the JSON the
// text reads as (a number, true, null), and the text itself when it reads as none.
nlohmann::json typedConflictValue(const SyncConflict& conflict, const std::string& text);

} // namespace relawas::core
