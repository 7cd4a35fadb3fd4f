#include "trainings/ComponentWeightsDialog.h"

#include "common/Theme.h"

#include <cmath>

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace relawas::gui {

ComponentWeightsDialog::ComponentWeightsDialog(const std::vector<core::ScoreComponent>& components, QWidget* parent)
    : QDialog(parent)
    , m_sum(new QLabel(this))
{
    setWindowTitle(tr("Components and weights"));
    auto* intro = new QLabel(tr("What the training is graded on and how much each part counts. The scores typed so "
                                "far stay; the results follow the new weights."),
                             this);
    intro->setWordWrap(true);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64); // the explanation in two or three lines, not six

    auto* grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Component"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Weight"), this), 0, 1);
    for (const core::ScoreComponent& component : components) {
        const int row = int(m_names.size()) + 1;
        auto* name = new QLineEdit(QString::fromStdString(component.name), this);
        name->setMaxLength(80);
        auto* weight = new QDoubleSpinBox(this);
        weight->setRange(0, 100);
        weight->setDecimals(1);
        weight->setSuffix(QStringLiteral(" %"));
        weight->setValue(component.weight);
        weight->setAlignment(Qt::AlignRight);
        connect(weight, &QDoubleSpinBox::valueChanged, this, &ComponentWeightsDialog::updateSum);
        connect(name, &QLineEdit::textChanged, this, &ComponentWeightsDialog::updateSum);
        grid->addWidget(name, row, 0);
        grid->addWidget(weight, row, 1);
        m_names.push_back(name);
        m_weights.push_back(weight);
    }
    grid->setColumnStretch(0, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    Theme::setPrimary(m_save);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(m_sum);
    layout->addWidget(buttons);
    updateSum();
    if (!m_names.empty()) {
        m_names.front()->setFocus();
    }
}

ComponentWeightsDialog::~ComponentWeightsDialog() = default;

std::vector<std::pair<std::string, double>> ComponentWeightsDialog::namesAndWeights() const
{
    std::vector<std::pair<std::string, double>> result;
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        result.emplace_back(m_names[i]->text().trimmed().toStdString(), m_weights[i]->value());
    }
    return result;
}

void ComponentWeightsDialog::updateSum()
{
    double sum = 0;
    bool named = true;
    for (std::size_t i = 0; i < m_weights.size(); ++i) {
        sum += m_weights[i]->value();
        named = named && !m_names[i]->text().trimmed().isEmpty();
    }
    const bool whole = std::abs(sum - 100) < 1e-6;
    QPalette palette = m_sum->palette();
    palette.setColor(QPalette::WindowText, Theme::colour(whole ? Theme::Colour::Text : Theme::Colour::Error));
    m_sum->setPalette(palette);
    m_sum->setText(whole ? tr("Total %1 %: complete.").arg(QLocale().toString(sum, 'f', 1))
                         : tr("Total %1 %: the weights must add up to 100 %.").arg(QLocale().toString(sum, 'f', 1)));
    m_save->setEnabled(whole && named);
}

} // namespace relawas::gui
