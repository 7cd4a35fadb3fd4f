// The program's look: the palette and style it puts on every window, icons drawn in the palette's colours and sharp
// at 150 %, and the screen header that every screen (built and to come) starts with.
#include "common/Theme.h"

#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/ThemeStyle.h"

#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTest>

using namespace relawas;
namespace Theme = gui::Theme;

class ThemeTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theWholeProgramGetsThePalette();
    void theStyleIsFusionWithRoomyRows();
    void iconsAreDrawnInThePalettesColours();
    void iconsStaySharpAt150Percent();
    void anIconNotCompiledInIsNull();
    void theHeaderShowsTitleAndPurposeAndGrowsWithTheFont();
    void sizesFollowTheFont();
};

namespace {
// The colour of the most opaque pixel: the icon's stroke, whatever the antialiasing at its edges.
QColor strokeColour(const QImage& image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha()) {
                best = pixel;
            }
        }
    }
    return best;
}
} // namespace

void ThemeTest::initTestCase()
{
    QVERIFY(!Theme::isApplied());
    Theme::apply(*qApp);
    QVERIFY(Theme::isApplied());
}

void ThemeTest::theWholeProgramGetsThePalette()
{
    const QPalette palette = QApplication::palette();
    QCOMPARE(palette.color(QPalette::Highlight), Theme::colour(Theme::Colour::Accent));
    QCOMPARE(palette.color(QPalette::Window), QColor(Qt::white));
    QCOMPARE(palette.color(QPalette::Text), Theme::colour(Theme::Colour::Text));
    QVERIFY(!qApp->styleSheet().isEmpty());
    QVERIFY(!qApp->styleSheet().contains(QLatin1Char('@'))); // every colour name was filled in

    // A widget made now has it.
    QLineEdit edit;
    QCOMPARE(edit.palette().color(QPalette::Highlight), Theme::colour(Theme::Colour::Accent));
    // White text on the accent is readable (WCAG AA asks 4.5:1): the accent is dark enough.
    QVERIFY(Theme::colour(Theme::Colour::Accent).lightnessF() < 0.45);
    // The states are told apart by colour as well as by their words.
    QVERIFY(Theme::colour(Theme::Colour::Error) != Theme::colour(Theme::Colour::Accent));
    QVERIFY(Theme::colour(Theme::Colour::Error) != Theme::colour(Theme::Colour::Success));
}

void ThemeTest::theStyleIsFusionWithRoomyRows()
{
    auto* style = qApp->findChild<gui::ThemeStyle*>();
    QVERIFY(style);
    QCOMPARE(style->baseStyle()->name().toLower(), QStringLiteral("fusion"));
    QStyleOptionViewItem option;
    option.fontMetrics = QFontMetrics(QApplication::font());
    option.text = QStringLiteral("Sei Balai");
    option.features = QStyleOptionViewItem::HasDisplay;
    const QSize row = QApplication::style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), nullptr);
    QVERIFY2(row.height() >= Theme::rowHeight(option.fontMetrics), qPrintable(QString::number(row.height())));
    QVERIFY(Theme::rowHeight(option.fontMetrics) > option.fontMetrics.height() * 1.4);
}

void ThemeTest::iconsAreDrawnInThePalettesColours()
{
    const QIcon users = gui::Icons::icon(QStringLiteral("users"));
    QVERIFY(!users.isNull());
    const QImage normal = users.pixmap(QSize(32, 32), 1.0).toImage();
    QCOMPARE(strokeColour(normal).rgb(), Theme::colour(Theme::Colour::Text).rgb());
    // Chosen: the highlighted text colour; greyed out: the disabled one.
    const QImage selected = users.pixmap(QSize(32, 32), 1.0, QIcon::Selected).toImage();
    QCOMPARE(strokeColour(selected).rgb(), QApplication::palette().color(QPalette::HighlightedText).rgb());
    const QImage disabled = users.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage();
    QCOMPARE(strokeColour(disabled).rgb(),
             QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).rgb());
    // One colour on the primary button, whatever the state but disabled.
    const QIcon white = gui::Icons::icon(QStringLiteral("user-plus"), Qt::white);
    QCOMPARE(strokeColour(white.pixmap(QSize(32, 32), 1.0).toImage()).rgb(), QColor(Qt::white).rgb());
}

void ThemeTest::iconsStaySharpAt150Percent()
{
    const QPixmap pixmap = gui::Icons::icon(QStringLiteral("settings")).pixmap(QSize(16, 16), 1.5);
    QCOMPARE(pixmap.size(), QSize(24, 24)); // drawn for the device's pixels, not scaled up from 16
    QCOMPARE(pixmap.devicePixelRatio(), 1.5);
}

void ThemeTest::anIconNotCompiledInIsNull()
{
    QVERIFY(gui::Icons::exists(QStringLiteral("users")));
    QVERIFY(!gui::Icons::exists(QStringLiteral("no-such-icon")));
    QVERIFY(gui::Icons::icon(QStringLiteral("no-such-icon")).isNull());
}

void ThemeTest::theHeaderShowsTitleAndPurposeAndGrowsWithTheFont()
{
    gui::ScreenHeader header(QStringLiteral("Pelatihan"), QStringLiteral("Pelatihan dan pesertanya."));
    auto* title = header.findChild<QLabel*>(QStringLiteral("screenTitleLabel"));
    auto* purpose = header.findChild<QLabel*>(QStringLiteral("screenPurposeLabel"));
    QCOMPARE(title->text(), QStringLiteral("Pelatihan"));
    QCOMPARE(purpose->text(), QStringLiteral("Pelatihan dan pesertanya."));
    QVERIFY(title->font().pointSizeF() > header.font().pointSizeF() * 1.3);
    QVERIFY(title->font().weight() > QFont::Normal);
    QCOMPARE(purpose->palette().color(QPalette::WindowText), Theme::colour(Theme::Colour::MutedText));

    // A screen to come puts its primary action at the right of its header.
    auto* action = new QPushButton(QStringLiteral("Tambah pelatihan…"));
    header.addTrailingWidget(action);
    QCOMPARE(action->parentWidget(), &header);
}

// Readable at 150 %: gaps and rows are counted from the font, so a larger font makes them larger with it.
void ThemeTest::sizesFollowTheFont()
{
    QFont small = QApplication::font();
    small.setPointSizeF(9);
    QFont large = small;
    large.setPointSizeF(13.5);
    const QFontMetrics smallMetrics(small);
    const QFontMetrics largeMetrics(large);
    QVERIFY(Theme::spacing(largeMetrics) > Theme::spacing(smallMetrics));
    QVERIFY(Theme::rowHeight(largeMetrics) > Theme::rowHeight(smallMetrics));
    QCOMPARE(Theme::scaledFont(small, 1.5).pointSizeF(), 13.5);

    QWidget screen;
    screen.setFont(large);
    const QMargins largeMargins = gui::ScreenHeader::screenMargins(&screen);
    screen.setFont(small);
    QVERIFY(largeMargins.left() > gui::ScreenHeader::screenMargins(&screen).left());
}

QTEST_MAIN(ThemeTest)
#include "ThemeTest.moc"
