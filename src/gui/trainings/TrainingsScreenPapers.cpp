// The Pelatihan screen's papers and scores: the Print menu (daftar hadir, cards, certificates, checking a
// certificate's number) and the score sheet of a P2P class.
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "core/base/Error.h"
#include "trainings/CertificateLookupDialog.h"
#include "trainings/ScoreSheetDialog.h"
#include "trainings/TrainingListModel.h"
#include "trainings/TrainingPapers.h"
#include "trainings/TrainingsScreen.h"
#include "ui_TrainingsScreen.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>

#include <spdlog/spdlog.h>

namespace relawas::gui {

void TrainingsScreen::buildPaperActions()
{
    // A tool button that pops its menu up, styled as the text buttons beside it (as the Kartu button of the list).
    m_printButton = new QToolButton(this);
    m_printButton->setIcon(Icons::icon(QStringLiteral("printer")));
    m_printButton->setText(tr("&Print"));
    m_printButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_printButton->setPopupMode(QToolButton::InstantPopup);
    m_printButton->setProperty("textButton", true);
    m_printButton->setFocusPolicy(Qt::StrongFocus);
    m_printButton->setObjectName(QStringLiteral("printPushButton"));
    m_printButton->setToolTip(tr("The attendance list (Ctrl+P), participant cards and certificates of the training "
                                 "chosen"));
    auto* menu = new QMenu(m_printButton);
    const auto add = [this, menu](const QString& text, const QString& objectName, auto slot) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(objectName);
        return action;
    };
    QAction* sheet = add(tr("&Attendance list…"), QStringLiteral("printSheetAction"), &TrainingsScreen::printSheet);
    sheet->setShortcut(QKeySequence::Print);
    sheet->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(sheet); // Ctrl+P works without opening the menu
    QAction* cards = add(tr("Participant &cards…"), QStringLiteral("printCardsAction"), &TrainingsScreen::printCards);
    QAction* certificates =
        add(tr("C&ertificates…"), QStringLiteral("printCertificatesAction"), &TrainingsScreen::printCertificates);
    menu->addSeparator();
    add(tr("C&heck a certificate number…"), QStringLiteral("checkCertificateAction"),
        &TrainingsScreen::checkCertificate);
    m_trainingPaperActions = {sheet, cards, certificates};
    m_printButton->setMenu(menu);

    m_scoresButton = new QPushButton(Icons::icon(QStringLiteral("list-numbers")), tr("&Grading…"), this);
    m_scoresButton->setObjectName(QStringLiteral("scoresPushButton"));
    m_scoresButton->setToolTip(tr("The score sheet of the P2P class chosen: each participant's scores, the weighted "
                                  "result and pass or fail (Ctrl+G)"));
    connect(m_scoresButton, &QPushButton::clicked, this, &TrainingsScreen::openScores);
    auto* scores = new QAction(this);
    scores->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    scores->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(scores, &QAction::triggered, this, &TrainingsScreen::openScores);
    addAction(scores);

    // Beside the desk, before the actions that change the training.
    const int desk = m_ui->headerLayout->indexOf(m_ui->deskPushButton);
    m_ui->headerLayout->insertWidget(desk + 1, m_printButton);
    m_ui->headerLayout->insertWidget(desk + 2, m_scoresButton);
    setTabOrder(m_ui->deskPushButton, m_printButton);
    setTabOrder(m_printButton, m_scoresButton);
    setTabOrder(m_scoresButton, m_ui->editPushButton);

    connect(m_papers, &TrainingPapers::statusMessage, this, &TrainingsScreen::statusMessage);
    connect(m_papers, &TrainingPapers::cardsIssued, this, [this] {
        reload(currentTrainingUuid());
        emit trainingsChanged();
    });
}

const core::Training* TrainingsScreen::currentTraining() const
{
    const core::TrainingSummary* summary = m_model->summaryAt(m_ui->trainingTableView->currentIndex().row());
    return summary ? &summary->training : nullptr;
}

void TrainingsScreen::printSheet()
{
    if (const core::Training* training = currentTraining()) {
        m_papers->printSheet(core::Training(*training)); // a copy: the list may be read again meanwhile
    }
}

void TrainingsScreen::printCards()
{
    if (const core::Training* training = currentTraining()) {
        m_papers->printCards(core::Training(*training));
    }
}

void TrainingsScreen::printCertificates()
{
    if (const core::Training* training = currentTraining()) {
        m_papers->printCertificates(core::Training(*training));
    }
}

void TrainingsScreen::checkCertificate()
{
    CertificateLookupDialog dialog(m_session, this);
    dialog.exec();
}

void TrainingsScreen::openScores()
{
    const core::Training* chosen = currentTraining();
    if (!chosen || chosen->kind != core::TrainingKind::P2p) {
        return;
    }
    const core::Training training = *chosen;
    try {
        ScoreSheetDialog dialog(m_session, training.meta.uuid, QString::fromStdString(training.title), this);
        dialog.exec();
    } catch (const core::Error& e) {
        spdlog::warn("score sheet of {} not opened: {}", training.meta.uuid, e.what());
        QMessageBox::warning(this, tr("Scores"), ErrorText::describe(e));
    }
    m_ui->trainingTableView->setFocus();
}

} // namespace relawas::gui
