#include "people/PeopleScreen.h"

#include "common/BackgroundTask.h"
#include "common/DomainText.h"
#include "common/Icons.h"
#include "common/ScreenHeader.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/people/PeopleService.h"
#include "core/people/PersonRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "people/RosterModel.h"
#include "people/duplicates/DuplicatesDialog.h"
#include "people/importwizard/ImportWizard.h"
#include "people/registration/RegistrationDialog.h"
#include "ui_PeopleScreen.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
// How far from its old row a corrected person is looked for (a renamed person moves in name order).
constexpr int kFindNearRows = 50;
} // namespace

PeopleScreen::PeopleScreen(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PeopleScreen>())
    , m_session(session)
    , m_model(new RosterModel(session.database, this))
    , m_filterTimer(new QTimer(this))
    , m_emptyLabel(new QLabel)
{
    m_ui->setupUi(this);
    buildHeaderAndActions();
    fillChoices();

    m_ui->rosterTableView->setModel(m_model);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    QPalette muted = m_emptyLabel->palette();
    muted.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::MutedText));
    m_emptyLabel->setPalette(muted);
    m_emptyLabel->hide();
    auto* overTable = new QVBoxLayout(m_ui->rosterTableView->viewport());
    overTable->addWidget(m_emptyLabel, 0, Qt::AlignCenter);
    sizeColumns();

    // One line per person, of one fixed height: the view never measures rows, so it never reads them all.
    QHeaderView* rows = m_ui->rosterTableView->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(Theme::rowHeight(m_ui->rosterTableView->fontMetrics()));
    QHeaderView* header = m_ui->rosterTableView->horizontalHeader();

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kSearchDelayMs);
    connect(m_filterTimer, &QTimer::timeout, this, &PeopleScreen::applyFilter);
    setFocusProxy(m_ui->searchLineEdit); // the screen is entered at its search
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    // Enter runs the search at once and moves to the first person, so the keyboard never has to wait.
    connect(m_ui->searchLineEdit, &QLineEdit::returnPressed, this, [this] {
        applyFilter();
        if (m_model->rowCount() > 0) {
            m_ui->rosterTableView->setFocus();
            m_ui->rosterTableView->setCurrentIndex(m_model->index(0, RosterModel::NameColumn));
        }
    });
    for (QSpinBox* age : {m_ui->minimumAgeSpinBox, m_ui->maximumAgeSpinBox}) {
        connect(age, &QSpinBox::valueChanged, m_filterTimer, qOverload<>(&QTimer::start));
    }
    for (QComboBox* combo : {m_ui->villageComboBox, m_ui->roleComboBox, m_ui->targetGroupComboBox, m_ui->genderComboBox,
                             m_ui->trainedComboBox}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &PeopleScreen::applyFilter);
    }
    connect(m_ui->clearFiltersPushButton, &QPushButton::clicked, this, &PeopleScreen::clearFilters);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &PeopleScreen::onSortIndicatorChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateCount();
        updateRowActions();
    });
    connect(m_ui->rosterTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleScreen::updateRowActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeopleScreen::updateRowActions);
    connect(m_ui->revealNikPushButton, &QPushButton::clicked, this, &PeopleScreen::toggleNik);
    // Enter or a double click on a person opens them for correction; Delete, in the table only, removes them.
    connect(m_ui->rosterTableView, &QAbstractItemView::activated, this, &PeopleScreen::editCurrentPerson);
    connect(m_ui->editPushButton, &QPushButton::clicked, this, &PeopleScreen::editCurrentPerson);
    connect(m_ui->removePushButton, &QPushButton::clicked, this, &PeopleScreen::removeCurrentPerson);
    auto* removeAction = new QAction(m_ui->rosterTableView);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &PeopleScreen::removeCurrentPerson);
    m_ui->rosterTableView->addAction(removeAction);
    connect(m_ui->exportCsvAction, &QAction::triggered, this, [this] { chooseExportFile(ExportFormat::Csv); });
    connect(m_ui->exportXlsxAction, &QAction::triggered, this, [this] { chooseExportFile(ExportFormat::Xlsx); });
    connect(m_ui->registerPushButton, &QPushButton::clicked, this, &PeopleScreen::openRegistration);
    connect(m_ui->importPushButton, &QPushButton::clicked, this, &PeopleScreen::openImportWizard);
    connect(m_ui->duplicatesPushButton, &QPushButton::clicked, this, &PeopleScreen::openDuplicates);
    auto* registerAction = new QAction(this);
    registerAction->setShortcut(QKeySequence::New);
    registerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(registerAction, &QAction::triggered, this, &PeopleScreen::openRegistration);
    addAction(registerAction);

    setScope(session.kabupatenCode);
}

