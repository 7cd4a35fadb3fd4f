#include "TrainingCliSupport.h"

#include "TerminalText.h"
#include "core/base/Error.h"
#include "core/storage/Database.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <ostream>

#include <fmt/format.h>
#include <unistd.h>

namespace relawas::cli {

namespace {
// Days past the start that --day may name: ten years. A larger number is a typo, and its date would overflow.
constexpr int kMostDayNumber = 3660;
} // namespace

std::string trainingActor()
{
    const char* user = std::getenv("USER");
    std::array<char, 256> host{};
    if (gethostname(host.data(), host.size() - 1) != 0) {
        host[0] = '\0';
    }
    return fmt::format("relawas-cli {}@{}", user && *user ? user : "?", host.data());
}

core::Training existingTraining(core::Database& db, const std::string& id)
{
    auto training = core::TrainingRepository(db).find(id);
    if (!training) {
        throw core::Error(core::ErrorKind::NotFound, "training.not_found",
                          fmt::format("no training has the id `{}` (see `training list`)", id), "ID", {id});
    }
    return *training;
}

core::Date dateOption(const std::string& text, const std::string& option)
{
    const auto date = core::parseIsoDate(text);
    if (!date) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_date",
                          fmt::format("`{}` is not a date YYYY-MM-DD", terminalText(text)), option, {text});
    }
    return *date;
}

core::Date trainingDate(const core::Training& training, int number)
{
    if (number < 1 || number > kMostDayNumber) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_day",
                          fmt::format("{} is no day number: the days of a training are counted from 1", number),
                          "--day", {std::to_string(number)});
    }
    return training.day(number);
}

void requireDayOf(const core::Training& training, int number)
{
    if (number < 1 || number > training.dayCount()) {
        throw core::Error(
            core::ErrorKind::UserInput, "cli.bad_day",
            fmt::format("day {} is not a day of {} (1..{})", number, terminalText(training.title), training.dayCount()),
            "--day", {std::to_string(number), training.title, std::to_string(training.dayCount())});
    }
}

void withOptionPlaces(const std::map<std::string, std::string>& optionOf, const std::function<void()>& write)
{
    try {
        write();
    } catch (const core::Error& error) {
        const auto option = optionOf.find(error.place());
        if (option == optionOf.end()) {
            throw;
        }
        throw core::Error(error.kind(), error.code(), error.message(), option->second, error.args());
    }
}

std::string localClockTime(const std::string& utcIso)
{
    std::tm utc{};
    if (std::sscanf(utcIso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d", &utc.tm_year, &utc.tm_mon, &utc.tm_mday, &utc.tm_hour,
                    &utc.tm_min, &utc.tm_sec) != 6) {
        return utcIso;
    }
    utc.tm_year -= 1900;
    utc.tm_mon -= 1;
    const std::time_t moment = timegm(&utc);
    std::tm local{};
    if (moment == std::time_t(-1) || !localtime_r(&moment, &local)) {
        return utcIso;
    }
    return fmt::format("{:02}:{:02}", local.tm_hour, local.tm_min);
}

void printTable(std::ostream& out, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        widths.resize(std::max(widths.size(), row.size()), 0);
        for (std::size_t i = 0; i < row.size(); ++i) {
            widths[i] = std::max(widths[i], displayWidth(row[i]));
        }
    }
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t i = 0; i < row.size(); ++i) {
            line += row[i];
            if (i + 1 < row.size()) {
                line.append(widths[i] - displayWidth(row[i]) + 2, ' ');
            }
        }
        line.erase(line.find_last_not_of(' ') + 1); // an empty last cell leaves no padding behind
        out << line << '\n';
    }
}

void printJson(std::ostream& out, const nlohmann::ordered_json& json)
{
    out << json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
}

nlohmann::ordered_json textOrNull(const std::string& text)
{
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

} // namespace relawas::cli
