#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Turns a line edit into a village picker: typing any part of a name lists the desa/kelurahan of the kabupaten with
// their kecamatan and code ("Durian — Sei Balai (12.19.07.2004)"), so two villages of one name are told apart. The
// villages of the preferred kecamatan (the one being worked on, the one the NIK was issued in) come first, each
// group by name. A village counts as chosen only when the text names exactly one of them.
class VillagePicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VillagePicker)

public:
    VillagePicker(core::Database& db, QLineEdit* edit, QObject* parent = nullptr);

    void setScope(const QString& code);
    // Kecamatan codes ("12.19.07") whose villages are listed first, in the order given.
    void setPreferredKecamatan(const QStringList& codes);
    QString villageCode() const { return m_code; }
    void setVillageCode(const QString& code);
    // The entries in the order the completer offers them, for tests and the guide.
    QStringList entries() const;

signals:
    void villageChanged(const QString& code);

private:
    void resolve(const QString& text);
    void rank();
    void fitPopupWidth();

    core::Database& m_db;
    QLineEdit* m_edit;
    QStandardItemModel* m_model;
    QCompleter* m_completer;
    QStringList m_preferred;
    QString m_code;
};

} // namespace relawas::gui
