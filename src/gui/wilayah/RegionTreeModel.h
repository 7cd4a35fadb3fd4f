#pragma once

#include "core/programme/KampungProgramme.h"
#include "core/regions/Region.h"

#include <map>
#include <optional>
#include <vector>

#include <QAbstractItemModel>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Kecamatan -> desa/kelurahan of one kabupaten (or of one kecamatan), with codes and programme status. A kabupaten
// holds at most a few hundred villages, so the whole scope is read in one query.
class RegionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RegionTreeModel)

public:
    enum Column
    {
        NameColumn,
        CodeColumn,
        LevelColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        IsVillageRole
    };

    RegionTreeModel(core::Database& db, QObject* parent = nullptr);

    // Shows the kecamatan under `code` (a kabupaten/kota), or just the kecamatan `code` itself.
    void setScope(const QString& code);
    QString scope() const { return m_scope; }

    // Re-reads the programme status of one village after it was saved.
    void refreshVillage(const QString& code);
    QModelIndex indexOfCode(const QString& code) const;
    int villageCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Village
    {
        core::Region region;
        std::optional<core::KampungStage> stage;
    };
    struct Kecamatan
    {
        core::Region region;
        std::vector<Village> villages;
    };

    Village* villageAt(const QModelIndex& index);
    const Village* villageAt(const QModelIndex& index) const;
    const Kecamatan* kecamatanAt(const QModelIndex& index) const;

    core::Database& m_db;
    QString m_scope;
    std::vector<Kecamatan> m_kecamatan;
};

} // namespace relawas::gui
