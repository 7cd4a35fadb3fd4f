#include "PeopleEditCommand.h"

#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonEdit.h"
#include "core/people/PersonJson.h"
#include "core/people/PersonRepository.h"
#include "core/storage/Database.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct EditOptions
{
    std::string who;
    std::vector<std::string> sets;
    bool json = false;
};

void runEdit(CliContext& context, const EditOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::PersonRepository people(db);
    auto person = options.who.size() == 16 ? people.findByNik(options.who) : people.find(options.who);
    if (!person) {
        throw core::Error(core::ErrorKind::NotFound, "person.not_found",
                          fmt::format("no living person has NIK or uuid {}", terminalText(options.who)), "NIK_OR_UUID",
                          {options.who});
    }
    std::vector<core::PersonFieldEdit> edits;
    for (const std::string& set : options.sets) {
        const auto equals = set.find('=');
        if (equals == std::string::npos || equals == 0) {
            throw core::Error(core::ErrorKind::UserInput, "cli.bad_set",
                              fmt::format("--set {}: write FIELD=VALUE, e.g. phone=081234567890", terminalText(set)),
                              "--set", {set});
        }
        edits.push_back({set.substr(0, equals), set.substr(equals + 1)});
    }
    const core::EditedPerson edited = core::editPerson(db, *person, edits);
    const core::Person stored = core::PeopleService(db, trainingActor()).correct(edited.person);
    if (options.json) {
        nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
        for (const auto& warning : edited.warnings) {
            warnings.push_back(
                {{"field", warning.field}, {"code", warning.issue.code}, {"message", warning.issue.message}});
        }
        printJson(context.out, {{"uuid", stored.meta.uuid},
                                {"revision", stored.meta.revision},
                                {"person", core::personToJson(stored)},
                                {"warnings", warnings}});
        return;
    }
    for (const auto& warning : edited.warnings) {
        fmt::print(context.out, "warning: {}: {}\n", warning.field, terminalText(warning.issue.message));
    }
    fmt::print(context.out, "Saved {} (revision {}).\n", terminalText(stored.fullName), stored.meta.revision);
}

} // namespace

void addPeopleEditCommand(CLI::App& people, CliContext& context)
{
    auto options = std::make_shared<EditOptions>();
    auto* edit = people.add_subcommand("edit", "Correct a person's record, with the registration form's checks");
    edit->add_option("NIK_OR_UUID", options->who, "The person's NIK (16 digits) or uuid")->required();
    edit->add_option("--set", options->sets,
                     "FIELD=VALUE, repeated: full_name, nik, gender (L/P), birth_date (YYYY-MM-DD), birth_place, "
                     "village_code, dusun, rt, rw, phone, email, occupation, education, has_disability (yes/no), "
                     "disability_kind, target_groups (ids, comma-separated), organisation, no_party_declared_on, "
                     "consent_on, notes")
        ->required();
    edit->add_flag("--json", options->json, "Print the saved record and the warnings as JSON");
    edit->footer("A value the form would refuse is refused here, naming the field; nothing is written then.");
    edit->callback([&context, options] { runEdit(context, *options); });
}

} // namespace relawas::cli
