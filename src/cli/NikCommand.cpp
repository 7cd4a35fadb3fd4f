#include "NikCommand.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/people/checks/Nik.h"
#include "core/regions/RegionDataLocation.h"
#include "core/regions/RegionList.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>
#include <unordered_set>

#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct CheckOptions
{
    std::vector<std::string> niks;
    bool json = false;
};

nlohmann::ordered_json messages(const std::vector<core::ValidationIssue>& issues)
{
    auto result = nlohmann::ordered_json::array();
    for (const auto& issue : issues) {
        result.push_back(issue.message);
    }
    return result;
}

nlohmann::ordered_json orNull(const std::string& text)
{
    return text.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(text);
}

nlohmann::ordered_json toJson(const core::NikCheck& check)
{
    nlohmann::ordered_json result;
    result["nik"] = check.nik;
    result["valid"] = check.valid;
    result["errors"] = messages(check.errors);
    result["warnings"] = messages(check.warnings);
    result["birth_date"] = orNull(check.birthDate ? core::formatIsoDate(*check.birthDate) : std::string());
    result["gender"] = orNull(check.gender ? std::string(core::genderId(*check.gender)) : std::string());
    result["region_code"] = orNull(check.regionCode);
    return result;
}

void printText(std::ostream& out, const std::string& given, const core::NikCheck& check)
{
    if (check.valid) {
        fmt::print(out, "{}: valid; born {}, {}, issued in {}\n", given, core::formatIsoDate(*check.birthDate),
                   check.gender == core::Gender::Male ? "L (male)" : "P (female)", check.regionCode);
    } else {
        fmt::print(out, "{}: invalid\n", given);
    }
    for (const auto& error : check.errors) {
        fmt::print(out, "  error: {}\n", error.message);
    }
    for (const auto& warning : check.warnings) {
        fmt::print(out, "  warning: {}\n", warning.message);
    }
}

// The codes of provinces, kabupaten/kota and kecamatan in the bundled list: all a NIK's prefix can name.
std::unordered_set<std::string> bundledRegionCodes()
{
    std::unordered_set<std::string> codes;
    for (const auto& entry : core::readRegionList(core::defaultRegionListPath()).entries) {
        if (!core::isVillageLevel(entry.region.level)) {
            codes.insert(entry.region.code);
        }
    }
    return codes;
}

void runCheck(CliContext& context, const CheckOptions& options)
{
    core::NikContext nikContext;
    nikContext.today = core::todayUtc();

    std::unique_ptr<core::Database> db;
    std::unique_ptr<core::RegionRepository> regions;
    std::unordered_set<std::string> bundled;
    if (context.databasePath.empty()) {
        bundled = bundledRegionCodes();
        nikContext.regionKnown = [&bundled](const std::string& code) { return bundled.contains(code); };
    } else {
        if (!std::filesystem::exists(context.databasePath)) {
            throw core::Error(core::ErrorKind::NotFound, "cli.no_database",
                              fmt::format("the database {} does not exist (create it with init)", context.databasePath),
                              "--db");
        }
        db = std::make_unique<core::Database>(context.databasePath);
        regions = std::make_unique<core::RegionRepository>(*db);
        if (!regions->currentCodeList()) {
            throw core::Error(core::ErrorKind::UserInput, "cli.no_region_list",
                              "the database has no region list yet (load it with init)", "--db");
        }
        nikContext.regionKnown = [&regions](const std::string& code) {
            const auto region = regions->find(code);
            return region && !region->retired;
        };
        nikContext.districtCode = core::SettingsStore(*db).workingKabupaten().value_or(std::string());
    }

    std::size_t invalid = 0;
    auto all = nlohmann::ordered_json::array();
    for (const auto& nik : options.niks) {
        const auto check = core::checkNik(nik, nikContext);
        invalid += check.valid ? 0 : 1;
        if (options.json) {
            all.push_back(toJson(check));
        } else {
            printText(context.out, nik, check);
        }
    }
    if (options.json) {
        context.out << (all.size() == 1 ? all.front() : all).dump(2) << '\n';
    }
    context.out.flush();
    if (invalid > 0) {
        throw core::Error(core::ErrorKind::UserInput, "nik.invalid",
                          fmt::format("{} of {} NIK{} {} not valid", invalid, options.niks.size(),
                                      options.niks.size() == 1 ? "" : "s", invalid == 1 ? "is" : "are"));
    }
}

} // namespace

void addNikCommand(CLI::App& app, CliContext& context)
{
    auto* nik = app.add_subcommand("nik", "Check NIKs (Nomor Induk Kependudukan)");
    nik->require_subcommand(1);

    auto options = std::make_shared<CheckOptions>();
    auto* check = nik->add_subcommand("check", "Check NIKs: birth date, gender and region they state, errors and "
                                               "warnings; exits 1 when any is invalid");
    check->add_option("NIK", options->niks, "One or more NIKs")->required();
    check->add_flag("--json", options->json, "Print JSON: one object, or an array for several NIKs");
    check->callback([&context, options] { runCheck(context, *options); });
}

} // namespace relawas::cli
