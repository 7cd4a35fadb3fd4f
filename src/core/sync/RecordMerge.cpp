#include "core/sync/RecordMerge.h"

namespace relawas::core {

RecordMergeResult mergeRecordFields(const nlohmann::json& base, const nlohmann::json& ours,
                                    const nlohmann::json& theirs)
{
    RecordMergeResult result;
    result.merged = ours;
    bool tookTheirs = false;
    bool keptOurs = false;
    bool hard = false;
    for (const auto& [field, theirValue] : theirs.items()) {
        const nlohmann::json ourValue = ours.value(field, nlohmann::json());
        if (ourValue == theirValue) {
            continue;
        }
        FieldMerge merge{field, nlohmann::json(), ourValue, theirValue, false, false};
        if (base.is_object() && base.contains(field)) {
            merge.base = base.at(field);
            if (ourValue == merge.base) {
                merge.fromTheirs = true;
                result.merged[field] = theirValue;
                tookTheirs = true;
            } else if (theirValue == merge.base) {
                keptOurs = true;
            } else {
                merge.hard = true;
                hard = true;
            }
        } else {
            merge.hard = true;
            hard = true;
        }
        result.fields.push_back(std::move(merge));
    }
    if (hard) {
        result.outcome = MergeOutcome::Conflict;
    } else if (tookTheirs && keptOurs) {
        result.outcome = MergeOutcome::Merged;
    } else if (tookTheirs) {
        result.outcome = MergeOutcome::TakeTheirs;
    } else if (keptOurs) {
        result.outcome = MergeOutcome::KeepOurs;
    }
    return result;
}

} // namespace relawas::core
