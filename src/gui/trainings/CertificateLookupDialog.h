#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace relawas::gui {

struct Session;

// "Periksa sertifikat": whoever holds a certificate reads its number out, the clerk types it as read (case, spaces
// and leading zeros do not matter) and sees whom it was issued to, for which training and with what result, or that
// this office never issued it.
class CertificateLookupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CertificateLookupDialog)

public:
    explicit CertificateLookupDialog(Session& session, QWidget* parent = nullptr);
    ~CertificateLookupDialog() override;

    QLineEdit* numberEdit() const { return m_number; }
    QLabel* answerLabel() const { return m_answer; }

public slots:
    void lookUp();

private:
    Session& m_session;
    QLineEdit* m_number;
    QLabel* m_answer;
};

} // namespace relawas::gui
