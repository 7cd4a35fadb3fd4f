#include "core/trainings/TrainingJson.h"

namespace relawas::core {

nlohmann::ordered_json trainingToJson(const Training& training)
{
    return {{"uuid", training.meta.uuid},
            {"revision", training.meta.revision},
            {"kind", trainingKindId(training.kind)},
            {"title", training.title},
            {"scope_code", training.scopeCode},
            {"venue", training.venue},
            {"start_date", formatIsoDate(training.startDate)},
            {"end_date", formatIsoDate(training.endDate)},
            {"capacity", training.capacity ? nlohmann::ordered_json(*training.capacity) : nlohmann::ordered_json()},
            {"notes", training.notes},
            {"pass_mark", training.passMark}};
}

nlohmann::ordered_json attendanceToJson(const Attendance& attendance)
{
    return {{"uuid", attendance.meta.uuid},
            {"revision", attendance.meta.revision},
            {"training_uuid", attendance.trainingUuid},
            {"person_uuid", attendance.personUuid},
            {"day", formatIsoDate(attendance.day)},
            {"checked_in_at", attendance.checkedInAt},
            {"annulled_at",
             attendance.annulled() ? nlohmann::ordered_json(attendance.annulledAt) : nlohmann::ordered_json()},
            {"annulled_by", attendance.annulledBy},
            {"annul_reason", attendance.annulReason}};
}

nlohmann::ordered_json invitationToJson(const Invitation& invitation)
{
    return {{"uuid", invitation.meta.uuid},
            {"revision", invitation.meta.revision},
            {"training_uuid", invitation.trainingUuid},
            {"person_uuid", invitation.personUuid},
            {"part", invitationPartId(invitation.part)},
            {"status", invitationStatusId(invitation.status)},
            {"walk_in", invitation.walkIn}};
}

} // namespace relawas::core
