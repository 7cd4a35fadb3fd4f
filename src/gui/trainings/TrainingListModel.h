#pragma once

#include "core/organising/ParticipantList.h"

#include <vector>

#include <QAbstractTableModel>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The trainings that concern the scope (held for it, inside it, or for the kabupaten around it), newest first, with
// how many are expected and how many came each day. Unlike the roster this model holds every row: a kabupaten runs
// tens of trainings a year, hundreds at most, so reading the summaries of a scope at once is cheap and keeps the
// numbers of a row consistent with each other.
class TrainingListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingListModel)

public:
    enum Column
    {
        KindColumn,
        TitleColumn,
        DatesColumn,
        VenueColumn,
        InvitedColumn,
        PresentColumn,
        RateColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1
    };

    explicit TrainingListModel(core::Database& db, QObject* parent = nullptr);

    void setScope(const QString& code);
    QString scope() const { return m_scope; }
    // Reads the trainings of the scope again (after a save, an invitation or a check-in).
    void refresh();

    const core::TrainingSummary* summaryAt(int row) const;
    // The row of a training, or -1.
    int rowOf(const QString& uuid) const;
    // Why the last read failed, in the user's language; empty when it did not.
    QString failure() const { return m_failure; }

    // "52 · 48": present on each day; "—" before anyone was expected.
    static QString presentText(const core::TrainingSummary& summary);
    static QString rateText(const core::TrainingSummary& summary);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void load();

    core::Database& m_db;
    QString m_scope;
    std::vector<core::TrainingSummary> m_rows;
    QString m_failure;
};

} // namespace relawas::gui
