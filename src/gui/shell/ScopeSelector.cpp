#include "shell/ScopeSelector.h"

#include "common/Icons.h"
#include "common/Theme.h"
#include "core/regions/RegionRepository.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace relawas::gui {

namespace {
// The kecamatan chosen last, kept per kabupaten: a laptop of Sei Balai opens on Sei Balai.
QString rememberedKey(const QString& kabupaten)
{
    return QStringLiteral("scope/%1/kecamatan").arg(kabupaten);
}
} // namespace

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

    auto* place = new QLabel(this);
    const int side = fontMetrics().height();
    place->setPixmap(Icons::icon(QStringLiteral("map-pin"), Theme::colour(Theme::Colour::Accent))
                         .pixmap(QSize(side, side), devicePixelRatioF()));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(place);
    layout->addWidget(m_kabupatenLabel);
    layout->addSpacing(12);
    layout->addWidget(kecamatanLabel);
    layout->addWidget(m_kecamatan);

    connect(m_kecamatan, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(rememberedKey(m_kabupaten), m_kecamatan->currentData().toString());
        emit scopeChanged(scope());
    });
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
    // A kecamatan remembered from another list of codes (or another kabupaten) is not offered: all districts then.
    const int remembered = m_kecamatan->findData(QSettings().value(rememberedKey(code)).toString());
    m_kecamatan->setCurrentIndex(std::max(remembered, 0));
    emit scopeChanged(scope());
}

QString ScopeSelector::scope() const
{
    const QString code = m_kecamatan->currentData().toString();
    return code.isEmpty() ? m_kabupaten : code;
}

} // namespace relawas::gui
