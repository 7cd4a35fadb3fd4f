#include "common/DateText.h"

#include <QRegularExpression>

namespace relawas::gui {

UserDate parseUserDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    QDate date;
    if (const auto m = dayFirst.match(trimmed); m.hasMatch()) {
        date = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    } else if (const auto y = yearFirst.match(trimmed); y.hasMatch()) {
        date = QDate(y.captured(1).toInt(), y.captured(2).toInt(), y.captured(3).toInt());
    }
    if (!date.isValid()) {
        return {false, std::nullopt};
    }
    return {true, fromQDate(date)};
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
