#pragma once

#include <string>

#include <QDialog>

class QLabel;
class QTableView;

namespace relawas::gui {

class ScoreSheetModel;
struct Session;

// "Nilai P2P": the score sheet of a graded training, typed by keyboard as on paper. Typing a number in a cell starts
// editing it; Enter saves it and goes down to the next participant, Tab to the next component; Delete clears a
// score. The result and pass or fail follow each score; the counts underneath say how many are complete and passed.
class ScoreSheetDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreSheetDialog)

public:
    // Throws core::Error when the training cannot be opened.
    ScoreSheetDialog(Session& session, const std::string& trainingUuid, const QString& title,
                     QWidget* parent = nullptr);
    ~ScoreSheetDialog() override;

    QTableView* table() const { return m_table; }
    ScoreSheetModel* model() const { return m_model; }
    QLabel* problemLabel() const { return m_problem; }
    QLabel* countsLabel() const { return m_counts; }

public slots:
    // Opens the components and their weights; saved ones apply at once.
    void editComponents();

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void updateCounts();

    ScoreSheetModel* m_model;
    QTableView* m_table;
    QLabel* m_counts;
    QLabel* m_problem;
    bool m_refused = false; // the score just typed was refused: Enter stays on its cell
};

} // namespace relawas::gui
