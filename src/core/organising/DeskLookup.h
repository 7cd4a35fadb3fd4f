#pragma once

#include "core/organising/DeskPerson.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

class Database;

// Finds people for the check-in desk of one training: by card code, NIK or name, each through an index, so a lookup
// costs the same with 100 people or 1,000,000. Living people only; each with their invitation to the training.
class DeskLookup
{
public:
    DeskLookup(Database& db, std::string trainingUuid);

    std::optional<DeskPerson> byUuid(const std::string& personUuid) const;
    std::optional<DeskPerson> byNik(const std::string& nik) const;

    // People whose name holds every word of `text` (case, apostrophes and the order of the words do not matter):
    // the invited first (all of them, cancelled ones too), then, from the register, at most `limit` more who are
    // not on the list. The register is searched through the trigram index with the words of three letters or more.
    struct Matches
    {
        std::vector<DeskPerson> invited;
        std::vector<DeskPerson> others;
    };
    Matches byName(std::string_view text, int limit) const;

private:
    std::optional<DeskPerson> one(const std::string& condition, const std::string& value) const;
    void refreshNames() const;

    // The names on the list, folded, in name order: read once, and again when the list changed (its count or latest
    // change differs) or a minute passed (a name corrected elsewhere), so typing compares names in memory.
    struct ListedName
    {
        std::string uuid;
        std::string folded;
    };

    Database& m_db;
    std::string m_trainingUuid;
    mutable std::vector<ListedName> m_names;
    mutable std::string m_namesStamp;
    mutable std::chrono::steady_clock::time_point m_namesRead{};
};

// The words of a name, folded for comparing: lower case (ASCII), without apostrophes, split at spaces.
std::vector<std::string> foldedNameWords(std::string_view text);

} // namespace relawas::core
