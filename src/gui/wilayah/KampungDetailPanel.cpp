#include "wilayah/KampungDetailPanel.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "core/base/Error.h"
#include "core/programme/KampungRepository.h"
#include "core/regions/RegionRepository.h"
#include "ui_KampungDetailPanel.h"
#include "wilayah/KampungEditCommand.h"

#include <QEvent>
#include <QUndoStack>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
constexpr const char* kInvalidStyle = "border: 1px solid #b3261e;";
} // namespace

KampungDetailPanel::KampungDetailPanel(core::Database& db, std::string actor, QUndoStack* undoStack, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::KampungDetailPanel>())
    , m_db(db)
    , m_actor(std::move(actor))
    , m_undoStack(undoStack)
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleLabel->setFont(titleFont);
    fillChoices();

    connect(m_ui->statusComboBox, &QComboBox::activated, this, [this] {
        setEditable(true);
        commitEdits();
    });
    connect(m_ui->vulnerabilityComboBox, &QComboBox::activated, this, &KampungDetailPanel::commitEdits);
    for (QLineEdit* edit :
         {m_ui->scoreLineEdit, m_ui->skNumberLineEdit, m_ui->skDateLineEdit, m_ui->mouEndDateLineEdit}) {
        connect(edit, &QLineEdit::editingFinished, this, &KampungDetailPanel::commitEdits);
    }
    m_ui->notesPlainTextEdit->installEventFilter(this);
    showRegion({});
}

KampungDetailPanel::~KampungDetailPanel()
{
    // The fields are destroyed after this body; none of their signals or focus events may reach members gone by then.
    m_ui->notesPlainTextEdit->removeEventFilter(this);
    for (QObject* child : findChildren<QObject*>()) {
        child->disconnect(this);
    }
}

void KampungDetailPanel::fillChoices()
{
    m_ui->statusComboBox->addItem(tr("Not in the programme"));
    for (const auto stage : core::kAllKampungStages) {
        m_ui->statusComboBox->addItem(DomainText::stage(stage), QVariant::fromValue(int(stage)));
    }
    m_ui->vulnerabilityComboBox->addItem(tr("Not assessed"));
    for (const auto level : core::kAllVulnerabilities) {
        m_ui->vulnerabilityComboBox->addItem(DomainText::vulnerability(level), QVariant::fromValue(int(level)));
    }
}

void KampungDetailPanel::showRegion(const QString& code)
{
    m_code = code;
    load();
}

void KampungDetailPanel::commitPendingEdits()
{
    commitEdits();
}

void KampungDetailPanel::load()
{
    m_loading = true;
    clearMarks();
    m_ui->problemLabel->clear();
    m_stored.reset();
    m_isVillage = false;

    const core::RegionRepository regions(m_db);
    const auto region = m_code.isEmpty() ? std::nullopt : regions.find(m_code.toStdString());
    if (!region) {
        m_ui->titleLabel->setText(tr("No village selected"));
        m_ui->subtitleLabel->setText(tr("Choose a desa or kelurahan in the tree to see and set its Kampung "
                                        "Pengawasan Partisipatif status."));
    } else if (!core::isVillageLevel(region->level)) {
        const auto villages = regions.children(region->code);
        const auto inProgramme = core::KampungRepository(m_db).stagesUnder(region->code).size();
        m_ui->titleLabel->setText(QString::fromStdString(region->name));
        m_ui->subtitleLabel->setText(tr("%1 %2 · %3 villages, %4 in the Kampung Pengawasan programme. Choose a "
                                        "village to set its status.")
                                         .arg(DomainText::level(region->level), QString::fromStdString(region->code))
                                         .arg(villages.size())
                                         .arg(inProgramme));
    } else {
        m_isVillage = true;
        const auto kecamatan = regions.find(region->parentCode);
        m_ui->titleLabel->setText(QString::fromStdString(region->name));
        m_ui->subtitleLabel->setText(tr("%1 · code %2 · district %3 (%4)")
                                         .arg(DomainText::level(region->level), QString::fromStdString(region->code),
                                              kecamatan ? QString::fromStdString(kecamatan->name) : QString(),
                                              QString::fromStdString(region->parentCode)));
        m_stored = core::KampungRepository(m_db).find(region->code);
    }

    const core::KampungProgramme shown = m_stored.value_or(core::KampungProgramme{});
    m_ui->statusComboBox->setCurrentIndex(m_stored ? int(shown.stage) + 1 : 0);
    m_ui->scoreLineEdit->setText(shown.assessmentScore
                                     ? QLocale().toString(*shown.assessmentScore, 'g', QLocale::FloatingPointShortest)
                                     : QString());
    m_ui->vulnerabilityComboBox->setCurrentIndex(shown.vulnerability ? int(*shown.vulnerability) + 1 : 0);
    m_ui->skNumberLineEdit->setText(QString::fromStdString(shown.skNumber));
    m_ui->skDateLineEdit->setText(formatUserDate(shown.skDate));
    m_ui->mouEndDateLineEdit->setText(formatUserDate(shown.mouEndDate));
    m_ui->notesPlainTextEdit->setPlainText(QString::fromStdString(shown.notes));
    if (m_stored) {
        m_ui->savedLabel->setText(
            tr("Saved: revision %1, %2 by %3.")
                .arg(m_stored->meta.revision)
                .arg(formatStoredTime(m_stored->meta.updatedAt), DomainText::actor(m_stored->meta.updatedBy)));
    } else {
        m_ui->savedLabel->setText(m_isVillage ? tr("This village is not in the programme yet.") : QString());
    }
    setEditable(m_isVillage);
    m_loading = false;
}

