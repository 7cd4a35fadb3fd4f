#pragma once

// Internal to the printouts: dates, numbers and page numbers in the language of the loaded translation.

#include <QDate>
#include <QLocale>
#include <QString>

namespace relawas::printouts {

// The locale of the printouts' translation: Indonesian (day and month names, decimal comma) with the Indonesian
// translation, British English without it, so a printout never mixes the two languages.
QLocale printoutLocale();

QString longDate(const QDate& date);                      // "15 September 2024"
QString dayAndDate(const QDate& date);                    // "Minggu, 15 September 2024"
QString dateRange(const QDate& first, const QDate& last); // "15–16 September 2024", "30 September – 1 Oktober 2024"
QString pageOfPages(int page, int pages);                 // "Halaman 2 dari 3"

} // namespace relawas::printouts
