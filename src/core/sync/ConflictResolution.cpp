#include "core/sync/ConflictResolution.h"

#include "core/base/Error.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/sync/ExchangeBases.h"
#include "core/sync/ReportTables.h"

#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

// The record with `fields`, as its next revision by the unit's actor, now.
json nextRevision(const json& local, const json& fields, const UnitOfWork& work)
{
    json record = fields;
    for (const char* member : {"uuid", "created_at", "created_by"}) {
        record[member] = local.at(member);
    }
    record["revision"] = local.at("revision").get<long long>() + 1;
    record["updated_at"] = work.now();
    record["updated_by"] = work.actor();
    return record;
}

} // namespace

SyncConflict resolveConflict(Database& db, long long conflictId, ConflictChoice choice, const json& value,
                             const std::string& actor)
{
    return translatingSqliteErrors("conflicts: resolve", [&]() -> SyncConflict {
        ConflictQueue queue(db);
        auto conflict = queue.find(conflictId);
        if (!conflict) {
            throw Error(ErrorKind::NotFound, "sync.conflict_unknown", fmt::format("no conflict {}", conflictId), "id",
                        {std::to_string(conflictId)});
        }
        if (conflict->status != "open") {
            throw Error(ErrorKind::UserInput, "sync.conflict_decided",
                        fmt::format("conflict {} was decided already", conflictId), "id", {std::to_string(conflictId)});
        }
        if (choice == ConflictChoice::Value && conflict->kind != "hard") {
            throw Error(ErrorKind::UserInput, "sync.value_not_allowed",
                        "only a field changed on both sides takes a typed value: choose ours or theirs", "take");
        }
        const ReportTable* table = reportTableNamed(conflict->table);
        // A duplicate's own record was never stored: the decision is about the record holding the NIK here.
        const std::string uuid = conflict->kind == "duplicate" && conflict->ours.is_object()
                                     ? conflict->ours.value("uuid", conflict->uuid)
                                     : conflict->uuid;
        const auto local = table ? localRecord(db, *table, uuid) : std::nullopt;
        if (!table || !local) {
            throw Error(ErrorKind::NotFound, "sync.record_gone",
                        fmt::format("the record of conflict {} is no longer here", conflictId), "id",
                        {std::to_string(conflictId)});
        }
        UnitOfWork work(db, actor);
        const json before = local->record;
        json fields = recordFields(local->record);
        json taken;
        bool removed = local->removed;
        if (conflict->kind == "hard") {
            taken = choice == ConflictChoice::Ours     ? conflict->ours
                    : choice == ConflictChoice::Theirs ? conflict->theirs
                                                       : value;
            fields[conflict->field] = taken;
        } else if (conflict->kind == "removed") {
            // ours null: removed here and changed there; theirs null: changed here and removed there.
            const bool removedHere = conflict->ours.is_null();
            if (choice == ConflictChoice::Theirs) {
                removed = !removedHere;
                if (removedHere) {
                    fields = conflict->theirs;
                }
            } else {
                removed = removedHere;
            }
            taken = removed ? json("removed") : json(fields);
        } else if (conflict->kind == "duplicate") {
            // Ours keeps this database's record as it is (theirs stays in the conflict); theirs gives the record here
            // the report's fields (the NIK's holder keeps its uuid).
            if (choice == ConflictChoice::Theirs) {
                const json& theirs = conflict->theirs;
                for (auto& [name, current] : fields.items()) {
                    if (theirs.contains(name)) {
                        current = theirs.at(name);
                    }
                }
            }
            taken = choice == ConflictChoice::Theirs ? json("theirs") : json("ours");
        } else {
            throw Error(ErrorKind::UserInput, "sync.conflict_decided",
                        fmt::format("conflict {} was decided already", conflictId), "id", {std::to_string(conflictId)});
        }
        json record = nextRevision(local->record, fields, work);
        if (removed) {
            record["deleted_at"] = work.now();
        }
        ExchangeBases(db).keepBeforeChange(uuid, before.at("revision").get<long long>(), recordFields(before), work);
        storeReceivedRecord(db, table->table, record, work);
        AuditLog(db).record(work, conflict->table, uuid, "update", nlohmann::ordered_json(recordFields(before)),
                            nlohmann::ordered_json{{"record", recordFields(record)},
                                                   {"removed", removed},
                                                   {"resolved_conflict", conflictId},
                                                   {"field", conflict->field},
                                                   {"taken", taken}});
        queue.markResolved(conflictId, taken, work);
        work.commit();
        return *queue.find(conflictId);
    });
}

json typedConflictValue(const SyncConflict& conflict, const std::string& text)
{
    if (conflict.ours.is_string() || conflict.theirs.is_string()) {
        return text;
    }
    json value = json::parse(text, nullptr, false);
    return value.is_discarded() ? json(text) : value;
}

} // namespace relawas::core
