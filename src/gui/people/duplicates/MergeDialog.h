#pragma once

#include "core/people/Person.h"
#include "core/people/duplicates/PersonMerge.h"
#include "people/duplicates/VillageNames.h"

#include <array>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <QDialog>

class QButtonGroup;
class QPushButton;
class QLabel;
class QRadioButton;

namespace Ui {
class MergeDialog;
}

namespace relawas::gui {

struct Session;

// Two records of one person side by side, one row per mergeable field: the clerk picks which record is kept (the
// older, A, by default) and, field by field, whose value survives; the last column shows the merged record. Merging
// names the revisions read here, so a record changed meanwhile is refused by core and read again.
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)

public:
    enum Side
    {
        A,
        B
    };

    MergeDialog(Session& session, const QString& uuidA, const QString& uuidB, QWidget* parent = nullptr);
    ~MergeDialog() override;

    // False when either record no longer exists (removed or merged since the list was read).
    bool isLoaded() const { return m_loaded; }
    Side keptSide() const;
    // What the kept record will hold: core's own preview of the current choices.
    core::Person preview() const;

signals:
    void merged(const QString& keptUuid);
    // A record vanished while the dialog was open: the list behind it is out of date.
    void recordsGone();

private:
    struct Row
    {
        std::string id;
        QLabel* label = nullptr;
        std::array<QRadioButton*, 2> sides{};
        QLabel* result = nullptr;
        QButtonGroup* group = nullptr;
    };

    bool load();
    void buildRows();
    void updateRows();
    void updateKeepTexts();
    QString shown(const std::string& id, const QString& value) const;
    void toggleNiks();
    core::MergeChoice choice() const;
    void merge();

    std::unique_ptr<Ui::MergeDialog> m_ui;
    Session& m_session;
    VillageNames m_villages;
    std::array<QString, 2> m_uuids;
    std::array<core::Person, 2> m_people; // as read, with the revisions the merge names
    bool m_loaded = false;
    bool m_niksShown = false; // both full NIKs, after the clerk said yes and the audit log recorded it
    QPushButton* m_showNiksButton = nullptr;
    std::map<std::string, Side> m_chosen; // fields the clerk chose; the others follow core's defaults
    std::vector<Row> m_rows;
};

} // namespace relawas::gui
