#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace relawas::gui {

// The top of every screen: its title, one line saying what the screen is for, and at the right the screen's main
// actions (the primary one last). Screens to come (trainings, check-in desk, sync, dashboard, reports) use the same.
class ScreenHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScreenHeader)

public:
    ScreenHeader(const QString& title, const QString& purpose, QWidget* parent = nullptr);

    QString title() const;
    QString purpose() const;
    void addTrailingWidget(QWidget* widget);

    // The margins every screen keeps around its content, counted from its font.
    static QMargins screenMargins(const QWidget* screen);

private:
    QLabel* m_title;
    QLabel* m_purpose;
    QHBoxLayout* m_trailing;
};

} // namespace relawas::gui
