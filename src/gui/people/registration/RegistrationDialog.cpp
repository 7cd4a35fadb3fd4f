#include "people/registration/RegistrationDialog.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "common/ValidationText.h"
#include "core/base/Error.h"
#include "core/people/PeopleService.h"
#include "core/people/duplicates/DuplicateFinder.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "people/registration/PersonRolesPanel.h"
#include "people/registration/VillagePicker.h"
#include "ui_RegistrationDialog.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {
// The kecamatan a scope lies in: itself, or the kecamatan of a village; empty for a kabupaten.
QString kecamatanOf(const QString& scopeCode)
{
    const auto parts = scopeCode.split(QLatin1Char('.'));
    return parts.size() >= 3 ? QStringList(parts.mid(0, 3)).join(QLatin1Char('.')) : QString();
}

// The fields that can carry an issue, in the order of the form.
constexpr const char* kFields[] = {"nik",   "full_name",    "gender", "birth_date",    "phone",
                                   "email", "village_code", "roles",  "no_party_date", "consent_date"};

constexpr const char* kInvalidStyle = "border: 1px solid #b3261e;";
constexpr const char* kWarningStyle = "border: 1px solid #b26a00;";
} // namespace

RegistrationDialog::RegistrationDialog(Session& session, const QString& scopeCode, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistrationDialog>())
    , m_session(session)
    , m_referenceDate(core::SettingsStore(session.database).referenceDate())
{
    m_ui->setupUi(this);
    // Every village of the kabupaten can be chosen (people move); those of the working kecamatan come first.
    m_villages = new VillagePicker(session.database, m_ui->villageLineEdit, this);
    m_villages->setScope(session.kabupatenCode);
    m_scopeKecamatan = kecamatanOf(scopeCode);
    fillChoices();

    QPushButton* save = m_ui->buttonBox->button(QDialogButtonBox::Save);
    save->setText(tr("Save and &continue"));
    save->setDefault(true);
    Theme::setPrimary(save);
    connect(save, &QPushButton::clicked, this, &RegistrationDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RegistrationDialog::reject);

    for (QLineEdit* edit : {m_ui->nikLineEdit, m_ui->fullNameLineEdit, m_ui->birthDateLineEdit, m_ui->phoneLineEdit,
                            m_ui->emailLineEdit, m_ui->noPartyDateLineEdit, m_ui->consentDateLineEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &RegistrationDialog::recheck);
    }
    for (const char* field : kFields) {
        fieldWidget(field)->installEventFilter(this);
    }
    connect(m_ui->birthDateLineEdit, &QLineEdit::textEdited, this, [this] { m_birthDateFromNik = false; });
    connect(m_ui->genderComboBox, &QComboBox::activated, this, [this] {
        m_genderFromNik = false;
        recheck();
    });
    connect(m_ui->roleComboBox, &QComboBox::currentIndexChanged, this, &RegistrationDialog::recheck);
    connect(m_villages, &VillagePicker::villageChanged, this, &RegistrationDialog::recheck);
    connect(m_ui->disabilityCheckBox, &QCheckBox::toggled, m_ui->disabilityKindLineEdit, &QWidget::setEnabled);
    m_ui->disabilityKindLineEdit->setEnabled(false);

    m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_ui->nikLineEdit->setFocus();
    recheck();
}

RegistrationDialog::~RegistrationDialog() = default;

