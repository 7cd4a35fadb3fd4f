#include "core/people/duplicates/PersonMerge.h"

#include "core/base/Error.h"

#include <algorithm>
#include <array>

#include <fmt/format.h>

namespace relawas::core {

namespace {

bool isBlank(const std::string& value)
{
    return value.find_first_not_of(" \t") == std::string::npos;
}
bool isBlank(bool value)
{
    return !value;
}
bool isBlank(const std::set<TargetGroup>& value)
{
    return value.empty();
}
template<typename T>
bool isBlank(const std::optional<T>& value)
{
    return !value.has_value();
}

struct FieldRule
{
    std::string_view id;
    bool (*isBlankIn)(const Person&);
    void (*copy)(Person& into, const Person& from);
};

template<auto Member>
constexpr FieldRule field(std::string_view id)
{
    return {id, [](const Person& p) { return isBlank(p.*Member); },
            [](Person& into, const Person& from) { into.*Member = from.*Member; }};
}

constexpr std::array kFields{
    field<&Person::nik>("nik"),
    field<&Person::fullName>("full_name"),
    field<&Person::gender>("gender"),
    field<&Person::birthDate>("birth_date"),
    field<&Person::birthPlace>("birth_place"),
    field<&Person::villageCode>("village_code"),
    field<&Person::dusun>("dusun"),
    field<&Person::rt>("rt"),
    field<&Person::rw>("rw"),
    field<&Person::phone>("phone"),
    field<&Person::email>("email"),
    field<&Person::occupation>("occupation"),
    field<&Person::education>("education"),
    field<&Person::hasDisability>("has_disability"),
    field<&Person::disabilityKind>("disability_kind"),
    field<&Person::targetGroups>("target_groups"),
    field<&Person::organisation>("organisation"),
    field<&Person::noPartyDeclarationDate>("no_party_declared_on"),
    field<&Person::consentDate>("consent_on"),
    field<&Person::notes>("notes"),
};

std::string joinedNotes(const std::string& keep, const std::string& other)
{
    if (isBlank(other) || keep == other) {
        return keep;
    }
    return isBlank(keep) ? other : keep + "\n" + other;
}

} // namespace

std::span<const std::string_view> mergeableFields()
{
    static const auto ids = [] {
        std::array<std::string_view, kFields.size()> result{};
        std::transform(kFields.begin(), kFields.end(), result.begin(), [](const FieldRule& f) { return f.id; });
        return result;
    }();
    return ids;
}

Person mergedPerson(const Person& keep, const Person& other, const MergeChoice& choice)
{
    for (const auto& [id, side] : choice.fields) {
        if (std::none_of(kFields.begin(), kFields.end(), [&id = id](const FieldRule& f) { return f.id == id; })) {
            throw Error(ErrorKind::Internal, "person.merge_unknown_field",
                        fmt::format("`{}` is not a field that can be merged", id), id, {id});
        }
    }
    Person merged = keep;
    for (const FieldRule& f : kFields) {
        const auto chosen = choice.fields.find(std::string(f.id));
        if (chosen != choice.fields.end()) {
            if (chosen->second == MergeSide::Other) {
                f.copy(merged, other);
            }
        } else if (f.id == "target_groups") {
            merged.targetGroups.insert(other.targetGroups.begin(), other.targetGroups.end());
        } else if (f.id == "notes") {
            merged.notes = joinedNotes(keep.notes, other.notes);
        } else if (f.isBlankIn(keep) && !f.isBlankIn(other)) {
            f.copy(merged, other);
        }
    }
    return merged;
}

} // namespace relawas::core
