#pragma once

// What the Laporan Pengawasan Partisipatif shows, as plain values (see PrintoutData.h): counts of a region and its
// parts, its trainings and its programme villages, with the words already chosen by the caller. No person is named.

#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

namespace relawas::printouts {

// A kecamatan of a kabupaten (a village of a kecamatan, a province of the country): one row and one bar of each chart.
struct ProgrammeReportPart
{
    QString name;
    qint64 villages = 0;
    qint64 withVolunteer = 0;
    qint64 withPkd = 0;
    qint64 programmeVillages = 0;
    qint64 men = 0;
    qint64 women = 0;
    qint64 genderNotRecorded = 0;
};

struct ProgrammeReportAgeBand
{
    QString label; // "17–20", "60+", "tidak diketahui"
    qint64 men = 0;
    qint64 women = 0;
    bool unknownAge = false; // the volunteers whose birth date is not recorded
};

struct ProgrammeReportMonth
{
    QDate month; // its first day
    qint64 trainings = 0;
};

struct ProgrammeReportTrainingRow
{
    QString title;
    QString kind; // "Rakernis"
    QDate startDate;
    QDate endDate;
    QString venue;
    qint64 participants = 0;
    qint64 presentDays = 0;
    qint64 expectedDays = 0;
    std::optional<double> attendanceRate; // 0–1; none: not held yet
};

struct ProgrammeReportVillageRow
{
    QString kecamatanName;
    QString villageName;
    QString stage; // "Ditetapkan (SK)"
    QString skNumber;
    QDate skDate;
    QDate mouEndDate;
};

struct ProgrammeReportData
{
    QString scopeName;  // "Kabupaten Batu Bara"
    QString officeName; // "Bawaslu Kabupaten Batu Bara", who reports
    QStringList kop;    // "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BATU BARA"
    QDate from;         // invalid: the period has no start
    QDate to;           // invalid: no end
    QDate printedOn;
    QDate rolesOn;     // the day volunteers and ages are counted on (the election day)
    QString partTitle; // the column of the parts: "Kecamatan", "Desa/Kelurahan", "Provinsi"

    qint64 villages = 0;
    qint64 villagesWithVolunteer = 0;
    qint64 villagesWithPkd = 0;
    std::vector<std::pair<QString, qint64>> programmeByStage; // each stage's words and villages
    qint64 volunteers = 0;
    qint64 women = 0;
    qint64 firstTimeVoters = 0;
    qint64 withDisability = 0;
    qint64 trainingsHeld = 0; // of the period
    std::optional<double> attendanceRate;
    qint64 peopleTrained = 0;

    std::vector<ProgrammeReportPart> parts;
    std::vector<ProgrammeReportAgeBand> ages; // youngest first
    std::vector<ProgrammeReportMonth> months; // oldest first
    std::vector<ProgrammeReportTrainingRow> trainings;
    std::vector<ProgrammeReportVillageRow> programmeVillages;
};

} // namespace relawas::printouts
