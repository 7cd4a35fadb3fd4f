#include "trainings/SheetOptionsDialog.h"

#include "common/DateText.h"
#include "common/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relawas::gui {

SheetOptionsDialog::SheetOptionsDialog(const core::Training& training, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_day(new QComboBox(this))
    , m_times(new QCheckBox(tr("Fill in the check-in &times of those who came"), this))
    , m_spare(new QSpinBox(this))
{
    setWindowTitle(tr("Print the attendance list"));
    for (int day = 1; day <= training.dayCount(); ++day) {
        const QDate date = toQDate(training.day(day));
        m_day->addItem(tr("Day %1 — %2").arg(day).arg(QLocale().toString(date, QStringLiteral("dddd, d MMMM yyyy"))),
                       day);
    }
    const auto todays = training.dayNumber(fromQDate(today));
    m_day->setCurrentIndex(todays ? *todays - 1 : 0);
    m_times->setToolTip(tr("Unticked, the list is blank for signing; ticked, it records who came and when."));
    m_spare->setRange(0, paperwork::kMostSpareRows);
    m_spare->setValue(paperwork::SheetChoice{}.spareRows);
    m_spare->setToolTip(tr("Numbered blank rows after the list, for those who come without being listed."));

    auto* form = new QFormLayout;
    form->addRow(tr("&Day"), m_day);
    form->addRow(QString(), m_times);
    form->addRow(tr("&Spare rows"), m_spare);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* preview = buttons->button(QDialogButtonBox::Ok);
    preview->setText(tr("&Preview…"));
    Theme::setPrimary(preview);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_day->setFocus();
}

SheetOptionsDialog::~SheetOptionsDialog() = default;

paperwork::SheetChoice SheetOptionsDialog::choice() const
{
    return {m_day->currentData().toInt(), m_times->isChecked(), m_spare->value()};
}

} // namespace relawas::gui
