#pragma once

#include "core/people/Person.h"

#include <map>
#include <span>
#include <string>
#include <string_view>

namespace relawas::core {

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

} // namespace relawas::core
