#include "TrainingCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "TrainingDeskCommand.h"
#ifdef RELAWAS_WITH_PRINTOUTS
#include "TrainingPaperCommand.h"
#endif
#include "core/base/Error.h"
#include "core/organising/DeskLookup.h"
#include "core/organising/ParticipantList.h"
#include "core/organising/TrainingService.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/UnitOfWork.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct AddOptions
{
    std::string kind;
    std::string title;
    std::string start;
    std::string end;
    std::string venue;
    std::string scope;
    int capacity = 0;
    CLI::Option* capacityOption = nullptr;
    std::string notes;
    bool json = false;
};

struct InviteOptions
{
    std::string training;
    std::vector<std::string> roles;
    std::string under;
    std::vector<std::string> people;
    std::string part = "peserta";
    bool json = false;
};

struct ListOptions
{
    std::string scope;
    bool json = false;
};

// "a, b or c": the ids a user may give.
template<typename Values, typename IdOf>
std::string idList(const Values& values, IdOf idOf)
{
    std::string text;
    const std::size_t count = std::size(values);
    for (std::size_t i = 0; i < count; ++i) {
        text += (i == 0 ? "" : i + 1 == count ? " or " : ", ") + std::string(idOf(values[i]));
    }
    return text;
}

void requireRegion(core::Database& db, const std::string& code, const std::string& option)
{
    if (!core::RegionRepository(db).find(code)) {
        throw core::Error(core::ErrorKind::NotFound, "region.unknown_code",
                          fmt::format("`{}` is not a region of this database", terminalText(code)), option, {code});
    }
}

std::string dates(const core::Training& training)
{
    const std::string start = core::formatIsoDate(training.startDate);
    return training.endDate == training.startDate ? start
                                                  : fmt::format("{}..{}", start, core::formatIsoDate(training.endDate));
}

void runAdd(CliContext& context, const AddOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::Training training;
    const auto kind = core::trainingKindFromId(options.kind);
    if (!kind) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_kind",
                          fmt::format("unknown kind `{}` (use {})", terminalText(options.kind),
                                      idList(core::kAllTrainingKinds, core::trainingKindId)),
                          "--kind", {options.kind});
    }
    training.kind = *kind;
    training.title = options.title;
    training.venue = options.venue;
    training.startDate = dateOption(options.start, "--start");
    training.endDate = options.end.empty() ? training.startDate : dateOption(options.end, "--end");
    training.scopeCode = options.scope;
    if (options.capacityOption->count() > 0) {
        training.capacity = options.capacity;
    }
    training.notes = options.notes;

    core::Training saved;
    withOptionPlaces({{"title", "--title"},
                      {"venue", "--venue"},
                      {"notes", "--notes"},
                      {"start_date", "--start"},
                      {"end_date", "--end"},
                      {"scope_code", "--scope"},
                      {"capacity", "--capacity"}},
                     [&] { saved = core::TrainingService(db, trainingActor()).save(training); });
    if (options.json) {
        printJson(context.out, {{"id", saved.meta.uuid},
                                {"kind", core::trainingKindId(saved.kind)},
                                {"title", saved.title},
                                {"start", core::formatIsoDate(saved.startDate)},
                                {"end", core::formatIsoDate(saved.endDate)},
                                {"days", saved.dayCount()},
                                {"venue", saved.venue},
                                {"scope", textOrNull(saved.scopeCode)}});
    } else {
        fmt::print(context.out, "Training {} created: {}\n", terminalText(saved.title), saved.meta.uuid);
    }
}

// The person --person names, by id or by NIK, with how they stand on the training's list.
core::DeskPerson namedPerson(const core::DeskLookup& lookup, const std::string& given)
{
    auto person = lookup.byUuid(given);
    if (!person && given.size() == 16 && given.find_first_not_of("0123456789") == std::string::npos) {
        person = lookup.byNik(given);
    }
    if (!person) {
        throw core::Error(core::ErrorKind::NotFound, "invitation.unknown_person",
                          fmt::format("no one in the register has the id or NIK `{}`", terminalText(given)), "--person",
                          {given});
    }
    return *person;
}

