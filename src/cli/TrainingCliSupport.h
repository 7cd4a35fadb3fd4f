#pragma once

// What the `training` commands share: who the writes are by, the training an ID names, dates and days as the
// options give them, and the texts and tables they print.

#include "core/base/Clock.h"
#include "core/trainings/Training.h"

#include <functional>
#include <iosfwd>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace relawas::core {
class Database;
}

namespace relawas::cli {

// The exit code of an answer that is not a success, such as a check-in refused at the door: not an error of the
// command, so not 1 or 2.
inline constexpr int kExitNotSuccessful = 3;

// Who ran the command, for the audit log and the check-in attempts: "relawas-cli user@host".
std::string trainingActor();

// The living training `id` names. Throws Error "training.not_found" (NotFound) with the place "ID".
core::Training existingTraining(core::Database& db, const std::string& id);

// A date YYYY-MM-DD given to `option`. Throws Error "cli.bad_date" naming the option.
core::Date dateOption(const std::string& text, const std::string& option);

// The date of day `number` (1-based) of the training, even outside it (day 0 is the eve). Throws Error "cli.bad_day"
// when `number` is below 1 or so large it can only be a typo.
core::Date trainingDate(const core::Training& training, int number);

// Throws Error "cli.bad_day" (place "--day") unless `number` is one of the training's days (1..dayCount).
void requireDayOf(const core::Training& training, int number);

// Runs `write`, giving a core Error the command's option as its place ("title" becomes "--title"): the user reads
// which option to change.
void withOptionPlaces(const std::map<std::string, std::string>& optionOf, const std::function<void()>& write);

// "09:12": a stored UTC timestamp ("2024-09-15T02:12:07.123Z") as the local clock read it; empty stays empty.
std::string localClockTime(const std::string& utcIso);

// Rows printed as an aligned table: every column but the last padded to its widest cell (in characters). The
// cells must be terminal-safe already.
void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows);

// JSON as the commands print it; text that is not UTF-8 (stored by an older version) is replaced, never thrown on.
void printJson(std::ostream& out, const nlohmann::ordered_json& json);

// A string, or null when it is empty.
nlohmann::ordered_json textOrNull(const std::string& text);

} // namespace relawas::cli
