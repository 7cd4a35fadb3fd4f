#include "people/registration/PersonRolesModel.h"

#include "common/DateText.h"
#include "common/DomainText.h"

#include <QBrush>
#include <QColor>

namespace relawas::gui {

PersonRolesModel::PersonRolesModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PersonRolesModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int PersonRolesModel::rowOf(const std::string& roleUuid) const
{
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].role.meta.uuid == roleUuid) {
            return int(row);
        }
    }
    return -1;
}

int PersonRolesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonRolesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonRolesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case KindColumn:
            return DomainText::role(row.role.kind);
        case ScopeColumn:
            return row.scopeName;
        case StartColumn:
            return formatUserDate(row.role.startDate);
        case EndColumn:
            return formatUserDate(row.role.endDate);
        case ReasonColumn:
            return QString::fromStdString(row.role.endReason);
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (row.role.endDate) {
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        }
        return {};
    case UuidRole:
        return QString::fromStdString(row.role.meta.uuid);
    case EndedRole:
        return row.role.endDate.has_value();
    default:
        return {};
    }
}

QVariant PersonRolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case KindColumn:
        return tr("Role");
    case ScopeColumn:
        return tr("Region");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace relawas::gui