void RegistrationDialog::fillChoices()
{
    m_ui->genderComboBox->addItem(QStringLiteral("—"));
    m_ui->genderComboBox->addItem(DomainText::gender(core::Gender::Male), int(core::Gender::Male));
    m_ui->genderComboBox->addItem(DomainText::gender(core::Gender::Female), int(core::Gender::Female));
    for (const auto role : core::kAllRoleKinds) {
        m_ui->roleComboBox->addItem(DomainText::role(role), int(role));
    }
    for (const char* level : {"SD", "SMP", "SMA/SMK", "D3", "S1", "S2", "S3"}) {
        m_ui->educationComboBox->addItem(QString::fromLatin1(level));
    }
    m_ui->educationComboBox->setCurrentIndex(-1);
    int row = 0;
    for (const auto group : core::kAllTargetGroups) {
        auto* box = new QCheckBox(DomainText::targetGroup(group), m_ui->targetGroupsGroupBox);
        box->setObjectName(
            QStringLiteral("targetGroup_%1")
                .arg(QString::fromLatin1(core::targetGroupId(group).data(), int(core::targetGroupId(group).size()))));
        m_ui->targetGroupsLayout->addWidget(box, row / 3, row % 3);
        m_groups[group] = box;
        ++row;
    }
    // The boxes are made here, after the form's own widgets: Tab reaches them after the notes, before the buttons.
    QWidget* previous = m_ui->notesLineEdit;
    for (const auto group : core::kAllTargetGroups) {
        QWidget::setTabOrder(previous, m_groups[group]);
        previous = m_groups[group];
    }
}

void RegistrationDialog::setVillage(const QString& code)
{
    m_villages->setVillageCode(code);
}

core::PersonDraft RegistrationDialog::draft() const
{
    core::PersonDraft d;
    d.nikText = m_ui->nikLineEdit->text().toStdString();
    d.fullName = m_ui->fullNameLineEdit->text().simplified().toStdString();
    if (m_ui->genderComboBox->currentIndex() > 0) {
        d.gender = core::Gender(m_ui->genderComboBox->currentData().toInt());
    }
    d.birthDate = parseUserDate(m_ui->birthDateLineEdit->text()).date;
    d.phoneText = m_ui->phoneLineEdit->text().trimmed().toStdString();
    d.email = m_ui->emailLineEdit->text().trimmed().toStdString();
    d.villageCode = m_villages->villageCode().toStdString();
    // A new person gets the role chosen; a stored one is checked against the roles they hold now.
    d.roles = m_stored ? m_storedRoles : std::vector{core::RoleKind(m_ui->roleComboBox->currentData().toInt())};
    return d;
}

void RegistrationDialog::recheck()
{
    if (m_filling) {
        return;
    }
    core::PersonCheckContext context;
    const core::RegionRepository regions(m_session.database);
    context.regionKnown = [&regions](const std::string& code) {
        const auto region = regions.find(code);
        return region && !region->retired;
    };
    context.districtCode = m_session.kabupatenCode.toStdString();
    context.scopeCode = m_scopeKecamatan.toStdString();
    context.regionName = [&regions](const std::string& code) {
        const auto region = regions.find(code);
        return region ? region->name : code;
    };
    context.referenceDate = m_referenceDate;
    m_check = core::checkPerson(draft(), context);
    m_villages->setPreferredKecamatan({m_scopeKecamatan, QString::fromStdString(m_check.nikRegionCode)});
    checkDates();
    if (m_stored) {
        warnOfHeldRoleAges();
    }
    fillFromNik();

    // Possible duplicates, before anything is saved: the same NIK blocks, a similar name or a shared phone warns.
    m_duplicates.clear();
    core::Person typed = personFromForm();
    if (m_stored) {
        typed.meta.uuid = m_stored->meta.uuid; // not a duplicate of itself
    }
    if (!typed.nik.empty() || !typed.phone.empty() || typed.fullName.size() >= 3) {
        for (const auto& candidate : core::DuplicateFinder(m_session.database).candidatesFor(typed)) {
            switch (candidate.kind) {
            case core::DuplicateKind::SameNik: // not a possibility: it blocks saving
                m_check.errors.push_back(
                    {"nik", {"person.duplicate_nik", "", {candidate.personUuid, candidate.fullName}}});
                break;
            case core::DuplicateKind::SamePhone:
                m_duplicates.push_back({"phone", {"person.same_phone", "", {candidate.fullName}}});
                break;
            case core::DuplicateKind::SimilarName:
                m_duplicates.push_back({"full_name",
                                        {"person.similar_name",
                                         "",
                                         {candidate.fullName, std::to_string(candidate.score),
                                          candidate.birthDate ? core::formatIsoDate(*candidate.birthDate) : ""}}});
                break;
            }
        }
    }
    showIssues();
}

