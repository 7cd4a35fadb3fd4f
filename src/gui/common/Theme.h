#pragma once

#include <QColor>

class QAbstractButton;
class QApplication;
class QFont;
class QFontMetrics;
class QPalette;

namespace relawas::gui {

// The one look of Relawas: Fusion with a light palette, a calm blue accent, a tinted sidebar, rounded inputs, a
// visible focus ring and comfortable rows. Sizes are counted from the font (never in fixed pixels of text), so the
// screens stay readable at 150 % scaling. Applied once at start-up, by the screenshot tool and by the widget tests.
namespace Theme {

// What a colour means. A status colour is never shown alone: always together with a text or an icon.
enum class Colour
{
    Accent,       // the one accent: selection, primary actions, focus ring, links
    AccentStrong, // the accent pressed, or text on an accent tint
    AccentTint,   // the background of a chosen sidebar entry
    Text,
    MutedText, // the purpose line under a title, captions, counts
    Border,
    Sidebar, // the navigation's background
    Content, // the screens' background
    Error,
    Warning,
    Success,
};

QColor colour(Colour which);
QPalette palette();
QString styleSheet();

// Makes `button` the screen's or dialog's primary action: filled with the accent. The style sheet is applied again to
// it, as a button a dialog's button box made is styled already.
void setPrimary(QAbstractButton* button);

// Puts the look on the whole program: style, palette, style sheet.
void apply(QApplication& app);
bool isApplied();

// Spacing counted from a font: a unit is about half a line, so every gap grows with the text.
int spacing(const QFontMetrics& metrics, double units = 1.0);
// A table or tree row with room above and below its text.
int rowHeight(const QFontMetrics& metrics);
// A font `factor` times the given one, in points, optionally bolder.
QFont scaledFont(const QFont& base, double factor, bool bold = false);

} // namespace Theme

} // namespace relawas::gui
