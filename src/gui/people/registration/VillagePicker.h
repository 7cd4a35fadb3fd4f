#pragma once

#include <QObject>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Turns a line edit into a village picker: typing any part of a name lists the desa/kelurahan of the scope with their
// kecamatan and code ("Durian — Sei Balai (12.19.07.2004)"), so two villages of one name are told apart. A village
// counts as chosen only when the text names exactly one of them.
class VillagePicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillagePicker)

public:
    VillagePicker(core::Database& db, QLineEdit* edit, QObject* parent = nullptr);

    void setScope(const QString& code);
    QString villageCode() const { return m_code; }
    void setVillageCode(const QString& code);

signals:
    void villageChanged(const QString& code);

private:
    void resolve(const QString& text);

    core::Database& m_db;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    QString m_code;
};

} // namespace relawas::gui
