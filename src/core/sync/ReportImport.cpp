#include "core/sync/ReportImport.h"

#include "core/base/Error.h"
#include "core/people/PersonRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/PageCacheScope.h"
#include "core/storage/SetAsideIndexes.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/sync/ConflictQueue.h"
#include "core/sync/ExchangeBases.h"
#include "core/sync/ImportHistory.h"
#include "core/sync/RecordMerge.h"
#include "core/sync/ReportReadAhead.h"
#include "core/sync/ReportTables.h"
#include "core/sync/TrustedInstallations.h"

#include <algorithm>
#include <map>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr const char* kDoubleCheckInReason = "checked in on two laptops; the earlier check-in counts";

// A record of `fields` with the identity, revision and who/when of `meta` (a record as a report holds it).
json withMeta(const json& fields, const json& meta)
{
    json record = fields;
    for (const char* member : {"uuid", "revision", "created_at", "created_by", "updated_at", "updated_by"}) {
        record[member] = meta.at(member);
    }
    return record;
}

long long revisionOf(const json& record)
{
    return record.at("revision").get<long long>();
}

std::string textOf(const json& value)
{
    return value.is_string() ? value.get<std::string>() : std::string();
}

// The merge of one report into the database, record by record, inside the caller's unit of work.
class Merge
{
public:
    Merge(Database& db, UnitOfWork& work, std::string peer, long long importId)
        : m_db(db)
        , m_work(work)
        , m_peer(std::move(peer))
        , m_importId(importId)
    {}

    const ImportCounts& counts() const { return m_counts; }

    // Writes what the merge still holds (the search index rows of new people): before anything reads it.
    void finish() { PersonRepository(m_db).writeHeldSearchRows(m_searchRows); }

    void record(std::string_view member, json& record)
    {
        if (member == "tombstones") {
            tombstone(record);
            return;
        }
        const ReportTable* table = reportTableOfMember(member);
        if (!table) {
            throw Error(ErrorKind::Internal, "sync.unknown_member", fmt::format("no table for {}", member));
        }
        pointAtHolders(record);
        if (!table->revised) {
            fact(*table, record);
            return;
        }
        const std::string uuid = record.at("uuid").get<std::string>();
        const auto local = localRecord(m_db, *table, uuid);
        if (!local) {
            added(*table, record);
            return;
        }
        const json theirs = recordFields(record);
        const json ours = recordFields(local->record);
        const json base = baseOf(*table, uuid, record, local->record);
        if (local->removed) {
            if (ours == theirs || (!base.is_null() && base == theirs)) {
                ++m_counts.unchanged; // removed here, unchanged there: the removal stands and travels back
            } else {
                queue(*table, uuid, theirs, "", "removed", base, nullptr, theirs, false);
                ++m_counts.conflicts;
            }
            return;
        }
        const RecordMergeResult merge = mergeRecordFields(base, ours, theirs);
        switch (merge.outcome) {
        case MergeOutcome::Unchanged:
            ++m_counts.unchanged;
            if (revisionOf(local->record) == revisionOf(record)) {
                rememberAsStored(*table, record); // what both hold, at the same revision
                return;
            }
            break;
        case MergeOutcome::KeepOurs:
            ++m_counts.unchanged;
            break;
        case MergeOutcome::TakeTheirs:
            keepBases(local->record);
            storeReceivedRecord(m_db, table->table, record, m_work, &m_searchRows); // its base_revision is not stored
            ++m_counts.updated;
            rememberAsStored(*table, record);
            return;
        case MergeOutcome::Merged:
        case MergeOutcome::Conflict:
            merged(*table, local->record, record, merge);
            break;
        }
        remember(*table, record, theirs);
    }

private:
    // What both sides last agreed on. The sender names the revision of ours it last had (`base_revision`): when that
    // is our revision now, it built on exactly what we hold, which is newer than any base remembered here. Else the
    // base remembered for the sender (what it last sent), else our record at the named revision (the audit log).
    // Null when unknown.
    json baseOf(const ReportTable& table, const std::string& uuid, const json& record, const json& ours) const
    {
        const json& claimed = record.value("base_revision", json());
        const long long current = ours.at("revision").get<long long>();
        if (claimed.is_number_integer() && claimed.get<long long>() == current) {
            return recordFields(ours);
        }
        if (const auto base = ExchangeBases(m_db).find(m_peer, uuid)) {
            if (!base->asStored) {
                return base->fields;
            }
            // The record as held here at the base's revision: what we hold, or what a person here changed.
            return base->revision == current ? recordFields(ours) : earlierRevision(table, uuid, base->revision, ours);
        }
        if (claimed.is_number_integer() && claimed.get<long long>() < current) {
            return earlierRevision(table, uuid, claimed.get<long long>(), ours);
        }
        return json();
    }

