#pragma once

// The papers of a training, gathered from the database into what the printouts paint: the daftar hadir of a day,
// the ID cards and the certificates. The GUI previews and prints them, the CLI saves them as PDF; both get the same
// papers from here. Nothing here writes: card codes and certificate numbers are issued by the training service
// before their papers are gathered.

#include "core/organising/TrainingService.h"
#include "core/trainings/Training.h"
#include "printouts/PrintoutData.h"

#include <vector>

#include <QDate>

namespace relawas::core {
class Database;
}

namespace relawas::paperwork {

// How the daftar hadir of a day is printed.
struct SheetChoice
{
    int day = 1;            // 1-based day of the training
    bool withTimes = false; // false: blank, to be signed; true: the check-in times where known
    int spareRows = 10;     // numbered blank rows for those who come without being listed
};
inline constexpr int kMostSpareRows = 200;

// The living invitations of the day's list (speakers, committee, participants), with the kop of the office that holds
// the training. `choice.day` must be a day of the training.
printouts::AttendanceSheetData attendanceSheet(core::Database& db, const core::Training& training,
                                               const SheetChoice& choice);

// A card for everyone expected at the training who holds a current card code, in the list's order. Those without one
// are left out: issue the missing codes first (TrainingService::issueMissingCardCodes).
std::vector<printouts::IdCardData> idCards(core::Database& db, const core::Training& training);

// The certificates of `issued` (TrainingService::issueCertificates), signed for on `signingDate`.
std::vector<printouts::CertificateData> certificates(core::Database& db, const core::Training& training,
                                                     const std::vector<core::IssuedCertificate>& issued,
                                                     const QDate& signingDate);

// A training date as the printouts take it.
QDate qDate(const core::Date& date);

} // namespace relawas::paperwork
