#pragma once

#include "core/organising/ParticipantList.h"

#include <array>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QIcon>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The list of one training as core orders it (speakers, then the committee, then participants; by kecamatan and
// name), cancelled and declined invitations included so that nobody taken off the list vanishes from it, with one
// column per day holding the local time of the check-in. A training's list is a few hundred people at most, so it is
// read whole and filtered by part in memory.
class ParticipantModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantModel)

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        PartColumn,
        StatusColumn,
        OriginColumn,
        CardColumn,
        FirstDayColumn // then one column per day
    };
    enum Role
    {
        PersonUuidRole = Qt::UserRole + 1,
        InvitationUuidRole,
        CheckedInAtRole // the stored UTC moment of a day's check-in
    };

    // What the counts line says about the rows shown.
    struct Counts
    {
        int expected = 0; // invited or confirmed
        int notExpected = 0;
        std::vector<int> presentByDay;
    };

    explicit ParticipantModel(core::Database& db, QObject* parent = nullptr);

    // The list of `training`, or nothing.
    void setTraining(const std::optional<core::Training>& training);
    const std::optional<core::Training>& training() const { return m_training; }
    // Only the people invited as `part`; none: everyone.
    void setPartFilter(std::optional<core::InvitationPart> part);
    std::optional<core::InvitationPart> partFilter() const { return m_part; }
    // Reads the list again.
    void refresh();

    const core::Participant* participantAt(int row) const;
    int rowOfPerson(const QString& personUuid) const;
    int dayCount() const;
    Counts counts() const;
    QString failure() const { return m_failure; }

    // "08:05": the local time of a stored UTC moment.
    static QString timeOfDay(const std::string& isoUtc);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void load();
    QVariant display(const core::Participant& participant, int row, int column) const;

    core::Database& m_db;
    std::optional<core::Training> m_training;
    std::optional<core::InvitationPart> m_part;
    std::vector<core::Participant> m_all;
    std::vector<const core::Participant*> m_shown;
    QString m_failure;
    std::array<QIcon, 4> m_statusIcons; // invited, confirmed, declined, cancelled
};

} // namespace relawas::gui
