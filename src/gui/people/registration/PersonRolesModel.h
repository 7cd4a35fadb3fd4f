#pragma once

#include "core/people/Person.h"

#include <vector>

#include <QAbstractTableModel>

namespace relawas::gui {

// The roles one person holds and held, as the person form lists them: kind, scope (name and code), start, end and
// why it ended. Ended roles stay in the list, greyed: they are the person's history.
class PersonRolesModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersonRolesModel)

public:
    enum Column
    {
        KindColumn,
        ScopeColumn,
        StartColumn,
        EndColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        EndedRole // bool
    };

    struct Row
    {
        core::PersonRole role;
        QString scopeName; // "Durian (12.19.07.2004)"
    };

    explicit PersonRolesModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const core::PersonRole& roleAt(int row) const { return m_rows.at(std::size_t(row)).role; }
    int rowOf(const std::string& roleUuid) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace relawas::gui
