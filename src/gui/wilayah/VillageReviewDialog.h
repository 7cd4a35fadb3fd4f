#pragma once

#include "core/reports/VillageRoster.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace relawas::gui {

struct Session;

// One village on one page, to review before the roster goes to the village or to the district: where it lies, its
// Kampung Pengawasan Partisipatif status with SK and MoU, and its people with their roles on the election day, gender,
// phone and masked NIK. From here the Daftar Relawan Desa is printed (the village, or every village of its kecamatan)
// or the roster opens on the village to correct someone. A village holds hundreds of people: held whole, as printed.
class VillageReviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillageReviewDialog)

public:
    // Throws core::Error as core::villageRoster() for a code that is not a village.
    VillageReviewDialog(Session& session, const QString& villageCode, QWidget* parent = nullptr);

    const core::VillageRoster& roster() const { return m_roster; }

signals:
    void peopleOfVillageRequested(const QString& villageCode);

private:
    QString programmeText() const;

    Session& m_session;
    core::VillageRoster m_roster;
    QTableWidget* m_people;
};

} // namespace relawas::gui
