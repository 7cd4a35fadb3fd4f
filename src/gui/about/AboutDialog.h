#pragma once

#include <QDialog>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Help -> About: versions of Relawas, Qt and SQLite, the region list in use, the attribution the region data's
// licence (ODbL) asks for, and the licence of the icons (MIT).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(core::Database& db, QWidget* parent = nullptr);

    QString text() const;
    QString iconsLicence() const; // the MIT License text of the icons, as shown

private:
    QString m_text;
    QString m_iconsLicence;
};

} // namespace relawas::gui