// A date that is typed but is no day of the calendar blocks saving, named on its own field.
void RegistrationDialog::checkDates()
{
    const std::pair<const char*, QLineEdit*> dates[] = {{"birth_date", m_ui->birthDateLineEdit},
                                                        {"no_party_date", m_ui->noPartyDateLineEdit},
                                                        {"consent_date", m_ui->consentDateLineEdit}};
    for (const auto& [field, edit] : dates) {
        if (const UserDate typed = parseUserDate(edit->text()); !typed.valid) {
            m_check.errors.push_back({field, {"date.invalid", "", {typed.problem.toStdString()}}});
        }
    }
}

void RegistrationDialog::fillFromNik()
{
    m_filling = true;
    // The NIK knows the birth date and gender: fill them while the clerk has not typed their own.
    if (m_check.nikBirthDate && (m_ui->birthDateLineEdit->text().isEmpty() || m_birthDateFromNik)) {
        m_ui->birthDateLineEdit->setText(formatUserDate(m_check.nikBirthDate));
        m_birthDateFromNik = true;
    } else if (!m_check.nikBirthDate && m_birthDateFromNik) {
        m_ui->birthDateLineEdit->clear();
        m_birthDateFromNik = false;
    }
    if (m_check.nikGender && (m_ui->genderComboBox->currentIndex() == 0 || m_genderFromNik)) {
        m_ui->genderComboBox->setCurrentIndex(m_ui->genderComboBox->findData(int(*m_check.nikGender)));
        m_genderFromNik = true;
    } else if (!m_check.nikGender && m_genderFromNik) {
        m_ui->genderComboBox->setCurrentIndex(0);
        m_genderFromNik = false;
    }
    m_filling = false;
}

QWidget* RegistrationDialog::fieldWidget(const std::string& field) const
{
    if (field == "nik") {
        return m_ui->nikLineEdit;
    }
    if (field == "full_name") {
        return m_ui->fullNameLineEdit;
    }
    if (field == "birth_date") {
        return m_ui->birthDateLineEdit;
    }
    if (field == "phone") {
        return m_ui->phoneLineEdit;
    }
    if (field == "email") {
        return m_ui->emailLineEdit;
    }
    if (field == "village_code") {
        return m_ui->villageLineEdit;
    }
    if (field == "roles") {
        return m_rolesPanel ? static_cast<QWidget*>(m_rolesPanel->tableView()) : m_ui->roleComboBox;
    }
    if (field == "no_party_date") {
        return m_ui->noPartyDateLineEdit;
    }
    if (field == "consent_date") {
        return m_ui->consentDateLineEdit;
    }
    return m_ui->genderComboBox;
}

// A field's border in the colour of its issue. An item view's style would reach its headers and scroll bars too, so it
// names the view alone.
void RegistrationDialog::markField(const std::string& field, const char* style) const
{
    QWidget* widget = fieldWidget(field);
    if (!style) {
        widget->setStyleSheet({});
    } else if (qobject_cast<QAbstractItemView*>(widget)) {
        widget->setStyleSheet(QStringLiteral("QAbstractItemView { %1 }").arg(QLatin1String(style)));
    } else {
        widget->setStyleSheet(QString::fromLatin1(style));
    }
}

// Whether the clerk has met a field yet: typed in it or left it, or pressed Enter to save. The NIK fills the birth
// date and gender and decides the age, so meeting the NIK meets those too.
bool RegistrationDialog::reached(const std::string& field) const
{
    if (m_stored || m_triedSaving || m_reached.count(field) > 0) {
        return true;
    }
    const bool followsNik = field == "birth_date" || field == "gender" || field == "roles";
    return followsNik && m_reached.count("nik") > 0;
}

