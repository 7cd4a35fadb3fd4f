#include "common/DateText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace relawas::gui {

namespace {

// "86" is 1986 and "26" 2026 in 2026: the latest year with those two digits that is not after this one.
int fullYear(const QString& digits, const QDate& today)
{
    if (digits.size() == 4) {
        return digits.toInt();
    }
    const int century = today.year() / 100 * 100;
    const int year = century + digits.toInt();
    return year > today.year() ? year - 100 : year;
}

} // namespace

UserDate parseUserDate(const QString& text, const QDate& today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    int year = 0;
    int month = 0;
    int day = 0;
    if (const auto m = dayFirst.match(trimmed); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = fullYear(m.captured(3), today);
    } else if (const auto y = yearFirst.match(trimmed); y.hasMatch()) {
        year = y.captured(1).toInt();
        month = y.captured(2).toInt();
        day = y.captured(3).toInt();
    } else {
        return {false, std::nullopt,
                QCoreApplication::translate("DateText", "“%1” is not a date: write it as dd/mm/yyyy, e.g. 14/02/2029.")
                    .arg(trimmed)};
    }
    const QDate date(year, month, day);
    if (date.isValid()) {
        return {true, fromQDate(date), {}};
    }
    if (month < 1 || month > 12) {
        return {false, std::nullopt,
                QCoreApplication::translate("DateText", "“%1” has no month %2: write it as dd/mm/yyyy.")
                    .arg(trimmed)
                    .arg(month)};
    }
    //: A day that is not in the calendar, e.g. "29 February 2001 does not exist."
    return {false, std::nullopt,
            QCoreApplication::translate("DateText", "%1 %2 %3 does not exist.")
                .arg(day)
                .arg(QLocale().standaloneMonthName(month))
                .arg(year)};
}

QString formatStoredTime(const std::string& isoUtc)
{
    const QString text = QString::fromStdString(isoUtc);
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid()) {
        moment = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!moment.isValid()) {
        return text;
    }
    const QLocale locale;
    const QDateTime local = moment.toLocalTime();
    //: A stored moment: the date with the month's name, then the time, e.g. "3 Desember 2026 17.11"
    return QCoreApplication::translate("DateText", "%1 %2")
        .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
             locale.toString(local.time(), QLocale::ShortFormat));
}

QString formatDateRange(const core::Date& first, const core::Date& last)
{
    const QLocale locale;
    const QDate from = toQDate(first);
    const QDate to = toQDate(last);
    const QString whole = QStringLiteral("d MMMM yyyy");
    if (from >= to) {
        return locale.toString(from, whole);
    }
    if (from.year() != to.year()) {
        return QStringLiteral("%1 – %2").arg(locale.toString(from, whole), locale.toString(to, whole));
    }
    if (from.month() != to.month()) {
        return QStringLiteral("%1 – %2").arg(locale.toString(from, QStringLiteral("d MMMM")),
                                             locale.toString(to, whole));
    }
    return QStringLiteral("%1–%2").arg(from.day()).arg(locale.toString(to, whole));
}

QDate toQDate(const core::Date& date)
{
    return {int(date.year()), int(unsigned(date.month())), int(unsigned(date.day()))};
}

core::Date fromQDate(const QDate& date)
{
    return core::Date{std::chrono::year{date.year()}, std::chrono::month{unsigned(date.month())},
                      std::chrono::day{unsigned(date.day())}};
}

QString formatUserDate(const std::optional<core::Date>& date)
{
    if (!date) {
        return {};
    }
    return QStringLiteral("%1/%2/%3")
        .arg(unsigned(date->day()), 2, 10, QLatin1Char('0'))
        .arg(unsigned(date->month()), 2, 10, QLatin1Char('0'))
        .arg(int(date->year()), 4, 10, QLatin1Char('0'));
}

} // namespace relawas::gui
