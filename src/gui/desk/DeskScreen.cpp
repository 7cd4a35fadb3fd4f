#include "desk/DeskScreen.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/organising/ParticipantList.h"
#include "desk/DeskSound.h"
#include "desk/OutcomePanel.h"
#include "desk/OutcomeText.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace relawas::gui {

namespace {
QDate qdateOf(const core::Date& date)
{
    return QDate(int(date.year()), int(unsigned(date.month())), int(unsigned(date.day())));
}
} // namespace

DeskScreen::DeskScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_training(new QComboBox(this))
    , m_day(new QComboBox(this))
    , m_mute(new QToolButton(this))
    , m_input(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_outcome(new OutcomePanel(this))
    , m_counter(new QLabel(this))
    , m_walkInPart(new QComboBox(this))
    , m_admit(new QPushButton(this))
    , m_register(new QPushButton(this))
    , m_recent(new QListWidget(this))
    , m_undo(new QPushButton(this))
    , m_sound(new DeskSound(this))
{
    setObjectName(QStringLiteral("deskScreen"));
    buildLayout();
    setFocusProxy(m_input);
    m_scope = session.kabupatenCode;
    reloadTrainings({});
}

DeskScreen::~DeskScreen() = default;

void DeskScreen::buildLayout()
{
    m_training->setObjectName(QStringLiteral("trainingComboBox"));
    m_day->setObjectName(QStringLiteral("dayComboBox"));
    m_mute->setObjectName(QStringLiteral("muteToolButton"));
    m_input->setObjectName(QStringLiteral("deskInputLineEdit"));
    m_matches->setObjectName(QStringLiteral("matchesListWidget"));
    m_counter->setObjectName(QStringLiteral("counterLabel"));
    m_walkInPart->setObjectName(QStringLiteral("walkInPartComboBox"));
    m_admit->setObjectName(QStringLiteral("admitPushButton"));
    m_register->setObjectName(QStringLiteral("registerPushButton"));
    m_recent->setObjectName(QStringLiteral("recentListWidget"));
    m_undo->setObjectName(QStringLiteral("undoPushButton"));

    auto* header = new ScreenHeader(
        tr("Check-in Desk"), tr("Checking participants in at the door: scan a card, type a NIK or a name."), this);
    m_training->setMinimumContentsLength(36);
    m_training->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_training->setToolTip(tr("The training"));
    m_day->setToolTip(tr("The day at the door"));
    m_mute->setCheckable(true);
    m_mute->setChecked(m_sound->muted());
    m_mute->setToolTip(tr("Sound on or off (Ctrl+M)"));
    // Not the button's own shortcut: a button's text change resets it to the text's mnemonic.
    auto* toggleSound = new QAction(this);
    toggleSound->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    connect(toggleSound, &QAction::triggered, m_mute, &QToolButton::toggle);
    addAction(toggleSound);
    const auto muteLook = [this](bool muted) {
        m_mute->setIcon(Icons::icon(muted ? QStringLiteral("volume-off") : QStringLiteral("volume")));
        m_mute->setText(muted ? tr("Sound off") : tr("Sound on"));
    };
    m_mute->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    muteLook(m_sound->muted());
    connect(m_mute, &QToolButton::toggled, this, [this, muteLook](bool muted) {
        m_sound->setMuted(muted);
        muteLook(muted);
        refocus();
    });
    // The training and its day on a line of their own: a Rakernis's title is long, and the purpose line stays whole.
    auto* trainingLabel = new QLabel(tr("Trai&ning"), this);
    trainingLabel->setBuddy(m_training);
    auto* dayLabel = new QLabel(tr("Da&y"), this);
    dayLabel->setBuddy(m_day);
    auto* chooser = new QHBoxLayout;
    chooser->setSpacing(Theme::spacing(fontMetrics()));
    chooser->addWidget(trainingLabel);
    chooser->addWidget(m_training, 3);
    chooser->addWidget(dayLabel);
    chooser->addWidget(m_day, 2);
    chooser->addWidget(m_mute);

    m_input->setFont(Theme::scaledFont(font(), 1.8));
    m_input->setPlaceholderText(tr("Card code, NIK or name"));
    m_input->setClearButtonEnabled(true);
    m_input->addAction(Icons::icon(QStringLiteral("scan")), QLineEdit::LeadingPosition);
    m_input->installEventFilter(this);
    m_matches->setFont(Theme::scaledFont(font(), 1.2));
    m_matches->setFocusPolicy(Qt::NoFocus);
    m_matches->setMaximumHeight(m_matches->fontMetrics().height() * 9);
    m_matches->hide();

    auto* left = new QVBoxLayout;
    left->setSpacing(Theme::spacing(fontMetrics()));
    left->addWidget(m_input);
    left->addWidget(m_matches);
    left->addWidget(m_outcome, 1);

    m_counter->setFont(Theme::scaledFont(font(), 1.6, true));
    m_counter->setAlignment(Qt::AlignCenter);
    for (const core::InvitationPart part : core::kAllInvitationParts) {
        m_walkInPart->addItem(DomainText::part(part), int(part));
    }
    m_walkInPart->setFocusPolicy(Qt::NoFocus);
    m_admit->setText(tr("Admit as walk-in (F2)"));
    m_admit->setIcon(Icons::icon(QStringLiteral("user-plus")));
    m_admit->setShortcut(QKeySequence(Qt::Key_F2));
    m_admit->setFocusPolicy(Qt::NoFocus);
    m_register->setText(tr("Register a newcomer (F3)"));
    m_register->setIcon(Icons::icon(QStringLiteral("user-plus")));
    m_register->setShortcut(QKeySequence(Qt::Key_F3));
    m_register->setFocusPolicy(Qt::NoFocus);
    m_undo->setText(tr("Undo a check-&in…"));
    m_undo->setIcon(Icons::icon(QStringLiteral("arrow-back-up")));
    m_undo->setFocusPolicy(Qt::NoFocus);
    m_recent->setFocusPolicy(Qt::NoFocus);
    m_recent->setTextElideMode(Qt::ElideRight);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* walkIn = new QGroupBox(tr("Walk-ins"), this);
    auto* walkInLayout = new QFormLayout(walkIn);
    walkInLayout->addRow(tr("Join as"), m_walkInPart);
    walkInLayout->addRow(m_admit);
    walkInLayout->addRow(m_register);
    auto* recent = new QGroupBox(tr("Latest check-ins"), this);
    auto* recentLayout = new QVBoxLayout(recent);
    recentLayout->addWidget(m_recent, 1);
    recentLayout->addWidget(m_undo);

    auto* right = new QVBoxLayout;
    right->setSpacing(Theme::spacing(fontMetrics()));
    right->addWidget(m_counter);
    right->addWidget(walkIn);
    right->addWidget(recent, 1);

    auto* body = new QHBoxLayout;
    body->setSpacing(Theme::spacing(fontMetrics(), 2));
    body->addLayout(left, 3);
    body->addLayout(right, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(ScreenHeader::screenMargins(this));
    layout->addWidget(header);
    layout->addLayout(chooser);
    layout->addLayout(body, 1);

    connect(m_training, &QComboBox::activated, this, &DeskScreen::onTrainingChosen);
    connect(m_day, &QComboBox::activated, this, &DeskScreen::onDayChosen);
    connect(m_input, &QLineEdit::textEdited, this, &DeskScreen::onTextEdited);
    connect(m_input, &QLineEdit::returnPressed, this, &DeskScreen::onEnter);
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { pickMatch(m_matches->row(item)); });
    connect(m_admit, &QPushButton::clicked, this, &DeskScreen::admitWalkIn);
    connect(m_register, &QPushButton::clicked, this, &DeskScreen::registerWalkIn);
    connect(m_undo, &QPushButton::clicked, this, &DeskScreen::undoCheckIn);
}

void DeskScreen::setScope(const QString& code)
{
    m_scope = code;
    reloadTrainings(trainingUuid());
}

void DeskScreen::reloadTrainings(const QString& keepUuid)
{
    std::vector<core::TrainingSummary> trainings;
    try {
        trainings = core::trainingsConcerning(m_session.database, m_scope.toStdString());
    } catch (const core::Error& e) {
        m_outcome->show({tr("The trainings could not be read"), ErrorText::describe(e), QStringLiteral("help-circle"),
                         Theme::Colour::Error, 0});
    }
    m_training->clear();
    const core::Date today = core::todayUtc();
    int choose = -1;
    for (const auto& summary : trainings) {
        const core::Training& training = summary.training;
        // The title alone: the day chooser beside it says the date.
        m_training->addItem(QString::fromStdString(training.title), QString::fromStdString(training.meta.uuid));
        if (QString::fromStdString(training.meta.uuid) == keepUuid ||
            (choose < 0 && keepUuid.isEmpty() && training.dayNumber(today))) {
            choose = m_training->count() - 1;
        }
    }
    m_training->setCurrentIndex(m_training->count() > 0 ? std::max(choose, 0) : -1);
    onTrainingChosen();
}

void DeskScreen::openTraining(const QString& uuid)
{
    const int index = m_training->findData(uuid);
    if (index < 0) {
        reloadTrainings(uuid);
    } else {
        m_training->setCurrentIndex(index);
        onTrainingChosen();
    }
}

QString DeskScreen::trainingUuid() const
{
    return m_training->currentData().toString();
}

int DeskScreen::dayNumber() const
{
    return m_day->currentData().toInt();
}

void DeskScreen::setDayNumber(int number)
{
    m_day->setCurrentIndex(m_day->findData(number));
    onDayChosen();
}

void DeskScreen::onTrainingChosen()
{
    m_day->clear();
    m_desk.reset();
    m_current.reset();
    const QString uuid = trainingUuid();
    const bool any = !uuid.isEmpty();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_input, m_day, m_admit, m_register, m_undo}) {
        widget->setEnabled(any);
    }
    if (!any) {
        m_counter->clear();
        m_recent->clear();
        m_outcome->show({tr("No training to check in to"),
                         tr("Create a training and invite people on the Trainings "
                            "screen first."),
                         QStringLiteral("calendar-x"), Theme::Colour::MutedText, 0});
        return;
    }
    try {
        const core::CheckInDesk probe(m_session.database, m_session.actor, uuid.toStdString(), core::todayUtc());
        m_current = probe.training();
        const core::Training& training = *m_current;
        const QLocale locale;
        for (int number = 1; number <= training.dayCount(); ++number) {
            m_day->addItem(
                tr("Day %1 — %2").arg(number).arg(locale.toString(qdateOf(training.day(number)), QLocale::LongFormat)),
                number);
        }
        const auto today = training.dayNumber(core::todayUtc());
        m_day->setCurrentIndex(today ? *today - 1 : 0);
    } catch (const core::Error& e) {
        m_outcome->show({tr("This training could not be opened"), ErrorText::describe(e), QStringLiteral("help-circle"),
                         Theme::Colour::Error, 0});
        return;
    }
    onDayChosen();
}

