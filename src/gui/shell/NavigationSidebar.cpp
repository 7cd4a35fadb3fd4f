#include "shell/NavigationSidebar.h"

#include "common/Theme.h"
#include "shell/NavigationDelegate.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace relawas::gui {

NavigationSidebar::NavigationSidebar(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, Theme::colour(Theme::Colour::Sidebar));
    tinted.setColor(QPalette::Base, Theme::colour(Theme::Colour::Sidebar));
    setPalette(tinted);

    const QFontMetrics metrics = fontMetrics();
    // The program's name over the entries, with its emblem.
    auto* brandIcon = new QLabel(this);
    const int emblem = qRound(metrics.height() * 1.8);
    brandIcon->setPixmap(QApplication::windowIcon().isNull()
                             ? QIcon(QStringLiteral(":/icons/relawas.svg")).pixmap(emblem, emblem)
                             : QApplication::windowIcon().pixmap(emblem, emblem));
    auto* brandName = new QLabel(tr("Relawas"), this);
    brandName->setObjectName(QStringLiteral("brandLabel"));
    brandName->setFont(Theme::scaledFont(font(), 1.25, true));
    auto* brand = new QHBoxLayout;
    brand->setSpacing(Theme::spacing(metrics));
    brand->addWidget(brandIcon);
    brand->addWidget(brandName, 1);

    m_list->setObjectName(QStringLiteral("navigationListWidget"));
    m_list->setItemDelegate(new NavigationDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true); // hover tint
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setAutoFillBackground(false);
    m_list->viewport()->setAutoFillBackground(false);
    m_list->setStyleSheet(QStringLiteral("QListWidget { background: transparent; border: none; }"));
    m_list->setAccessibleName(tr("Screens"));

    auto* layout = new QVBoxLayout(this);
    const int side = Theme::spacing(metrics);
    layout->setContentsMargins(side, Theme::spacing(metrics, 2), side, side);
    layout->setSpacing(Theme::spacing(metrics, 2));
    auto* brandBox = new QHBoxLayout;
    brandBox->setContentsMargins(Theme::spacing(metrics, 1), 0, 0, 0);
    brandBox->addLayout(brand);
    layout->addLayout(brandBox);
    layout->addWidget(m_list, 1);
}

void NavigationSidebar::addEntry(const QString& text, const QString& iconName, const QString& toolTip)
{
    auto* item = new QListWidgetItem(text, m_list);
    item->setData(NavigationDelegate::IconNameRole, iconName);
    item->setToolTip(toolTip);
    updateWidth();
}

void NavigationSidebar::setCount(int row, std::optional<qint64> count)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item) {
        return;
    }
    item->setData(NavigationDelegate::CountRole, count ? QVariant::fromValue(*count) : QVariant());
    // A screen reader hears the count with the name.
    item->setData(Qt::AccessibleTextRole,
                  count ? tr("%1, %2").arg(item->text(), NavigationDelegate::countText(*count)) : item->text());
    updateWidth();
}

std::optional<qint64> NavigationSidebar::count(int row) const
{
    const QListWidgetItem* item = m_list->item(row);
    if (!item || !item->data(NavigationDelegate::CountRole).isValid()) {
        return std::nullopt;
    }
    return item->data(NavigationDelegate::CountRole).toLongLong();
}

// Wide enough for the longest name in bold (the chosen entry) with a count of six digits, so nothing is cut off
// and the column does not jump when a count grows.
void NavigationSidebar::updateWidth()
{
    QFont bold = m_list->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int row = 0; row < m_list->count(); ++row) {
        widest = std::max(widest,
                          NavigationDelegate::widthFor(metrics, m_list->item(row)->text(), QLocale().toString(999999)));
    }
    const QMargins margins = layout()->contentsMargins();
    setFixedWidth(widest + margins.left() + margins.right() + Theme::spacing(metrics));
}

} // namespace relawas::gui
