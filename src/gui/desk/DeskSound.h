#pragma once

#include <QObject>

class QTimer;

namespace relawas::gui {

// The desk's sound: the system bell rung once for a check-in, twice for someone already in, three times for anything
// a person must look at, so the trainer hears the outcome without looking. It can be muted (remembered in the
// settings). The program has no audio library: the bell is what every desktop has.
class DeskSound final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskSound)

public:
    explicit DeskSound(QObject* parent = nullptr);

    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    void play(int beeps);

signals:
    // Each ring, muted or not: for tests and for a screen reader's cue.
    void played(int beeps, bool muted);

private:
    QTimer* m_timer;
    int m_left = 0;
    bool m_muted = false;
};

} // namespace relawas::gui
