#pragma once

#include <QHash>
#include <QIcon>
#include <QStyledItemDelegate>

namespace relawas::gui {

// Draws one entry of the sidebar: the screen's icon, its name, and at the right a count where one helps. The chosen
// entry sits on an accent tint with a bar at its left edge; with the keyboard in the list it also gets a focus ring.
class NavigationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationDelegate)

public:
    enum Role
    {
        IconNameRole = Qt::UserRole + 1, // the Tabler name of the entry's icon
        CountRole,                       // qint64, or nothing for no count
    };

    explicit NavigationDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The width an entry needs for `text` with a count of `countText`.
    static int widthFor(const QFontMetrics& metrics, const QString& text, const QString& countText);
    static QString countText(const QVariant& count);

private:
    QIcon iconFor(const QString& name, bool chosen) const;

    mutable QHash<QString, QIcon> m_icons;
};

} // namespace relawas::gui
