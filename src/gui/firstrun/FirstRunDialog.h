#pragma once

#include <memory>

#include <QDialog>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class FirstRunDialog;
}

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Asks which of the 514 kabupaten/kota the user works in: a list searchable by name, province or code, with the
// kabupaten of the last choice (Batu Bara on a first run) preselected. Enter accepts; arrows move in the list
// while the cursor stays in the search box.
class FirstRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunDialog)

public:
    static constexpr const char* kDefaultKabupaten = "12.19"; // Kabupaten Batu Bara
    static constexpr long long kSamplePeople = 500;

    FirstRunDialog(core::Database& db, const QString& preselected, QWidget* parent = nullptr);
    ~FirstRunDialog() override;

    QString selectedCode() const;
    // "Try it with sample data": shown on the first run of a new database only.
    void offerSampleData(bool offer);
    bool wantsSampleData() const;
    int visibleCount() const;

private:
    void fill(core::Database& db);
    void onSearchChanged(const QString& text);
    void updateState();
    bool eventFilter(QObject* watched, QEvent* event) override;

    std::unique_ptr<Ui::FirstRunDialog> m_ui;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_filter;
};

} // namespace relawas::gui