void KampungDetailPanel::setEditable(bool editable)
{
    m_ui->programmeGroupBox->setEnabled(editable);
    const bool inProgramme = m_ui->statusComboBox->currentIndex() > 0;
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_ui->scoreLineEdit, m_ui->vulnerabilityComboBox, m_ui->skNumberLineEdit,
                                         m_ui->skDateLineEdit, m_ui->mouEndDateLineEdit, m_ui->notesPlainTextEdit}) {
        field->setEnabled(editable && inProgramme);
    }
}

std::optional<core::KampungProgramme> KampungDetailPanel::gather(bool& ok)
{
    ok = true;
    const int statusIndex = m_ui->statusComboBox->currentIndex();
    if (statusIndex <= 0) {
        return std::nullopt;
    }
    core::KampungProgramme p = m_stored.value_or(core::KampungProgramme{});
    p.villageCode = m_code.toStdString();
    p.stage = core::KampungStage(m_ui->statusComboBox->currentData().toInt());
    p.skNumber = m_ui->skNumberLineEdit->text().trimmed().toStdString();
    p.notes = m_ui->notesPlainTextEdit->toPlainText().trimmed().toStdString();
    const int vulnerabilityIndex = m_ui->vulnerabilityComboBox->currentIndex();
    p.vulnerability = vulnerabilityIndex > 0
                          ? std::optional(core::Vulnerability(m_ui->vulnerabilityComboBox->currentData().toInt()))
                          : std::nullopt;

    // Fields whose text is not even a number or date; the rules below say nothing more about them.
    QList<QWidget*> unreadable;
    const QString scoreText = m_ui->scoreLineEdit->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.'));
    p.assessmentScore.reset();
    if (!scoreText.isEmpty()) {
        bool number = false;
        const double score = scoreText.toDouble(&number);
        if (number) {
            p.assessmentScore = score;
        } else {
            markInvalid(m_ui->scoreLineEdit, tr("The assessment score must be a number from 0 to 100."));
            unreadable.append(m_ui->scoreLineEdit);
            ok = false;
        }
    }
    const UserDate skDate = parseUserDate(m_ui->skDateLineEdit->text());
    const UserDate mouEnd = parseUserDate(m_ui->mouEndDateLineEdit->text());
    if (!skDate.valid) {
        markInvalid(m_ui->skDateLineEdit, tr("The SK date is not a real date; write it as dd/mm/yyyy."));
        unreadable.append(m_ui->skDateLineEdit);
        ok = false;
    }
    if (!mouEnd.valid) {
        markInvalid(m_ui->mouEndDateLineEdit, tr("The MoU end date is not a real date; write it as dd/mm/yyyy."));
        unreadable.append(m_ui->mouEndDateLineEdit);
        ok = false;
    }
    p.skDate = skDate.date;
    p.mouEndDate = mouEnd.date;

    for (const auto& violation : core::checkKampungProgramme(p, core::todayUtc())) {
        QWidget* field = nullptr;
        switch (violation.field) {
        case core::KampungField::Stage:
            field = m_ui->statusComboBox;
            break;
        case core::KampungField::SkNumber:
            field = m_ui->skNumberLineEdit;
            break;
        case core::KampungField::SkDate:
            field = m_ui->skDateLineEdit;
            break;
        case core::KampungField::AssessmentScore:
            field = m_ui->scoreLineEdit;
            break;
        case core::KampungField::Vulnerability:
            field = m_ui->vulnerabilityComboBox;
            break;
        case core::KampungField::MouEndDate:
            field = m_ui->mouEndDateLineEdit;
            break;
        case core::KampungField::Notes:
            field = m_ui->notesPlainTextEdit;
            break;
        }
        if (unreadable.contains(field)) {
            continue;
        }
        const core::Error asError(core::ErrorKind::UserInput, violation.code, violation.message,
                                  std::string(core::kampungFieldId(violation.field)));
        markInvalid(field, ErrorText::describe(asError));
        ok = false;
    }
    return p;
}

