#include "TrainingPaperCommand.h"

#include "PrintoutCliSupport.h"
#include "TerminalText.h"
#include "TrainingCliSupport.h"
#include "core/base/Error.h"
#include "core/organising/CertificateLookup.h"
#include "core/organising/TrainingService.h"
#include "core/storage/Database.h"
#include "paperwork/TrainingPaperwork.h"
#include "printouts/PdfOutput.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <ostream>

#include <fmt/format.h>
#include <fmt/ostream.h>

namespace relawas::cli {

namespace {

struct PaperOptions
{
    std::string training;
    std::string output;
    std::string language = "id";
    bool json = false;
    // sheet
    int day = 0;
    bool times = false;
    int spare = 10;
    // certificates
    std::string date;
};

struct LookUpOptions
{
    std::string number;
    bool json = false;
};

void runSheet(CliContext& context, const PaperOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    requireDayOf(training, options.day);
    if (options.spare < 0 || options.spare > paperwork::kMostSpareRows) {
        throw core::Error(core::ErrorKind::UserInput, "cli.bad_spare_rows",
                          fmt::format("--spare takes 0 to {} rows, not {}", paperwork::kMostSpareRows, options.spare),
                          "--spare", {std::to_string(options.spare)});
    }
    withPrintouts(options.language, [&] {
        const auto data = paperwork::attendanceSheet(db, training, {options.day, options.times, options.spare});
        const int pages = printouts::saveAttendanceSheetPdf(data, QString::fromStdString(options.output));
        if (options.json) {
            printJson(context.out, {{"pages", pages}, {"people", data.rows.size()}, {"spare_rows", data.spareRows}});
        } else {
            fmt::print(context.out,
                       "Saved the attendance list of day {} of {} ({} people, {} spare rows{}) to {}: {} {}.\n",
                       options.day, terminalText(training.title), data.rows.size(), data.spareRows,
                       options.times ? ", with check-in times" : "", terminalText(options.output), pages,
                       pages == 1 ? "page" : "pages");
        }
    });
}

void runCards(CliContext& context, const PaperOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    withPrintouts(options.language, [&] {
        const int issued = core::TrainingService(db, trainingActor()).issueMissingCardCodes(training.meta.uuid);
        const auto cards = paperwork::idCards(db, training);
        const int pages = printouts::saveIdCardsPdf(cards, QString::fromStdString(options.output));
        if (options.json) {
            printJson(context.out, {{"pages", pages}, {"cards", cards.size()}, {"issued", issued}});
        } else {
            fmt::print(context.out, "Saved {} {} of {} to {}: {} {}{}.\n", cards.size(),
                       cards.size() == 1 ? "card" : "cards", terminalText(training.title), terminalText(options.output),
                       pages, pages == 1 ? "page" : "pages",
                       issued > 0 ? fmt::format("; {} new card codes issued", issued) : "");
        }
    });
}

void runCertificates(CliContext& context, const PaperOptions& options)
{
    const auto opened = openExistingDatabase(context);
    core::Database& db = *opened;
    const core::Training training = existingTraining(db, options.training);
    const core::Date signedOn = options.date.empty() ? training.endDate : dateOption(options.date, "--date");
    withPrintouts(options.language, [&] {
        const auto issued = core::TrainingService(db, trainingActor()).issueCertificates(training.meta.uuid);
        const auto papers = paperwork::certificates(db, training, issued, paperwork::qDate(signedOn));
        const int pages = printouts::saveCertificatesPdf(papers, QString::fromStdString(options.output));
        if (options.json) {
            nlohmann::ordered_json list = nlohmann::ordered_json::array();
            for (const auto& one : issued) {
                list.push_back({{"number", one.certificate.number},
                                {"name", one.recipient.participant.fullName},
                                {"result", one.recipient.result ? nlohmann::ordered_json(*one.recipient.result)
                                                                : nlohmann::ordered_json()}});
            }
            printJson(context.out, {{"pages", pages}, {"certificates", list}});
        } else {
            fmt::print(context.out, "Saved {} {} of {} to {}.\n", issued.size(),
                       issued.size() == 1 ? "certificate" : "certificates", terminalText(training.title),
                       terminalText(options.output));
            for (const auto& one : issued) {
                fmt::print(context.out, "  {}  {}\n", terminalText(one.certificate.number),
                           terminalText(one.recipient.participant.fullName));
            }
        }
    });
}

void runLookUp(CliContext& context, const LookUpOptions& options)
{
    const auto opened = openExistingDatabase(context);
    const auto record = core::lookUpCertificate(*opened, options.number);
    if (options.json) {
        if (!record) {
            printJson(context.out, {{"found", false}, {"number", core::normaliseCertificateNumber(options.number)}});
        } else {
            printJson(context.out,
                      {{"found", true},
                       {"number", record->certificate.number},
                       {"name", record->holder.fullName},
                       {"kecamatan", textOrNull(record->holder.kecamatanName)},
                       {"training", record->training.title},
                       {"training_id", record->training.meta.uuid},
                       {"first_day", core::formatIsoDate(record->training.startDate)},
                       {"last_day", core::formatIsoDate(record->training.endDate)},
                       {"result", record->result ? nlohmann::ordered_json(*record->result) : nlohmann::ordered_json()},
                       {"issued_at", record->certificate.issuedAt}});
        }
    } else if (!record) {
        fmt::print(context.out, "No certificate {} was issued from this database.\n",
                   terminalText(core::normaliseCertificateNumber(options.number)));
    } else {
        fmt::print(context.out, "Certificate {} was issued to {}{} for {} ({}..{}){}.\n",
                   terminalText(record->certificate.number), terminalText(record->holder.fullName),
                   record->holder.kecamatanName.empty()
                       ? std::string()
                       : fmt::format(" of Kec. {}", terminalText(record->holder.kecamatanName)),
                   terminalText(record->training.title), core::formatIsoDate(record->training.startDate),
                   core::formatIsoDate(record->training.endDate),
                   record->result ? fmt::format(", final score {:.1f}", *record->result) : std::string());
    }
    if (!record) {
        throw CLI::RuntimeError(kExitNotSuccessful);
    }
}

CLI::App* paperCommand(CLI::App& training, const char* name, const char* description,
                       const std::shared_ptr<PaperOptions>& options)
{
    auto* command = training.add_subcommand(name, description);
    command->add_option("ID", options->training, "The training's id (see `training list`)")->required();
    command->add_option("-o,--output", options->output, "The PDF file to write (replaced when it exists)")->required();
    command->add_option("--language", options->language, "The printout's language: id (the default) or en");
    command->add_flag("--json", options->json, "Print what was saved as JSON");
    return command;
}

} // namespace

void addTrainingPaperCommands(CLI::App& training, CliContext& context)
{
    auto sheet = std::make_shared<PaperOptions>();
    auto* sheetCommand = paperCommand(
        training, "sheet",
        "Save the attendance list (daftar hadir) of a day as PDF: blank for signing, or with the check-in times",
        sheet);
    sheetCommand->add_option("--day", sheet->day, "Which day of the training, from 1")->required();
    sheetCommand->add_flag("--times", sheet->times, "Print the check-in times of those who came");
    sheetCommand->add_option("--spare", sheet->spare, "Blank numbered rows for walk-ins (default 10)");
    sheetCommand->callback([&context, sheet] { runSheet(context, *sheet); });

    auto cards = std::make_shared<PaperOptions>();
    auto* cardsCommand = paperCommand(
        training, "cards",
        "Save the ID cards of everyone expected as PDF, 8 per A4 page with cut marks; a card code is issued to those "
        "without one",
        cards);
    cardsCommand->callback([&context, cards] { runCards(context, *cards); });

    auto certificates = std::make_shared<PaperOptions>();
    auto* certificatesCommand =
        paperCommand(training, "certificates",
                     "Save the certificates of those present every day (and, when graded, passed) as PDF; each is "
                     "numbered once, the same number on every reprint",
                     certificates);
    certificatesCommand->add_option("--date", certificates->date,
                                    "The date they are signed on, YYYY-MM-DD (default: the training's last day)");
    certificatesCommand->callback([&context, certificates] { runCertificates(context, *certificates); });

    auto lookUp = std::make_shared<LookUpOptions>();
    auto* lookUpCommand = training.add_subcommand(
        "certificate",
        "Look up a certificate by its number: who it was issued to, for which training, with what result");
    lookUpCommand->add_option("NUMBER", lookUp->number, "The number as printed, e.g. 0007/SERT/12.19/IX/2024")
        ->required();
    lookUpCommand->add_flag("--json", lookUp->json, "Print {\"found\": ..., \"name\": ..., ...}");
    lookUpCommand->footer("Exits with 0 when the certificate was issued here, with 3 when it was not.");
    lookUpCommand->callback([&context, lookUp] { runLookUp(context, *lookUp); });
}

} // namespace relawas::cli
