#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The scope every screen works in: the working kabupaten/kota, or one of its kecamatan.
class ScopeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopeSelector)

public:
    explicit ScopeSelector(core::Database& db, QWidget* parent = nullptr);

    void setKabupaten(const QString& code);
    QString scope() const; // the kecamatan code, or the kabupaten code when "all districts" is chosen
    QComboBox* kecamatanComboBox() const { return m_kecamatan; }

signals:
    void scopeChanged(const QString& code);

private:
    core::Database& m_db;
    QString m_kabupaten;
    QLabel* m_kabupatenLabel;
    QComboBox* m_kecamatan;
};

} // namespace relawas::gui
