#include "beranda/BerandaCharts.h"

#include "common/Theme.h"
#include "core/reports/ScopeFigures.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDate>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

namespace relawas::gui::BerandaCharts {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("relawas::gui::BerandaCharts", text);
}

const QColor kMen(0x2f, 0x6f, 0xb5);
const QColor kWomen(0xd9, 0x6c, 0x3b);
const QColor kUnknown(0x9a, 0xa5, 0xb1);

QChartView* viewOf(QChart* chart, const QString& objectName, QWidget* parent, int categories = 0)
{
    chart->setBackgroundRoundness(8);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont title = chart->titleFont();
    title.setPointSizeF(QFont().pointSizeF() * 1.05);
    title.setBold(true);
    chart->setTitleFont(title);
    chart->setTitleBrush(Theme::colour(Theme::Colour::Text));
    auto* view = new QChartView(chart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // Room for each category's name: Qt Charts elides the names of bars packed tighter than a line.
    const int line = QFontMetrics(view->font()).height();
    view->setMinimumHeight(std::max(line * 16, line * 9 / 5 * categories + line * 8));
    view->setCursor(Qt::PointingHandCursor);
    return view;
}

QBarSet* barSet(const QString& label, const QColor& colour, QObject* parent)
{
    auto* set = new QBarSet(label, parent);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QStringList partNames(const core::ScopeFigures& figures)
{
    QStringList names;
    for (const core::RegionPartFigures& part : figures.parts) {
        names << QString::fromStdString(part.name);
    }
    return names;
}

// An axis from 0 to a round number above `most`.
void roundUp(QValueAxis* axis, double most)
{
    axis->setLabelFormat(QStringLiteral("%.0f"));
    if (most <= 8) {
        // Small counts: a tick per whole number, never two ticks labelled alike.
        axis->setRange(0, std::max(1.0, most));
        axis->setTickCount(int(std::max(1.0, most)) + 1);
        return;
    }
    axis->setRange(0, most);
    axis->applyNiceNumbers();
}

} // namespace

QChartView* volunteersByPart(const core::ScopeFigures& figures, QWidget* parent,
                             std::function<void(int, std::optional<core::Gender>)> clicked)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Volunteers per area, by gender"));
    auto* series = new QHorizontalStackedBarSeries(chart);
    auto* men = barSet(tr("Men"), kMen, series);
    auto* women = barSet(tr("Women"), kWomen, series);
    auto* unknown = barSet(tr("Not recorded"), kUnknown, series);
    double most = 0;
    // The first part at the top: the bars are drawn from the bottom up.
    for (auto part = figures.parts.rbegin(); part != figures.parts.rend(); ++part) {
        *men << double(part->volunteerMen);
        *women << double(part->volunteerWomen);
        *unknown << double(part->volunteerOtherwise);
        most = std::max(most, double(part->volunteers()));
    }
    series->append({men, women, unknown});
    chart->addSeries(series);
    QStringList names = partNames(figures);
    std::reverse(names.begin(), names.end());
    auto* parts = new QBarCategoryAxis(chart);
    parts->append(names);
    chart->addAxis(parts, Qt::AlignLeft);
    series->attachAxis(parts);
    auto* counts = new QValueAxis(chart);
    roundUp(counts, most);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    const int last = int(figures.parts.size()) - 1;
    QObject::connect(men, &QBarSet::clicked, chart, [clicked, last](int i) { clicked(last - i, core::Gender::Male); });
    QObject::connect(women, &QBarSet::clicked, chart,
                     [clicked, last](int i) { clicked(last - i, core::Gender::Female); });
    QObject::connect(unknown, &QBarSet::clicked, chart, [clicked, last](int i) { clicked(last - i, std::nullopt); });
    return viewOf(chart, QStringLiteral("volunteersChartView"), parent, int(figures.parts.size()));
}

QChartView* coverageByPart(const core::ScopeFigures& figures, QWidget* parent, std::function<void(int)> clicked)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Villages with a volunteer, per area (%)"));
    auto* series = new QHorizontalBarSeries(chart);
    auto* covered = barSet(tr("Villages with a volunteer"), Theme::colour(Theme::Colour::Accent), series);
    for (auto part = figures.parts.rbegin(); part != figures.parts.rend(); ++part) {
        *covered << (part->villages == 0 ? 0.0 : 100.0 * double(part->villagesWithVolunteer) / double(part->villages));
    }
    series->append(covered);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    covered->setLabelColor(Theme::colour(Theme::Colour::Text));
    chart->addSeries(series);
    chart->legend()->hide();
    QStringList names = partNames(figures);
    std::reverse(names.begin(), names.end());
    auto* parts = new QBarCategoryAxis(chart);
    parts->append(names);
    chart->addAxis(parts, Qt::AlignLeft);
    series->attachAxis(parts);
    auto* share = new QValueAxis(chart);
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(share, Qt::AlignBottom);
    series->attachAxis(share);
    const int last = int(figures.parts.size()) - 1;
    QObject::connect(covered, &QBarSet::clicked, chart, [clicked, last](int i) { clicked(last - i); });
    return viewOf(chart, QStringLiteral("coverageChartView"), parent, int(figures.parts.size()));
}

