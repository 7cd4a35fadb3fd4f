#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace relawas::gui {

struct Session;

// Who is who in the exchange: this laptop's fingerprint, to read aloud when a receiver phones to compare it, and the
// senders this laptop trusts, each with the fingerprint compared when it was trusted and its last report merged.
class SendersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendersPanel)

public:
    // Empty until reload(): the screen reads its panels once.
    explicit SendersPanel(Session& session, QWidget* parent = nullptr);

    void reload();

    QLabel* fingerprintLabel() const { return m_fingerprint; }
    QTableWidget* table() const { return m_table; }

private:
    Session& m_session;
    QLabel* m_fingerprint;
    QLabel* m_installation;
    QTableWidget* m_table;
};

} // namespace relawas::gui