void DeskScreen::onDayChosen()
{
    m_desk.reset();
    m_last.reset();
    if (!m_current) {
        return;
    }
    try {
        m_desk = std::make_unique<core::CheckInDesk>(m_session.database, m_session.actor, m_current->meta.uuid,
                                                     m_current->day(std::max(dayNumber(), 1)));
    } catch (const core::Error& e) {
        m_outcome->show({tr("This training could not be opened"), ErrorText::describe(e), QStringLiteral("help-circle"),
                         Theme::Colour::Error, 0});
        return;
    }
    m_outcome->showWaiting();
    if (!m_desk->training().dayNumber(core::todayUtc())) {
        m_outcome->show({tr("Not today"),
                         tr("This computer's date is not a day of the training: check the day chosen above."),
                         QStringLiteral("calendar-x"), Theme::Colour::Warning, 0});
    }
    refreshCounts();
    refocus();
}

void DeskScreen::refreshCounts()
{
    m_recent->clear();
    if (!m_desk) {
        return;
    }
    try {
        const core::DeskCounts counts = m_desk->counts();
        m_counter->setText(tr("Present %1 of %2").arg(counts.present).arg(counts.expected));
        for (const core::RecentCheckIn& row : m_desk->recent(12)) {
            auto* item = new QListWidgetItem(
                tr("%1  %2").arg(OutcomeText::localTime(row.checkedInAt), OutcomeText::personLine(row.person)),
                m_recent);
            item->setData(Qt::UserRole, QString::fromStdString(row.attendanceUuid));
            item->setData(Qt::UserRole + 1, QString::fromStdString(row.person.fullName));
        }
    } catch (const core::Error& e) {
        m_counter->setText(ErrorText::describe(e));
    }
}

void DeskScreen::refocus()
{
    if (m_input->isEnabled()) {
        m_input->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace relawas::gui
