#pragma once

// What the Daftar Relawan Desa shows, as plain values (see PrintoutData.h): the caller has formatted the names, the
// roles and the phones, and masked the NIK. The printout never receives a full NIK: only the masked one is printed.

#include <vector>

#include <QDate>
#include <QString>

namespace relawas::printouts {

// The village at the top of its roster.
struct VillageRosterHeader
{
    QString villageName; // "Durian"
    QString villageCode; // "12.19.01.2004"
    QString kecamatanName;
    QString kecamatanCode;
    QString kabupatenName; // "Kabupaten Batu Bara"
    // The Kampung Pengawasan Partisipatif status; an empty stage: the village is not in the programme.
    QString programmeStage; // "Ditetapkan (SK)"
    QString skNumber;       // may be empty
    QDate skDate;           // invalid: none
    QDate mouEndDate;       // invalid: no MoU recorded
    QDate printedOn;
    QDate rolesOn; // the day the roles are current on; printed when it is not printedOn
};

struct VillageRosterRow
{
    QString name;
    QString gender;    // "L", "P", or empty when not recorded
    QString roles;     // "Relawan, Pengawas Kelurahan/Desa (PKD)"; empty: none held now
    QString phone;     // "0812-3456-0001"
    QString maskedNik; // "••••••••••••0001", never the full NIK; empty when none is recorded
};

struct VillageRosterSheetData
{
    VillageRosterHeader header;
    std::vector<VillageRosterRow> rows; // in the order printed
};

} // namespace relawas::printouts
