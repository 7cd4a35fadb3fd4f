#pragma once

#include "printouts/PrintoutData.h"
#include "printouts/ProgrammeReportData.h"
#include "printouts/VillageRosterData.h"

#include <vector>

#include <QString>

namespace relawas::printouts {

// Each writes a PDF (A4, the title and "Relawas" as creator in its metadata) and returns its number of pages. The
// file is whole or absent: it is written beside the target and renamed over it only when complete. Throws
// PrintoutError: NotWritten when the file cannot be written (the folder is missing, no permission, the disk is full),
// NothingToPrint for an empty list of cards or certificates.
int saveAttendanceSheetPdf(const AttendanceSheetData& data, const QString& path);
int saveIdCardsPdf(const std::vector<IdCardData>& cards, const QString& path);
int saveCertificatesPdf(const std::vector<CertificateData>& certificates, const QString& path);
// The Daftar Relawan Desa of one village or of several, each from a new page; NothingToPrint for no village.
int saveVillageRostersPdf(const std::vector<VillageRosterSheetData>& villages, const QString& path);
// The Laporan Pengawasan Partisipatif of a region and a period.
int saveProgrammeReportPdf(const ProgrammeReportData& report, const QString& path);

} // namespace relawas::printouts