PeopleScreen::~PeopleScreen() = default;

// The title and purpose at the top with the two ways people come in, registering the primary one; the actions on the
// person chosen under the table, with icons; the exports in a menu, so that the row fits 1366x768 in Indonesian.
void PeopleScreen::buildHeaderAndActions()
{
    m_ui->screenLayout->setContentsMargins(ScreenHeader::screenMargins(this));
    m_ui->screenLayout->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    auto* header = new ScreenHeader(
        tr("People"), tr("Everyone registered in the scope: find, filter, register, correct, export."), this);
    m_ui->headerLayout->insertWidget(0, header, 1);
    m_ui->headerLayout->setSpacing(Theme::spacing(fontMetrics()));
    for (QLayout* filters : {static_cast<QLayout*>(m_ui->searchLayout), static_cast<QLayout*>(m_ui->filterLayout)}) {
        filters->setSpacing(Theme::spacing(fontMetrics(), 1.5));
    }

    Theme::setPrimary(m_ui->registerPushButton);
    m_ui->registerPushButton->setIcon(Icons::icon(QStringLiteral("user-plus"), Qt::white));
    m_ui->importPushButton->setIcon(Icons::icon(QStringLiteral("file-import")));
    m_ui->editPushButton->setIcon(Icons::icon(QStringLiteral("pencil")));
    m_ui->revealNikPushButton->setIcon(Icons::icon(QStringLiteral("eye")));
    m_ui->removePushButton->setIcon(Icons::icon(QStringLiteral("trash")));
    m_ui->duplicatesPushButton->setIcon(Icons::icon(QStringLiteral("copy")));
    m_ui->clearFiltersPushButton->setIcon(Icons::icon(QStringLiteral("filter-off")));
    m_ui->searchLineEdit->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);

    m_ui->exportCsvAction->setIcon(Icons::icon(QStringLiteral("file-type-csv")));
    m_ui->exportXlsxAction->setIcon(Icons::icon(QStringLiteral("file-spreadsheet")));
    m_ui->fullNikAction->setIcon(Icons::icon(QStringLiteral("shield-lock")));
    auto* exportMenu = new QMenu(m_ui->exportToolButton);
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    exportMenu->addAction(m_ui->exportCsvAction);
    exportMenu->addAction(m_ui->exportXlsxAction);
    exportMenu->addSeparator();
    exportMenu->addAction(m_ui->fullNikAction);
    m_ui->exportToolButton->setMenu(exportMenu);
    m_ui->exportToolButton->setIcon(Icons::icon(QStringLiteral("download")));
    m_ui->exportToolButton->setProperty("textButton", true);
    m_ui->exportToolButton->setFocusPolicy(Qt::StrongFocus);
    auto* exportShortcut = new QAction(this);
    exportShortcut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportShortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(exportShortcut, &QAction::triggered, m_ui->exportToolButton, &QToolButton::showMenu);
    addAction(exportShortcut);
}

