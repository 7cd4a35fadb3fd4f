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
constexpr const char* kColumns = R"sql(
    SELECT p.uuid, p.full_name, coalesce(p.nik, ''), coalesce(p.village_code, ''), coalesce(v.name, ''),
        coalesce(k.name, ''), i.part, i.status)sql";
constexpr const char* kFromPerson = R"sql(
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
    auto query =
        m_db.prepared(std::string(kColumns) + kFromPerson + " WHERE " + condition + " AND p.deleted_at IS NULL");
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

void DeskLookup::refreshNames() const
{
    auto stamp = m_db.prepared("SELECT count(*) || '/' || coalesce(max(updated_at), '') FROM invitation WHERE "
                               "training_uuid = ? AND deleted_at IS NULL");
    stamp->bind(1, m_trainingUuid);
    stamp->executeStep();
    const std::string now = stamp->getColumn(0).getString();
    const auto age = std::chrono::steady_clock::now() - m_namesRead;
    if (now == m_namesStamp && age < std::chrono::minutes(1)) {
        return;
    }
    // The list of one training is small (tens, a few thousand at most), read from its invitations.
    auto listed = m_db.prepared("SELECT p.uuid, p.full_name FROM invitation i CROSS JOIN person p ON p.uuid = "
                                "i.person_uuid WHERE i.training_uuid = ? AND i.deleted_at IS NULL AND p.deleted_at IS "
                                "NULL ORDER BY p.full_name, p.id");
    listed->bind(1, m_trainingUuid);
    m_names.clear();
    while (listed->executeStep()) {
        std::string folded;
        for (const auto& word : foldedNameWords(listed->getColumn(1).getString())) {
            folded += word + ' ';
        }
        m_names.push_back({listed->getColumn(0).getString(), std::move(folded)});
    }
    m_namesStamp = now;
    m_namesRead = std::chrono::steady_clock::now();
}

DeskLookup::Matches DeskLookup::byName(std::string_view text, int limit) const
{
    return translatingSqliteErrors("desk lookup: by name", [&]() -> Matches {
        Matches matches;
        const std::vector<std::string> words = foldedNameWords(text);
        if (words.empty()) {
            return matches;
        }
        refreshNames();
        for (const ListedName& listed : m_names) {
            if (std::all_of(words.begin(), words.end(), [&listed](const std::string& word) {
                    return listed.folded.find(word) != std::string::npos;
                })) {
                if (auto person = one("p.uuid = ?2", listed.uuid)) {
                    matches.invited.push_back(std::move(*person));
                }
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
            "{} FROM (SELECT rowid & {} AS id FROM person_search WHERE person_search MATCH ?2 LIMIT ?3) m "
            "CROSS JOIN person p ON p.id = m.id "
            "LEFT JOIN region v ON v.code = p.village_code LEFT JOIN region k ON k.code = v.parent_code "
            "LEFT JOIN invitation i ON i.person_uuid = p.uuid AND i.training_uuid = ?1 AND i.deleted_at IS NULL "
            "WHERE p.deleted_at IS NULL AND i.uuid IS NULL ORDER BY p.full_name, p.id",
            kColumns, kSearchKeyIdMask));
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
