#include "people/RosterModel.h"

#include "common/DomainText.h"
#include "core/base/Error.h"
#include "core/people/checks/Nik.h"
#include "core/people/checks/Phone.h"
#include "core/roster/RosterExport.h"

#include <climits>

#include <spdlog/spdlog.h>

namespace relawas::gui {

RosterModel::RosterModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    recount();
}

void RosterModel::setFilter(const core::RosterFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    recount();
    endResetModel();
}

void RosterModel::refresh()
{
    beginResetModel();
    recount();
    endResetModel();
}

void RosterModel::recount()
{
    m_pages.clear();
    try {
        m_total = core::RosterQuery(m_db).count(m_filter);
    } catch (const core::Error& e) {
        spdlog::error("counting the roster failed: {}", e.what());
        m_total = 0;
    }
}

int RosterModel::sortColumn() const
{
    switch (m_sort.column) {
    case core::RosterColumn::Nik:
        return NikColumn;
    case core::RosterColumn::Gender:
        return GenderColumn;
    case core::RosterColumn::Age:
        return AgeColumn;
    case core::RosterColumn::Village:
        return VillageColumn;
    case core::RosterColumn::Kecamatan:
        return KecamatanColumn;
    case core::RosterColumn::Phone:
        return PhoneColumn;
    case core::RosterColumn::Name:
    case core::RosterColumn::Roles:
    case core::RosterColumn::Trainings:
        break;
    }
    return NameColumn;
}

// Roles and trainings have no order in SQL (a list, and a count that comes with the trainings feature).
bool RosterModel::isSortable(int column)
{
    return column >= NameColumn && column < ColumnCount && column != RolesColumn && column != TrainingsColumn;
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column)) {
        return;
    }
    static constexpr core::RosterColumn kColumns[] = {
        core::RosterColumn::Name,  core::RosterColumn::Nik,     core::RosterColumn::Gender,
        core::RosterColumn::Age,   core::RosterColumn::Village, core::RosterColumn::Kecamatan,
        core::RosterColumn::Roles, core::RosterColumn::Phone,   core::RosterColumn::Trainings};
    const core::RosterSort wanted{kColumns[column], order == Qt::AscendingOrder};
    if (wanted.column == m_sort.column && wanted.ascending == m_sort.ascending) {
        return;
    }
    beginResetModel();
    m_sort = wanted;
    m_pages.clear();
    endResetModel();
}

void RosterModel::setNikRevealed(const QString& uuid, bool revealed)
{
    const bool changed = revealed ? !m_revealed.contains(uuid) : m_revealed.contains(uuid);
    if (!changed) {
        return;
    }
    if (revealed) {
        m_revealed.insert(uuid);
    } else {
        m_revealed.remove(uuid);
    }
    // The row is wherever the sort puts it; views repaint only what they show.
    if (rowCount() > 0) {
        emit dataChanged(index(0, NikColumn), index(rowCount() - 1, NikColumn));
    }
}

int RosterModel::cachedRowCount() const
{
    return m_pages.heldRows();
}

const core::RosterRow* RosterModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return m_pages.at(row, [this](long long offset, int limit) {
        try {
            return core::RosterQuery(m_db).page(m_filter, m_sort, offset, limit);
        } catch (const core::Error& e) {
            spdlog::error("reading roster rows from {} failed: {}", offset, e.what());
            return std::vector<core::RosterRow>{};
        }
    });
}

int RosterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, INT_MAX));
}

int RosterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RosterModel::rolesText(const std::string& ids) const
{
    QStringList names;
    for (const QString& id : QString::fromStdString(ids).split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
        const auto kind = core::roleKindFromId(id.toStdString());
        names << (kind ? DomainText::role(*kind) : id);
    }
    return names.join(QStringLiteral(", "));
}

QVariant RosterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::RosterRow* row = rowAt(index.row());
    if (!row) {
        return {};
    }
    const bool revealed = m_revealed.contains(QString::fromStdString(row->uuid));
    switch (role) {
    case UuidRole:
        return QString::fromStdString(row->uuid);
    case FullNikRole:
        return QString::fromStdString(row->nik);
    case NikRevealedRole:
        return revealed;
    case VillageCodeRole:
        return QString::fromStdString(row->villageCode);
    case Qt::TextAlignmentRole:
        return index.column() == AgeColumn || index.column() == TrainingsColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case Qt::ToolTipRole: // a name, village or roles too long for their column are read whole here
        if (index.column() != NameColumn && index.column() != VillageColumn && index.column() != KecamatanColumn &&
            index.column() != RolesColumn) {
            return {};
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case NameColumn:
        return QString::fromStdString(row->fullName);
    case NikColumn:
        return QString::fromStdString(revealed ? row->nik : core::maskNik(row->nik));
    case GenderColumn:
        return row->gender ? DomainText::gender(*row->gender) : QString();
    case AgeColumn: {
        const auto age = core::rosterAge(*row, m_filter.referenceDate);
        return age ? QVariant(*age) : QVariant();
    }
    case VillageColumn:
        return QString::fromStdString(row->villageName);
    case KecamatanColumn:
        return QString::fromStdString(row->kecamatanName);
    case RolesColumn:
        return rolesText(row->roles);
    case PhoneColumn:
        return QString::fromStdString(core::formatPhoneForDisplay(row->phone)); // "0812-3456-7890"
    case TrainingsColumn:
        return row->trainings;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case NikColumn:
        return tr("NIK");
    case GenderColumn:
        return tr("Gender");
    case AgeColumn:
        return tr("Age");
    case VillageColumn:
        return tr("Village");
    case KecamatanColumn:
        return tr("District");
    case RolesColumn:
        return tr("Roles");
    case PhoneColumn:
        return tr("Phone");
    case TrainingsColumn:
        return tr("Trainings");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace relawas::gui
