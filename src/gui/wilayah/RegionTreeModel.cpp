#include "wilayah/RegionTreeModel.h"

#include "common/DomainText.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"

#include <QFont>

namespace relawas::gui {

namespace {
// Internal ids: 0 for a kecamatan row, kecamatan row + 1 for a village row.
constexpr quintptr kTopLevel = 0;
} // namespace

RegionTreeModel::RegionTreeModel(core::Database& db, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
{}

void RegionTreeModel::setScope(const QString& code)
{
    beginResetModel();
    m_scope = code;
    m_kecamatan.clear();
    const core::RegionRepository regions(m_db);
    const std::string scope = code.toStdString();
    const auto root = regions.find(scope);
    if (root && root->level == core::RegionLevel::Kecamatan) {
        m_kecamatan.push_back({*root, {}});
    } else if (root) {
        for (auto& kecamatan : regions.children(scope)) {
            m_kecamatan.push_back({std::move(kecamatan), {}});
        }
    }
    const auto stages = core::KampungRepository(m_db).stagesUnder(scope);
    for (auto& kecamatan : m_kecamatan) {
        for (auto& village : regions.children(kecamatan.region.code)) {
            const auto stage = stages.find(village.code);
            kecamatan.villages.push_back(
                {std::move(village), stage == stages.end() ? std::nullopt : std::optional(stage->second)});
        }
    }
    endResetModel();
}

void RegionTreeModel::refreshVillage(const QString& code)
{
    const QModelIndex found = indexOfCode(code);
    Village* village = villageAt(found);
    if (!village) {
        return;
    }
    const auto programme = core::KampungRepository(m_db).find(code.toStdString());
    village->stage = programme ? std::optional(programme->stage) : std::nullopt;
    emit dataChanged(found.siblingAtColumn(NameColumn), found.siblingAtColumn(StatusColumn));
}

QModelIndex RegionTreeModel::indexOfCode(const QString& code) const
{
    const std::string wanted = code.toStdString();
    for (std::size_t k = 0; k < m_kecamatan.size(); ++k) {
        const auto& kecamatan = m_kecamatan[k];
        if (kecamatan.region.code == wanted) {
            return index(int(k), 0);
        }
        for (std::size_t v = 0; v < kecamatan.villages.size(); ++v) {
            if (kecamatan.villages[v].region.code == wanted) {
                return index(int(v), 0, index(int(k), 0));
            }
        }
    }
    return {};
}

int RegionTreeModel::villageCount() const
{
    int count = 0;
    for (const auto& kecamatan : m_kecamatan) {
        count += int(kecamatan.villages.size());
    }
    return count;
}

QModelIndex RegionTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, kTopLevel);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex RegionTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int RegionTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_kecamatan.size());
    }
    if (parent.column() != 0 || parent.internalId() != kTopLevel) {
        return 0;
    }
    return int(m_kecamatan[std::size_t(parent.row())].villages.size());
}

int RegionTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const RegionTreeModel::Kecamatan* RegionTreeModel::kecamatanAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() != kTopLevel) {
        return nullptr;
    }
    return &m_kecamatan[std::size_t(index.row())];
}

RegionTreeModel::Village* RegionTreeModel::villageAt(const QModelIndex& index)
{
    if (!index.isValid() || index.internalId() == kTopLevel) {
        return nullptr;
    }
    return &m_kecamatan[std::size_t(index.internalId() - 1)].villages[std::size_t(index.row())];
}

const RegionTreeModel::Village* RegionTreeModel::villageAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kTopLevel) {
        return nullptr;
    }
    return &m_kecamatan[std::size_t(index.internalId() - 1)].villages[std::size_t(index.row())];
}

QVariant RegionTreeModel::data(const QModelIndex& index, int role) const
{
    const Kecamatan* kecamatan = kecamatanAt(index);
    const Village* village = villageAt(index);
    if (!kecamatan && !village) {
        return {};
    }
    const core::Region& region = kecamatan ? kecamatan->region : village->region;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return QString::fromStdString(region.name);
        case CodeColumn:
            return QString::fromStdString(region.code);
        case LevelColumn:
            return DomainText::level(region.level);
        case StatusColumn:
            if (kecamatan) {
                return tr("%n village(s)", nullptr, int(kecamatan->villages.size()));
            }
            return village->stage ? DomainText::stage(*village->stage) : QString();
        }
        break;
    case Qt::FontRole:
        if (kecamatan && index.column() == NameColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case CodeRole:
        return QString::fromStdString(region.code);
    case IsVillageRole:
        return village != nullptr;
    default:
        break;
    }
    return {};
}

QVariant RegionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CodeColumn:
        return tr("Code");
    case LevelColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Kampung Pengawasan status");
    }
    return {};
}

} // namespace relawas::gui
