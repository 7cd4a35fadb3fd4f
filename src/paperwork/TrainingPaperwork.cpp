#include "paperwork/TrainingPaperwork.h"

#include "core/organising/ParticipantList.h"
#include "paperwork/PaperworkText.h"

#include <algorithm>

namespace relawas::paperwork {

QDate qDate(const core::Date& date)
{
    return {int(date.year()), int(unsigned(date.month())), int(unsigned(date.day()))};
}

printouts::AttendanceSheetData attendanceSheet(core::Database& db, const core::Training& training,
                                               const SheetChoice& choice)
{
    const Office office = officeOf(db, training.scopeCode);
    printouts::AttendanceSheetData data;
    data.header.officeLines = office.kop;
    data.header.trainingTitle = QString::fromStdString(training.title);
    data.header.day = qDate(training.day(choice.day));
    data.header.dayNumber = choice.day;
    data.header.dayCount = training.dayCount();
    data.header.venue = QString::fromStdString(training.venue);
    data.spareRows = std::clamp(choice.spareRows, 0, kMostSpareRows);
    data.fillTimes = choice.withTimes;
    data.signingPlace = office.placeName;
    const auto day = std::size_t(choice.day - 1);
    for (const core::Participant& participant : core::participantsOf(db, training, false)) {
        printouts::AttendanceRow row;
        row.name = QString::fromStdString(participant.fullName);
        row.part = partText(participant.invitation.part);
        row.role = roleColumn(participant);
        row.origin = originOf(participant);
        if (choice.withTimes && day < participant.checkedInAt.size()) {
            row.checkedInAt = localClockTime(participant.checkedInAt[day]);
        }
        data.rows.push_back(row);
    }
    return data;
}

std::vector<printouts::IdCardData> idCards(core::Database& db, const core::Training& training)
{
    const Office office = officeOf(db, training.scopeCode);
    const QString officeLine = office.name.toUpper();
    std::vector<printouts::IdCardData> cards;
    for (const core::Participant& participant : core::participantsOf(db, training, false)) {
        if (participant.cardCode.empty()) {
            continue;
        }
        printouts::IdCardData card;
        card.name = QString::fromStdString(participant.fullName);
        card.part = partText(participant.invitation.part);
        card.role = roleColumn(participant);
        card.origin = originOf(participant);
        card.cardCode = QString::fromStdString(participant.cardCode);
        card.trainingTitle = QString::fromStdString(training.title);
        card.officeLine = officeLine;
        cards.push_back(card);
    }
    return cards;
}

std::vector<printouts::CertificateData> certificates(core::Database& db, const core::Training& training,
                                                     const std::vector<core::IssuedCertificate>& issued,
                                                     const QDate& signingDate)
{
    const Office office = officeOf(db, training.scopeCode);
    std::vector<printouts::CertificateData> papers;
    for (const core::IssuedCertificate& one : issued) {
        const core::Participant& holder = one.recipient.participant;
        printouts::CertificateData paper;
        paper.number = QString::fromStdString(one.certificate.number);
        paper.name = QString::fromStdString(holder.fullName);
        paper.origin = originOf(holder);
        paper.part = partText(holder.invitation.part);
        paper.trainingTitle = QString::fromStdString(training.title);
        paper.firstDay = qDate(training.startDate);
        paper.lastDay = qDate(training.endDate);
        paper.venue = QString::fromStdString(training.venue);
        paper.organiser = office.name;
        paper.score = one.recipient.result;
        paper.passed = one.recipient.passed;
        paper.signingPlace = office.placeName;
        paper.signingDate = signingDate;
        paper.signatoryTitle = office.chairTitle;
        papers.push_back(paper);
    }
    return papers;
}

} // namespace relawas::paperwork
