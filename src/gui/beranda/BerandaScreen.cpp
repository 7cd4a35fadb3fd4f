#include "beranda/BerandaScreen.h"

#include "beranda/BerandaCharts.h"
#include "beranda/CoverageTable.h"
#include "beranda/FigureCard.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/people/VillageTally.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"

#include <QChartView>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace relawas::gui {

namespace {

QString percent(long long part, long long whole)
{
    return whole == 0 ? QStringLiteral("–")
                      : QStringLiteral("%1 %").arg(QLocale().toString(100.0 * double(part) / double(whole), 'f', 0));
}

// "today", "yesterday", "5 days ago" for a UTC ISO-8601 time.
QString howLongAgo(const std::string& isoUtc)
{
    const QDateTime at = QDateTime::fromString(QString::fromStdString(isoUtc), Qt::ISODate);
    const qint64 days = at.isValid() ? at.toLocalTime().date().daysTo(QDate::currentDate()) : -1;
    if (days < 0) {
        return QString::fromStdString(isoUtc);
    }
    if (days == 0) {
        return BerandaScreen::tr("today");
    }
    if (days == 1) {
        return BerandaScreen::tr("yesterday");
    }
    return BerandaScreen::tr("%Ln day(s) ago", nullptr, int(days));
}

} // namespace

BerandaScreen::BerandaScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_scope(session.kabupatenCode)
{
    setObjectName(QStringLiteral("berandaScreen"));
    buildLayout();
    connect(&m_watcher, &QFutureWatcher<Reading>::finished, this, [this] {
        const Reading reading = m_watcher.result();
        if (m_again) {
            m_again = false;
            reload();
            return;
        }
        show(reading);
    });
    reload();
}

BerandaScreen::~BerandaScreen()
{
    m_watcher.waitForFinished();
}

void BerandaScreen::buildLayout()
{
    auto* header = new ScreenHeader(tr("Home"),
                                    tr("Where the programme stands in your area, and what is missing. "
                                       "Click a figure, a bar or a row to see who it counts."),
                                    this);
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshPushButton"));
    refresh->setToolTip(tr("Read the figures again (F5)"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QPushButton::clicked, this, &BerandaScreen::reload);
    header->addTrailingWidget(refresh);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("berandaContent"));
    const int gap = Theme::spacing(fontMetrics());
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(ScreenHeader::screenMargins(this));
    layout->setSpacing(gap * 2);
    m_status = new QLabel(tr("Counting…"), content);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_status);

    auto* cards = new QGridLayout;
    cards->setSpacing(gap * 2);
    const auto card = [&](FigureCard*& member, const QString& objectName, const QString& title, const QString& icon,
                          const QString& leadsTo, int row, int column) {
        member = new FigureCard(title, icon, content);
        member->setObjectName(objectName);
        member->setToolTip(leadsTo);
        cards->addWidget(member, row, column);
    };
    card(m_villages, QStringLiteral("villagesCard"), tr("Villages with a volunteer"), QStringLiteral("home-check"),
         tr("Open the villages in Regions & Kampung"), 0, 0);
    card(m_programme, QStringLiteral("programmeCard"), tr("Kampung Pengawasan"), QStringLiteral("building-community"),
         tr("Open the villages in Regions & Kampung"), 0, 1);
    card(m_volunteers, QStringLiteral("volunteersCard"), tr("Volunteers"), QStringLiteral("users"),
         tr("Open the volunteers in the roster"), 0, 2);
    card(m_women, QStringLiteral("womenCard"), tr("Women"), QStringLiteral("gender-female"),
         tr("Open the women among the volunteers in the roster"), 0, 3);
    card(m_firstTime, QStringLiteral("firstTimeCard"), tr("First-time voters"), QStringLiteral("confetti"),
         tr("Open the first-time voters among the volunteers in the roster"), 0, 4);
    card(m_disability, QStringLiteral("disabilityCard"), tr("With a disability"), QStringLiteral("wheelchair"),
         tr("Open the volunteers with a disability in the roster"), 1, 0);
    card(m_trainings, QStringLiteral("trainingsCard"), tr("Trainings held"), QStringLiteral("calendar-stats"),
         tr("Open Trainings"), 1, 1);
    card(m_trained, QStringLiteral("trainedCard"), tr("People trained"), QStringLiteral("certificate"),
         tr("Open the people present at a training in the roster"), 1, 2);
    card(m_reports, QStringLiteral("reportsCard"), tr("Last reports received"), QStringLiteral("send"),
         tr("Open Synchronisation"), 1, 3);
    cards->addWidget(m_reports, 1, 3, 1, 2);
    layout->addLayout(cards);

    connect(m_villages, &QPushButton::clicked, this, [this] { emit regionRequested(m_scope); });
    connect(m_programme, &QPushButton::clicked, this, [this] { emit regionRequested(m_scope); });
    connect(m_volunteers, &QPushButton::clicked, this, [this] { requestVolunteers(m_scope.toStdString()); });
    connect(m_women, &QPushButton::clicked, this,
            [this] { requestVolunteers(m_scope.toStdString(), core::Gender::Female); });
    connect(m_firstTime, &QPushButton::clicked, this,
            [this] { requestVolunteers(m_scope.toStdString(), std::nullopt, core::TargetGroup::PemilihPemula); });
    connect(m_disability, &QPushButton::clicked, this,
            [this] { requestVolunteers(m_scope.toStdString(), std::nullopt, core::TargetGroup::Disabilitas); });
    connect(m_trainings, &QPushButton::clicked, this, &BerandaScreen::trainingsRequested);
    connect(m_reports, &QPushButton::clicked, this, &BerandaScreen::syncRequested);
    connect(m_trained, &QPushButton::clicked, this, [this] {
        core::RosterFilter filter;
        filter.scopeCode = m_scope.toStdString();
        filter.trained = true;
        emit rosterRequested(filter);
    });

    m_charts = new QGridLayout;
    m_charts->setSpacing(gap * 2);
    layout->addLayout(m_charts);

    auto* coverageTitle = new QLabel(tr("Coverage per area"), content);
    coverageTitle->setFont(Theme::scaledFont(font(), 1.15, true));
    layout->addWidget(coverageTitle);
    m_coverage = new CoverageTable(content);
    m_coverage->setMinimumHeight(Theme::rowHeight(fontMetrics()) * 8);
    layout->addWidget(m_coverage);
    connect(m_coverage, &CoverageTable::regionActivated, this, &BerandaScreen::regionRequested);
    layout->addStretch();

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("berandaScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(header);
    outer->addWidget(scroll, 1);
}

