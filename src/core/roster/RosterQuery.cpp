#include "core/roster/RosterQuery.h"

#include "core/base/NameOrder.h"
#include "core/base/TextUtil.h"
#include "core/roster/NameOrderedSearch.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

namespace {

constexpr const char* kSelect = R"sql(
    SELECT p.id, p.uuid, p.full_name, coalesce(p.nik, ''), p.gender, p.birth_date, coalesce(p.village_code, ''),
        coalesce(v.name, ''), coalesce(k.code, ''), coalesce(k.name, ''),
        coalesce((SELECT group_concat(role, ', ') FROM (SELECT DISTINCT r.role FROM person_role r
                  WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL ORDER BY r.role)), ''),
        p.phone,
        (SELECT count(DISTINCT a.training_uuid) FROM attendance a JOIN training t ON t.uuid = a.training_uuid
         WHERE a.person_uuid = p.uuid AND a.deleted_at IS NULL AND a.annulled_at IS NULL AND t.deleted_at IS NULL)
    FROM person p
    LEFT JOIN region v ON v.code = p.village_code
    LEFT JOIN region k ON k.code = v.parent_code)sql";

std::string ftsPhrase(const std::string& term)
{
    std::string result = "\"";
    for (const char c : term) {
        result += c == '"' ? std::string("\"\"") : std::string(1, c);
    }
    return result + "\"";
}

