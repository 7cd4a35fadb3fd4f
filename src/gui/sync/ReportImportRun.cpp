#include "sync/ReportImportRun.h"

#include "common/BackgroundTask.h"
#include "core/storage/Database.h"

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

constexpr std::size_t kStepsPerFile = 1000;

// A preview trusts a new sender for itself alone. A merge trusts one only when a person confirmed it with the key the
// file is signed with (the refusal names the sender's fingerprint and id), so a file changed since the preview is
// not trusted blind.
core::ReportImportResult importOne(core::Database& db, const std::filesystem::path& file, const std::string& actor,
                                   bool dryRun, const ReportImportRun::Confirmed& trustNow,
                                   const core::Progress& progress)
{
    core::ReportImportOptions options;
    options.actor = actor;
    options.dryRun = dryRun;
    options.trustNew = dryRun;
    try {
        return core::importReport(db, file, options, progress);
    } catch (const core::Error& error) {
        const auto& args = error.args();
        if (dryRun || error.code() != "sync.unknown_sender" || args.size() < 3) {
            throw;
        }
        const auto confirmed = trustNow.find(args[2]);
        if (confirmed == trustNow.end() || confirmed->second != args[1]) {
            throw;
        }
        options.trustNew = true;
        return core::importReport(db, file, options, progress);
    }
}

} // namespace

bool OfferedReport::mergeable() const
{
    return result && result->status != core::ImportStatus::AlreadyMerged;
}

ReportImportRun::Outcome ReportImportRun::preview(QWidget* parent, const std::filesystem::path& database,
                                                  const std::vector<std::filesystem::path>& files,
                                                  const std::string& actor)
{
    return run(parent, tr("Reading reports"), database, files, {}, actor, true);
}

ReportImportRun::Outcome ReportImportRun::merge(QWidget* parent, const std::filesystem::path& database,
                                                const std::vector<std::filesystem::path>& files,
                                                const Confirmed& trustNow, const std::string& actor)
{
    return run(parent, tr("Merging reports"), database, files, trustNow, actor, false);
}

ReportImportRun::Outcome ReportImportRun::run(QWidget* parent, const QString& title,
                                              const std::filesystem::path& database,
                                              const std::vector<std::filesystem::path>& files,
                                              const Confirmed& trustNow, const std::string& actor, bool dryRun)
{
    Outcome outcome;
    const auto task = BackgroundTask::run(
        title,
        dryRun ? tr("Reading and checking %Ln report(s)…", nullptr, int(files.size()))
               : tr("Merging %Ln report(s)…", nullptr, int(files.size())),
        parent, [&](const core::Progress& progress) {
            core::Database db(database, core::Database::Upgrade::No);
            for (std::size_t i = 0; i < files.size(); ++i) {
                // One bar for all the files: each file its share, filled as its records are read.
                core::Progress ofFile;
                ofFile.cancelled = progress.cancelled;
                ofFile.report = [&progress, i, count = files.size()](std::size_t done, std::size_t total) {
                    progress.step(i * kStepsPerFile + (total ? done * kStepsPerFile / total : 0),
                                  count * kStepsPerFile);
                };
                OfferedReport offered{files[i], {}, {}};
                try {
                    offered.result = importOne(db, files[i], actor, dryRun, trustNow, ofFile);
                } catch (const core::Error& error) {
                    if (error.kind() == core::ErrorKind::Cancelled || error.kind() == core::ErrorKind::Internal) {
                        throw;
                    }
                    spdlog::warn("report {} refused: {}", files[i].string(), error.what());
                    offered.refusal = error;
                }
                outcome.reports.push_back(std::move(offered));
                progress.step((i + 1) * kStepsPerFile, files.size() * kStepsPerFile);
            }
        });
    outcome.cancelled = task.cancelled;
    outcome.failure = task.failure;
    return outcome;
}

} // namespace relawas::gui
