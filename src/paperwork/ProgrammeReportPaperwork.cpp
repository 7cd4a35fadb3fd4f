#include "paperwork/ProgrammeReportPaperwork.h"

#include "core/storage/SettingsStore.h"
#include "paperwork/PaperworkText.h"
#include "paperwork/TrainingPaperwork.h"
#include "paperwork/VillagePaperwork.h"

#include <algorithm>

#include <QCoreApplication>

namespace relawas::paperwork {

namespace {

int segmentsOf(const std::string& code)
{
    return code.empty() ? 0 : int(std::count(code.begin(), code.end(), '.')) + 1;
}

// The words of the parts of a region: the level one below it.
QString partTitle(const std::string& scope)
{
    switch (segmentsOf(scope)) {
    case 0:
        return QCoreApplication::translate("relawas::paperwork", "Province");
    case 1:
        return QCoreApplication::translate("relawas::paperwork", "Regency/City");
    case 2:
        return QCoreApplication::translate("relawas::paperwork", "District");
    default:
        return QCoreApplication::translate("relawas::paperwork", "Village");
    }
}

QString ageBandText(const core::AgeBandFigures& band)
{
    if (band.from < 0) {
        //: An age band of the volunteers whose birth date is not recorded
        return QCoreApplication::translate("relawas::paperwork", "unknown");
    }
    if (!band.to) {
        return QStringLiteral("%1+").arg(band.from);
    }
    return QStringLiteral("%1–%2").arg(band.from).arg(*band.to);
}

} // namespace

QString trainingKindText(core::TrainingKind kind)
{
    switch (kind) {
    case core::TrainingKind::Rakernis:
        return QCoreApplication::translate("relawas::paperwork", "Rakernis");
    case core::TrainingKind::P2p:
        return QCoreApplication::translate("relawas::paperwork", "P2P");
    case core::TrainingKind::ForumWarga:
        return QCoreApplication::translate("relawas::paperwork", "Forum Warga");
    case core::TrainingKind::Sosialisasi:
        return QCoreApplication::translate("relawas::paperwork", "Sosialisasi");
    case core::TrainingKind::Bimtek:
        return QCoreApplication::translate("relawas::paperwork", "Bimtek");
    }
    return {};
}

printouts::ProgrammeReportData programmeReportData(core::Database& db, const core::ProgrammeReport& report,
                                                   const QDate& printedOn)
{
    const core::ScopeFigures& figures = report.figures;
    printouts::ProgrammeReportData data;
    data.scopeName = QString::fromStdString(figures.scopeName);
    const Office office = officeOf(db, figures.scopeCode.empty() ? std::string() : figures.scopeCode);
    data.officeName =
        figures.scopeCode.empty() ? QCoreApplication::translate("relawas::paperwork", "Bawaslu") : office.name;
    data.kop = figures.scopeCode.empty() ? QStringList{office.kop.value(0)} : office.kop;
    if (report.from) {
        data.from = qDate(*report.from);
    }
    if (report.to) {
        data.to = qDate(*report.to);
    }
    data.printedOn = printedOn;
    data.rolesOn = qDate(figures.referenceDate);
    data.partTitle = partTitle(figures.scopeCode);

    data.villages = figures.villages;
    data.villagesWithVolunteer = figures.villagesWithVolunteer;
    data.villagesWithPkd = figures.villagesWithPkd;
    for (const core::KampungStage stage : core::kAllKampungStages) {
        const auto count = figures.programme.find(stage);
        data.programmeByStage.emplace_back(kampungStageText(stage),
                                           count == figures.programme.end() ? 0 : count->second);
    }
    data.volunteers = figures.volunteers;
    data.women = figures.women;
    data.firstTimeVoters = figures.firstTimeVoters;
    data.withDisability = figures.withDisability;
    data.trainingsHeld = report.trainingsHeld;
    data.attendanceRate = report.attendanceRate;
    data.peopleTrained = figures.peopleTrained;

    for (const core::RegionPartFigures& part : figures.parts) {
        data.parts.push_back({QString::fromStdString(part.name), part.villages, part.villagesWithVolunteer,
                              part.villagesWithPkd, part.programmeVillages, part.volunteerMen, part.volunteerWomen,
                              part.volunteerOtherwise});
    }
    for (const core::AgeBandFigures& band : figures.ages) {
        data.ages.push_back({ageBandText(band), band.men, band.women, band.from < 0});
    }
    // The trainings per month of the period's trainings, not of all time.
    for (const core::ProgrammeReportTraining& training : report.trainings) {
        const QDate month(int(training.startDate.year()), int(unsigned(training.startDate.month())), 1);
        if (data.months.empty() || data.months.back().month != month) {
            data.months.push_back({month, 0});
        }
        ++data.months.back().trainings;
    }
    for (const core::ProgrammeReportTraining& training : report.trainings) {
        data.trainings.push_back({QString::fromStdString(training.title), trainingKindText(training.kind),
                                  qDate(training.startDate), qDate(training.endDate),
                                  QString::fromStdString(training.venue), training.participants, training.presentDays,
                                  training.expectedDays, training.attendanceRate()});
    }
    for (const core::ProgrammeReportVillage& village : report.villages) {
        printouts::ProgrammeReportVillageRow row;
        row.kecamatanName = QString::fromStdString(village.kecamatanName);
        row.villageName = QString::fromStdString(village.villageName);
        row.stage = kampungStageText(village.stage);
        row.skNumber = QString::fromStdString(village.skNumber);
        if (village.skDate) {
            row.skDate = qDate(*village.skDate);
        }
        if (village.mouEndDate) {
            row.mouEndDate = qDate(*village.mouEndDate);
        }
        data.programmeVillages.push_back(row);
    }
    return data;
}

printouts::ProgrammeReportData programmeReportData(core::Database& db, core::ProgrammeReportRequest request,
                                                   const QDate& printedOn)
{
    request.referenceDate = core::SettingsStore(db).referenceDate();
    return programmeReportData(db, core::programmeReport(db, request), printedOn);
}

} // namespace relawas::paperwork