void BerandaScreen::setScope(const QString& code)
{
    if (code != m_scope) {
        m_scope = code;
        reload();
    }
}

void BerandaScreen::reload()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_status->setText(tr("Counting…"));
    const std::filesystem::path path = m_session.database.path();
    const std::string scope = m_scope.toStdString();
    const std::string actor = m_session.actor;
    m_watcher.setFuture(QtConcurrent::run([path, scope, actor]() -> Reading {
        Reading reading;
        try {
            core::Database db(path, core::Database::Upgrade::No);
            core::refreshVillageTally(db, actor); // once after the election day changed
            reading.figures = core::scopeFigures(db, scope, core::todayUtc(), core::SettingsStore(db).referenceDate());
        } catch (const core::Error& error) {
            reading.failure = ErrorText::describe(error);
        } catch (const std::exception& error) {
            reading.failure = QString::fromLocal8Bit(error.what());
        }
        return reading;
    }));
}

void BerandaScreen::show(const Reading& reading)
{
    if (!reading.figures) {
        m_status->setText(tr("The figures could not be read: %1").arg(reading.failure));
        emit figuresShown();
        return;
    }
    m_figures = reading.figures;
    const core::ScopeFigures& figures = *m_figures;
    m_status->setText(tr("%1, on %2; ages and roles on the election day, %3.")
                          .arg(QString::fromStdString(figures.scopeName),
                               QLocale().toString(QDate::currentDate(), QLocale::LongFormat),
                               QLocale().toString(QDate(int(figures.referenceDate.year()),
                                                        int(unsigned(figures.referenceDate.month())),
                                                        int(unsigned(figures.referenceDate.day()))),
                                                  QLocale::LongFormat)));
    fillCards(figures);
    fillCharts(figures);
    m_coverage->setFigures(figures);
    // Every row shown: the page scrolls, not the table.
    m_coverage->setMinimumHeight(m_coverage->horizontalHeader()->height() +
                                 m_coverage->verticalHeader()->defaultSectionSize() * (m_coverage->rowCount() + 1));
    emit figuresShown();
}

