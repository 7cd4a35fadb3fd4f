#include "TrainingDeskCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/CsvReader.h"
#include "core/base/Error.h"
#include "core/organising/CheckInDesk.h"
#include "core/organising/ParticipantList.h"
#include "core/organising/TrainingService.h"
#include "core/people/checks/Nik.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/trainings/CardCode.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct RosterOptions
{
    std::string training;
    int day = 0;
    bool csv = false;
    bool json = false;
    bool fullNik = false;
};

struct CheckInOptions
{
    std::string training;
    int day = 0;
    std::string input;
    bool json = false;
};

struct CardsOptions
{
    std::string training;
    bool json = false;
};

const std::vector<std::string> kRosterColumns{"name",    "nik",       "part",         "kecamatan",
                                              "village", "card_code", "checked_in_at"};

void printRosterCsv(std::ostream& out, const std::vector<std::vector<std::string>>& rows)
{
    for (const auto& row : rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            out << (i ? "," : "") << core::csvTextField(row[i]); // a name is never run as a formula
        }
        out << '\n';
    }
}

void runRoster(CliContext& context, const RosterOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    requireDayOf(training, options.day);
    const auto participants = core::participantsOf(db, training, false);
    const auto day = std::size_t(options.day - 1);
    if (options.fullNik && !participants.empty()) {
        // Full NIKs leaving the program are a disclosure: who took them, of whom, how many.
        core::AuditLog(db).record(trainingActor(), "training", training.meta.uuid, "reveal", std::nullopt,
                                  nlohmann::ordered_json{{"to", "standard output"},
                                                         {"what", "participant list"},
                                                         {"rows", participants.size()}});
    }
    const auto nikOf = [&options](const core::Participant& p) {
        return options.fullNik ? p.nik : core::maskNik(p.nik);
    };

    if (options.json) {
        auto people = nlohmann::ordered_json::array();
        int present = 0;
        for (const auto& p : participants) {
            present += p.checkedInAt[day].empty() ? 0 : 1;
            people.push_back({{"id", p.invitation.personUuid},
                              {"name", p.fullName},
                              {"nik", nikOf(p)},
                              {"part", core::invitationPartId(p.invitation.part)},
                              {"kecamatan", p.kecamatanName},
                              {"village", p.villageName},
                              {"card_code", textOrNull(p.cardCode)},
                              {"checked_in_at", textOrNull(p.checkedInAt[day])}});
        }
        printJson(context.out, {{"training", training.meta.uuid},
                                {"title", training.title},
                                {"day", options.day},
                                {"date", core::formatIsoDate(training.day(options.day))},
                                {"expected", participants.size()},
                                {"present", present},
                                {"participants", people}});
        return;
    }

    std::vector<std::vector<std::string>> rows{kRosterColumns};
    int present = 0;
    for (const auto& p : participants) {
        const std::string& at = p.checkedInAt[day];
        present += at.empty() ? 0 : 1;
        if (options.csv) {
            // The plain code, as a scanner types it; the UTC timestamp as stored.
            rows.push_back({p.fullName, nikOf(p), std::string(core::invitationPartId(p.invitation.part)),
                            p.kecamatanName, p.villageName, p.cardCode, at});
        } else {
            rows.push_back({terminalText(p.fullName), terminalText(nikOf(p)),
                            std::string(core::invitationPartId(p.invitation.part)), terminalText(p.kecamatanName),
                            terminalText(p.villageName), p.cardCode.empty() ? "" : core::groupedCardCode(p.cardCode),
                            localClockTime(at)});
        }
    }
    if (options.csv) {
        printRosterCsv(context.out, rows);
        return;
    }
    rows.front().back() = "checked_in";
    printTable(context.out, rows);
    fmt::print(context.out, "{} of {} present on day {} ({}).\n", present, participants.size(), options.day,
               core::formatIsoDate(training.day(options.day)));
}

nlohmann::ordered_json toJson(const core::DeskPerson& person)
{
    return {{"id", person.uuid},
            {"name", person.fullName},
            {"nik", core::maskNik(person.nik)},
            {"village", person.villageName},
            {"kecamatan", person.kecamatanName},
            {"part", person.part ? nlohmann::ordered_json(core::invitationPartId(*person.part)) : nullptr},
            {"invitation", person.status ? nlohmann::ordered_json(core::invitationStatusId(*person.status)) : nullptr}};
}

std::string who(const core::DeskPerson& person)
{
    return terminalText(fmt::format("{} ({}, {})", person.fullName, person.villageName, person.kecamatanName));
}

// One sentence saying what came of the attempt.
std::string sentence(const core::CheckInOutcome& outcome, const core::Training& training, int day)
{
    const std::string title = terminalText(training.title);
    const std::string person = outcome.person ? who(*outcome.person) : std::string("?");
    switch (outcome.result) {
    case core::CheckInResult::CheckedIn:
        return fmt::format("{} checked in at {} on day {}.", person, localClockTime(outcome.checkedInAt), day);
    case core::CheckInResult::AlreadyCheckedIn:
        return fmt::format("{} was already checked in at {} on day {}.", person, localClockTime(outcome.checkedInAt),
                           day);
    case core::CheckInResult::NotInvited:
        return fmt::format("{} is in the register but not invited to {}.", person, title);
    case core::CheckInResult::Unknown:
        return fmt::format("No one has the card code, NIK or name `{}`.", terminalText(outcome.input));
    case core::CheckInResult::Cancelled:
        return fmt::format("{} {} the invitation to {}.", person,
                           outcome.person && outcome.person->status == core::InvitationStatus::Declined
                               ? "declined"
                               : "is no longer on the list: the organisers cancelled",
                           title);
    case core::CheckInResult::WrongDay:
        return fmt::format("Day {} ({}) is not a day of {} (1..{}): nobody was checked in.", day,
                           core::formatIsoDate(training.day(day)), title, training.dayCount());
    case core::CheckInResult::Ambiguous:
        return fmt::format("{} people match `{}`: check in by card code or NIK.", outcome.matches.size(),
                           terminalText(outcome.input));
    case core::CheckInResult::RevokedCard:
        return fmt::format("This card of {} was replaced by a newer one: use the new card or the NIK.", person);
    }
    return std::string(core::checkInResultId(outcome.result));
}

