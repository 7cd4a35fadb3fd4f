#include "common/Theme.h"

#include "common/ThemeStyle.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace relawas::gui::Theme {

namespace {
constexpr const char* kAppliedProperty = "relawasTheme";

// The style sheet covers only what a palette cannot say: rounded inputs and buttons, the focus ring, the primary
// button, group and header faces. Lengths in em follow the font; the 1-2 px borders are lines, not text.
constexpr const char* kStyleSheet = R"(
QPushButton, QToolButton[textButton="true"] {
    background: white; color: @text; border: 1px solid @border; border-radius: 6px;
    padding: 0.3em 0.85em; min-height: 1.3em;
}
QPushButton:hover, QToolButton[textButton="true"]:hover {
    background: #f3f6fa; border-color: #aab4c2;
}
QPushButton:pressed, QToolButton[textButton="true"]:pressed { background: #e6ebf2; }
QPushButton:focus, QToolButton[textButton="true"]:focus {
    border: 2px solid @accent;
}
QPushButton:disabled, QToolButton[textButton="true"]:disabled {
    color: #9aa5b1; background: #f6f8fa; border-color: #e1e6ec;
}
QPushButton[primary="true"] { background: @accent; color: white; border-color: @accentStrong; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #2766b8; }
QPushButton[primary="true"]:pressed { background: @accentStrong; }
QPushButton[primary="true"]:focus { border: 2px solid #0b2a55; }
QPushButton[primary="true"]:disabled { background: #9db8dc; color: #f3f6fa; border-color: #9db8dc; }
QToolButton[textButton="true"] { padding-right: 1.6em; }
QToolButton[textButton="true"]::menu-indicator {
    image: url(:/icons/ui/chevron-down.svg); subcontrol-origin: padding; subcontrol-position: center right;
    width: 0.9em; height: 0.9em; right: 0.5em;
}

QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {
    background: white; color: @text; border: 1px solid @border; border-radius: 6px;
    selection-background-color: @accent; selection-color: white;
}
QLineEdit, QComboBox, QSpinBox, QDateEdit { padding: 0.25em 0.5em; min-height: 1.3em; }
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {
    border: 2px solid @accent;
}
QLineEdit:disabled, QComboBox:disabled, QSpinBox:disabled, QDateEdit:disabled, QPlainTextEdit:disabled {
    background: #f6f8fa; color: #8a95a3; border-color: #e1e6ec;
}
QLineEdit:read-only { background: #f6f8fa; }
QComboBox { padding-right: 1.8em; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right; width: 1.6em; border: none; }
QComboBox::down-arrow { image: url(:/icons/ui/chevron-down.svg); width: 0.9em; height: 0.9em; }
QComboBox QAbstractItemView { border: 1px solid @border; selection-background-color: @accent; }
QSpinBox, QDateEdit { padding-right: 1.6em; }
QSpinBox::up-button, QDateEdit::up-button {
    subcontrol-origin: border; subcontrol-position: top right; width: 1.5em; border: none; margin: 2px 2px 0 0;
}
QSpinBox::down-button, QDateEdit::down-button {
    subcontrol-origin: border; subcontrol-position: bottom right; width: 1.5em; border: none; margin: 0 2px 2px 0;
}
QSpinBox::up-arrow, QDateEdit::up-arrow { image: url(:/icons/ui/chevron-up.svg); width: 0.75em; height: 0.75em; }
QSpinBox::down-arrow, QDateEdit::down-arrow { image: url(:/icons/ui/chevron-down.svg); width: 0.75em; height: 0.75em; }

QGroupBox {
    border: 1px solid @border; border-radius: 8px; margin-top: 1.5em; padding: 0.9em 0.7em 0.6em 0.7em;
    background: white;
}
QGroupBox::title {
    subcontrol-origin: margin; subcontrol-position: top left; left: 0.4em; padding: 0 0.3em; font-weight: 600;
    color: @text;
}

QTableView, QTreeView {
    border: 1px solid @border; border-radius: 6px; gridline-color: #edf0f4;
    selection-background-color: @accent; selection-color: white;
}
QTableView:focus, QTreeView:focus { border: 2px solid @accent; }
QHeaderView::section {
    background: #f4f6f9; color: @muted; border: none; border-bottom: 1px solid @border;
    border-right: 1px solid #e6eaef; padding: 0.35em 0.6em; font-weight: 600;
}

QToolBar#scopeToolBar { background: white; border: none; border-bottom: 1px solid @border; spacing: 0.5em; padding: 0.3em 0.6em; }
QStatusBar { background: @sidebar; color: @muted; border-top: 1px solid @border; }
QStatusBar QLabel { color: @muted; padding: 0 0.5em; }
QMenu { background: white; border: 1px solid @border; padding: 0.3em 0; }
QMenu::item { padding: 0.4em 1.6em 0.4em 1.0em; }
QMenu::item:selected { background: @accentTint; color: @text; }
QMenu::icon { padding-left: 0.6em; }
QMenu::separator { height: 1px; background: @border; margin: 0.3em 0.6em; }
QToolTip { background: #1c2430; color: white; border: none; padding: 0.3em 0.5em; }
)";
} // namespace

QColor colour(Colour which)
{
    switch (which) {
    case Colour::Accent:
        return QColor(0x1f, 0x5a, 0xa6); // white on it: 6.8:1
    case Colour::AccentStrong:
        return QColor(0x17, 0x46, 0x82);
    case Colour::AccentTint:
        return QColor(0xdc, 0xe7, 0xf6);
    case Colour::Text:
        return QColor(0x1c, 0x24, 0x30);
    case Colour::MutedText:
        return QColor(0x5b, 0x66, 0x75); // on white: 5.8:1, on the sidebar: 5.2:1
    case Colour::Border:
        return QColor(0xd3, 0xd9, 0xe1);
    case Colour::Sidebar:
        return QColor(0xee, 0xf2, 0xf7);
    case Colour::Content:
        return QColor(Qt::white);
    case Colour::Error:
        return QColor(0xb3, 0x26, 0x1e);
    case Colour::Warning:
        return QColor(0x8a, 0x53, 0x00);
    case Colour::Success:
        return QColor(0x1b, 0x5e, 0x20);
    }
    return QColor(Qt::black);
}

QPalette palette()
{
    const QColor text = colour(Colour::Text);
    const QColor disabledText(0x9a, 0xa5, 0xb1);
    QPalette palette;
    palette.setColor(QPalette::Window, colour(Colour::Content));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfb));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x77, 0x85)); // 4.6:1 on white
    palette.setColor(QPalette::Button, QColor(0xf7, 0xf9, 0xfb));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, colour(Colour::Accent));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, colour(Colour::Accent));
    palette.setColor(QPalette::LinkVisited, colour(Colour::AccentStrong));
    palette.setColor(QPalette::ToolTipBase, text);
    palette.setColor(QPalette::ToolTipText, Qt::white);
    palette.setColor(QPalette::Light, Qt::white);
    palette.setColor(QPalette::Midlight, QColor(0xe6, 0xea, 0xef));
    palette.setColor(QPalette::Mid, colour(Colour::Border));
    palette.setColor(QPalette::Dark, QColor(0x9a, 0xa5, 0xb1));
    palette.setColor(QPalette::Shadow, QColor(0x5b, 0x66, 0x75));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc5, 0xcf, 0xdb));
    return palette;
}

