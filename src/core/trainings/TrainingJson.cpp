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
            {"end_date", formatIsoDate(training.endDate)}};
}

nlohmann::ordered_json attendanceToJson(const Attendance& attendance)
{
    return {{"uuid", attendance.meta.uuid},
            {"revision", attendance.meta.revision},
            {"training_uuid", attendance.trainingUuid},
            {"person_uuid", attendance.personUuid},
            {"day", formatIsoDate(attendance.day)},
            {"checked_in_at", attendance.checkedInAt}};
}

} // namespace relawas::core
