#pragma once

#include "common/PageCache.h"
#include "core/roster/RosterQuery.h"

#include <utility>
#include <vector>

#include <QAbstractTableModel>
#include <QSet>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The roster as a table that pages from SQL. rowCount() is the number of people the filter matches; the rows
// themselves are read a page at a time when a view asks for them, and only the few pages read last are kept, so a
// million people never sit in memory. Filter, search and sort run in the database (core::RosterQuery).
// NIKs show masked; setNikRevealed() unmasks one person's, and the caller writes that to the audit log.
class RosterModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterModel)

public:
    enum Column
    {
        NameColumn,
        NikColumn,
        GenderColumn,
        AgeColumn,
        VillageColumn,
        KecamatanColumn,
        RolesColumn,
        PhoneColumn,
        TrainingsColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        FullNikRole,     // the NIK unmasked: for the reveal action only
        NikRevealedRole, // bool
        VillageCodeRole
    };

    static constexpr int kPageSize = 200;
    static constexpr int kPagesKept = 4;

    explicit RosterModel(core::Database& db, QObject* parent = nullptr);

    void setFilter(const core::RosterFilter& filter);
    const core::RosterFilter& filter() const { return m_filter; }
    core::RosterSort rosterSort() const { return m_sort; }
    int sortColumn() const;
    static bool isSortable(int column);
    qint64 totalCount() const { return m_total; }

    // Counts and reads again (after a change to the people behind it).
    void refresh();

    // Shows (or masks again) the NIK of one person, wherever they are in the roster; by uuid, which a reset of the
    // model (a filter typed meanwhile) leaves meaning the same person.
    void setNikRevealed(const QString& uuid, bool revealed);

    // Test hook: how many rows' data the model holds right now.
    int cachedRowCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const core::RosterRow* rowAt(int row) const;
    void recount();
    QString rolesText(const std::string& ids) const;

    core::Database& m_db;
    core::RosterFilter m_filter;
    core::RosterSort m_sort;
    qint64 m_total = 0;
    QSet<QString> m_revealed; // uuids
    // The pages read last, most recent first: (page number, rows).
    mutable PageCache<core::RosterRow, kPageSize, kPagesKept> m_pages;
};

} // namespace relawas::gui