    // Our record as it was at `revision`, which the sender built on and we changed since: the audit log keeps every
    // change's record before and after. Null when the log does not hold it whole.
    json earlierRevision(const ReportTable& table, const std::string& uuid, long long revision, const json& ours) const
    {
        const json current = recordFields(ours);
        for (const AuditEntry& entry : AuditLog(m_db).history(std::string(table.table), uuid)) {
            for (const auto* side : {&entry.before, &entry.after}) {
                if (!*side || !(*side)->is_object() || (*side)->value("revision", 0LL) != revision) {
                    continue;
                }
                json fields = json::object();
                for (const auto& [name, value] : current.items()) {
                    if (!(*side)->contains(name)) {
                        return json();
                    }
                    const json& then = (*side)->at(name);
                    // The log writes an absent region as "", a report as null.
                    fields[name] = then == "" && value.is_null() ? json() : json(then);
                }
                return fields;
            }
        }
        return json();
    }

    void remember(const ReportTable& table, const json& record, const json& fields)
    {
        ExchangeBases(m_db).remember(m_peer, table.table, record.at("uuid").get<std::string>(), revisionOf(record),
                                     fields, m_work);
    }

    // The sender's record is what this database holds now, at the same revision: the base of a person or a role
    // needs no copy of it. Every change a person makes here to those two is in the audit log whole, before and after
    // (PersonRepository, RoleRepository), which gives the base back once the record moved on (earlierRevision); the
    // other tables are small and keep their copies.
    void rememberAsStored(const ReportTable& table, const json& record)
    {
        if (table.table != "person" && table.table != "person_role") {
            remember(table, record, recordFields(record));
            return;
        }
        ExchangeBases(m_db).rememberAsStored(m_peer, table.table, record.at("uuid").get<std::string>(),
                                             revisionOf(record), m_work);
    }

    // Before the merge changes our record `local`: the bases that are it as stored (other senders') get their copy.
    void keepBases(const json& local)
    {
        ExchangeBases(m_db).keepBeforeChange(local.at("uuid").get<std::string>(), revisionOf(local),
                                             recordFields(local), m_work);
    }

    void added(const ReportTable& table, json& record)
    {
        if (table.table == "person" && holderOfNik(record)) {
            return;
        }
        if (table.table == "kampung_programme" && villageHeldElsewhere(record, recordFields(record))) {
            return;
        }
        if (table.table == "attendance") {
            const json theirs = recordFields(record);
            if (checkedInHere(record)) {
                remember(table, record, theirs);
                return;
            }
        }
        storeReceivedRecord(m_db, table.table, record, m_work, &m_searchRows); // its base_revision is not stored
        ++m_counts.added;
        rememberAsStored(table, record);
    }

    // A new person whose NIK a living person of another uuid holds: not stored twice, but queued for the duplicates
    // review with the whole record; their roles, invitations and attendance in this report go to the holder.
    bool holderOfNik(const json& record)
    {
        const std::string nik = textOf(record.at("nik"));
        if (nik.empty()) {
            return false;
        }
        const auto holder = PersonRepository(m_db).holderOfNik(nik);
        if (!holder) {
            return false;
        }
        const std::string uuid = record.at("uuid").get<std::string>();
        m_holders[uuid] = holder->uuid;
        queue(*reportTableNamed("person"), uuid, recordFields(record), "", "duplicate", nullptr,
              json{{"uuid", holder->uuid}, {"full_name", holder->name}}, record, false);
        ++m_counts.duplicates;
        return true;
    }

