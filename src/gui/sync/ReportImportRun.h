#pragma once

#include "core/base/Error.h"
#include "core/sync/ReportImport.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace relawas::gui {

// One report file offered to this database and what reading it gave: a result, or the reason it was refused.
struct OfferedReport
{
    std::filesystem::path file;
    std::optional<core::ReportImportResult> result;
    std::optional<core::Error> refusal;

    // A sender no person here has trusted yet: its report was read trusting it for the preview only.
    bool fromNewSender() const { return result && result->trustedNow; }
    // Whether merging it would do anything: read whole, not merged before.
    bool mergeable() const;
};

// Reads and merges report files off the window's thread, one after another, with one progress bar and Cancel. Each
// file is its own transaction: one refused leaves the others as they are.
class ReportImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ReportImportRun)

public:
    struct Outcome
    {
        std::vector<OfferedReport> reports; // those read before a cancel, in the order given
        bool cancelled = false;
        QString failure; // the work itself failed (not one file): translated, with the place
    };

    // A dry run of every file: what each would add, update or put in conflict; nothing is kept (a new sender is
    // trusted for its preview only).
    static Outcome preview(QWidget* parent, const std::filesystem::path& database,
                           const std::vector<std::filesystem::path>& files, const std::string& actor);

    // Installation id → the fingerprint a person compared with the sender.
    using Confirmed = std::map<std::string, std::string>;

    // Merges the files in order. A report from a sender no one trusted yet is merged only when the person confirmed
    // that sender with the very key the file is signed with (`trustNow`); the sender is then trusted.
    static Outcome merge(QWidget* parent, const std::filesystem::path& database,
                         const std::vector<std::filesystem::path>& files, const Confirmed& trustNow,
                         const std::string& actor);

private:
    static Outcome run(QWidget* parent, const QString& title, const std::filesystem::path& database,
                       const std::vector<std::filesystem::path>& files, const Confirmed& trustNow,
                       const std::string& actor, bool dryRun);
};

} // namespace relawas::gui
