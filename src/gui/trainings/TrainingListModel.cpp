#include "trainings/TrainingListModel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "core/base/Error.h"

#include <cmath>

#include <QLocale>

#include <spdlog/spdlog.h>

namespace relawas::gui {

TrainingListModel::TrainingListModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{}

void TrainingListModel::setScope(const QString& code)
{
    m_scope = code;
    refresh();
}

void TrainingListModel::refresh()
{
    beginResetModel();
    load();
    endResetModel();
}

void TrainingListModel::load()
{
    m_failure.clear();
    try {
        m_rows = core::trainingsConcerning(m_db, m_scope.toStdString());
    } catch (const core::Error& e) {
        spdlog::error("reading the trainings of {} failed: {}", m_scope.toStdString(), e.what());
        m_rows.clear();
        m_failure = ErrorText::describe(e);
    }
}

const core::TrainingSummary* TrainingListModel::summaryAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_rows[std::size_t(row)] : nullptr;
}

int TrainingListModel::rowOf(const QString& uuid) const
{
    const std::string wanted = uuid.toStdString();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].training.meta.uuid == wanted) {
            return int(row);
        }
    }
    return -1;
}

QString TrainingListModel::presentText(const core::TrainingSummary& summary)
{
    QStringList days;
    for (const int present : summary.presentByDay) {
        days << QLocale().toString(present);
    }
    return days.join(QStringLiteral(" · "));
}

QString TrainingListModel::rateText(const core::TrainingSummary& summary)
{
    const auto rate = summary.attendanceRate();
    if (!rate) {
        return QStringLiteral("—");
    }
    //: An attendance rate in percent, e.g. "87%"
    return tr("%1%").arg(QLocale().toString(std::lround(*rate * 100)));
}

int TrainingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrainingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::TrainingSummary& summary = m_rows[std::size_t(index.row())];
    const core::Training& training = summary.training;
    switch (role) {
    case UuidRole:
        return QString::fromStdString(training.meta.uuid);
    case Qt::TextAlignmentRole:
        return index.column() >= InvitedColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: // a title or venue too long for its column is read whole here
        if (index.column() != TitleColumn && index.column() != VenueColumn) {
            return {};
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case KindColumn:
        return DomainText::trainingKind(training.kind);
    case TitleColumn:
        return QString::fromStdString(training.title);
    case DatesColumn:
        return formatDateRange(training.startDate, training.endDate);
    case VenueColumn:
        return QString::fromStdString(training.venue);
    case InvitedColumn:
        return summary.expected;
    case PresentColumn:
        return presentText(summary);
    case RateColumn:
        return rateText(summary);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TrainingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Title");
    case DatesColumn:
        return tr("Dates");
    case VenueColumn:
        return tr("Venue");
    case InvitedColumn:
        return tr("Invited");
    case PresentColumn:
        return tr("Present per day");
    case RateColumn:
        return tr("Attendance rate");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace relawas::gui