void runInvite(CliContext& context, const InviteOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    core::InvitationFilter filter;
    for (const std::string& id : options.roles) {
        const auto role = core::roleKindFromId(id);
        if (!role) {
            throw core::Error(core::ErrorKind::UserInput, "cli.bad_role",
                              fmt::format("unknown role `{}` (use {})", terminalText(id),
                                          idList(core::kAllRoleKinds, core::roleKindId)),
                              "--role", {id});
        }
        filter.roles.push_back(*role);
    }
    if (!options.under.empty()) {
        requireRegion(db, options.under, "--under");
        filter.underCode = options.under;
    }
    const auto part = core::invitationPartFromId(options.part);
    if (!part) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_part",
                          fmt::format("unknown part `{}` (use {})", terminalText(options.part),
                                      idList(core::kAllInvitationParts, core::invitationPartId)),
                          "--part", {options.part});
    }
    const bool byFilter = !filter.roles.empty() || !filter.underCode.empty();
    if (!byFilter && options.people.empty()) {
        throw core::Error(core::ErrorKind::UserInput, "invitation.filter_empty",
                          "say whom to invite: --role, --under, --person, or several of them", "training invite");
    }

    const std::string actor = trainingActor();
    core::TrainingService service(db, actor);
    const core::DeskLookup lookup(db, training.meta.uuid);
    // The filter and the people named, all or nothing: a mistyped --person leaves no one invited.
    core::UnitOfWork work(db, actor);
    int invited = byFilter ? service.inviteWhere(training.meta.uuid, filter, *part) : 0;
    for (const std::string& given : options.people) {
        const core::DeskPerson person = namedPerson(lookup, given);
        const bool expected = person.status && (*person.status == core::InvitationStatus::Invited ||
                                                *person.status == core::InvitationStatus::Confirmed);
        service.invite(training.meta.uuid, person.uuid, *part); // named: the part given is theirs now
        invited += expected ? 0 : 1;
    }
    work.commit();

    const auto expected = core::participantsOf(db, training, false).size();
    if (options.json) {
        printJson(context.out, {{"invited", invited}, {"expected", expected}});
    } else {
        fmt::print(context.out, "Invited {} {} to {}; {} expected in all.\n", invited,
                   invited == 1 ? "person" : "people", terminalText(training.title), expected);
    }
}

nlohmann::ordered_json toJson(const core::TrainingSummary& summary)
{
    const core::Training& training = summary.training;
    const auto rate = summary.attendanceRate();
    return {{"id", training.meta.uuid},
            {"kind", core::trainingKindId(training.kind)},
            {"title", training.title},
            {"scope", textOrNull(training.scopeCode)},
            {"start", core::formatIsoDate(training.startDate)},
            {"end", core::formatIsoDate(training.endDate)},
            {"venue", training.venue},
            {"capacity", training.capacity ? nlohmann::ordered_json(*training.capacity) : nullptr},
            {"expected", summary.expected},
            {"present_by_day", summary.presentByDay},
            {"attendance_rate", rate ? nlohmann::ordered_json(*rate) : nullptr}};
}