void BerandaScreen::fillCards(const core::ScopeFigures& f)
{
    const QLocale locale;
    m_villages->setFigure(locale.toString(f.villagesWithVolunteer),
                          tr("of %1 villages (%2); %Ln without a PKD", nullptr, int(f.villages - f.villagesWithPkd))
                              .arg(locale.toString(f.villages), percent(f.villagesWithVolunteer, f.villages)));
    m_villages->setWarning(f.villagesWithVolunteer < f.villages);
    long long inProgramme = 0;
    QStringList stages;
    for (const auto& [stage, count] : f.programme) {
        if (stage != core::KampungStage::Inactive) {
            inProgramme += count;
        }
        if (count > 0) {
            stages << QStringLiteral("%1 %2").arg(locale.toString(count), DomainText::stage(stage));
        }
    }
    m_programme->setFigure(locale.toString(inProgramme), stages.isEmpty() ? tr("No village in the programme yet")
                                                                          : stages.join(QStringLiteral(" · ")));
    m_programme->setWarning(inProgramme == 0);
    m_volunteers->setFigure(locale.toString(f.volunteers), tr("holding a volunteer role on the election day"));
    m_women->setFigure(percent(f.women, f.volunteers),
                       tr("%Ln woman/women among the volunteers", nullptr, int(f.women)));
    m_firstTime->setFigure(percent(f.firstTimeVoters, f.volunteers),
                           tr("%Ln first-time voter(s) among the volunteers", nullptr, int(f.firstTimeVoters)));
    m_disability->setFigure(percent(f.withDisability, f.volunteers),
                            tr("%Ln volunteer(s) with a disability", nullptr, int(f.withDisability)));
    m_trainings->setFigure(locale.toString(f.trainingsHeld),
                           f.attendanceRate
                               ? tr("mean attendance %1 %").arg(locale.toString(100.0 * *f.attendanceRate, 'f', 0))
                               : tr("no attendance recorded yet"));
    m_trained->setFigure(locale.toString(f.peopleTrained), tr("people of the area present at a training"));
    QStringList senders;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, f.senders.size()); ++i) {
        const core::SenderFigures& sender = f.senders[i];
        senders << tr("%1: %2").arg(
            QString::fromStdString(sender.scopeName.empty() ? sender.installationName : sender.scopeName),
            howLongAgo(sender.mergedAt));
    }
    m_reports->setFigure(locale.toString(qlonglong(f.senders.size())),
                         senders.isEmpty() ? tr("No report received yet") : senders.join(QLatin1Char('\n')));
}

void BerandaScreen::fillCharts(const core::ScopeFigures& figures)
{
    while (QLayoutItem* item = m_charts->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget* content = parentWidget() ? findChild<QWidget*>(QStringLiteral("berandaContent")) : nullptr;
    QWidget* parent = content != nullptr ? content : this;
    const std::vector<core::RegionPartFigures> parts = figures.parts;
    m_charts->addWidget(BerandaCharts::volunteersByPart(figures, parent,
                                                        [this, parts](int part, std::optional<core::Gender> gender) {
                                                            if (part >= 0 && part < int(parts.size())) {
                                                                requestVolunteers(parts[std::size_t(part)].code,
                                                                                  gender);
                                                            }
                                                        }),
                        0, 0);
    m_charts->addWidget(BerandaCharts::coverageByPart(figures, parent,
                                                      [this, parts](int part) {
                                                          if (part >= 0 && part < int(parts.size())) {
                                                              emit regionRequested(QString::fromStdString(
                                                                  parts[std::size_t(part)].code));
                                                          }
                                                      }),
                        0, 1);
    const std::vector<core::AgeBandFigures> ages = figures.ages;
    const std::string scope = figures.scopeCode;
    m_charts->addWidget(BerandaCharts::agePyramid(figures, parent,
                                                  [this, ages, scope](int band, core::Gender gender) {
                                                      if (band < 0 || band >= int(ages.size()) ||
                                                          ages[std::size_t(band)].from < 0) {
                                                          return; // the unknown ages have no filter
                                                      }
                                                      core::RosterFilter filter;
                                                      filter.scopeCode = scope;
                                                      filter.role = core::RoleKind::Relawan;
                                                      filter.gender = gender;
                                                      filter.minimumAge = ages[std::size_t(band)].from;
                                                      filter.maximumAge = ages[std::size_t(band)].to;
                                                      emit rosterRequested(filter);
                                                  }),
                        1, 0);
    m_charts->addWidget(BerandaCharts::trainingsOverTime(figures, parent, [this] { emit trainingsRequested(); }), 1, 1);
}

void BerandaScreen::requestVolunteers(const std::string& scope, std::optional<core::Gender> gender,
                                      std::optional<core::TargetGroup> group)
{
    core::RosterFilter filter;
    filter.scopeCode = scope;
    filter.role = core::RoleKind::Relawan;
    filter.gender = gender;
    filter.targetGroup = group;
    emit rosterRequested(filter);
}

} // namespace relawas::gui