bool checkedIn(core::CheckInResult result)
{
    return result == core::CheckInResult::CheckedIn || result == core::CheckInResult::AlreadyCheckedIn;
}

void runCheckIn(CliContext& context, const CheckInOptions& options)
{
    if (options.input.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw core::Error(core::ErrorKind::UserInput, "cli.input_required", "give a card code, a NIK or a name",
                          "INPUT");
    }
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    // A day outside the training is passed on: the desk answers wrong_day, and the attempt is logged.
    core::CheckInDesk desk(db, trainingActor(), training.meta.uuid, trainingDate(training, options.day));
    const core::CheckInOutcome outcome = desk.submit(options.input);

    if (options.json) {
        nlohmann::ordered_json json{{"status", core::checkInResultId(outcome.result)},
                                    {"method", core::checkInMethodId(outcome.method)},
                                    {"day", options.day},
                                    {"date", core::formatIsoDate(desk.day())},
                                    {"person", outcome.person ? toJson(*outcome.person) : nullptr},
                                    {"checked_in_at", textOrNull(outcome.checkedInAt)}};
        if (outcome.result == core::CheckInResult::Ambiguous) {
            auto matches = nlohmann::ordered_json::array();
            for (const auto& match : outcome.matches) {
                matches.push_back(toJson(match));
            }
            json["matches"] = matches;
        }
        printJson(context.out, json);
    } else {
        context.out << sentence(outcome, training, options.day) << '\n';
        for (const auto& match : outcome.matches) {
            fmt::print(context.out, "  {}, NIK {}{}\n", who(match), terminalText(core::maskNik(match.nik)),
                       match.status ? fmt::format(", {}", core::invitationStatusId(*match.status)) : ", not invited");
        }
    }
    if (!checkedIn(outcome.result)) {
        throw CLI::RuntimeError(kExitNotSuccessful); // an answer, printed: main exits with its code
    }
}

void runCardsIssue(CliContext& context, const CardsOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    const int issued = core::TrainingService(db, trainingActor()).issueMissingCardCodes(training.meta.uuid);
    if (options.json) {
        printJson(context.out, {{"issued", issued}});
    } else {
        fmt::print(context.out, "Issued {} card {} for {}; everyone expected has a card code now.\n", issued,
                   issued == 1 ? "code" : "codes", terminalText(training.title));
    }
}

} // namespace

void addTrainingDeskCommands(CLI::App& training, CliContext& context)
{
    auto roster = std::make_shared<RosterOptions>();
    auto* rosterCommand = training.add_subcommand(
        "roster", "Who is expected (speakers, committee, then participants by kecamatan and name), with their card "
                  "codes and when they checked in on the day; the NIK masked");
    rosterCommand->add_option("ID", roster->training, "The training's id (see `training list`)")->required();
    rosterCommand->add_option("--day", roster->day, "Which day of the training, from 1")->required();
    auto* csv = rosterCommand->add_flag(
        "--csv", roster->csv, "Print CSV with a header row: the card code plain, checked_in_at as a UTC timestamp");
    rosterCommand->add_flag("--json", roster->json, "Print JSON")->excludes(csv);
    rosterCommand->add_flag("--full-nik", roster->fullNik,
                            "Print the full NIK (personal data: keep the output safe; written to the audit log)");
    rosterCommand->callback([&context, roster] { runRoster(context, *roster); });

    auto checkIn = std::make_shared<CheckInOptions>();
    auto* checkInCommand = training.add_subcommand(
        "checkin", "Check a person in at the door by card code (K7M4-QX9T or K7M4QX9T), NIK (16 digits) or name; "
                   "every attempt is logged");
    checkInCommand->add_option("ID", checkIn->training, "The training's id (see `training list`)")->required();
    checkInCommand->add_option("INPUT", checkIn->input, "The card code, NIK or name as scanned or typed")->required();
    checkInCommand->add_option("--day", checkIn->day, "Which day of the training, from 1")->required();
    checkInCommand->add_flag("--json", checkIn->json,
                             "Print {\"status\": ..., \"person\": {...} or null, \"checked_in_at\": ... or null} "
                             "(and \"matches\" when ambiguous)");
    checkInCommand->footer(
        "Status and exit code: checked_in and already_checked_in exit with 0; not_invited, unknown, cancelled, "
        "wrong_day, ambiguous and revoked_card are answers, not errors, and exit with 3. Wrong input exits with 1, "
        "an internal error with 2.");
    checkInCommand->callback([&context, checkIn] { runCheckIn(context, *checkIn); });

    auto cards = std::make_shared<CardsOptions>();
    auto* cardsCommand = training.add_subcommand(
        "cards-issue", "Issue a card code to everyone expected at the training who has none (existing cards stay)");
    cardsCommand->add_option("ID", cards->training, "The training's id (see `training list`)")->required();
    cardsCommand->add_flag("--json", cards->json, "Print {\"issued\": N}");
    cardsCommand->callback([&context, cards] { runCardsIssue(context, *cards); });
}

} // namespace relawas::cli
