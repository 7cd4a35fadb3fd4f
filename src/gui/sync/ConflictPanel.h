#pragma once

#include "core/sync/ConflictQueue.h"

#include <map>
#include <vector>

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableWidget;

namespace relawas::gui {

struct Session;

// The conflicts that wait for a person, one row each, and the one chosen field by field: the value both sides last
// agreed on, this laptop's and the report's, side by side. Keep this laptop's, take the report's, or type another
// value (for a field both changed); the decision is a new revision that travels back with the next report.
class ConflictPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictPanel)

public:
    // Empty until reload(): the screen reads its panels once.
    explicit ConflictPanel(Session& session, QWidget* parent = nullptr);

    void reload();
    int openCount() const { return int(m_conflicts.size()); }

    QTableWidget* table() const { return m_table; }
    QPushButton* oursButton() const { return m_ours; }
    QPushButton* theirsButton() const { return m_theirs; }
    QLineEdit* valueEdit() const { return m_value; }
    QPushButton* valueButton() const { return m_useValue; }

signals:
    // A conflict was decided: the record it names changed.
    void decided(const QString& table);

private:
    void buildLayout();
    void showChosen();
    void decide(int choice);
    const core::SyncConflict* chosen() const;

    Session& m_session;
    std::vector<core::SyncConflict> m_conflicts;
    std::map<long long, QString> m_senders; // import id → "Panwascam Sei Balai, report no. 4"
    QTableWidget* m_table;
    QSplitter* m_splitter;
    QWidget* m_detail;
    QLabel* m_empty;
    QLabel* m_heading;
    QLabel* m_explanation;
    QLabel* m_base;
    QLabel* m_oursValue;
    QLabel* m_theirsValue;
    QLabel* m_from;
    QPushButton* m_ours;
    QPushButton* m_theirs;
    QLineEdit* m_value;
    QPushButton* m_useValue;
};

} // namespace relawas::gui
