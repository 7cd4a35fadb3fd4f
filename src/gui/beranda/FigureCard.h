#pragma once

#include <QPushButton>

class QLabel;

namespace relawas::gui {

// One figure of the Beranda as a card: what it counts, the number, a line that puts it in proportion. The whole card
// is a button (Tab reaches it, Space or Enter opens what it counts) and says where it leads in its tooltip.
class FigureCard final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureCard)

public:
    FigureCard(const QString& title, const QString& iconName, QWidget* parent = nullptr);

    void setFigure(const QString& value, const QString& caption);
    // A gap to close: the caption in the warning colour (always with words, never the colour alone).
    void setWarning(bool warning);
    QString value() const;
    QString caption() const;

private:
    QLabel* m_value;
    QLabel* m_caption;
};

} // namespace relawas::gui
