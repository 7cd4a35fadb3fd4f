#include "desk/OutcomeText.h"

#include "common/DateText.h"
#include "common/DomainText.h"

#include <QDateTime>

namespace relawas::gui {

QString OutcomeText::localTime(const std::string& utcTimestamp)
{
    QDateTime at = QDateTime::fromString(QString::fromStdString(utcTimestamp), Qt::ISODate);
    if (!at.isValid()) {
        return QString::fromStdString(utcTimestamp);
    }
    at.setTimeSpec(Qt::UTC);
    return at.toLocalTime().toString(QStringLiteral("HH:mm"));
}

QString OutcomeText::personLine(const core::DeskPerson& person)
{
    QStringList parts{QString::fromStdString(person.fullName)};
    if (person.part) {
        parts << DomainText::part(*person.part);
    }
    if (!person.kecamatanName.empty() || !person.villageName.empty()) {
        parts << tr("%1 / %2").arg(QString::fromStdString(person.kecamatanName),
                                   QString::fromStdString(person.villageName));
    }
    return parts.join(QStringLiteral(" · "));
}

OutcomeLook OutcomeText::look(const core::CheckInOutcome& outcome, const core::Training& training)
{
    using core::CheckInResult;
    const QString who = outcome.person ? personLine(*outcome.person) : QString();
    const QString input = QString::fromStdString(outcome.input);
    switch (outcome.result) {
    case CheckInResult::CheckedIn:
        return {tr("Checked in at %1").arg(localTime(outcome.checkedInAt)), who, QStringLiteral("circle-check"),
                Theme::Colour::Success, 1};
    case CheckInResult::AlreadyCheckedIn:
        return {tr("Already checked in at %1").arg(localTime(outcome.checkedInAt)), who, QStringLiteral("clock-check"),
                Theme::Colour::Warning, 2};
    case CheckInResult::NotInvited:
        return {tr("Not on the list"), tr("%1. Press F2 to add as a walk-in.").arg(who),
                QStringLiteral("user-question"), Theme::Colour::Warning, 3};
    case CheckInResult::Unknown:
        return {tr("Not found"),
                outcome.method == core::CheckInMethod::Name
                    ? tr("Nobody is called \"%1\". Press F3 to register a walk-in.").arg(input)
                    : tr("No card or NIK \"%1\". Try the name.").arg(input),
                QStringLiteral("help-circle"), Theme::Colour::Error, 3};
    case CheckInResult::Cancelled:
        return {tr("Invitation cancelled"), tr("%1. Press F2 to admit anyway as a walk-in.").arg(who),
                QStringLiteral("ban"), Theme::Colour::Error, 3};
    case CheckInResult::WrongDay: {
        const QString dates =
            training.dayCount() > 1
                ? tr("%1 to %2").arg(formatUserDate(training.startDate), formatUserDate(training.endDate))
                : formatUserDate(training.startDate);
        return {tr("Not a day of this training"),
                tr("%1 is held on %2.").arg(QString::fromStdString(training.title), dates),
                QStringLiteral("calendar-x"), Theme::Colour::Error, 3};
    }
    case CheckInResult::Ambiguous:
        return {tr("%n people match: pick one", nullptr, int(outcome.matches.size())),
                tr("Use the arrow keys and Enter, or type more of the name."), QStringLiteral("users-group"),
                Theme::Colour::Accent, 3};
    case CheckInResult::RevokedCard:
        return {tr("This card was replaced"), tr("%1. Ask for the new card, or type the NIK.").arg(who),
                QStringLiteral("credit-card-off"), Theme::Colour::Error, 3};
    }
    return {};
}

} // namespace relawas::gui