QChartView* agePyramid(const core::ScopeFigures& figures, QWidget* parent,
                       std::function<void(int, core::Gender)> clicked)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Volunteers' ages on the election day"));
    auto* series = new QHorizontalStackedBarSeries(chart);
    auto* men = barSet(tr("Men"), kMen, series);
    auto* women = barSet(tr("Women"), kWomen, series);
    QStringList bands;
    double most = 0;
    for (const core::AgeBandFigures& band : figures.ages) {
        *men << -double(band.men);
        *women << double(band.women);
        most = std::max({most, double(band.men), double(band.women)});
        bands << (band.from < 0 ? tr("unknown")
                  : band.to     ? QStringLiteral("%1–%2").arg(band.from).arg(*band.to)
                                : QStringLiteral("%1+").arg(band.from));
    }
    series->append({men, women});
    chart->addSeries(series);
    auto* ages = new QBarCategoryAxis(chart);
    ages->append(bands);
    chart->addAxis(ages, Qt::AlignLeft);
    series->attachAxis(ages);
    // Counts to both sides of the middle, written without a sign.
    auto* counts = new QCategoryAxis(chart);
    const double step = std::max(1.0, std::ceil(most / 2.0));
    counts->setMin(-2 * step);
    counts->setMax(2 * step);
    counts->setStartValue(-2 * step);
    for (int i = -2; i <= 2; ++i) {
        counts->append(QLocale().toString(std::abs(i) * qint64(step)) + QString(i < 0 ? 1 : 0, QChar(0x200B)),
                       i * step);
    }
    counts->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    QObject::connect(men, &QBarSet::clicked, chart, [clicked](int i) { clicked(i, core::Gender::Male); });
    QObject::connect(women, &QBarSet::clicked, chart, [clicked](int i) { clicked(i, core::Gender::Female); });
    return viewOf(chart, QStringLiteral("ageChartView"), parent, int(figures.ages.size()));
}

QChartView* trainingsOverTime(const core::ScopeFigures& figures, QWidget* parent, std::function<void()> clicked)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Trainings per month and their attendance"));
    auto* series = new QBarSeries(chart);
    auto* held = barSet(tr("Trainings begun"), Theme::colour(Theme::Colour::Accent), series);
    auto* attendance = new QLineSeries(chart);
    attendance->setName(tr("Attendance (%)"));
    attendance->setColor(kWomen);
    QStringList months;
    double most = 0;
    for (std::size_t i = 0; i < figures.trainingMonths.size(); ++i) {
        const core::TrainingMonthFigures& month = figures.trainingMonths[i];
        *held << double(month.trainings);
        most = std::max(most, double(month.trainings));
        const QDate first = QDate::fromString(QString::fromStdString(month.month) + QStringLiteral("-01"), Qt::ISODate);
        months << QLocale().toString(first, QStringLiteral("MMM yyyy"));
        if (month.expectedDays > 0) {
            attendance->append(double(i), 100.0 * double(month.presentDays) / double(month.expectedDays));
        }
    }
    series->append(held);
    chart->addSeries(series);
    chart->addSeries(attendance);
    auto* axis = new QBarCategoryAxis(chart);
    axis->append(months.isEmpty() ? QStringList{tr("none yet")} : months);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    attendance->attachAxis(axis);
    auto* counts = new QValueAxis(chart);
    roundUp(counts, most);
    counts->setTitleText(tr("trainings"));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    auto* share = new QValueAxis(chart);
    share->setRange(0, 100);
    share->setLabelFormat(QStringLiteral("%.0f %%"));
    chart->addAxis(share, Qt::AlignRight);
    attendance->attachAxis(share);
    QObject::connect(held, &QBarSet::clicked, chart, [clicked](int) { clicked(); });
    return viewOf(chart, QStringLiteral("trainingsChartView"), parent);
}

} // namespace relawas::gui::BerandaCharts
