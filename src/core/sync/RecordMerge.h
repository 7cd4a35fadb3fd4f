#pragma once

// The three-way merge of one record's fields (docs/report-format.md, "Every record"): ours and theirs against the
// version both last agreed on. A field changed on one side only is taken from that side; the same field changed on
// both sides to different values is a hard conflict, which keeps ours until a person decides.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace relawas::core {

enum class MergeOutcome
{
    Unchanged,  // theirs holds what ours does
    KeepOurs,   // only ours changed since the base: nothing to take
    TakeTheirs, // only theirs changed: theirs is the record now
    Merged,     // both changed, different fields: each side's changes kept (soft conflicts)
    Conflict    // the same field changed on both sides (hard conflicts); the rest merged
};

struct FieldMerge
{
    std::string field;
    nlohmann::json base; // null when the base is unknown
    nlohmann::json ours;
    nlohmann::json theirs;
    bool hard = false;       // both changed it; `merged` keeps ours until a person decides
    bool fromTheirs = false; // a soft one: taken from theirs (else ours kept)
};

struct RecordMergeResult
{
    MergeOutcome outcome = MergeOutcome::Unchanged;
    nlohmann::json merged;          // the fields the record holds after the merge
    std::vector<FieldMerge> fields; // every field on which ours and theirs differ
};

// `base` is null when the base is unknown: then every field on which the two differ is a hard conflict.
RecordMergeResult mergeRecordFields(const nlohmann::json& base, const nlohmann::json& ours,
                                    const nlohmann::json& theirs);

} // namespace relawas::core
