#include "printouts/PrintoutText.h"

#include <QCoreApplication>

namespace relawas::printouts {

QLocale printoutLocale()
{
    //: The locale whose day and month names and decimal separator the printouts use: id_ID in Indonesian.
    return QLocale(QCoreApplication::translate("relawas::printouts::Printouts", "en_GB"));
}

QString longDate(const QDate& date)
{
    return printoutLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString dayAndDate(const QDate& date)
{
    return printoutLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy"));
}

QString dateRange(const QDate& first, const QDate& last)
{
    if (!last.isValid() || last <= first) {
        return longDate(first);
    }
    const QLocale locale = printoutLocale();
    if (first.year() != last.year()) {
        return QStringLiteral("%1 – %2").arg(longDate(first), longDate(last));
    }
    if (first.month() != last.month()) {
        return QStringLiteral("%1 – %2").arg(locale.toString(first, QStringLiteral("d MMMM")), longDate(last));
    }
    return QStringLiteral("%1–%2").arg(first.day()).arg(longDate(last));
}

QString pageOfPages(int page, int pages)
{
    return QCoreApplication::translate("relawas::printouts::Printouts", "Page %1 of %2").arg(page).arg(pages);
}

} // namespace relawas::printouts