    bool villageHeldElsewhere(const json& record, const json& theirs)
    {
        auto query = m_db.prepared(
            "SELECT uuid FROM kampung_programme WHERE village_code = ? AND deleted_at IS NULL AND uuid <> ?");
        query->bind(1, textOf(record.at("village_code")));
        query->bind(2, record.at("uuid").get<std::string>());
        if (!query->executeStep()) {
            return false;
        }
        const std::string ours = query->getColumn(0).getString();
        query->reset();
        const auto local = localRecord(m_db, *reportTableNamed("kampung_programme"), ours);
        queue(*reportTableNamed("kampung_programme"), record.at("uuid").get<std::string>(), theirs, "", "duplicate",
              nullptr, local ? local->record : json(), record, false);
        ++m_counts.duplicates;
        return true;
    }

    // A check-in of a person and day this database has a check-in of, under another uuid: a fact, so both are kept,
    // the earlier one counting and the later one annulled; flagged, not queued.
    bool checkedInHere(json& record)
    {
        if (!record.at("annulled_at").is_null()) {
            return false;
        }
        auto query =
            m_db.prepared("SELECT uuid FROM attendance WHERE training_uuid = ? AND person_uuid = ? AND day = ? "
                          "AND deleted_at IS NULL AND annulled_at IS NULL");
        query->bind(1, record.at("training_uuid").get<std::string>());
        query->bind(2, record.at("person_uuid").get<std::string>());
        query->bind(3, record.at("day").get<std::string>());
        if (!query->executeStep()) {
            return false;
        }
        const std::string ourUuid = query->getColumn(0).getString();
        query->reset();
        const ReportTable& table = *reportTableNamed("attendance");
        json ours = localRecord(m_db, table, ourUuid)->record;
        // Earlier first; at the same moment the smaller uuid, so that both laptops keep the same one.
        const auto order = [](const json& a) {
            return std::make_pair(a.at("checked_in_at").get<std::string>(), a.at("uuid").get<std::string>());
        };
        const bool theirsEarlier = order(record) < order(ours);
        json& later = theirsEarlier ? ours : record;
        later["annulled_at"] = m_work.now();
        later["annulled_by"] = m_work.actor();
        later["annul_reason"] = kDoubleCheckInReason;
        later["revision"] = later.at("revision").get<long long>() + 1;
        later["updated_at"] = m_work.now();
        later["updated_by"] = m_work.actor();
        json first = theirsEarlier ? record : ours;
        // The one that counts is written last: the index keeps one living, not annulled, check-in per person and day.
        json stored = later;
        stored.erase("base_revision");
        if (theirsEarlier) {
            keepBases(localRecord(m_db, table, ourUuid)->record); // ours is annulled
        }
        storeReceivedRecord(m_db, table.table, stored, m_work, &m_searchRows);
        if (theirsEarlier) {
            json kept = record;
            kept.erase("base_revision");
            storeReceivedRecord(m_db, table.table, kept, m_work, &m_searchRows);
        }
        queue(table, record.at("uuid").get<std::string>(), recordFields(record), "", "double_checkin", nullptr,
              recordFields(theirsEarlier ? later : ours), recordFields(theirsEarlier ? first : later), true);
        ++m_counts.added;
        ++m_counts.doubleCheckIns;
        return true;
    }

    void merged(const ReportTable& table, const json& local, const json& record, const RecordMergeResult& merge)
    {
        const bool anyTaken = std::any_of(merge.fields.begin(), merge.fields.end(),
                                          [](const FieldMerge& field) { return !field.hard && field.fromTheirs; });
        if (anyTaken) {
            json stored = withMeta(merge.merged, local);
            stored["revision"] =
                std::max(local.at("revision").get<long long>(), record.at("revision").get<long long>()) + 1;
            stored["updated_at"] = m_work.now();
            stored["updated_by"] = m_work.actor();
            keepBases(local);
            storeReceivedRecord(m_db, table.table, stored, m_work, &m_searchRows);
            ++m_counts.updated;
        } else {
            ++m_counts.unchanged;
        }
        const std::string uuid = record.at("uuid").get<std::string>();
        for (const FieldMerge& field : merge.fields) {
            queue(table, uuid, merge.merged, field.field, field.hard ? "hard" : "soft", field.base, field.ours,
                  field.theirs, !field.hard);
            ++(field.hard ? m_counts.conflicts : m_counts.softConflicts);
        }
    }

