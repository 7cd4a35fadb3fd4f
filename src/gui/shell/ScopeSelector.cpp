#include "shell/ScopeSelector.h"

#include "core/regions/RegionRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace relawas::gui {

ScopeSelector::ScopeSelector(core::Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_kabupatenLabel(new QLabel(this))
    , m_kecamatan(new QComboBox(this))
{
    m_kabupatenLabel->setObjectName(QStringLiteral("kabupatenLabel"));
    m_kecamatan->setObjectName(QStringLiteral("kecamatanComboBox"));
    m_kecamatan->setMinimumContentsLength(22);
    m_kecamatan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* kecamatanLabel = new QLabel(tr("&District:"), this);
    kecamatanLabel->setBuddy(m_kecamatan);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_kabupatenLabel);
    layout->addSpacing(12);
    layout->addWidget(kecamatanLabel);
    layout->addWidget(m_kecamatan);

    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] { emit scopeChanged(scope()); });
}

void ScopeSelector::setKabupaten(const QString& code)
{
    m_kabupaten = code;
    const core::RegionRepository regions(m_db);
    const auto kabupaten = regions.find(code.toStdString());
    QFont bold = m_kabupatenLabel->font();
    bold.setBold(true);
    m_kabupatenLabel->setFont(bold);
    m_kabupatenLabel->setText(kabupaten ? QString::fromStdString(kabupaten->name) : code);

    const QSignalBlocker blocker(m_kecamatan);
    m_kecamatan->clear();
    m_kecamatan->addItem(tr("All districts"), code);
    for (const auto& kecamatan : regions.children(code.toStdString())) {
        m_kecamatan->addItem(QString::fromStdString(kecamatan.name), QString::fromStdString(kecamatan.code));
    }
    emit scopeChanged(scope());
}

QString ScopeSelector::scope() const
{
    const QString code = m_kecamatan->currentData().toString();
    return code.isEmpty() ? m_kabupaten : code;
}

} // namespace relawas::gui
