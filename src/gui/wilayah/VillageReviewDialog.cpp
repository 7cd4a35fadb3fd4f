#include "wilayah/VillageReviewDialog.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "common/Icons.h"
#include "common/Session.h"
#include "common/TableItems.h"
#include "common/Theme.h"
#include "core/people/checks/Phone.h"
#include "core/storage/SettingsStore.h"
#include "wilayah/VillageRosterPrint.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relawas::gui {

VillageReviewDialog::VillageReviewDialog(Session& session, const QString& villageCode, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_roster(core::villageRoster(session.database, villageCode.toStdString(),
                                   core::SettingsStore(session.database).referenceDate()))
    , m_people(new QTableWidget(this))
{
    setObjectName(QStringLiteral("villageReviewDialog"));
    const QString village = QString::fromStdString(m_roster.villageName);
    const QString kecamatan = QString::fromStdString(m_roster.kecamatanName);
    setWindowTitle(tr("Village review — %1").arg(village));

    auto* title = new QLabel(tr("%1, Kecamatan %2").arg(village, kecamatan), this);
    title->setFont(Theme::scaledFont(font(), 1.3, true));
    auto* facts = new QFormLayout;
    facts->addRow(tr("Code"), new QLabel(QString::fromStdString(m_roster.villageCode), this));
    facts->addRow(tr("Kabupaten/Kota"), new QLabel(QString::fromStdString(m_roster.kabupatenName), this));
    auto* programme = new QLabel(programmeText(), this);
    programme->setObjectName(QStringLiteral("programmeLabel"));
    programme->setWordWrap(true);
    facts->addRow(tr("Kampung Pengawasan"), programme);
    int volunteers = 0;
    int pkd = 0;
    for (const core::VillageRosterPerson& person : m_roster.people) {
        for (const core::RoleKind role : person.roles) {
            volunteers += role == core::RoleKind::Relawan;
            pkd += role == core::RoleKind::Pkd;
        }
    }
    auto* counts = new QLabel(
        tr("%Ln person(s) living here; %1 volunteer(s), %2 PKD; roles on %3", nullptr, int(m_roster.people.size()))
            .arg(volunteers)
            .arg(pkd)
            .arg(formatUserDate(m_roster.referenceDate)),
        this);
    counts->setObjectName(QStringLiteral("countsLabel"));
    facts->addRow(tr("People"), counts);

    m_people->setObjectName(QStringLiteral("peopleTableWidget"));
    m_people->setColumnCount(5);
    m_people->setHorizontalHeaderLabels({tr("Name"), tr("Gender"), tr("Roles"), tr("Phone"), tr("NIK")});
    m_people->setRowCount(int(m_roster.people.size()));
    m_people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_people->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_people->setAlternatingRowColors(true);
    m_people->verticalHeader()->hide();
    m_people->verticalHeader()->setDefaultSectionSize(Theme::rowHeight(fontMetrics()));
    for (int row = 0; row < int(m_roster.people.size()); ++row) {
        const core::VillageRosterPerson& person = m_roster.people[std::size_t(row)];
        QStringList roles;
        for (const core::RoleKind role : person.roles) {
            roles << DomainText::role(role);
        }
        m_people->setItem(row, 0, readOnlyItem(QString::fromStdString(person.fullName)));
        m_people->setItem(row, 1, readOnlyItem(person.gender ? DomainText::gender(*person.gender) : QString()));
        m_people->setItem(row, 2, readOnlyItem(roles.join(QStringLiteral(", "))));
        m_people->setItem(row, 3, readOnlyItem(QString::fromStdString(core::formatPhoneForDisplay(person.phone))));
        m_people->setItem(row, 4, readOnlyItem(QString::fromStdString(person.maskedNik)));
    }
    m_people->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column) {
        m_people->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* print = buttons->addButton(tr("&Print this village…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printVillagePushButton"));
    print->setIcon(Icons::icon(QStringLiteral("printer"), Qt::white));
    Theme::setPrimary(print);
    auto* printAll = buttons->addButton(tr("Print every village of the &kecamatan…"), QDialogButtonBox::ActionRole);
    printAll->setObjectName(QStringLiteral("printKecamatanPushButton"));
    auto* roster = buttons->addButton(tr("Open in the &roster"), QDialogButtonBox::ActionRole);
    roster->setObjectName(QStringLiteral("rosterPushButton"));
    roster->setIcon(Icons::icon(QStringLiteral("users")));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, [this, village] {
        previewVillageRosters(m_session, QString::fromStdString(m_roster.villageCode), village, this);
    });
    connect(printAll, &QPushButton::clicked, this, [this, kecamatan] {
        previewVillageRosters(m_session, QString::fromStdString(m_roster.kecamatanCode),
                              tr("Kecamatan %1").arg(kecamatan), this);
    });
    connect(roster, &QPushButton::clicked, this, [this] {
        emit peopleOfVillageRequested(QString::fromStdString(m_roster.villageCode));
        accept();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(facts);
    layout->addWidget(m_people, 1);
    layout->addWidget(buttons);
    resize(QFontMetrics(font()).averageCharWidth() * 110, QFontMetrics(font()).height() * 34);
}

QString VillageReviewDialog::programmeText() const
{
    if (!m_roster.programme) {
        return tr("Not in the programme");
    }
    const core::KampungProgramme& programme = *m_roster.programme;
    QStringList parts{DomainText::stage(programme.stage)};
    if (!programme.skNumber.empty()) {
        parts << tr("SK %1").arg(QString::fromStdString(programme.skNumber));
    }
    if (programme.skDate) {
        parts << tr("SK of %1").arg(formatUserDate(programme.skDate));
    }
    if (programme.mouEndDate) {
        parts << tr("MoU until %1").arg(formatUserDate(programme.mouEndDate));
    }
    return parts.join(QStringLiteral(" · "));
}

} // namespace relawas::gui