    void fact(const ReportTable& table, const json& record)
    {
        if (localRecord(m_db, table, record.at("uuid").get<std::string>())) {
            ++m_counts.unchanged;
            return;
        }
        storeReceivedRecord(m_db, table.table, record, m_work, &m_searchRows);
        ExchangeBases(m_db).remember(m_peer, table.table, record.at("uuid").get<std::string>(), 1, recordFields(record),
                                     m_work);
        ++m_counts.added;
    }

    void tombstone(const json& record)
    {
        const ReportTable* table = reportTableNamed(record.at("table").get<std::string>());
        const std::string uuid = record.at("uuid").get<std::string>();
        const auto local = table ? localRecord(m_db, *table, uuid) : std::nullopt;
        if (!local || local->removed) {
            ++m_counts.unchanged;
            return;
        }
        const json ours = recordFields(local->record);
        const json base = baseOf(*table, uuid, record, local->record);
        if (base.is_null() || base != ours) {
            // Changed here since the sender last saw it, or never agreed on: a person decides.
            queue(*table, uuid, ours, "", "removed", base, ours, nullptr, false);
            ++m_counts.conflicts;
            return;
        }
        json stored = local->record;
        stored["deleted_at"] = record.at("deleted_at");
        stored["revision"] =
            std::max(local->record.at("revision").get<long long>(), record.at("revision").get<long long>());
        stored["updated_at"] = record.at("deleted_at");
        stored["updated_by"] = record.at("deleted_by");
        keepBases(local->record);
        storeReceivedRecord(m_db, table->table, stored, m_work, &m_searchRows);
        ExchangeBases(m_db).remember(m_peer, table->table, uuid, stored.at("revision").get<long long>(), ours, m_work);
        ++m_counts.removed;
    }

    // Points a record's person at the holder of their NIK when the report's person was found to be a duplicate.
    void pointAtHolders(json& record) const
    {
        if (m_holders.empty() || !record.contains("person_uuid") || !record.at("person_uuid").is_string()) {
            return;
        }
        const auto holder = m_holders.find(record.at("person_uuid").get<std::string>());
        if (holder != m_holders.end()) {
            record["person_uuid"] = holder->second;
        }
    }

    std::string labelOf(const ReportTable& table, const json& fields) const
    {
        for (const char* member : {"full_name", "title", "village_code"}) {
            if (fields.contains(member) && fields.at(member).is_string()) {
                return fields.at(member).get<std::string>();
            }
        }
        if (fields.contains("person_uuid") && fields.at("person_uuid").is_string()) {
            if (const auto person = PersonRepository(m_db).find(fields.at("person_uuid").get<std::string>())) {
                return person->fullName;
            }
        }
        return std::string(table.table);
    }

    void queue(const ReportTable& table, const std::string& uuid, const json& fields, const std::string& field,
               const std::string& kind, const json& base, const json& ours, const json& theirs, bool resolved)
    {
        SyncConflict conflict;
        conflict.importId = m_importId;
        conflict.table = std::string(table.table);
        conflict.uuid = uuid;
        conflict.label = labelOf(table, fields);
        conflict.field = field;
        conflict.kind = kind;
        conflict.base = base;
        conflict.ours = ours;
        conflict.theirs = theirs;
        conflict.status = resolved ? "resolved" : "open";
        if (resolved) {
            conflict.resolution = field.empty() ? json() : fields.value(field, json());
        }
        ConflictQueue(m_db).add(conflict, m_work);
    }

    Database& m_db;
    UnitOfWork& m_work;
    std::string m_peer;
    long long m_importId;
    ImportCounts m_counts;
    std::map<std::string, std::string> m_holders; // a duplicate's uuid → the uuid of the person holding the NIK
    HeldSearchRows m_searchRows;
};

