#include "desk/DeskSound.h"

#include <QApplication>
#include <QSettings>
#include <QTimer>

namespace relawas::gui {

namespace {
constexpr const char* kMutedKey = "desk/muted";
}

DeskSound::DeskSound(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
    , m_muted(QSettings().value(kMutedKey, false).toBool())
{
    m_timer->setInterval(180);
    connect(m_timer, &QTimer::timeout, this, [this] {
        QApplication::beep();
        if (--m_left <= 0) {
            m_timer->stop();
        }
    });
}

void DeskSound::setMuted(bool muted)
{
    m_muted = muted;
    QSettings().setValue(kMutedKey, muted);
    if (muted) {
        m_timer->stop();
    }
}

void DeskSound::play(int beeps)
{
    emit played(beeps, m_muted);
    if (m_muted || beeps <= 0) {
        return;
    }
    QApplication::beep();
    m_left = beeps - 1;
    if (m_left > 0) {
        m_timer->start();
    }
}

} // namespace relawas::gui
