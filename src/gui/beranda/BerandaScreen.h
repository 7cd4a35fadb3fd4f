#pragma once

#include "core/reports/ScopeFigures.h"
#include "core/roster/RosterQuery.h"

#include <optional>

#include <QFutureWatcher>
#include <QWidget>

class QGridLayout;
class QLabel;
class QScrollArea;

namespace relawas::gui {

struct Session;
class CoverageTable;
class FigureCard;

// Beranda: where the programme stands in the chosen kabupaten or kecamatan, and what is missing. Cards of the
// figures, four charts, the coverage of each kecamatan with its gaps; a click on a card, a bar or a row opens exactly
// what it counts in the roster (or the area in Regions & Kampung). The figures are read on a worker thread with its
// own connection (the village tallies counted again first when the election day changed): the screen shows at once
// and fills in.
class BerandaScreen final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BerandaScreen)

public:
    explicit BerandaScreen(Session& session, QWidget* parent = nullptr);
    ~BerandaScreen() override;

    void setScope(const QString& code);
    // Reads the figures again (people, trainings or reports changed elsewhere).
    void reload();

    const std::optional<core::ScopeFigures>& figures() const { return m_figures; }
    bool isLoading() const { return m_watcher.isRunning(); }

signals:
    // The figures are on the screen (or the reading failed: see the status line).
    void figuresShown();
    void rosterRequested(const core::RosterFilter& filter);
    void regionRequested(const QString& code);
    void trainingsRequested();
    void syncRequested();

private:
    struct Reading
    {
        std::optional<core::ScopeFigures> figures;
        QString failure;
    };

    void buildLayout();
    void show(const Reading& reading);
    void fillCards(const core::ScopeFigures& figures);
    void fillCharts(const core::ScopeFigures& figures);
    void requestVolunteers(const std::string& scope, std::optional<core::Gender> gender = std::nullopt,
                           std::optional<core::TargetGroup> group = std::nullopt);

    Session& m_session;
    QString m_scope;
    std::optional<core::ScopeFigures> m_figures;
    QFutureWatcher<Reading> m_watcher;
    bool m_again = false; // asked to read again while reading

    QLabel* m_status = nullptr;
    FigureCard* m_villages = nullptr;
    FigureCard* m_programme = nullptr;
    FigureCard* m_volunteers = nullptr;
    FigureCard* m_women = nullptr;
    FigureCard* m_firstTime = nullptr;
    FigureCard* m_disability = nullptr;
    FigureCard* m_trainings = nullptr;
    FigureCard* m_trained = nullptr;
    FigureCard* m_reports = nullptr;
    QGridLayout* m_charts = nullptr;
    CoverageTable* m_coverage = nullptr;
};

} // namespace relawas::gui