// The history's entry of the report `result` describes (its digest once known).
ReportImportEntry historyEntry(const ReportImportResult& result, const std::string& status)
{
    ReportImportEntry entry;
    entry.fileName = result.file.filename().string();
    entry.installationId = result.installationId;
    entry.installationName = result.installationName;
    entry.scopeCode = result.scopeCode;
    entry.kind = result.kind;
    entry.sequence = result.sequence;
    entry.previousSequence = result.previousSequence;
    entry.digest = result.digest;
    entry.status = status;
    entry.counts = json::object();
    return entry;
}

} // namespace

ImportCounts& operator+=(ImportCounts& total, const ImportCounts& one)
{
    total.added += one.added;
    total.updated += one.updated;
    total.unchanged += one.unchanged;
    total.removed += one.removed;
    total.conflicts += one.conflicts;
    total.softConflicts += one.softConflicts;
    total.duplicates += one.duplicates;
    total.doubleCheckIns += one.doubleCheckIns;
    return total;
}

nlohmann::ordered_json countsToJson(const ImportCounts& counts)
{
    return {{"new", counts.added},
            {"updated", counts.updated},
            {"unchanged", counts.unchanged},
            {"removed", counts.removed},
            {"conflicts", counts.conflicts},
            {"soft_conflicts", counts.softConflicts},
            {"duplicates", counts.duplicates},
            {"double_checkins", counts.doubleCheckIns}};
}

ImportCounts countsFromJson(const nlohmann::json& stored)
{
    const auto count = [&stored](const char* key) -> std::size_t {
        return stored.is_object() && stored.contains(key) && stored.at(key).is_number_integer()
                   ? stored.at(key).get<std::size_t>()
                   : 0;
    };
    ImportCounts counts;
    counts.added = count("new");
    counts.updated = count("updated");
    counts.unchanged = count("unchanged");
    counts.removed = count("removed");
    counts.conflicts = count("conflicts");
    counts.softConflicts = count("soft_conflicts");
    counts.duplicates = count("duplicates");
    counts.doubleCheckIns = count("double_checkins");
    return counts;
}

