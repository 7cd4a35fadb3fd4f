#pragma once

#include <QDialog>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Help -> About: versions of Relawas, Qt and SQLite, the region list in use, and the attribution the region
// data's licence (ODbL) asks for.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    AboutDialog(core::Database& db, QWidget* parent = nullptr);

    QString text() const;

private:
    QString m_text;
};

} // namespace relawas::gui
