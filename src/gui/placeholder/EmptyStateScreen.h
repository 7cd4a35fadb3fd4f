#pragma once

#include <QWidget>

namespace relawas::gui {

// Stands in for a screen that is not built yet, and says honestly what it will hold.
class EmptyStateScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateScreen)

public:
    EmptyStateScreen(const QString& title, const QString& promise, QWidget* parent = nullptr);
};

} // namespace relawas::gui
