#include "trainings/ScoreSheetDialog.h"

#include "common/ErrorText.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "trainings/ComponentWeightsDialog.h"
#include "trainings/ScoreSheetModel.h"

#include <utility>

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace relawas::gui {

namespace {

// A score cell's editor: digits with at most one decimal separator, so a slip of the finger is caught as it is typed.
class ScoreDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        auto* editor = qobject_cast<QLineEdit*>(QStyledItemDelegate::createEditor(parent, option, index));
        if (editor != nullptr) {
            editor->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("^\\d{0,3}([.,]\\d{0,2})?$")), editor));
            editor->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        }
        return editor;
    }
};

} // namespace

ScoreSheetDialog::ScoreSheetDialog(Session& session, const std::string& trainingUuid, const QString& title,
                                   QWidget* parent)
    : QDialog(parent)
    , m_model(new ScoreSheetModel(session, trainingUuid, this))
    , m_table(new QTableView(this))
    , m_counts(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Scores — %1").arg(title));
    auto* intro = new QLabel(tr("Type a score and press Enter to go to the next participant, Tab to the next "
                                "component; Delete clears a score. Each score is saved as it is entered."),
                             this);
    intro->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setItemDelegate(new ScoreDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked |
                             QAbstractItemView::EditKeyPressed);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(true);
    // Every column as wide as its contents (the headers are two lines: the name, then the weight); the verdict takes
    // what is left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->installEventFilter(this);

    // Enter saves the score and goes down the column, as on a paper form; a refused score keeps its cell.
    connect(m_model, &ScoreSheetModel::problem, this, [this] { m_refused = true; });
    connect(m_table->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget*, QAbstractItemDelegate::EndEditHint hint) {
                const bool refused = std::exchange(m_refused, false);
                if (hint != QAbstractItemDelegate::SubmitModelCache || refused) {
                    return;
                }
                const QModelIndex current = m_table->currentIndex();
                if (current.row() + 1 < m_model->rowCount()) {
                    m_table->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
                }
            });

    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, Theme::colour(Theme::Colour::Error));
    m_problem->setPalette(problemPalette);
    connect(m_model, &ScoreSheetModel::problem, m_problem, &QLabel::setText);
    connect(m_model, &ScoreSheetModel::scoresChanged, this, [this] {
        m_problem->clear();
        updateCounts();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* weights = buttons->addButton(tr("Components and &weights…"), QDialogButtonBox::ActionRole);
    weights->setObjectName(QStringLiteral("componentsPushButton"));
    weights->setAutoDefault(false);
    connect(weights, &QPushButton::clicked, this, &ScoreSheetDialog::editComponents);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_counts);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    updateCounts();
    resize(1100, 600);

    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(0, ScoreSheetModel::FirstComponentColumn));
    }
    m_table->setFocus();
}

ScoreSheetDialog::~ScoreSheetDialog() = default;

bool ScoreSheetDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const QModelIndex current = m_table->currentIndex();
        // While a cell is edited its editor has the keys; what reaches the table then is what the editor left.
        const bool notEditing = QApplication::focusWidget() == m_table;
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) && current.isValid() &&
            m_model->isScoreColumn(current.column()) && notEditing) {
            m_model->setData(current, QString(), Qt::EditRole);
            return true;
        }
        // Enter on a cell not being edited goes down as well, so a column can be walked through.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && notEditing &&
            current.row() + 1 < m_model->rowCount()) {
            m_table->setCurrentIndex(m_model->index(current.row() + 1, current.column()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScoreSheetDialog::editComponents()
{
    ComponentWeightsDialog dialog(m_model->sheet().components(), this);
    if (dialog.exec() == QDialog::Accepted) {
        try {
            m_model->setComponents(dialog.namesAndWeights());
            m_problem->clear();
        } catch (const core::Error& e) {
            spdlog::warn("score components not saved: {}", e.what());
            m_problem->setText(ErrorText::describe(e));
        }
    }
    m_table->setFocus();
}

void ScoreSheetDialog::updateCounts()
{
    m_counts->setText(tr("%1 participants · complete %2 · passed %3")
                          .arg(m_model->rowCount())
                          .arg(m_model->completeCount())
                          .arg(m_model->passedCount()));
}

} // namespace relawas::gui