// Widths from the text a column usually holds, never from the rows: measuring rows would read every page. The name
// takes what is left, so the last column is never behind a scroll bar at 1366x768.
void PeopleScreen::sizeColumns()
{
    QHeaderView* header = m_ui->rosterTableView->horizontalHeader();
    header->setSortIndicator(RosterModel::NameColumn, Qt::AscendingOrder);
    header->setSectionsMovable(false);
    header->setHighlightSections(false);
    const QFontMetrics metrics = m_ui->rosterTableView->fontMetrics();
    const int padding = Theme::spacing(metrics, 1.6);
    const auto width = [&metrics, padding](const QString& sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    const std::pair<RosterModel::Column, QString> samples[] = {
        {RosterModel::NikColumn, QStringLiteral("••••••••••••0001")},
        {RosterModel::GenderColumn, DomainText::gender(core::Gender::Female)},
        {RosterModel::AgeColumn, QStringLiteral("100")},
        {RosterModel::VillageColumn, QStringLiteral("Pangkalan Dodek Baru")},
        {RosterModel::KecamatanColumn, QStringLiteral("Datuk Tanah Datar")},
        // Most people hold one or two short roles; a longer list is elided and whole in the tooltip.
        {RosterModel::RolesColumn,
         DomainText::role(core::RoleKind::Pkd) + QStringLiteral(", ") + DomainText::role(core::RoleKind::Relawan)},
        {RosterModel::PhoneColumn, QStringLiteral("0812-3456-7890")},
        {RosterModel::TrainingsColumn, QStringLiteral("0")},
    };
    QFont bold = header->font();
    bold.setWeight(QFont::DemiBold);
    const QFontMetrics headerMetrics(bold);
    for (const auto& [column, sample] : samples) {
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        // Room for the title in the header's bold face and the sort arrow.
        const int titleWidth = headerMetrics.horizontalAdvance(title) + padding + metrics.height() / 2;
        header->resizeSection(column, std::max(width(sample), titleWidth));
    }
    header->setMinimumSectionSize(metrics.horizontalAdvance(QStringLiteral("100")) + padding);
    header->setSectionResizeMode(RosterModel::NameColumn, QHeaderView::Stretch);
}

void PeopleScreen::fillChoices()
{
    m_ui->roleComboBox->addItem(tr("All roles"));
    for (const auto kind : core::kAllRoleKinds) {
        m_ui->roleComboBox->addItem(DomainText::role(kind), int(kind));
    }
    m_ui->targetGroupComboBox->addItem(tr("All target groups"));
    for (const auto group : core::kAllTargetGroups) {
        m_ui->targetGroupComboBox->addItem(DomainText::targetGroup(group), int(group));
    }
    m_ui->genderComboBox->addItem(tr("Men and women"));
    for (const auto gender : {core::Gender::Male, core::Gender::Female}) {
        m_ui->genderComboBox->addItem(DomainText::gender(gender), int(gender));
    }
    m_ui->trainedComboBox->addItem(tr("Any number"));
    m_ui->trainedComboBox->addItem(tr("At least one"), true);
    m_ui->trainedComboBox->addItem(tr("None yet"), false);
}

// Every desa and kelurahan of the scope by name, each with its kecamatan: Batu Bara alone has two Durian.
void PeopleScreen::fillVillages()
{
    struct Village
    {
        QString name;
        QString kecamatan;
        QString code;
    };
    std::map<std::string, QString> kecamatanNames;
    std::vector<Village> villages;
    const core::RegionRepository regions(m_session.database);
    const std::string scope = m_scope.toStdString();
    if (const auto root = regions.find(scope); root && root->level == core::RegionLevel::Kecamatan) {
        kecamatanNames[root->code] = QString::fromStdString(root->name);
    }
    core::RegionFilter below;
    below.under = scope;
    regions.forEach(below, [&](const core::Region& region) {
        if (region.level == core::RegionLevel::Kecamatan) {
            kecamatanNames[region.code] = QString::fromStdString(region.name);
        } else if (core::isVillageLevel(region.level)) {
            villages.push_back({QString::fromStdString(region.name), kecamatanNames[region.parentCode],
                                QString::fromStdString(region.code)});
        }
    });
    std::sort(villages.begin(), villages.end(), [](const Village& a, const Village& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : QString::localeAwareCompare(a.kecamatan, b.kecamatan) < 0;
    });

    const QSignalBlocker blocker(m_ui->villageComboBox);
    m_ui->villageComboBox->clear();
    m_ui->villageComboBox->addItem(tr("All villages"));
    // Above a kecamatan: each kecamatan whole first, as the Beranda's bars open them.
    if (const auto root = regions.find(scope); !root || root->level != core::RegionLevel::Kecamatan) {
        std::vector<std::pair<QString, std::string>> kecamatan;
        for (const auto& [code, name] : kecamatanNames) {
            kecamatan.emplace_back(name, code);
        }
        std::sort(kecamatan.begin(), kecamatan.end(),
                  [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
        for (const auto& [name, code] : kecamatan) {
            m_ui->villageComboBox->addItem(tr("Kecamatan %1 (every village)").arg(name), QString::fromStdString(code));
        }
    }
    for (const Village& village : villages) {
        m_ui->villageComboBox->addItem(tr("%1 (%2)").arg(village.name, village.kecamatan), village.code);
    }
}

void PeopleScreen::setScope(const QString& code)
{
    m_scope = code;
    fillVillages();
    applyFilter();
}

bool PeopleScreen::showVillage(const QString& villageCode)
{
    const int found = m_ui->villageComboBox->findData(villageCode);
    if (found < 0) {
        return false;
    }
    {
        const QSignalBlocker search(m_ui->searchLineEdit);
        const QSignalBlocker village(m_ui->villageComboBox);
        clearFilters();
        m_ui->villageComboBox->setCurrentIndex(found);
    }
    applyFilter();
    return true;
}

bool PeopleScreen::showFilter(const core::RosterFilter& filter)
{
    const QString scope = QString::fromStdString(filter.scopeCode);
    const int area = scope.isEmpty() || scope == m_scope ? 0 : m_ui->villageComboBox->findData(scope);
    if (area < 0) {
        return false;
    }
    const auto choose = [](QComboBox* combo, const QVariant& value) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(value.isValid() ? std::max(0, combo->findData(value)) : 0);
    };
    {
        const QSignalBlocker search(m_ui->searchLineEdit);
        clearFilters();
        choose(m_ui->villageComboBox, area == 0 ? QVariant() : QVariant(scope));
        choose(m_ui->roleComboBox, filter.role ? QVariant(int(*filter.role)) : QVariant());
        choose(m_ui->genderComboBox, filter.gender ? QVariant(int(*filter.gender)) : QVariant());
        choose(m_ui->targetGroupComboBox, filter.targetGroup ? QVariant(int(*filter.targetGroup)) : QVariant());
        choose(m_ui->trainedComboBox, filter.trained ? QVariant(*filter.trained) : QVariant());
        for (const auto& [spin, age] : {std::pair{m_ui->minimumAgeSpinBox, filter.minimumAge},
                                        std::pair{m_ui->maximumAgeSpinBox, filter.maximumAge}}) {
            const QSignalBlocker blocker(spin);
            spin->setValue(age.value_or(0));
        }
        m_ui->searchLineEdit->setText(QString::fromStdString(filter.search));
    }
    applyFilter();
    return true;
}

void PeopleScreen::clearFilters()
{
    for (QComboBox* combo : {m_ui->villageComboBox, m_ui->roleComboBox, m_ui->targetGroupComboBox, m_ui->genderComboBox,
                             m_ui->trainedComboBox}) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    for (QSpinBox* age : {m_ui->minimumAgeSpinBox, m_ui->maximumAgeSpinBox}) {
        const QSignalBlocker blocker(age);
        age->setValue(0);
    }
    {
        const QSignalBlocker blocker(m_ui->searchLineEdit);
        m_ui->searchLineEdit->clear();
    }
    applyFilter();
}

core::RosterFilter PeopleScreen::currentFilter() const
{
    core::RosterFilter filter;
    const QVariant village = m_ui->villageComboBox->currentData();
    filter.scopeCode = (village.isValid() ? village.toString() : m_scope).toStdString();
    if (const QVariant role = m_ui->roleComboBox->currentData(); role.isValid()) {
        filter.role = core::RoleKind(role.toInt());
    }
    if (const QVariant group = m_ui->targetGroupComboBox->currentData(); group.isValid()) {
        filter.targetGroup = core::TargetGroup(group.toInt());
    }
    if (const QVariant gender = m_ui->genderComboBox->currentData(); gender.isValid()) {
        filter.gender = core::Gender(gender.toInt());
    }
    if (const QVariant trained = m_ui->trainedComboBox->currentData(); trained.isValid()) {
        filter.trained = trained.toBool();
    }
    filter.referenceDate = core::SettingsStore(m_session.database).referenceDate(); // ages on the election day
    if (const int minimum = m_ui->minimumAgeSpinBox->value(); minimum > 0) {
        filter.minimumAge = minimum;
    }
    if (const int maximum = m_ui->maximumAgeSpinBox->value(); maximum > 0) {
        filter.maximumAge = maximum;
    }
    filter.search = m_ui->searchLineEdit->text().toStdString();
    return filter;
}

void PeopleScreen::openRegistration()
{
    RegistrationDialog dialog(m_session, m_scope, this);
    if (const QString village = m_ui->villageComboBox->currentData().toString(); !village.isEmpty()) {
        dialog.setVillage(village);
    }
    connect(&dialog, &RegistrationDialog::personSaved, this, [this] {
        applyFilter();
        emit peopleChanged();
    });
    dialog.exec();
}

void PeopleScreen::openImportWizard()
{
    ImportWizard wizard(m_session, m_scope, this);
    connect(&wizard, &ImportWizard::imported, this, [this] {
        applyFilter();
        emit peopleChanged();
    });
    wizard.exec();
}

void PeopleScreen::openDuplicates()
{
    DuplicatesDialog dialog(m_session, m_scope, this);
    connect(&dialog, &DuplicatesDialog::peopleMerged, this, [this] {
        applyFilter();
        emit peopleChanged();
    });
    dialog.exec();
}

void PeopleScreen::applyFilter()
{
    m_filterTimer->stop();
    m_model->setFilter(currentFilter());
}

void PeopleScreen::updateCount()
{
    m_ui->countLabel->setText(tr("%Ln person(s)", nullptr, int(m_model->totalCount())));
    m_emptyLabel->setVisible(m_model->totalCount() == 0);
    m_emptyLabel->setText(isFiltered() ? tr("Nobody matches this search and these filters.\n"
                                            "Clear filters (Alt+L) shows everyone again.")
                                       : tr("Nobody is registered here yet.\nRegister a person (Ctrl+N) or import "
                                            "a spreadsheet."));
}

bool PeopleScreen::isFiltered() const
{
    const core::RosterFilter filter = currentFilter();
    return filter.scopeCode != m_scope.toStdString() || filter.role || filter.targetGroup || filter.gender ||
           filter.minimumAge || filter.maximumAge || filter.trained || !filter.search.empty();
}

void PeopleScreen::updateRowActions()
{
    const QModelIndex current = m_ui->rosterTableView->currentIndex();
    m_ui->editPushButton->setEnabled(current.isValid());
    m_ui->removePushButton->setEnabled(current.isValid());
    const bool hasNik = current.isValid() && !current.data(RosterModel::FullNikRole).toString().isEmpty();
    const bool revealed = hasNik && current.data(RosterModel::NikRevealedRole).toBool();
    m_ui->revealNikPushButton->setEnabled(hasNik);
    m_ui->revealNikPushButton->setText(revealed ? tr("Hide N&IK") : tr("Show N&IK"));
    m_ui->revealNikPushButton->setIcon(Icons::icon(revealed ? QStringLiteral("eye-off") : QStringLiteral("eye")));
}

// One person at a time, confirmed, and written to the audit log: a NIK is personal data (UU 27/2022).
void PeopleScreen::toggleNik()
{
    const QModelIndex current = m_ui->rosterTableView->currentIndex();
    if (!current.isValid() || current.data(RosterModel::FullNikRole).toString().isEmpty()) {
        return;
    }
    // Read now: the question below runs an event loop, and a search typed before may reset the model meanwhile.
    const QString uuid = current.data(RosterModel::UuidRole).toString();
    const QString name = current.siblingAtColumn(RosterModel::NameColumn).data().toString();
    if (current.data(RosterModel::NikRevealedRole).toBool()) {
        m_model->setNikRevealed(uuid, false);
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Show NIK"),
                              tr("Show the full NIK of %1?\n\nA NIK is personal data. Showing it is recorded in the "
                                 "audit log under your name.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        core::PeopleService(m_session.database, m_session.actor).recordNikRevealed(uuid.toStdString());
    } catch (const std::exception& e) {
        spdlog::error("recording the NIK reveal of {} failed: {}", uuid.toStdString(), e.what());
        QMessageBox::warning(
            this, tr("Show NIK"),
            tr("The NIK stays hidden: recording that it was shown failed (%1).").arg(QString::fromUtf8(e.what())));
        return;
    }
    spdlog::info("NIK of person {} shown to {}", uuid.toStdString(), m_session.actor);
    m_model->setNikRevealed(uuid, true);
}

void PeopleScreen::editCurrentPerson()
{
    const QModelIndex current = m_ui->rosterTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    const QString uuid = current.data(RosterModel::UuidRole).toString();
    // Read now, not from the roster's page: the form saves against the revision stored this moment.
    if (const auto person = core::PersonRepository(m_session.database).find(uuid.toStdString())) {
        RegistrationDialog dialog(m_session, *person, this);
        dialog.exec();
    }
    refreshNear(row, uuid); // also when the person was removed or merged elsewhere meanwhile
}

void PeopleScreen::removeCurrentPerson()
{
    const QModelIndex current = m_ui->rosterTableView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    // Read now: the question below runs an event loop, and a search typed before may reset the model meanwhile.
    const int row = current.row();
    const QString uuid = current.data(RosterModel::UuidRole).toString();
    const QString name = current.siblingAtColumn(RosterModel::NameColumn).data().toString();
    const QString village = current.siblingAtColumn(RosterModel::VillageColumn).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Remove person"),
        tr("Remove %1 (%2) from the register?\n\nTheir roles and their attendance at trainings are removed with them. "
           "Use this for a person registered by mistake; the audit log keeps the record.")
            .arg(name, village),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes) {
        return;
    }
    try {
        core::PeopleService(m_session.database, m_session.actor).remove(uuid.toStdString());
    } catch (const std::exception& e) {
        spdlog::error("removing person {} failed: {}", uuid.toStdString(), e.what());
        QMessageBox::warning(this, tr("Remove person"),
                             tr("%1 was not removed: %2").arg(name, QString::fromUtf8(e.what())));
        return;
    }
    spdlog::info("person {} removed by {}", uuid.toStdString(), m_session.actor);
    refreshNear(row, uuid);
    emit peopleChanged();
}

// Reads the roster again and puts the cursor back on the person, if a correction moved them only a little, else on
// the same row: after a removal, that is the person who followed.
void PeopleScreen::refreshNear(int row, const QString& uuid)
{
    applyFilter();
    const int rows = m_model->rowCount();
    if (rows == 0) {
        return;
    }
    int target = std::min(row, rows - 1);
    for (int near = std::max(0, row - kFindNearRows); near < std::min(rows, row + kFindNearRows + 1); ++near) {
        if (m_model->index(near, 0).data(RosterModel::UuidRole).toString() == uuid) {
            target = near;
            break;
        }
    }
    m_ui->rosterTableView->setCurrentIndex(m_model->index(target, RosterModel::NameColumn));
    m_ui->rosterTableView->setFocus();
}

void PeopleScreen::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (RosterModel::isSortable(column)) {
        return;
    }
    // Roles and trainings cannot be ordered in SQL: keep the order shown.
    QHeaderView* header = m_ui->rosterTableView->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(),
                             m_model->rosterSort().ascending ? Qt::AscendingOrder : Qt::DescendingOrder);
}

