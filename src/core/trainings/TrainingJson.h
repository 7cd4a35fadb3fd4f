#pragma once

#include "core/trainings/Invitation.h"
#include "core/trainings/Training.h"

#include <nlohmann/json.hpp>

namespace relawas::core {

// Trainings and attendance as JSON ("kind": "forum-warga", dates "YYYY-MM-DD"); the audit log keeps these before and
// after every change, whether the repository or a merge of people made it.
nlohmann::ordered_json trainingToJson(const Training& training);
nlohmann::ordered_json attendanceToJson(const Attendance& attendance);
nlohmann::ordered_json invitationToJson(const Invitation& invitation);

} // namespace relawas::core
