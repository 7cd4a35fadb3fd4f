#pragma once

// What the printouts show, as plain values: the caller (the GUI, the CLI) has already formatted the names and chosen
// what to show, so the printouts know nothing of the database and never see a NIK or a phone number.

#include <optional>
#include <vector>

#include <QDate>
#include <QString>
#include <QStringList>

namespace relawas::printouts {

// The top of an attendance sheet: who holds the training, what and when.
struct SheetHeader
{
    QStringList officeLines; // the kop, centred and bold: "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BATU BARA"
    QString trainingTitle;
    QDate day;
    int dayNumber = 1; // "hari ke-1 dari 2" when dayCount > 1
    int dayCount = 1;
    QString venue;
};

struct AttendanceRow
{
    QString name;
    QString part;        // "Peserta", "Narasumber", "Panitia"
    QString role;        // the Unsur/Jabatan column: "Anggota Panwascam"
    QString origin;      // "Kec. Sei Balai" or "Desa Perupuk, Kec. Lima Puluh Pesisir"
    QString checkedInAt; // "08:12", or empty when the person has not checked in
};

struct AttendanceSheetData
{
    SheetHeader header;
    std::vector<AttendanceRow> rows;
    int spareRows = 0;      // blank numbered rows after the people, for those who come without being listed
    bool fillTimes = false; // false: every row blank for signing; true: the check-in times printed where known
    QString signingPlace;   // "Limapuluh": the signature block reads "Limapuluh, 15 September 2024"; empty: no line
};

struct IdCardData
{
    QString name;
    QString part; // printed in the band at the foot of the card: "Peserta"
    QString role;
    QString origin;
    QString cardCode; // 8 characters, "K7M4QX9T": the only content of the QR code, printed "K7M4-QX9T"
    QString trainingTitle;
    QString officeLine; // "BAWASLU KABUPATEN BATU BARA"
};

struct CertificateData
{
    QString number; // "001/SERT/12.19/IX/2024"
    QString name;
    QString origin; // under the name: "Kec. Sei Balai"
    QString part;   // "sebagai Peserta"
    QString trainingTitle;
    QDate firstDay;
    QDate lastDay; // the same as firstDay, or invalid, for a training of one day
    QString venue;
    QString organiser; // "Bawaslu Kabupaten Batu Bara"
    std::optional<double> score;
    bool passed = false; // read only with a score: "LULUS" or "TIDAK LULUS"
    QString signingPlace;
    QDate signingDate;
    QString signatoryTitle; // "Ketua Bawaslu Kabupaten Batu Bara"
    QString signatoryName;  // empty: a dotted line to write the name on
};

} // namespace relawas::printouts
