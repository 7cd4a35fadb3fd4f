#pragma once

// The founding example of the printouts: the Rakernis of Bawaslu Kabupaten Batu Bara on Sunday 15 September 2024
// at the Singapore City Hotel in Kecamatan Sei Balai, with plausible people of the kabupaten. Made up: no real
// person's name, and no NIK anywhere but masked ones.

#include "printouts/PrintoutData.h"
#include "printouts/ProgrammeReportData.h"
#include "printouts/VillageRosterData.h"

#include <vector>

namespace relawas::printouts::testing {

SheetHeader rakernisHeader();
// The first `count` people of the example, in the sheet's order; every third has checked in, at 07:3x or 08:xx.
std::vector<AttendanceRow> rakernisPeople(int count);
AttendanceSheetData rakernisAttendance(int people, int spareRows, bool fillTimes);
std::vector<IdCardData> rakernisCards(int count);
std::vector<CertificateData> rakernisCertificates(int count);

// The Daftar Relawan Desa of Durian (Medang Deras), a designated Kampung Pengawasan printed on the day of the
// Rakernis, with `people` people of the example (the first its PKD, the second its coordinator, every fifth without a
// phone) and NIKs as the core masks them; `programme` false: a village outside the programme.
VillageRosterSheetData durianRoster(int people, bool programme = true);

// The Laporan Pengawasan Partisipatif of Kabupaten Batu Bara for January to November 2024: made-up figures of its 12
// kecamatan, the Rakernis of 15 September 2024 (57 of 60 participant-days present) first among `trainings` trainings,
// and three programme villages with their SK (Durian's "045/PM.00.02/K.SU-19/08/2024") and MoU.
ProgrammeReportData batuBaraReport(int trainings);

// The card code of the n-th person: 8 characters of the alphabet cards use (no 0/O, 1/I).
QString cardCodeOf(int index);

} // namespace relawas::printouts::testing
