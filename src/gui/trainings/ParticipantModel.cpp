#include "trainings/ParticipantModel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/trainings/CardCode.h"

#include <QDateTime>
#include <QLocale>

#include <spdlog/spdlog.h>

namespace relawas::gui {

ParticipantModel::ParticipantModel(core::Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    // Drawn in the palette's colours when painted, so one of each serves every row.
    , m_statusIcons{Icons::icon(QStringLiteral("mail")), Icons::icon(QStringLiteral("circle-check")),
                    Icons::icon(QStringLiteral("circle-x")), Icons::icon(QStringLiteral("ban"))}
{
    static_assert(std::size(core::kAllInvitationStatuses) == 4);
}

void ParticipantModel::setTraining(const std::optional<core::Training>& training)
{
    beginResetModel();
    m_training = training;
    load();
    endResetModel();
}

void ParticipantModel::setPartFilter(std::optional<core::InvitationPart> part)
{
    beginResetModel();
    m_part = part;
    m_shown.clear();
    for (const core::Participant& participant : m_all) {
        if (!m_part || participant.invitation.part == *m_part) {
            m_shown.push_back(&participant);
        }
    }
    endResetModel();
}

void ParticipantModel::refresh()
{
    setTraining(m_training);
}

void ParticipantModel::load()
{
    m_failure.clear();
    m_shown.clear();
    m_all.clear();
    if (!m_training) {
        return;
    }
    try {
        m_all = core::participantsOf(m_db, *m_training, true);
    } catch (const core::Error& e) {
        spdlog::error("reading the participants of training {} failed: {}", m_training->meta.uuid, e.what());
        m_failure = ErrorText::describe(e);
    }
    for (const core::Participant& participant : m_all) {
        if (!m_part || participant.invitation.part == *m_part) {
            m_shown.push_back(&participant);
        }
    }
}

const core::Participant* ParticipantModel::participantAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_shown[std::size_t(row)] : nullptr;
}

int ParticipantModel::rowOfPerson(const QString& personUuid) const
{
    const std::string wanted = personUuid.toStdString();
    for (std::size_t row = 0; row < m_shown.size(); ++row) {
        if (m_shown[row]->invitation.personUuid == wanted) {
            return int(row);
        }
    }
    return -1;
}

int ParticipantModel::dayCount() const
{
    return m_training ? m_training->dayCount() : 0;
}

ParticipantModel::Counts ParticipantModel::counts() const
{
    Counts counts;
    counts.presentByDay.assign(std::size_t(dayCount()), 0);
    for (const core::Participant* participant : m_shown) {
        (participant->invitation.expected() ? counts.expected : counts.notExpected) += 1;
        for (std::size_t day = 0; day < counts.presentByDay.size() && day < participant->checkedInAt.size(); ++day) {
            counts.presentByDay[day] += participant->checkedInAt[day].empty() ? 0 : 1;
        }
    }
    return counts;
}

QString ParticipantModel::timeOfDay(const std::string& isoUtc)
{
    const QString text = QString::fromStdString(isoUtc);
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        moment = QDateTime::fromString(text, Qt::ISODate);
    }
    return moment.isValid() ? moment.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

int ParticipantModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int ParticipantModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_training ? 0 : FirstDayColumn + dayCount();
}

QVariant ParticipantModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::Participant& participant = *m_shown[std::size_t(index.row())];
    const int column = index.column();
    const int day = column - FirstDayColumn;
    switch (role) {
    case PersonUuidRole:
        return QString::fromStdString(participant.invitation.personUuid);
    case InvitationUuidRole:
        return QString::fromStdString(participant.invitation.meta.uuid);
    case CheckedInAtRole:
        return day >= 0 && std::size_t(day) < participant.checkedInAt.size()
                   ? QString::fromStdString(participant.checkedInAt[std::size_t(day)])
                   : QString();
    case Qt::DisplayRole:
        return display(participant, index.row(), column);
    case Qt::DecorationRole:
        return column == StatusColumn ? QVariant(m_statusIcons[std::size_t(participant.invitation.status)])
                                      : QVariant();
    case Qt::ForegroundRole: // off the list: still shown, but in the muted colour, next to its status in words
        return participant.invitation.expected() ? QVariant() : QVariant(Theme::colour(Theme::Colour::MutedText));
    case Qt::TextAlignmentRole:
        return column == NumberColumn || day >= 0 ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == NameColumn && !participant.roles.empty()) {
            QStringList roles;
            for (const core::RoleKind kind : participant.roles) {
                roles << DomainText::role(kind);
            }
            return tr("%1: %2").arg(QString::fromStdString(participant.fullName), roles.join(QStringLiteral(", ")));
        }
        if (day >= 0 && std::size_t(day) < participant.checkedInAt.size() &&
            !participant.checkedInAt[std::size_t(day)].empty()) {
            return formatStoredTime(participant.checkedInAt[std::size_t(day)]);
        }
        return column == OriginColumn ? display(participant, index.row(), column) : QVariant();
    default:
        return {};
    }
}

QVariant ParticipantModel::display(const core::Participant& participant, int row, int column) const
{
    switch (column) {
    case NumberColumn:
        return row + 1;
    case NameColumn:
        return QString::fromStdString(participant.fullName);
    case PartColumn:
        return DomainText::part(participant.invitation.part);
    case StatusColumn:
        return participant.invitation.walkIn
                   ? tr("%1 (walk-in)").arg(DomainText::invitationStatus(participant.invitation.status))
                   : DomainText::invitationStatus(participant.invitation.status);
    case OriginColumn:
        if (participant.kecamatanName.empty()) {
            return QString::fromStdString(participant.villageName);
        }
        //: Where a participant lives: the kecamatan, then the village, e.g. "Sei Balai / Durian"
        return tr("%1 / %2").arg(QString::fromStdString(participant.kecamatanName),
                                 QString::fromStdString(participant.villageName));
    case CardColumn:
        return participant.cardCode.empty() ? QString()
                                            : QString::fromStdString(core::groupedCardCode(participant.cardCode));
    default:
        break;
    }
    const int day = column - FirstDayColumn;
    if (day >= 0 && std::size_t(day) < participant.checkedInAt.size()) {
        return timeOfDay(participant.checkedInAt[std::size_t(day)]);
    }
    return {};
}

QVariant ParticipantModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const int day = section - FirstDayColumn;
    if (role == Qt::ToolTipRole && day >= 0) {
        return QLocale().toString(toQDate(m_training->day(day + 1)), QStringLiteral("dddd, d MMMM yyyy"));
    }
    if (role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NumberColumn:
        //: The column of row numbers in a list of people
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case PartColumn:
        return tr("Part");
    case StatusColumn:
        return tr("Status");
    case OriginColumn:
        return tr("District / Village");
    case CardColumn:
        return tr("Card code");
    default:
        break;
    }
    // A one-day event has one column of check-ins; the days of a longer one are numbered.
    return dayCount() == 1 ? tr("Check-in") : tr("Day %1").arg(day + 1);
}

} // namespace relawas::gui
