#pragma once

#include "core/trainings/Training.h"

#include <memory>

#include <QList>
#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace Ui {
class TrainingsScreen;
}

namespace relawas::gui {

class ParticipantModel;
class TrainingDetailPanel;
class TrainingListModel;
class TrainingPapers;
struct Session;

// "Pelatihan": the trainings and events that concern the scope (Rakernis, P2P classes, Forum Warga, sosialisasi,
// bimtek), newest first, with who was invited and how many came each day; under them the training chosen with its
// list. Ctrl+N creates a training, Enter corrects the one chosen, Delete removes it after a question, Ctrl+D opens
// its check-in desk, Ctrl+P prints its daftar hadir (the Print menu has the cards and certificates too, and checks a
// certificate's number), Ctrl+G opens the score sheet of a P2P class. The use cases are core's training service's;
// this screen shows and asks.
class TrainingsScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingsScreen)

public:
    explicit TrainingsScreen(Session& session, QWidget* parent = nullptr);
    ~TrainingsScreen() override;

    void setScope(const QString& code);
    // Chooses a training of the list; false when the scope shows no such training.
    bool selectTraining(const QString& uuid);
    // The training chosen, or empty.
    QString currentTrainingUuid() const;

    TrainingListModel* listModel() const { return m_model; }
    TrainingDetailPanel* detailPanel() const { return m_detail; }
    ParticipantModel* participantModel() const;
    TrainingPapers* papers() const { return m_papers; }

public slots:
    // Reads the trainings and the list shown again (after check-ins at the desk, a merge of people, an import).
    void refresh();
    void newTraining();
    void editTraining();
    void removeTraining();
    void openDesk();
    // The papers of the training chosen, in a print preview (TrainingsScreenPapers.cpp).
    void printSheet();
    void printCards();
    void printCertificates();
    void checkCertificate();
    void openScores();

signals:
    // The check-in desk of a training is asked for: the shell shows the desk on it.
    void openDeskRequested(const QString& trainingUuid);
    // A training was created, corrected or removed, or its list or cards changed: other screens' lists of trainings
    // and counts are out of date.
    void trainingsChanged();
    // What an action did, for the status bar.
    void statusMessage(const QString& text);

private:
    void buildHeaderAndActions();
    void buildPaperActions();
    // The training chosen as listed, or null.
    const core::Training* currentTraining() const;
    void sizeColumns();
    void reload(const QString& keepUuid);
    void onCurrentChanged();
    void updateActions();

    std::unique_ptr<Ui::TrainingsScreen> m_ui;
    Session& m_session;
    TrainingListModel* m_model;
    TrainingDetailPanel* m_detail;
    QLabel* m_emptyLabel; // over the list when it is empty, saying what to do
    TrainingPapers* m_papers;
    QToolButton* m_printButton = nullptr;
    QPushButton* m_scoresButton = nullptr;
    QList<QAction*> m_trainingPaperActions; // the sheet, cards and certificates: enabled with a training chosen
    QString m_scope;
};

} // namespace relawas::gui
