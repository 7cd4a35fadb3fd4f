#pragma once

#include "core/organising/CheckInDesk.h"

#include <memory>
#include <optional>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;

namespace relawas::gui {

class DeskSound;
class OutcomePanel;
struct Session;

// "Meja Presensi", the check-in desk of one training day. One field keeps the focus whatever happens: a USB scanner
// types a card code and Enter, a clerk types a NIK or a name (matches listed as they type, arrows and Enter pick).
// The outcome fills a large panel in colour with an icon, a title and a sound. F2 admits someone not on the list as
// a walk-in, F3 registers a newcomer; the latest check-ins can be annulled with a reason. The use cases are
// core::CheckInDesk's; this screen only shows and asks.
class DeskScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskScreen)

public:
    explicit DeskScreen(Session& session, QWidget* parent = nullptr);
    ~DeskScreen() override;

    void setScope(const QString& code);
    // Opens the desk of a training, on today's day of it when it runs today, else on its first day.
    void openTraining(const QString& trainingUuid);
    QString trainingUuid() const;
    int dayNumber() const;
    void setDayNumber(int number);

    OutcomePanel* outcomePanel() const { return m_outcome; }
    DeskSound* sound() const { return m_sound; }
    const std::optional<core::CheckInOutcome>& lastOutcome() const { return m_last; }

signals:
    // A check-in was made or annulled: counts elsewhere change.
    void attendanceChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildLayout();
    void reloadTrainings(const QString& keepUuid);
    void onTrainingChosen();
    void onDayChosen();
    void onTextEdited(const QString& text);
    void onEnter();
    void pickMatch(int row);
    void showOutcome(const core::CheckInOutcome& outcome);
    void showMatches(const std::vector<core::DeskPerson>& people, int current);
    void admitWalkIn();
    void registerWalkIn();
    void undoCheckIn();
    void refreshCounts();
    void refocus();
    template<typename Action>
    void attempt(Action&& action);

    Session& m_session;
    QString m_scope;
    std::optional<core::Training> m_current;
    std::unique_ptr<core::CheckInDesk> m_desk;
    std::optional<core::CheckInOutcome> m_last;
    QString m_pendingInput; // what was typed when several people matched, recorded with the pick

    QComboBox* m_training;
    QComboBox* m_day;
    QToolButton* m_mute;
    QLineEdit* m_input;
    QListWidget* m_matches;
    OutcomePanel* m_outcome;
    QLabel* m_counter;
    QComboBox* m_walkInPart;
    QPushButton* m_admit;
    QPushButton* m_register;
    QListWidget* m_recent;
    QPushButton* m_undo;
    DeskSound* m_sound;
};

} // namespace relawas::gui
