#pragma once

#include <memory>

#include <QDialog>

class QTimer;

namespace Ui {
class DuplicatesDialog;
}

namespace relawas::gui {

class DuplicatePairModel;
struct Session;

// "Kemungkinan duplikat": the pairs of people of a scope whose names are alike and who share a birth date, highest
// score first, paged from core::DuplicateFinder. The list is worked out on a worker thread with progress and Cancel
// (it takes seconds at a million people); Enter on a pair opens the merge form, and a merge reads the list again.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)

public:
    static constexpr int kDefaultThreshold = 80;
    static constexpr int kThresholdDelayMs = 400;

    // `scopeCode`: a kabupaten, kecamatan or village code; empty for everyone. The list is read once the dialog
    // shows.
    DuplicatesDialog(Session& session, const QString& scopeCode, QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    DuplicatePairModel* model() const { return m_model; }

    // Works out the list again, as after a merge.
    void reload();
    // Opens the merge form of the current pair (as Enter does).
    void openCurrentPair();

signals:
    void peopleMerged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class State
    {
        Loading,
        Shown,
        Cancelled,
        Failed
    };

    void sizeColumns();
    void showState(State state);
    void listOutdated();

    std::unique_ptr<Ui::DuplicatesDialog> m_ui;
    Session& m_session;
    QString m_scope;
    QString m_scopeName;
    DuplicatePairModel* m_model;
    QTimer* m_thresholdTimer;
    bool m_loading = false;
    int m_rowToRestore = 0; // the clerk goes on down the list after a merge
};

} // namespace relawas::gui