core::RosterExportOptions PeopleScreen::exportOptions() const
{
    core::RosterExportOptions options;
    for (const QString& header : {tr("Name"), tr("NIK"), tr("Gender"), tr("Birth date"), tr("Age"), tr("Village code"),
                                  tr("Village"), tr("District"), tr("Roles"), tr("Phone"), tr("Trainings")}) {
        options.headers.push_back(header.toStdString());
    }
    for (const auto gender : {core::Gender::Male, core::Gender::Female}) {
        options.labels[std::string(core::genderId(gender))] = DomainText::gender(gender).toStdString();
    }
    for (const auto kind : core::kAllRoleKinds) {
        options.labels[std::string(core::roleKindId(kind))] = DomainText::role(kind).toStdString();
    }
    options.fullNik = m_ui->fullNikAction->isChecked();
    if (options.fullNik) {
        options.revealedTo = m_session.actor;
    }
    return options;
}

bool PeopleScreen::confirmFullNikExport()
{
    const auto answer = QMessageBox::warning(
        this, tr("Export with full NIK"),
        tr("The file will hold the full NIK of %Ln person(s). A NIK is personal data: keep the file safe and share it "
           "only with those who need it. The export is recorded in the audit log under your name.\n\nExport with "
           "full NIK?",
           nullptr, int(m_model->totalCount())),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    return answer == QMessageBox::Yes;
}

void PeopleScreen::chooseExportFile(ExportFormat format)
{
    const bool csv = format == ExportFormat::Csv;
    const QString suffix = csv ? QStringLiteral("csv") : QStringLiteral("xlsx");
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name =
        QStringLiteral("%1-%2.%3").arg(tr("roster"), QDate::currentDate().toString(Qt::ISODate), suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the roster"), QDir(folder).filePath(name),
                                                csv ? tr("CSV files (*.csv)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0) {
        path += QLatin1Char('.') + suffix;
    }
    exportTo(path, format);
}

bool PeopleScreen::exportTo(const QString& path, ExportFormat format)
{
    if (m_exporting) {
        return false;
    }
    if (m_filterTimer->isActive()) {
        applyFilter(); // what is typed is what is exported
    }
    if (m_ui->fullNikAction->isChecked() && !confirmFullNikExport()) {
        return false;
    }
    // The worker gets copies and a connection of its own; the screen may change meanwhile.
    const std::filesystem::path databasePath = m_session.database.path();
    const std::filesystem::path file = path.toStdString();
    const core::RosterFilter filter = m_model->filter();
    const core::RosterSort sort = m_model->rosterSort();
    const core::RosterExportOptions options = exportOptions();
    long long rows = 0;
    m_exporting = true;
    const auto outcome =
        BackgroundTask::run(tr("Roster export"), tr("Exporting %Ln person(s)…", nullptr, int(m_model->totalCount())),
                            this, [&](const core::Progress& progress) {
                                core::Database db(databasePath, core::Database::Upgrade::No);
                                rows = format == ExportFormat::Csv
                                           ? core::exportRosterCsv(file, db, filter, sort, options, progress)
                                           : core::exportRosterXlsx(file, db, filter, sort, options, progress);
                            });
    m_exporting = false;
    if (!outcome.failure.isEmpty()) {
        QMessageBox::warning(this, tr("Export failed"), outcome.failure);
    }
    if (!outcome.done) {
        return false;
    }
    spdlog::info("roster exported: {} rows to {} ({} NIK)", rows, file.string(), options.fullNik ? "full" : "masked");
    emit exported(path, rows);
    return true;
}

} // namespace relawas::gui
