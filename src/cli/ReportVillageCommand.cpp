#include "ReportVillageCommand.h"

#include "PrintoutCliSupport.h"
#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/OutputFile.h"
#include "core/storage/Database.h"
#include "paperwork/VillagePaperwork.h"
#include "printouts/PdfOutput.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <ostream>

#include <QDate>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct VillageOptions
{
    std::string code;
    std::string output;
    std::string language = "id";
    bool json = false;
};

void runVillage(CliContext& context, const VillageOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::checkOutputPath(options.output, db.path());
    withPrintouts(options.language, [&] {
        std::vector<printouts::VillageRosterSheetData> sheets;
        withOptionPlaces({{"code", "CODE"}},
                         [&] { sheets = paperwork::villageRosterSheets(db, options.code, QDate::currentDate()); });
        const int pages = printouts::saveVillageRostersPdf(sheets, QString::fromStdString(options.output));
        std::size_t people = 0;
        for (const auto& sheet : sheets) {
            people += sheet.rows.size();
        }
        if (options.json) {
            printJson(context.out,
                      {{"file", options.output}, {"villages", sheets.size()}, {"people", people}, {"pages", pages}});
            return;
        }
        const auto& first = sheets.front().header;
        const std::string where =
            sheets.size() == 1 ? fmt::format("{} ({}), Kec. {}", first.villageName.toStdString(),
                                             first.villageCode.toStdString(), first.kecamatanName.toStdString())
                               : fmt::format("the {} villages of Kec. {} ({})", sheets.size(),
                                             first.kecamatanName.toStdString(), first.kecamatanCode.toStdString());
        fmt::print(context.out, "Saved the village roster of {} to {}: {} {}, {} {}.\n", terminalText(where),
                   terminalText(options.output), people, people == 1 ? "person" : "people", pages,
                   pages == 1 ? "page" : "pages");
    });
}

} // namespace

void addReportVillageCommand(CLI::App& report, CliContext& context)
{
    auto options = std::make_shared<VillageOptions>();
    auto* command = report.add_subcommand(
        "village", "Save the Daftar Relawan Desa as PDF: a village's programme status and its people with their "
                   "roles and phones, NIKs masked; for a kecamatan, every village of it, each from a new page");
    command->add_option("CODE", options->code, "A village (desa/kelurahan) or a kecamatan code, e.g. 12.19.07.2004")
        ->required();
    command->add_option("-o,--output", options->output, "The PDF file to write (0600, whole or not at all)")
        ->required();
    command->add_option("--language", options->language, "The printout's language: id (the default) or en");
    command->add_flag("--json", options->json, "Print {\"villages\": N, \"people\": N, \"pages\": N}");
    command->footer("The roles printed are those held on the election day of the settings (else today).");
    command->callback([&context, options] { runVillage(context, *options); });
}

} // namespace relawas::cli