// Characters, not bytes: a trigram is three characters.
std::size_t characterCount(const std::string& text)
{
    return std::size_t(std::count_if(text.begin(), text.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

std::string trimmed(const std::string& text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) {
        return {};
    }
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

Date yearsBefore(const Date& date, int years)
{
    Date shifted{date.year() - std::chrono::years{years}, date.month(), date.day()};
    if (!shifted.ok()) { // 29 February in a year that has none
        shifted = Date{shifted.year(), shifted.month(), std::chrono::day{28}};
    }
    return shifted;
}

// The people the search index matches (its row ids are search keys, see NameOrder.h).
std::string matchingIds()
{
    return "p.id IN (SELECT rowid & " + std::to_string(kSearchKeyIdMask) +
           " FROM person_search WHERE person_search MATCH ?)";
}

// Builds the WHERE clause and remembers the values to bind, in order.
struct Where
{
    std::string sql = " WHERE p.deleted_at IS NULL";
    std::vector<std::string> values;

    void add(const std::string& condition, std::initializer_list<std::string> bound)
    {
        sql += " AND " + condition;
        values.insert(values.end(), bound);
    }
};

Where whereFor(const RosterFilter& f, bool withIndexedSearch = true)
{
    Where where;
    if (!f.scopeCode.empty()) {
        where.add("(p.village_code = ? OR (p.village_code > ? AND p.village_code < ?))",
                  {f.scopeCode, f.scopeCode + ".", f.scopeCode + "/"});
    }
    if (f.role) {
        // A role held on the reference day: not removed, and not ended before it.
        where.add("EXISTS (SELECT 1 FROM person_role r WHERE r.person_uuid = p.uuid AND r.role = ? "
                  "AND r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= ?))",
                  {std::string(roleKindId(*f.role)), formatIsoDate(f.referenceDate)});
    }
    if (f.targetGroup) {
        where.add("(' ' || p.target_groups || ' ') LIKE ?", {"% " + std::string(targetGroupId(*f.targetGroup)) + " %"});
    }
    if (f.gender) {
        where.add("p.gender = ?", {std::string(genderId(*f.gender))});
    }
    if (f.trained) {
        where.add(std::string(*f.trained ? "" : "NOT ") +
                      "EXISTS (SELECT 1 FROM attendance a JOIN training t ON t.uuid = a.training_uuid "
                      "WHERE a.person_uuid = p.uuid AND a.deleted_at IS NULL AND a.annulled_at IS NULL AND "
                      "t.deleted_at IS NULL)",
                  {});
    }
    if (f.minimumAge) {
        where.add("p.birth_date <= ?", {formatIsoDate(yearsBefore(f.referenceDate, *f.minimumAge))});
    }
    if (f.maximumAge) {
        where.add("p.birth_date > ?", {formatIsoDate(yearsBefore(f.referenceDate, *f.maximumAge + 1))});
    }
    const std::string search = trimmed(f.search);
    if (!search.empty()) {
        const std::string expression = rosterSearchExpression(search);
        if (expression.empty()) {
            where.add("p.full_name LIKE ? ESCAPE '\\'", {[&search] {
                          std::string pattern;
                          for (const char c : search) {
                              if (c == '%' || c == '_' || c == '\\') {
                                  pattern += '\\';
                              }
                              pattern += c;
                          }
                          return pattern + "%";
                      }()});
        } else if (withIndexedSearch) {
            where.add(matchingIds(), {expression});
        }
    }
    return where;
}

std::string orderFor(const RosterSort& sort)
{
    const char* direction = sort.ascending ? " ASC" : " DESC";
    switch (sort.column) {
    case RosterColumn::Nik:
        return std::string(" ORDER BY p.nik") + direction + ", p.id";
    case RosterColumn::Gender:
        return std::string(" ORDER BY p.gender") + direction + ", p.full_name COLLATE NOCASE, p.id";
    case RosterColumn::Age: // older first when descending by age: earlier birth date
        return std::string(" ORDER BY p.birth_date IS NULL, p.birth_date") + (sort.ascending ? " DESC" : " ASC") +
               ", p.id";
    case RosterColumn::Village:
        return std::string(" ORDER BY v.name") + direction + ", p.full_name COLLATE NOCASE, p.id";
    case RosterColumn::Kecamatan:
        return std::string(" ORDER BY k.name") + direction + ", v.name, p.full_name COLLATE NOCASE, p.id";
    case RosterColumn::Phone:
        return std::string(" ORDER BY p.phone") + direction + ", p.id";
    case RosterColumn::Name:
    case RosterColumn::Roles:
    case RosterColumn::Trainings:
        break;
    }
    return std::string(" ORDER BY p.full_name COLLATE NOCASE") + direction + ", p.id" + direction;
}

bool searchIsTheOnlyFilter(const RosterFilter& f)
{
    return f.scopeCode.empty() && !f.role && !f.targetGroup && !f.gender && !f.minimumAge && !f.maximumAge &&
           !f.trained;
}

long long indexMatches(SQLite::Database& db, const std::string& expression)
{
    SQLite::Statement count(db, "SELECT count(*) FROM person_search WHERE person_search MATCH ?");
    count.bind(1, expression);
    count.executeStep();
    return count.getColumn(0).getInt64();
}

RosterRow rowFrom(SQLite::Statement& q)
{
    RosterRow row;
    row.id = q.getColumn(0).getInt64();
    row.uuid = q.getColumn(1).getString();
    row.fullName = q.getColumn(2).getString();
    row.nik = q.getColumn(3).getString();
    row.gender = q.getColumn(4).isNull() ? std::nullopt : genderFromId(q.getColumn(4).getString());
    row.birthDate = optionalDate(q.getColumn(5));
    row.villageCode = q.getColumn(6).getString();
    row.villageName = q.getColumn(7).getString();
    row.kecamatanCode = q.getColumn(8).getString();
    row.kecamatanName = q.getColumn(9).getString();
    row.roles = q.getColumn(10).getString();
    row.phone = q.getColumn(11).getString();
    row.trainings = q.getColumn(12).getInt();
    return row;
}

void bindAll(SQLite::Statement& statement, const std::vector<std::string>& values)
{
    int index = 1;
    for (const auto& value : values) {
        statement.bind(index++, value);
    }
}

} // namespace

std::string rosterSearchExpression(const std::string& text)
{
    // The index holds names without apostrophes: "nur'aini" and "Nur’aini" are looked for as "nuraini".
    std::string term = trimmed(withoutApostrophes(text));
    // A number written with separators ("0813-7777-0001", "+62 813 7777 0001") is searched for its digits.
    const bool phoneLike = std::count_if(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; }) >= 6 &&
                           std::all_of(term.begin(), term.end(),
                                       [](char c) { return (c >= '0' && c <= '9') || std::strchr(" -.()+", c); });
    if (phoneLike) {
        std::string digits = term[0] == '+' ? "+" : "";
        std::copy_if(term.begin(), term.end(), std::back_inserter(digits), [](char c) { return c >= '0' && c <= '9'; });
        term = digits;
    }
    // Phones are indexed without +62 (see the search index): "+62 812..." is looked for as "812...".
    if (term.rfind("+62", 0) == 0) {
        term = trimmed(term.substr(3));
    }
    if (characterCount(term) < 3) {
        return {};
    }
    std::string expression = ftsPhrase(term);
    // A number typed the national way (0812..., 061...) or with the country code (62812...) is also looked for
    // as the indexed phone, without its 0 or 62. The first digits of a mobile number ("0812", "08123") are what a
    // clerk types first, so 08 needs no more; other short numbers stay the substring they are (of a NIK's date).
    const bool digits = std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
    const bool mobileStart = term.size() >= 4 && term.rfind("08", 0) == 0;
    if (digits && ((term.size() >= 6 && term[0] == '0') || mobileStart)) {
        expression += " OR " + ftsPhrase(term.substr(1));
    } else if (digits && term.size() >= 6 && term.rfind("62", 0) == 0) {
        expression += " OR " + ftsPhrase(term.substr(2));
    }
    return expression;
}

RosterQuery::RosterQuery(Database& db, long long smallMatchSet)
    : m_db(db)
    , m_smallMatchSet(smallMatchSet)
{}

long long RosterQuery::count(const RosterFilter& filter) const
{
    return translatingSqliteErrors("counting the roster", [&]() -> long long {
        const std::string expression = rosterSearchExpression(filter.search);
        if (!expression.empty() && searchIsTheOnlyFilter(filter)) {
            return indexMatches(m_db.connection(), expression); // the index holds the living only
        }
        const Where where = whereFor(filter);
        SQLite::Statement query(m_db.connection(), "SELECT count(*) FROM person p" + where.sql);
        bindAll(query, where.values);
        query.executeStep();
        return query.getColumn(0).getInt64();
    });
}

std::vector<RosterRow> RosterQuery::page(const RosterFilter& filter, const RosterSort& sort, long long offset,
                                         int limit) const
{
    return translatingSqliteErrors("reading a page of the roster", [&]() -> std::vector<RosterRow> {
        // First the ids of the page, which an index answers without touching the rows it skips; then the page itself.
        const std::string expression = rosterSearchExpression(filter.search);
        const bool sortsByRegion = sort.column == RosterColumn::Village || sort.column == RosterColumn::Kecamatan;
        std::string sql;
        std::vector<std::string> values;
        std::vector<long long> order;
        if (!expression.empty() && sort.column == RosterColumn::Name && searchIsTheOnlyFilter(filter)) {
            order = searchIdsInNameOrder(m_db.connection(), expression, sort.ascending, offset, limit);
        } else if (!expression.empty() && sort.column == RosterColumn::Name) {
            // A search among other filters: from the matches when they are few, along the name index when they are
            // many.
            Where rest = whereFor(filter, false);
            if (indexMatches(m_db.connection(), expression) <= m_smallMatchSet) {
                sql = "SELECT p.id FROM (SELECT rowid & " + std::to_string(kSearchKeyIdMask) +
                      " AS id FROM person_search WHERE person_search MATCH ?) m CROSS JOIN person p ON p.id = m.id" +
                      rest.sql;
                values.push_back(expression);
                values.insert(values.end(), rest.values.begin(), rest.values.end());
            } else {
                rest.add(matchingIds(), {expression});
                sql = "SELECT p.id FROM person p INDEXED BY person_by_name" + rest.sql;
                values = rest.values;
            }
        } else {
            const Where where = whereFor(filter);
            sql = std::string("SELECT p.id FROM person p") +
                  (sortsByRegion ? " LEFT JOIN region v ON v.code = p.village_code "
                                   "LEFT JOIN region k ON k.code = v.parent_code"
                                 : "") +
                  where.sql;
            values = where.values;
        }
        if (!sql.empty()) {
            SQLite::Statement ids(m_db.connection(), sql + orderFor(sort) + " LIMIT ? OFFSET ?");
            bindAll(ids, values);
            ids.bind(int(values.size()) + 1, limit);
            ids.bind(int(values.size()) + 2, static_cast<int64_t>(offset));
            while (ids.executeStep()) {
                order.push_back(ids.getColumn(0).getInt64());
            }
        }
        if (order.empty()) {
            return {};
        }

        std::string placeholders;
        for (std::size_t i = 0; i < order.size(); ++i) {
            placeholders += i == 0 ? "?" : ",?";
        }
        SQLite::Statement details(m_db.connection(), std::string(kSelect) + " WHERE p.id IN (" + placeholders + ")");
        for (std::size_t i = 0; i < order.size(); ++i) {
            details.bind(int(i) + 1, static_cast<int64_t>(order[i]));
        }
        std::unordered_map<long long, RosterRow> byId;
        byId.reserve(order.size());
        while (details.executeStep()) {
            RosterRow row = rowFrom(details);
            byId.emplace(row.id, std::move(row));
        }
        std::vector<RosterRow> rows;
        rows.reserve(order.size());
        for (const long long id : order) {
            rows.push_back(std::move(byId.at(id)));
        }
        return rows;
    });
}

void RosterQuery::forEach(const RosterFilter& filter, const RosterSort& sort,
                          const std::function<void(const RosterRow&)>& visit) const
{
    translatingSqliteErrors("reading the roster", [&] {
        const Where where = whereFor(filter);
        SQLite::Statement query(m_db.connection(), kSelect + where.sql + orderFor(sort));
        bindAll(query, where.values);
        while (query.executeStep()) {
            visit(rowFrom(query));
        }
    });
}

} // namespace relawas::core