ReportImportResult importReport(Database& db, const std::filesystem::path& file, const ReportImportOptions& options,
                                const Progress& progress)
{
    return translatingSqliteErrors("report: import", [&]() -> ReportImportResult {
        ReportImportResult result;
        result.file = file;
        const PageCacheScope cache(db);
        UnitOfWork work(db, options.actor);
        std::optional<Merge> merge;
        SetAsideIndexes indexes(db);
        std::optional<ReportImportEntry> repeated;
        bool held = false;
        std::size_t total = 0;
        std::size_t done = 0;
        std::map<std::string, std::size_t, std::less<>> index; // records read per member, for the JSON path

        ReportReaderHooks hooks;
        hooks.header = [&](const json& header, const PublicKey& key) {
            const json& installation = header.at("installation");
            result.installationId = installation.at("id").get<std::string>();
            result.installationName = installation.at("name").get<std::string>();
            result.fingerprint = keyFingerprint(key);
            result.scopeCode = header.at("scope").get<std::string>();
            result.kind = header.at("kind").get<std::string>();
            result.sequence = header.at("sequence").get<long long>();
            if (header.at("previous_sequence").is_number_integer()) {
                result.previousSequence = header.at("previous_sequence").get<long long>();
            }
            if (result.kind == "public") {
                throw Error(ErrorKind::UserInput, "sync.public_report",
                            "a public summary holds aggregates only and cannot be merged", "header.kind");
            }
            TrustedInstallations trusted(db);
            switch (trusted.check(result.installationId, key)) {
            case Trust::Self:
                throw Error(ErrorKind::UserInput, "sync.own_installation",
                            "this report comes from this database itself", "header.installation.id",
                            {result.installationId});
            case Trust::KeyChanged:
                // Refused loudly: trusting it again throws "sync.key_changed" with both fingerprints.
                trusted.trust(result.installationId, result.installationName, result.scopeCode, key, options.actor);
                break;
            case Trust::Unknown:
                if (!options.trustNew) {
                    throw Error(ErrorKind::UserInput, "sync.unknown_sender",
                                fmt::format("{} ({}) is not a trusted sender: compare the fingerprint {} with them "
                                            "and trust it first",
                                            result.installationName, result.installationId, result.fingerprint),
                                "header.installation",
                                {result.installationName, result.fingerprint, result.installationId});
                }
                trusted.trust(result.installationId, result.installationName, result.scopeCode, key, options.actor);
                result.trustedNow = true;
                break;
            case Trust::Trusted:
                break;
            }
            result.lastMergedSequence = trusted.find(result.installationId)->lastSequence;
            repeated = ImportHistory(db).merged(result.installationId, result.sequence);
            // A report of changes continues the sender's last report to this database: not merged before that one.
            held = !repeated && result.kind == "changes" && result.previousSequence &&
                   !ImportHistory(db).merged(result.installationId, *result.previousSequence);
            for (const auto& [member, count] : header.at("counts").items()) {
                total += count.get<std::size_t>();
            }
            if (!repeated && !held) {
                // Entered before the records: the conflicts they raise point at it. Finished once the digest is known.
                result.importId = ImportHistory(db).add(historyEntry(result, "merged"), work);
                merge.emplace(db, work, result.installationId, result.importId);
                // A report that fills tables from (nearly) empty: their indexes are built once, at the end.
                for (const auto& [member, count] : header.at("counts").items()) {
                    if (const ReportTable* table = reportTableOfMember(member)) {
                        indexes.setAsideForMany(table->table, count.get<std::size_t>(), options.indexesAsideFrom);
                    }
                }
            }
        };
        hooks.record = [&](std::string_view member, json& record) {
            const std::size_t at = index[std::string(member)]++;
            if (merge) {
                try {
                    merge->record(member, record);
                } catch (const Error& error) {
                    if (error.kind() == ErrorKind::Cancelled) {
                        throw;
                    }
                    throw Error(error.kind(), error.code(), error.message(), fmt::format("content.{}[{}]", member, at),
                                error.args());
                }
            }
            if (++done % 1000 == 0) {
                progress.step(done, total);
            }
        };
        const ReportSummary summary = readReportAhead(file, hooks);
        if (merge) {
            merge->finish();
        }
        if (!options.dryRun) {
            indexes.restore(); // a preview is rolled back, its indexes with it
        }
        result.digest = summary.digest;
        progress.step(total, total);

        if (repeated) {
            if (repeated->digest != result.digest) {
                throw Error(ErrorKind::UserInput, "sync.sequence_reused",
                            fmt::format("report {} of {} was merged before with other content", result.sequence,
                                        result.installationName),
                            "header.sequence", {std::to_string(result.sequence), result.installationName});
            }
            result.status = ImportStatus::AlreadyMerged;
            result.importId = repeated->id;
            return result; // the unit of work takes back nothing but a trust just given in a preview
        }
        if (held) {
            result.status = ImportStatus::Held;
            if (!options.dryRun) {
                result.importId = ImportHistory(db).add(historyEntry(result, "held"), work);
                work.commit();
            }
            return result;
        }
        result.counts = merge->counts();
        if (options.dryRun) {
            result.status = ImportStatus::Previewed;
            result.importId = 0;
            return result; // the unit of work rolls every write back
        }
        const json counts = countsToJson(result.counts);
        ImportHistory(db).finish(result.importId, result.digest, "merged", counts);
        TrustedInstallations(db).recordMerged(result.installationId, result.sequence, work);
        AuditLog audit(db);
        const long long entry = audit.openBatch(work, "report",
                                                nlohmann::ordered_json{{"file", file.filename().string()},
                                                                       {"installation", result.installationId},
                                                                       {"name", result.installationName},
                                                                       {"scope", result.scopeCode},
                                                                       {"sequence", result.sequence},
                                                                       {"digest", result.digest}});
        audit.closeBatch(entry, nlohmann::ordered_json(counts));
        work.commit();
        result.status = ImportStatus::Merged;
        return result;
    });
}

} // namespace relawas::core
