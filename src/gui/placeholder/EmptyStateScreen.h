#pragma once

#include <QWidget>

namespace relawas::gui {

class ScreenHeader;

// Stands in for a screen that is not built yet, and says honestly what it will hold: the screen's header, then its
// icon, "not available yet" and the promise.
class EmptyStateScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateScreen)

public:
    EmptyStateScreen(const QString& title, const QString& purpose, const QString& promise, const QString& iconName,
                     QWidget* parent = nullptr);

    ScreenHeader* header() const { return m_header; }

private:
    ScreenHeader* m_header;
};

} // namespace relawas::gui
