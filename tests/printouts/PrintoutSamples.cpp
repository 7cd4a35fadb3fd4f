#include "PrintoutSamples.h"

#include <algorithm>
#include <array>

namespace relawas::printouts::testing {

namespace {

constexpr std::array kGivenNames{"Ahmad",    "Siti",      "Rahmat", "Nurhayati", "Budi",    "Dewi",     "Syahrul",
                                 "Fitri",    "Irwansyah", "Ratna",  "Hendra",    "Yusni",   "Zulkifli", "Sri",
                                 "Muhammad", "Rina",      "Agus",   "Lestari",   "Khairul", "Wahyuni",  "Darmawan"};
constexpr std::array kFamilyNames{"Nasution", "Lubis",    "Siregar", "Harahap",  "Damanik", "Sitorus", "Pane",
                                  "Batubara", "Hasibuan", "Tanjung", "Rangkuti", "Pohan",   "Sinaga",  "Manurung"};
constexpr std::array kKecamatan{"Sei Balai", "Tanjung Tiram", "Lima Puluh", "Medang Deras",  "Air Putih",
                                "Sei Suka",  "Talawi",        "Laut Tador", "Nibung Hangus", "Datuk Tanah Datar"};
constexpr std::array kCodeAlphabet{'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'Q', 'R',
                                   'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', '2', '3', '4', '5', '6', '7', '8', '9'};

QString nameOf(int index)
{
    const QString given = QString::fromLatin1(kGivenNames[std::size_t(index) % kGivenNames.size()]);
    const QString family = QString::fromLatin1(kFamilyNames[std::size_t(index * 5 + index / 7) % kFamilyNames.size()]);
    return QStringLiteral("%1 %2").arg(given, family);
}

QString kecamatanOf(int index)
{
    return QString::fromLatin1(kKecamatan[std::size_t(index / 6) % kKecamatan.size()]);
}

} // namespace

SheetHeader rakernisHeader()
{
    SheetHeader header;
    header.officeLines = {QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM"), QStringLiteral("KABUPATEN BATU BARA")};
    header.trainingTitle = QStringLiteral("Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif");
    header.day = QDate(2024, 9, 15);
    header.dayNumber = 1;
    header.dayCount = 1;
    header.venue = QStringLiteral("Singapore City Hotel, Jln Lintas Sumatera, Kecamatan Sei Balai");
    return header;
}

std::vector<AttendanceRow> rakernisPeople(int count)
{
    std::vector<AttendanceRow> rows;
    for (int i = 0; i < count; ++i) {
        AttendanceRow row;
        row.name = nameOf(i);
        row.part = QStringLiteral("Peserta");
        // Each kecamatan sends its three Panwascam members and three of its secretariat's staff.
        row.role = i % 6 < 3 ? QStringLiteral("Anggota Panwascam") : QStringLiteral("Staf Sekretariat");
        row.origin = QStringLiteral("Kec. %1").arg(kecamatanOf(i));
        if (i % 3 == 0) {
            row.checkedInAt = QStringLiteral("%1:%2")
                                  .arg(7 + i / 30, 2, 10, QLatin1Char('0'))
                                  .arg(30 + i % 30, 2, 10, QLatin1Char('0'));
        }
        rows.push_back(row);
    }
    return rows;
}

AttendanceSheetData rakernisAttendance(int people, int spareRows, bool fillTimes)
{
    AttendanceSheetData data;
    data.header = rakernisHeader();
    data.rows = rakernisPeople(people);
    data.spareRows = spareRows;
    data.fillTimes = fillTimes;
    data.signingPlace = QStringLiteral("Sei Balai");
    return data;
}

QString cardCodeOf(int index)
{
    QString code;
    unsigned value = 2654435761U * unsigned(index + 1); // Knuth's multiplicative hash: codes that look random
    for (int i = 0; i < 8; ++i) {
        code += QLatin1Char(kCodeAlphabet[value % kCodeAlphabet.size()]);
        value = value / unsigned(kCodeAlphabet.size()) + 2246822519U * unsigned(i + index);
    }
    return code;
}

std::vector<IdCardData> rakernisCards(int count)
{
    std::vector<IdCardData> cards;
    const SheetHeader header = rakernisHeader();
    for (const AttendanceRow& row : rakernisPeople(count)) {
        IdCardData card;
        card.name = row.name;
        card.part = row.part;
        card.role = row.role;
        card.origin = row.origin;
        card.cardCode = cardCodeOf(int(cards.size()));
        card.trainingTitle = header.trainingTitle;
        card.officeLine = QStringLiteral("BAWASLU KABUPATEN BATU BARA");
        cards.push_back(card);
    }
    return cards;
}

std::vector<CertificateData> rakernisCertificates(int count)
{
    std::vector<CertificateData> certificates;
    const SheetHeader header = rakernisHeader();
    for (const AttendanceRow& row : rakernisPeople(count)) {
        CertificateData certificate;
        certificate.number =
            QStringLiteral("%1/SERT/12.19/IX/2024").arg(certificates.size() + 1, 3, 10, QLatin1Char('0'));
        certificate.name = row.name;
        certificate.origin = row.origin;
        certificate.part = row.part;
        certificate.trainingTitle = header.trainingTitle;
        certificate.firstDay = QDate(2024, 9, 15);
        certificate.lastDay = QDate(2024, 9, 16);
        certificate.venue = header.venue;
        certificate.organiser = QStringLiteral("Bawaslu Kabupaten Batu Bara");
        certificate.score = 82.5 - 3.25 * double(certificates.size());
        certificate.passed = *certificate.score >= 75;
        certificate.signingPlace = QStringLiteral("Limapuluh");
        certificate.signingDate = QDate(2024, 9, 16);
        certificate.signatoryTitle = QStringLiteral("Ketua Bawaslu Kabupaten Batu Bara");
        certificates.push_back(certificate);
    }
    return certificates;
}

VillageRosterSheetData durianRoster(int people, bool programme)
{
    VillageRosterSheetData data;
    VillageRosterHeader& header = data.header;
    header.villageName = QStringLiteral("Durian");
    header.villageCode = QStringLiteral("12.19.01.2004");
    header.kecamatanName = QStringLiteral("Medang Deras");
    header.kecamatanCode = QStringLiteral("12.19.01");
    header.kabupatenName = QStringLiteral("Kabupaten Batu Bara");
    if (programme) {
        header.programmeStage = QStringLiteral("Ditetapkan (SK)");
        header.skNumber = QStringLiteral("045/PM.00.02/K.SU-19/08/2024");
        header.skDate = QDate(2024, 8, 12);
        header.mouEndDate = QDate(2029, 8, 11);
    }
    header.printedOn = QDate(2024, 9, 15);
    header.rolesOn = QDate(2024, 11, 27);
    for (int i = 0; i < people; ++i) {
        VillageRosterRow row;
        row.name = nameOf(i + 3);
        static const QStringList women{QStringLiteral("Siti"),   QStringLiteral("Nurhayati"), QStringLiteral("Dewi"),
                                       QStringLiteral("Fitri"),  QStringLiteral("Ratna"),     QStringLiteral("Yusni"),
                                       QStringLiteral("Sri"),    QStringLiteral("Rina"),      QStringLiteral("Lestari"),
                                       QStringLiteral("Wahyuni")};
        row.gender =
            women.contains(row.name.section(QLatin1Char(' '), 0, 0)) ? QStringLiteral("P") : QStringLiteral("L");
        row.roles = i == 0   ? QStringLiteral("Pengawas Kelurahan/Desa (PKD)")
                    : i == 1 ? QStringLiteral("Koordinator Kampung, Relawan")
                             : QStringLiteral("Relawan");
        if (i % 5 != 4) {
            row.phone = QStringLiteral("0812-6%1-%2")
                            .arg(100 + i * 37 % 900, 3, 10, QLatin1Char('0'))
                            .arg(2000 + i * 611 % 8000, 4, 10, QLatin1Char('0'));
        }
        row.maskedNik = QString(12, QChar(0x2022)) + QStringLiteral("%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        data.rows.push_back(row);
    }
    return data;
}

ProgrammeReportData batuBaraReport(int trainings)
{
    ProgrammeReportData data;
    data.scopeName = QStringLiteral("Kabupaten Batu Bara");
    data.officeName = QStringLiteral("Bawaslu Kabupaten Batu Bara");
    data.kop = {QStringLiteral("BADAN PENGAWAS PEMILIHAN UMUM"), QStringLiteral("KABUPATEN BATU BARA")};
    data.from = QDate(2024, 1, 1);
    data.to = QDate(2024, 11, 30);
    data.printedOn = QDate(2024, 12, 2);
    data.rolesOn = QDate(2024, 11, 27);
    data.partTitle = QStringLiteral("Kecamatan");
    struct Kecamatan
    {
        const char* name;
        int villages;
    };
    static const Kecamatan kecamatan[] = {{"Medang Deras", 21},
                                          {"Sei Suka", 10},
                                          {"Air Putih", 19},
                                          {"Lima Puluh", 12},
                                          {"Talawi", 10},
                                          {"Tanjung Tiram", 10},
                                          {"Sei Balai", 14},
                                          {"Laut Tador", 10},
                                          {"Lima Puluh Pesisir", 13},
                                          {"Datuk Lima Puluh", 10},
                                          {"Datuk Tanah Datar", 10},
                                          {"Nibung Hangus", 12}};
    for (int i = 0; i < 12; ++i) {
        ProgrammeReportPart part;
        part.name = QString::fromUtf8(kecamatan[i].name);
        part.villages = kecamatan[i].villages;
        part.withVolunteer = std::max(1, kecamatan[i].villages - 2 - i % 5);
        part.withPkd = kecamatan[i].villages - i % 2;
        part.programmeVillages = i % 4 == 0 ? 1 : 0;
        part.men = 9 + i * 7 % 13;
        part.women = 6 + i * 5 % 11;
        part.genderNotRecorded = i == 6 ? 1 : 0;
        data.parts.push_back(part);
        data.villages += part.villages;
        data.villagesWithVolunteer += part.withVolunteer;
        data.villagesWithPkd += part.withPkd;
        data.volunteers += part.men + part.women + part.genderNotRecorded;
        data.women += part.women;
    }
    data.programmeByStage = {{QStringLiteral("Calon"), 0},
                             {QStringLiteral("Sudah dinilai"), 0},
                             {QStringLiteral("Ditetapkan (SK)"), 2},
                             {QStringLiteral("Diluncurkan"), 1},
                             {QStringLiteral("Tidak aktif"), 0}};
    data.firstTimeVoters = data.volunteers / 4;
    data.withDisability = 7;
    data.peopleTrained = 118;
    const int bands[][2] = {{17, 20}, {21, 25}, {26, 30}, {31, 35}, {36, 40}, {41, 45}, {46, 50}, {51, 55}, {56, 60}};
    for (int b = 0; b < 9; ++b) {
        data.ages.push_back({QStringLiteral("%1–%2").arg(bands[b][0]).arg(bands[b][1]), 4 + (b * 7 + 3) % 19,
                             3 + (b * 5 + 8) % 17, false});
    }
    data.ages.push_back({QStringLiteral("61+"), 5, 2, false});
    data.ages.push_back({QStringLiteral("tidak diketahui"), 2, 1, true});

    static const char* kinds[] = {"P2P", "Forum Warga", "Sosialisasi", "Bimtek"};
    for (int i = 0; i < trainings; ++i) {
        ProgrammeReportTrainingRow row;
        if (i == 0) {
            row.title = QStringLiteral("Rakernis Pembentukan dan Pengelolaan Kampung Pengawasan Partisipatif");
            row.kind = QStringLiteral("Rakernis");
            row.startDate = QDate(2024, 9, 15);
            row.venue = QStringLiteral("Singapore City Hotel, Sei Balai");
            row.participants = 60;
            row.presentDays = 57;
        } else {
            const Kecamatan& where = kecamatan[i % 12];
            row.kind = QString::fromUtf8(kinds[i % 4]);
            row.title = QStringLiteral("%1 %2").arg(row.kind, QString::fromUtf8(where.name));
            row.startDate = QDate(2024, 1 + i * 5 % 11, 1 + i * 3 % 27);
            row.venue = QStringLiteral("Aula Kantor Camat %1").arg(QString::fromUtf8(where.name));
            row.participants = 20 + i % 15;
            row.presentDays = row.participants - i % 6;
        }
        row.endDate = row.startDate;
        row.expectedDays = row.participants;
        row.attendanceRate = double(row.presentDays) / double(row.expectedDays);
        data.trainings.push_back(row);
    }
    std::sort(data.trainings.begin() + (trainings > 0 ? 1 : 0), data.trainings.end(),
              [](const auto& a, const auto& b) { return a.startDate < b.startDate; });
    qint64 present = 0;
    qint64 expected = 0;
    for (const ProgrammeReportTrainingRow& row : data.trainings) {
        present += row.presentDays;
        expected += row.expectedDays;
        const QDate month(row.startDate.year(), row.startDate.month(), 1);
        auto found =
            std::find_if(data.months.begin(), data.months.end(), [&](const auto& m) { return m.month == month; });
        if (found == data.months.end()) {
            data.months.push_back({month, 1});
        } else {
            ++found->trainings;
        }
    }
    std::sort(data.months.begin(), data.months.end(), [](const auto& a, const auto& b) { return a.month < b.month; });
    data.trainingsHeld = trainings;
    if (expected > 0) {
        data.attendanceRate = double(present) / double(expected);
    }
    data.programmeVillages = {
        {QStringLiteral("Medang Deras"), QStringLiteral("Durian"), QStringLiteral("Ditetapkan (SK)"),
         QStringLiteral("045/PM.00.02/K.SU-19/08/2024"), QDate(2024, 8, 12), QDate(2029, 8, 11)},
        {QStringLiteral("Talawi"), QStringLiteral("Mesjid Lama"), QStringLiteral("Diluncurkan"),
         QStringLiteral("046/PM.00.02/K.SU-19/08/2024"), QDate(2024, 8, 12), QDate(2027, 8, 11)},
        {QStringLiteral("Sei Balai"), QStringLiteral("Sei Balai"), QStringLiteral("Ditetapkan (SK)"),
         QStringLiteral("051/PM.00.02/K.SU-19/10/2024"), QDate(2024, 10, 1), QDate()},
    };
    return data;
}

} // namespace relawas::printouts::testing
