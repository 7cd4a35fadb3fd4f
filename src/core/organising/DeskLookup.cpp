#include "core/organising/DeskLookup.h"

#include "core/base/NameOrder.h"
#include "core/base/TextUtil.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

// The person with their village, kecamatan and invitation; `?1` is the training.
constexpr const char* kSelect = R"sql(
    SELECT p.uuid, p.full_name, coalesce(p.nik, ''), coalesce(p.village_code, ''), coalesce(v.name, ''),
        coalesce(k.name, ''), i.part, i.status
    FROM person p
    LEFT JOIN region v ON v.code = p.village_code
    LEFT JOIN region k ON k.code = v.parent_code
    LEFT JOIN invitation i ON i.person_uuid = p.uuid AND i.training_uuid = ?1 AND i.deleted_at IS NULL)sql";

DeskPerson personFrom(SQLite::Statement& q)
{
    DeskPerson person;
    person.uuid = q.getColumn(0).getString();
    person.fullName = q.getColumn(1).getString();
    person.nik = q.getColumn(2).getString();
    person.villageCode = q.getColumn(3).getString();
    person.villageName = q.getColumn(4).getString();
    person.kecamatanName = q.getColumn(5).getString();
    if (!q.getColumn(6).isNull()) {
        person.part = invitationPartFromId(q.getColumn(6).getString());
        person.status = invitationStatusFromId(q.getColumn(7).getString());
    }
    return person;
}

bool holdsEveryWord(const std::string& name, const std::vector<std::string>& words)
{
    const std::vector<std::string> nameWords = foldedNameWords(name);
    std::string folded;
    for (const auto& word : nameWords) {
        folded += word + ' ';
    }
    return std::all_of(words.begin(), words.end(),
                       [&folded](const std::string& word) { return folded.find(word) != std::string::npos; });
}

std::string ftsPhrase(const std::string& word)
{
    std::string phrase = "\"";
    for (const char c : word) {
        phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return phrase + "\"";
}

std::size_t characterCount(const std::string& text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

} // namespace

std::vector<std::string> foldedNameWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string word;
    for (const char c : withoutApostrophes(text)) {
        if (c == ' ' || c == '\t' || c == ',' || c == '.') {
            if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
            continue;
        }
        word += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    if (!word.empty()) {
        words.push_back(std::move(word));
    }
    return words;
}

DeskLookup::DeskLookup(Database& db, std::string trainingUuid)
    : m_db(db)
    , m_trainingUuid(std::move(trainingUuid))
{}

std::optional<DeskPerson> DeskLookup::one(const std::string& condition, const std::string& value) const
{
    auto query = m_db.prepared(std::string(kSelect) + " WHERE " + condition + " AND p.deleted_at IS NULL");
    query->bind(1, m_trainingUuid);
    query->bind(2, value);
    return query->executeStep() ? std::optional(personFrom(*query)) : std::nullopt;
}

std::optional<DeskPerson> DeskLookup::byUuid(const std::string& personUuid) const
{
    return translatingSqliteErrors("desk lookup: by uuid",
                                   [&]() -> std::optional<DeskPerson> { return one("p.uuid = ?2", personUuid); });
}

std::optional<DeskPerson> DeskLookup::byNik(const std::string& nik) const
{
    return translatingSqliteErrors("desk lookup: by NIK",
                                   [&]() -> std::optional<DeskPerson> { return one("p.nik = ?2", nik); });
}

DeskLookup::Matches DeskLookup::byName(std::string_view text, int limit) const
{
    return translatingSqliteErrors("desk lookup: by name", [&]() -> Matches {
        Matches matches;
        const std::vector<std::string> words = foldedNameWords(text);
        if (words.empty()) {
            return matches;
        }
        // The list of one training is small (tens, a few thousand at most): every name is compared.
        auto invited = m_db.prepared(std::string(kSelect) +
                                     " WHERE i.uuid IS NOT NULL AND p.deleted_at IS NULL ORDER BY p.full_name, p.id");
        invited->bind(1, m_trainingUuid);
        while (invited->executeStep()) {
            if (holdsEveryWord(invited->getColumn(1).getString(), words)) {
                matches.invited.push_back(personFrom(*invited));
            }
        }

        std::string expression;
        for (const auto& word : words) {
            if (characterCount(word) >= 3) {
                expression += (expression.empty() ? "full_name : " : " AND full_name : ") + ftsPhrase(word);
            }
        }
        if (expression.empty() || limit <= 0) {
            return matches;
        }
        // The index yields matches in name-bucket order; a few more than asked are read, then the exact words
        // checked (a trigram match is a substring of the folded name).
        auto others = m_db.prepared(fmt::format(
            "{} WHERE p.id IN (SELECT rowid & {} FROM person_search WHERE person_search MATCH ?2 LIMIT ?3) AND "
            "p.deleted_at IS NULL AND i.uuid IS NULL ORDER BY p.full_name, p.id",
            kSelect, kSearchKeyIdMask));
        others->bind(1, m_trainingUuid);
        others->bind(2, expression);
        others->bind(3, limit * 4 + 16);
        while (others->executeStep() && int(matches.others.size()) < limit) {
            if (holdsEveryWord(others->getColumn(1).getString(), words)) {
                matches.others.push_back(personFrom(*others));
            }
        }
        return matches;
    });
}

} // namespace relawas::core
