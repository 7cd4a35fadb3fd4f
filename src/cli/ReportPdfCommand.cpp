#include "ReportPdfCommand.h"

#include "PrintoutCliSupport.h"
#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/OutputFile.h"
#include "core/people/VillageTally.h"
#include "core/storage/Database.h"
#include "paperwork/ProgrammeReportPaperwork.h"
#include "printouts/PdfOutput.h"

#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <ostream>

#include <QDate>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct PdfOptions
{
    std::string scope;
    std::string from;
    std::string to;
    std::string output;
    std::string language = "id";
    bool json = false;
};

nlohmann::ordered_json dateJson(const QDate& date)
{
    return date.isValid() ? nlohmann::ordered_json(date.toString(Qt::ISODate).toStdString()) : nlohmann::ordered_json();
}

void runPdf(CliContext& context, const PdfOptions& options)
{
    core::ProgrammeReportRequest request;
    request.scopeCode = options.scope == "all" ? std::string() : options.scope;
    if (!options.from.empty()) {
        request.from = dateOption(options.from, "--from");
    }
    if (!options.to.empty()) {
        request.to = dateOption(options.to, "--to");
    }
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    core::checkOutputPath(options.output, db.path());
    // The village tallies counted on the election day first, so the figures are read in a moment (as `stats`).
    core::refreshVillageTally(db, trainingActor());
    withPrintouts(options.language, [&] {
        printouts::ProgrammeReportData data;
        withOptionPlaces({{"scope", "--scope"}, {"period", "--from"}},
                         [&] { data = paperwork::programmeReportData(db, request, QDate::currentDate()); });
        const int pages = printouts::saveProgrammeReportPdf(data, QString::fromStdString(options.output));
        if (options.json) {
            printJson(context.out, {{"file", options.output},
                                    {"scope", {{"code", request.scopeCode}, {"name", data.scopeName.toStdString()}}},
                                    {"from", dateJson(data.from)},
                                    {"to", dateJson(data.to)},
                                    {"parts", data.parts.size()},
                                    {"trainings", data.trainings.size()},
                                    {"programme_villages", data.programmeVillages.size()},
                                    {"pages", pages}});
            return;
        }
        fmt::print(context.out, "Saved the Laporan Pengawasan Partisipatif of {} to {}: {} {}, {} {}, {} {}.\n",
                   terminalText(data.scopeName.toStdString()), terminalText(options.output), data.trainings.size(),
                   data.trainings.size() == 1 ? "training" : "trainings", data.programmeVillages.size(),
                   data.programmeVillages.size() == 1 ? "programme village" : "programme villages", pages,
                   pages == 1 ? "page" : "pages");
    });
}

} // namespace

void addReportPdfCommand(CLI::App& report, CliContext& context)
{
    auto options = std::make_shared<PdfOptions>();
    auto* command = report.add_subcommand(
        "pdf", "Save the Laporan Pengawasan Partisipatif as PDF: a region's figures, charts, a table per part, its "
               "trainings with their attendance and its programme villages with SK and MoU; counts only");
    command->add_option("--scope", options->scope, "A province, kabupaten, kecamatan or village code, or `all`")
        ->required();
    command->add_option("--from", options->from, "Only the trainings held from this day on (YYYY-MM-DD)");
    command->add_option("--to", options->to, "Only the trainings begun by this day (YYYY-MM-DD)");
    command->add_option("-o,--output", options->output, "The PDF file to write (0600, whole or not at all)")
        ->required();
    command->add_option("--language", options->language, "The printout's language: id (the default) or en");
    command->add_flag("--json", options->json,
                      "Print {\"file\", \"scope\", \"from\", \"to\", \"parts\", \"trainings\", "
                      "\"programme_villages\", \"pages\"}");
    command->footer("Volunteers and ages are counted on the election day of the settings (else today); the figures "
                    "and programme villages are today's, the trainings those of the period.");
    command->callback([&context, options] { runPdf(context, *options); });
}

} // namespace relawas::cli