void KampungDetailPanel::commitEdits()
{
    if (m_loading || !m_isVillage) {
        return;
    }
    clearMarks();
    bool ok = false;
    const auto target = gather(ok);
    if (!ok) {
        return;
    }
    if ((!target && !m_stored) || (target && m_stored && target->sameContent(*m_stored))) {
        return;
    }

    std::optional<core::KampungProgramme> saved;
    try {
        core::KampungRepository repository(m_db);
        if (target) {
            core::KampungProgramme next = *target;
            next.meta.revision = m_stored ? m_stored->meta.revision : 0;
            saved = repository.save(next, m_actor, core::todayUtc());
        } else {
            repository.remove(m_code.toStdString(), m_actor);
        }
    } catch (const core::Error& e) {
        spdlog::warn("saving the programme status of {} failed: {}", m_code.toStdString(), e.what());
        m_ui->problemLabel->setText(ErrorText::describe(e));
        return;
    }
    spdlog::info("programme status of {} saved ({})", m_code.toStdString(),
                 saved ? std::string(core::kampungStageId(saved->stage)) : std::string("removed"));

    auto notify = [this](const QString& code, const QString& failure) { onCommandApplied(code, failure); };
    m_undoStack->push(new KampungEditCommand(m_db, m_actor, tr("status of %1").arg(m_ui->titleLabel->text()), m_stored,
                                             saved, notify));
    m_stored = saved;
    const QString code = m_code;
    load();
    emit programmeChanged(code);
}

void KampungDetailPanel::onCommandApplied(const QString& villageCode, const QString& failure)
{
    if (villageCode != m_code) {
        m_code = villageCode;
    }
    load();
    if (!failure.isEmpty()) {
        m_ui->problemLabel->setText(failure);
    }
    emit programmeChanged(villageCode);
}

void KampungDetailPanel::markInvalid(QWidget* field, const QString& problem)
{
    field->setStyleSheet(QString::fromLatin1(kInvalidStyle));
    const QString previous = m_ui->problemLabel->text();
    m_ui->problemLabel->setText(previous.isEmpty() ? problem : previous + QLatin1Char('\n') + problem);
}

void KampungDetailPanel::clearMarks()
{
    m_ui->problemLabel->clear();
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_ui->statusComboBox, m_ui->scoreLineEdit, m_ui->vulnerabilityComboBox, m_ui->skNumberLineEdit,
             m_ui->skDateLineEdit, m_ui->mouEndDateLineEdit, m_ui->notesPlainTextEdit}) {
        field->setStyleSheet({});
    }
}

bool KampungDetailPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->notesPlainTextEdit && event->type() == QEvent::FocusOut) {
        commitEdits();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relawas::gui
