#include "about/AboutDialog.h"

#include "core/BuildInfo.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace relawas::gui {

AboutDialog::AboutDialog(core::Database& db, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Relawas"));
    const auto codeList = core::RegionRepository(db).currentCodeList();
    const QString listText = codeList ? QStringLiteral("%1 %2").arg(QString::fromStdString(codeList->name),
                                                                    QString::fromStdString(codeList->version))
                                      : tr("none loaded");
    m_text = tr("<h2>Relawas %1</h2>"
                "<p>Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu's "
                "participatory election monitoring.</p>"
                "<p>Qt %2 · SQLite %3</p>"
                "<p>Region code list in this database: %4</p>"
                "<p>Region data: <b>idn-area-data</b> by fityannugroho, from the Kemendagri code list, made "
                "available under the <a href=\"https://opendatacommons.org/licenses/odbl/1-0/\">Open Database "
                "License (ODbL) v1.0</a>.</p>"
                "<p>Relawas is free software under the Apache License 2.0.</p>")
                 .arg(QString::fromLatin1(core::build::kVersion), QString::fromLatin1(qVersion()),
                      QString::fromStdString(core::Database::sqliteVersion()), listText);
    m_text += tr("<p>Icons: <b>Tabler Icons</b> by Paweł Kuna, under the MIT License (below).</p>");

    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(m_text, this);
    label->setObjectName(QStringLiteral("aboutLabel"));
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(label);
    // The MIT License asks for its text to go with the icons.
    QFile licence(QStringLiteral(":/licences/tabler-icons.txt"));
    m_iconsLicence = licence.open(QIODevice::ReadOnly) ? QString::fromUtf8(licence.readAll()) : QString();
    auto* licenceText = new QPlainTextEdit(m_iconsLicence, this);
    licenceText->setObjectName(QStringLiteral("iconsLicencePlainTextEdit"));
    licenceText->setReadOnly(true);
    licenceText->setMaximumHeight(licenceText->fontMetrics().height() * 8);
    layout->addWidget(licenceText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 80, sizeHint().height());
}

QString AboutDialog::text() const
{
    return m_text;
}

QString AboutDialog::iconsLicence() const
{
    return m_iconsLicence;
}

} // namespace relawas::gui
