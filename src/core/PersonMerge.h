#pragma once

#include "Person.h"

#include <map>
#include <span>
#include <string>
#include <string_view>

namespace relawas::core {

class Database;

enum class MergeSide
{
    Keep,
    Other
};

// For each mergeable field (ids as in PersonJson: "nik", "full_name", "gender", "birth_date", "birth_place",
// "village_code", "dusun", "rt", "rw", "phone", "email", "occupation", "education", "has_disability",
// "disability_kind", "target_groups", "organisation", "no_party_declared_on", "consent_on", "notes"), which side's
// value survives. A field not named keeps the kept record's value, or takes the other's where the kept one is empty
// (no NIK, no phone, no disability noted); "target_groups" not named become the union of both, "notes" not named
// are joined.
struct MergeChoice
{
    std::map<std::string, MergeSide> fields;
};

// The field ids a MergeChoice may name, in the order a form shows them.
std::span<const std::string_view> mergeableFields();

// What the kept record holds after the merge (its meta unchanged): for a form's preview. Throws Error
// "person.merge_unknown_field" for a field id not in mergeableFields().
Person mergedPerson(const Person& keep, const Person& other, const MergeChoice& choice);

// Merges `otherUuid` into `keepUuid` in one savepoint: the kept record gets the chosen values (revision + 1), the
// other's roles move to the kept person (a role the kept person already holds alike is tombstoned instead of doubled),
// so does the other's attendance at trainings (a day the kept person was recorded present at the same training is
// tombstoned instead of doubled), the other becomes a tombstone (keeping its NIK for history; the unique index covers
// living records only, so that NIK is free again), and the audit log gets a 'merge' entry on both, before and after,
// naming the other record ("merged_from", "merged_into"). Both revisions must be what the user saw: Error
// "person.stale" otherwise, with nothing changed. "person.not_found" for a uuid never stored, "person.merge_same" for
// a record merged into itself. Returns the kept person as stored.
Person mergePeople(Database& db, const std::string& keepUuid, long long keepRevision, const std::string& otherUuid,
                   long long otherRevision, const MergeChoice& choice, const std::string& actor);

} // namespace relawas::core
