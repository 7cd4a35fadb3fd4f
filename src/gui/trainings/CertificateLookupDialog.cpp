#include "trainings/CertificateLookupDialog.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/organising/CertificateLookup.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

CertificateLookupDialog::CertificateLookupDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_number(new QLineEdit(this))
    , m_answer(new QLabel(this))
{
    setWindowTitle(tr("Check a certificate"));
    m_number->setPlaceholderText(QStringLiteral("0007/SERT/12.19/IX/2024"));
    m_number->setClearButtonEnabled(true);
    m_number->setMaxLength(64);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answer->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_answer->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_answer->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_answer->setText(tr("Type the number as it is printed on the certificate, then Enter."));

    auto* form = new QFormLayout;
    form->addRow(tr("Certificate &number"), m_number);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* find = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    find->setDefault(true);
    Theme::setPrimary(find);
    connect(find, &QPushButton::clicked, this, &CertificateLookupDialog::lookUp);
    connect(m_number, &QLineEdit::returnPressed, this, &CertificateLookupDialog::lookUp);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_answer, 1);
    layout->addWidget(buttons);
    m_number->setFocus();
}

CertificateLookupDialog::~CertificateLookupDialog() = default;

void CertificateLookupDialog::lookUp()
{
    const std::string typed = m_number->text().toStdString();
    if (m_number->text().trimmed().isEmpty()) {
        m_answer->setText(tr("Type the number as it is printed on the certificate, then Enter."));
        return;
    }
    std::optional<core::CertificateRecord> record;
    try {
        record = core::lookUpCertificate(m_session.database, typed);
    } catch (const core::Error& e) {
        spdlog::warn("certificate lookup failed: {}", e.what());
        m_answer->setText(ErrorText::describe(e).toHtmlEscaped());
        return;
    }
    const QString number = QString::fromStdString(core::normaliseCertificateNumber(typed)).toHtmlEscaped();
    if (!record) {
        m_answer->setText(tr("<b>No certificate %1 was issued from this database.</b><br>Check the number; a "
                             "certificate of another office is not known here.")
                              .arg(number));
        return;
    }
    const auto& holder = record->holder;
    QString who = QString::fromStdString(holder.fullName).toHtmlEscaped();
    if (!holder.kecamatanName.empty()) {
        who += tr(" (Kec. %1)").arg(QString::fromStdString(holder.kecamatanName).toHtmlEscaped());
    }
    QString text = tr("<b>Certificate %1 is genuine.</b><br>Issued to <b>%2</b> as %3 for %4 (%5), %6.")
                       .arg(QString::fromStdString(record->certificate.number).toHtmlEscaped(), who,
                            DomainText::part(holder.invitation.part).toHtmlEscaped(),
                            QString::fromStdString(record->training.title).toHtmlEscaped(),
                            DomainText::trainingKind(record->training.kind).toHtmlEscaped(),
                            formatDateRange(record->training.startDate, record->training.endDate).toHtmlEscaped());
    if (record->result) {
        text += QStringLiteral("<br>") +
                tr("Final score %1: %2.")
                    .arg(QLocale().toString(*record->result, 'f', 1), record->passed ? tr("passed") : tr("not passed"));
    }
    text += QStringLiteral("<br>") +
            tr("Numbered on %1.").arg(formatStoredTime(record->certificate.issuedAt).toHtmlEscaped());
    m_answer->setText(text);
}

} // namespace relawas::gui
