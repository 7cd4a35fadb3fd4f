#pragma once

#include <optional>

#include <QWidget>

class QListWidget;

namespace relawas::gui {

// The main window's left column: the program's name, then one entry per screen with its icon, its name and, where it
// helps, a count (people in the scope, Kampung Pengawasan villages). The entries are a QListWidget, so arrow keys move
// between screens and the list keeps its name (navigationListWidget) for the tests.
class NavigationSidebar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigationSidebar)

public:
    explicit NavigationSidebar(QWidget* parent = nullptr);

    void addEntry(const QString& text, const QString& iconName, const QString& toolTip);
    void setCount(int row, std::optional<qint64> count);
    std::optional<qint64> count(int row) const;
    QListWidget* list() const { return m_list; }

private:
    void updateWidth();

    QListWidget* m_list;
};

} // namespace relawas::gui