void runList(CliContext& context, const ListOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    if (!options.scope.empty()) {
        requireRegion(db, options.scope, "--scope");
    }
    const auto summaries = core::trainingsConcerning(db, options.scope);
    if (options.json) {
        auto all = nlohmann::ordered_json::array();
        for (const auto& summary : summaries) {
            all.push_back(toJson(summary));
        }
        printJson(context.out, all);
        return;
    }
    if (summaries.empty()) {
        context.out << "No trainings yet: create one with `training add`.\n";
        return;
    }
    std::vector<std::vector<std::string>> rows{
        {"id", "kind", "dates", "title", "venue", "expected", "present", "attendance"}};
    for (const auto& summary : summaries) {
        std::string present;
        for (const int count : summary.presentByDay) {
            present += (present.empty() ? "" : "/") + std::to_string(count); // one count per day
        }
        const auto rate = summary.attendanceRate();
        rows.push_back({summary.training.meta.uuid, std::string(core::trainingKindId(summary.training.kind)),
                        dates(summary.training), terminalText(summary.training.title),
                        terminalText(summary.training.venue), std::to_string(summary.expected), present,
                        rate ? fmt::format("{:.0f}%", *rate * 100) : std::string("-")});
    }
    printTable(context.out, rows);
}

} // namespace

void addTrainingCommand(CLI::App& app, CliContext& context)
{
    auto* training = app.add_subcommand("training", "Trainings and meetings: create, invite, the door's check-in");
    training->require_subcommand(1);

    auto add = std::make_shared<AddOptions>();
    auto* addCommand = training->add_subcommand("add", "Create a training; prints its id");
    addCommand->add_option("--kind", add->kind, "rakernis, p2p, forum-warga, sosialisasi or bimtek")->required();
    addCommand->add_option("--title", add->title, "The title, e.g. \"Rakernis Panwascam Batu Bara\"")->required();
    addCommand->add_option("--start", add->start, "The first day, YYYY-MM-DD")->required();
    addCommand->add_option("--end", add->end, "The last day, YYYY-MM-DD (default: the first: a one-day training)");
    addCommand->add_option("--venue", add->venue, "Where it is held")->required();
    addCommand->add_option("--scope", add->scope, "The region it is for, e.g. 12.19 (default: none)");
    add->capacityOption = addCommand->add_option("--capacity", add->capacity, "How many the venue holds");
    addCommand->add_option("--notes", add->notes, "Notes for the organisers");
    addCommand->add_flag("--json", add->json, "Print the new training as JSON");
    addCommand->callback([&context, add] { runAdd(context, *add); });

    auto invite = std::make_shared<InviteOptions>();
    auto* inviteCommand = training->add_subcommand(
        "invite",
        "Invite the holders of roles (in a region) and/or people one by one; everyone invited comes on "
        "every day. Those a filter finds who are expected already stay as they are; a person named with --person "
        "comes as --part. All or nothing.");
    inviteCommand->add_option("ID", invite->training, "The training's id (see `training list`)")->required();
    inviteCommand->add_option("--role", invite->roles,
                              "Invite the current holders of this role (repeatable): relawan, koordinator-kampung, "
                              "pkd, ptps, anggota-panwascam, staf-sekretariat, narasumber, pelatih");
    inviteCommand->add_option("--under", invite->under,
                              "With --role: roles held for this region or inside it; alone: the people living in it");
    inviteCommand->add_option("--person", invite->people, "Invite this person, by id or NIK (repeatable)");
    inviteCommand->add_option("--part", invite->part, "What they come as: peserta, narasumber or panitia")
        ->capture_default_str();
    inviteCommand->add_flag("--json", invite->json, "Print {\"invited\": N, \"expected\": M} (N newly invited)");
    inviteCommand->callback([&context, invite] { runInvite(context, *invite); });

    auto list = std::make_shared<ListOptions>();
    auto* listCommand = training->add_subcommand(
        "list", "The trainings, newest first, with who is expected and how many came each day");
    listCommand->add_option("--scope", list->scope,
                            "Only those concerning this region (held for it, inside it, or for a region holding it)");
    listCommand->add_flag("--json", list->json, "Print a JSON array");
    listCommand->callback([&context, list] { runList(context, *list); });

    addTrainingDeskCommands(*training, context);
#ifdef RELAWAS_WITH_PRINTOUTS
    addTrainingPaperCommands(*training, context);
#endif
}

} // namespace relawas::cli