QString styleSheet()
{
    QString sheet = QString::fromLatin1(kStyleSheet);
    const std::pair<const char*, Colour> names[] = {
        {"@accentStrong", Colour::AccentStrong},
        {"@accentTint", Colour::AccentTint},
        {"@accent", Colour::Accent},
        {"@text", Colour::Text},
        {"@muted", Colour::MutedText},
        {"@border", Colour::Border},
        {"@sidebar", Colour::Sidebar},
    };
    for (const auto& [name, which] : names) {
        sheet.replace(QLatin1String(name), colour(which).name());
    }
    return sheet;
}

void apply(QApplication& app)
{
    QApplication::setStyle(new ThemeStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QApplication::setPalette(palette());
    app.setStyleSheet(styleSheet());
    app.setProperty(kAppliedProperty, true);
}

void setPrimary(QAbstractButton* button)
{
    button->setProperty("primary", true);
    button->style()->unpolish(button);
    button->style()->polish(button);
}

bool isApplied()
{
    return qApp && qApp->property(kAppliedProperty).toBool();
}

int spacing(const QFontMetrics& metrics, double units)
{
    return qRound(metrics.height() * 0.5 * units);
}

int rowHeight(const QFontMetrics& metrics)
{
    return metrics.height() + spacing(metrics, 1.4);
}

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont font = base;
    if (base.pointSizeF() > 0) {
        font.setPointSizeF(base.pointSizeF() * factor);
    } else {
        font.setPixelSize(qRound(base.pixelSize() * factor));
    }
    if (bold) {
        font.setWeight(QFont::DemiBold);
    }
    return font;
}

} // namespace relawas::gui::Theme