bool RegistrationDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusOut && !m_filling) {
        for (const char* field : kFields) {
            if (fieldWidget(field) == watched) {
                m_reached.insert(field);
                showIssues();
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RegistrationDialog::showIssues()
{
    for (const char* field : kFields) {
        markField(field, nullptr);
    }
    QStringList lines;
    const auto list = [&](const std::vector<core::FieldIssue>& issues, const char* style, const QString& colour) {
        for (const auto& found : issues) {
            if (!reached(found.field)) {
                continue; // not scolded before the clerk got there
            }
            markField(found.field, style);
            lines << QStringLiteral("<span style='color:%1'>%2: %3</span>")
                         .arg(colour, ValidationText::field(QString::fromStdString(found.field)).toHtmlEscaped(),
                              ValidationText::describe(found.issue).toHtmlEscaped());
        }
    };
    list(m_check.errors, kInvalidStyle, QStringLiteral("#b3261e"));
    list(m_check.warnings, kWarningStyle, QStringLiteral("#b26a00"));
    m_ui->issuesLabel->setText(lines.join(QStringLiteral("<br>")));

    QStringList duplicates;
    for (const auto& found : m_duplicates) { // not a fault of the clerk: shown while typing
        markField(found.field, kWarningStyle);
        duplicates << ValidationText::describe(found.issue).toHtmlEscaped();
    }
    m_ui->duplicatesLabel->setText(
        duplicates.isEmpty() ? QString()
                             : tr("<b>Possible duplicates</b><br>%1").arg(duplicates.join(QStringLiteral("<br>"))));
}

bool RegistrationDialog::isDirty() const
{
    if (m_stored) {
        return formState() != m_storedState;
    }
    return !m_ui->nikLineEdit->text().trimmed().isEmpty() || !m_ui->fullNameLineEdit->text().trimmed().isEmpty() ||
           !m_ui->phoneLineEdit->text().trimmed().isEmpty();
}

core::Person RegistrationDialog::personFromForm() const
{
    const core::PersonDraft d = draft();
    core::Person p;
    p.nik = m_check.nik;
    p.fullName = d.fullName;
    p.gender = d.gender;
    p.birthDate = d.birthDate ? d.birthDate : m_check.nikBirthDate;
    p.birthPlace = m_ui->birthPlaceLineEdit->text().simplified().toStdString();
    p.villageCode = d.villageCode;
    p.dusun = m_ui->dusunLineEdit->text().simplified().toStdString();
    p.rt = m_ui->rtLineEdit->text().trimmed().toStdString();
    p.rw = m_ui->rwLineEdit->text().trimmed().toStdString();
    p.phone = m_check.phoneE164;
    p.email = d.email;
    p.occupation = m_ui->occupationLineEdit->text().simplified().toStdString();
    p.education = m_ui->educationComboBox->currentText().simplified().toStdString();
    p.hasDisability = m_ui->disabilityCheckBox->isChecked();
    p.disabilityKind = p.hasDisability ? m_ui->disabilityKindLineEdit->text().simplified().toStdString() : "";
    for (const auto& [group, box] : m_groups) {
        if (box->isChecked()) {
            p.targetGroups.insert(group);
        }
    }
    p.organisation = m_ui->organisationLineEdit->text().simplified().toStdString();
    p.noPartyDeclarationDate = parseUserDate(m_ui->noPartyDateLineEdit->text()).date;
    p.consentDate = parseUserDate(m_ui->consentDateLineEdit->text()).date;
    p.notes = m_ui->notesLineEdit->text().simplified().toStdString();
    return p;
}

bool RegistrationDialog::save()
{
    m_triedSaving = true; // from now on every issue shows, reached or not
    recheck();
    if (!m_check.errors.empty()) {
        m_ui->savedLabel->clear();
        fieldWidget(m_check.errors.front().field)->setFocus();
        return false;
    }
    const QString signature = warningSignature();
    if (!signature.isEmpty() && signature != m_confirmedWarnings) {
        m_confirmedWarnings = signature;
        m_ui->savedLabel->setText(tr("Check the warnings, then press Enter again to save anyway."));
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #b26a00;"));
        return false;
    }
    return m_stored ? saveChanges(personFromForm()) : saveNew(personFromForm());
}

// The warnings shown now, as one text: a clerk confirms them once, and again only when they change.
QString RegistrationDialog::warningSignature() const
{
    QStringList warnings;
    for (const auto& found : m_check.warnings) {
        warnings << QString::fromStdString(found.field + ":" + found.issue.code);
    }
    for (const auto& found : m_duplicates) {
        warnings << QString::fromStdString(found.field + ":" + found.issue.code + ":" + found.issue.args.front());
    }
    return warnings.join(QLatin1Char(';'));
}

bool RegistrationDialog::saveNew(const core::Person& person)
{
    try {
        core::PersonRole role;
        role.kind = core::RoleKind(m_ui->roleComboBox->currentData().toInt());
        role.scopeCode = person.villageCode;
        role.startDate = core::todayUtc();
        const core::Person stored =
            core::PeopleService(m_session.database, m_session.actor).registerPerson(person, {role});
        ++m_savedCount;
        spdlog::info("registered person {} in {}", stored.meta.uuid, stored.villageCode);
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #1b5e20;"));
        m_ui->savedLabel->setText(tr("Saved: %1 (%n person(s) in this session).", nullptr, m_savedCount)
                                      .arg(QString::fromStdString(stored.fullName)));
        emit personSaved(QString::fromStdString(stored.meta.uuid));
    } catch (const core::Error& e) {
        m_ui->savedLabel->setStyleSheet(QStringLiteral("color: #b3261e;"));
        m_ui->savedLabel->setText(ErrorText::describe(e));
        return false;
    }
    clearForNext();
    return true;
}

void RegistrationDialog::clearForNext()
{
    // The next person usually comes from the same village, in the same role, signed on the same day. The cursor goes
    // back to the NIK first, so that leaving the last field does not count as having reached it for the next person.
    m_filling = true;
    m_ui->nikLineEdit->setFocus();
    for (QLineEdit* edit :
         {m_ui->nikLineEdit, m_ui->fullNameLineEdit, m_ui->birthDateLineEdit, m_ui->birthPlaceLineEdit,
          m_ui->dusunLineEdit, m_ui->rtLineEdit, m_ui->rwLineEdit, m_ui->phoneLineEdit, m_ui->emailLineEdit,
          m_ui->occupationLineEdit, m_ui->organisationLineEdit, m_ui->disabilityKindLineEdit, m_ui->notesLineEdit}) {
        edit->clear();
    }
    m_ui->genderComboBox->setCurrentIndex(0);
    m_ui->educationComboBox->setCurrentIndex(-1);
    m_ui->disabilityCheckBox->setChecked(false);
    for (auto& [group, box] : m_groups) {
        box->setChecked(false);
    }
    m_birthDateFromNik = false;
    m_genderFromNik = false;
    m_confirmedWarnings.clear();
    m_reached.clear();
    m_triedSaving = false;
    m_filling = false;
    recheck();
}

void RegistrationDialog::reject()
{
    if (isDirty()) {
        const QString question = m_stored ? tr("The changes to %1 are not saved. Close and discard them?")
                                                .arg(QString::fromStdString(m_stored->fullName))
                                          : tr("The person being typed is not saved. Close and discard it?");
        const auto answer = QMessageBox::question(this, tr("Close the form"), question,
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            return;
        }
    }
    QDialog::reject();
}

} // namespace relawas::gui
