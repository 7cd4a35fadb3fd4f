#include "trainings/TrainingPapers.h"

#include "common/ErrorText.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "paperwork/TrainingPaperwork.h"
#include "printouts/AttendanceSheet.h"
#include "printouts/Certificates.h"
#include "printouts/IdCards.h"
#include "printouts/PdfOutput.h"
#include "trainings/SheetOptionsDialog.h"

#include <QDate>
#include <QMessageBox>
#include <QWidget>

#include <spdlog/spdlog.h>

namespace relawas::gui {

TrainingPapers::TrainingPapers(Session& session, QWidget* parent)
    : QObject(parent)
    , m_session(session)
{}

QWidget* TrainingPapers::parentWidget() const
{
    return qobject_cast<QWidget*>(parent());
}

void TrainingPapers::show(PrintoutPreview* preview)
{
    m_preview = preview;
    connect(preview, &PrintoutPreview::statusMessage, this, &TrainingPapers::statusMessage);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->exec();
}

void TrainingPapers::printSheet(const core::Training& training)
{
    SheetOptionsDialog options(training, QDate::currentDate(), parentWidget());
    if (options.exec() != QDialog::Accepted) {
        return;
    }
    const paperwork::SheetChoice choice = options.choice();
    printouts::AttendanceSheetData data;
    try {
        data = paperwork::attendanceSheet(m_session.database, training, choice);
    } catch (const core::Error& e) {
        spdlog::warn("attendance sheet of {} not gathered: {}", training.meta.uuid, e.what());
        QMessageBox::warning(parentWidget(), tr("Attendance list"), ErrorText::describe(e));
        return;
    }
    Printout printout;
    printout.title = tr("Attendance list, day %1 — %2").arg(choice.day).arg(QString::fromStdString(training.title));
    printout.fileName = tr("attendance-list-day-%1.pdf").arg(choice.day);
    printout.paint = [data](QPagedPaintDevice& device) { return printouts::paintAttendanceSheet(device, data); };
    printout.savePdf = [data](const QString& path) { return printouts::saveAttendanceSheetPdf(data, path); };
    show(new PrintoutPreview(printout, parentWidget()));
}

void TrainingPapers::printCards(const core::Training& training)
{
    std::vector<printouts::IdCardData> cards;
    try {
        const int issued =
            core::TrainingService(m_session.database, m_session.actor).issueMissingCardCodes(training.meta.uuid);
        if (issued > 0) {
            emit cardsIssued();
            emit statusMessage(tr("%n new card code(s) issued.", nullptr, issued));
        }
        cards = paperwork::idCards(m_session.database, training);
    } catch (const core::Error& e) {
        spdlog::warn("cards of {} not gathered: {}", training.meta.uuid, e.what());
        QMessageBox::warning(parentWidget(), tr("Participant cards"), ErrorText::describe(e));
        return;
    }
    if (cards.empty()) {
        QMessageBox::information(parentWidget(), tr("Participant cards"),
                                 tr("Nobody is expected at this training yet: invite people first."));
        return;
    }
    Printout printout;
    printout.title = tr("Participant cards — %1").arg(QString::fromStdString(training.title));
    printout.fileName = tr("participant-cards.pdf");
    printout.paint = [cards](QPagedPaintDevice& device) { return printouts::paintIdCards(device, cards); };
    printout.savePdf = [cards](const QString& path) { return printouts::saveIdCardsPdf(cards, path); };
    show(new PrintoutPreview(printout, parentWidget()));
}

void TrainingPapers::printCertificates(const core::Training& training)
{
    std::vector<printouts::CertificateData> papers;
    try {
        const auto issued =
            core::TrainingService(m_session.database, m_session.actor).issueCertificates(training.meta.uuid);
        papers = paperwork::certificates(m_session.database, training, issued, paperwork::qDate(training.endDate));
    } catch (const core::Error& e) {
        spdlog::warn("certificates of {} not gathered: {}", training.meta.uuid, e.what());
        QMessageBox::warning(parentWidget(), tr("Certificates"), ErrorText::describe(e));
        return;
    }
    if (papers.empty()) {
        QMessageBox::information(
            parentWidget(), tr("Certificates"),
            training.kind == core::TrainingKind::P2p
                ? tr("Nobody has earned a certificate yet: it goes to participants present on every day whose final "
                     "score passes.")
                : tr("Nobody has earned a certificate yet: it goes to participants present on every day."));
        return;
    }
    emit statusMessage(tr("%n certificate(s), each with its own number.", nullptr, int(papers.size())));
    Printout printout;
    printout.title = tr("Certificates — %1").arg(QString::fromStdString(training.title));
    printout.fileName = tr("certificates.pdf");
    printout.paint = [papers](QPagedPaintDevice& device) { return printouts::paintCertificates(device, papers); };
    printout.savePdf = [papers](const QString& path) { return printouts::saveCertificatesPdf(papers, path); };
    show(new PrintoutPreview(printout, parentWidget()));
}

} // namespace relawas::gui
