#pragma once

#include "common/PageCache.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "people/duplicates/VillageNames.h"

#include <filesystem>
#include <memory>
#include <utility>
#include <vector>

#include <QAbstractTableModel>

namespace relawas::core {
class Database;
struct Progress;
} // namespace relawas::core

namespace relawas::gui {

// The "kemungkinan duplikat" list of a scope as a table that pages from core::DuplicateFinder: rowCount() is the
// number of pairs, and the rows are read a page at a time when a view asks for them, the few pages read last kept.
// NIKs show masked as in the roster.
//
// The finder lists the pairs once per database version, which takes seconds at a million people. So the model works
// over a connection and a finder of its own, and loading is three steps: setQuery() empties the table,
// computePairs() does the slow part (on a worker thread: the table shows no rows meanwhile, so nothing else touches
// the connection), and setPairCount() shows the rows, which are then read from the finder's cache.
class DuplicatePairModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatePairModel)

public:
    enum Column
    {
        ScoreColumn,
        NameAColumn,
        NameBColumn,
        BirthDateColumn,
        VillageColumn,
        NikAColumn,
        NikBColumn,
        ReasonsColumn,
        ColumnCount
    };
    enum Role
    {
        UuidARole = Qt::UserRole + 1,
        UuidBRole
    };

    static constexpr int kPageSize = 100;
    static constexpr int kPagesKept = 4;

    explicit DuplicatePairModel(const std::filesystem::path& databasePath, QObject* parent = nullptr);
    ~DuplicatePairModel() override;

    void setQuery(const QString& scopeCode, int threshold);
    qint64 computePairs(const core::Progress& progress);
    void setPairCount(qint64 count);

    int threshold() const { return m_threshold; }

    // Test hook: how many pairs the model holds right now.
    int cachedRowCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const core::DuplicateFinder::Pair* pairAt(int row) const;
    QString villagesText(const core::DuplicateFinder::Pair& pair) const;
    static QString reasonsText(const std::vector<std::string>& reasons);

    std::unique_ptr<core::Database> m_db;
    core::DuplicateFinder m_finder;
    VillageNames m_villages;
    std::string m_scope;
    int m_threshold = 80;
    qint64 m_total = 0;
    // The pages read last, most recent first: (page number, pairs).
    mutable PageCache<core::DuplicateFinder::Pair, kPageSize, kPagesKept> m_pages;
};

} // namespace relawas::gui
