#include "trainings/ScoreSheetModel.h"

#include "common/ErrorText.h"
#include "common/Session.h"
#include "common/Theme.h"
#include "core/base/Error.h"
#include "core/trainings/Scores.h"

#include <algorithm>
#include <cmath>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace relawas::gui {

ScoreSheetModel::ScoreSheetModel(Session& session, const std::string& trainingUuid, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_sheet(std::make_unique<core::ScoreSheet>(session.database, session.actor, trainingUuid))
    , m_rows(m_sheet->rows())
{}

ScoreSheetModel::~ScoreSheetModel() = default;

int ScoreSheetModel::resultColumn() const
{
    return FirstComponentColumn + int(m_sheet->components().size());
}

int ScoreSheetModel::verdictColumn() const
{
    return resultColumn() + 1;
}

bool ScoreSheetModel::isScoreColumn(int column) const
{
    return column >= FirstComponentColumn && column < resultColumn();
}

int ScoreSheetModel::completeCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const core::ScoreRow& row) { return row.result; }));
}

int ScoreSheetModel::passedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const core::ScoreRow& row) { return row.result && row.passed; }));
}

int ScoreSheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScoreSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : verdictColumn() + 1;
}

QVariant ScoreSheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size())) {
        return {};
    }
    const core::ScoreRow& row = m_rows[std::size_t(index.row())];
    const int column = index.column();
    const QLocale locale;
    const auto number = [&locale](double value) {
        return locale.toString(value, 'f', value == std::floor(value) ? 0 : 1);
    };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        if (column == NumberColumn) {
            return index.row() + 1;
        }
        if (column == NameColumn) {
            return QString::fromStdString(row.participant.fullName);
        }
        if (column == OriginColumn) {
            return QString::fromStdString(row.participant.kecamatanName);
        }
        if (isScoreColumn(column)) {
            const auto& score = row.scores[std::size_t(column - FirstComponentColumn)];
            return score ? QVariant(number(*score)) : QVariant(QString());
        }
        if (column == resultColumn()) {
            return row.result ? QVariant(locale.toString(*row.result, 'f', 1)) : QVariant(QString());
        }
        if (column == verdictColumn()) {
            if (!row.result) {
                return tr("incomplete");
            }
            return row.passed ? tr("Passed") : tr("Not passed");
        }
    }
    if (role == Qt::TextAlignmentRole && column != NameColumn && column != OriginColumn) {
        return column == verdictColumn() ? int(Qt::AlignLeft | Qt::AlignVCenter)
                                         : int(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ForegroundRole && column == verdictColumn()) {
        if (!row.result) {
            return QBrush(Theme::colour(Theme::Colour::MutedText));
        }
        return QBrush(Theme::colour(row.passed ? Theme::Colour::Success : Theme::Colour::Error));
    }
    if (role == Qt::FontRole && column == resultColumn()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant ScoreSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section == NumberColumn) {
        return tr("No.");
    }
    if (section == NameColumn) {
        return tr("Name");
    }
    if (section == OriginColumn) {
        return tr("District");
    }
    if (isScoreColumn(section)) {
        const core::ScoreComponent& component = m_sheet->components()[std::size_t(section - FirstComponentColumn)];
        //: A component's column: its name, and its weight on a second line
        return tr("%1\n%2%").arg(QString::fromStdString(component.name), QLocale().toString(component.weight));
    }
    if (section == resultColumn()) {
        return tr("Result");
    }
    if (section == verdictColumn()) {
        return tr("Pass mark\n%1").arg(QLocale().toString(m_sheet->training().passMark));
    }
    return {};
}

Qt::ItemFlags ScoreSheetModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    return isScoreColumn(index.column()) ? flags | Qt::ItemIsEditable : flags;
}

bool ScoreSheetModel::parseScore(const QString& text, std::optional<double>& score)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        score.reset();
        return true;
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{1,3}([.,]\\d{1,2})?$"));
    if (!shape.match(trimmed).hasMatch()) {
        return false;
    }
    QString dotted = trimmed;
    dotted.replace(QLatin1Char(','), QLatin1Char('.'));
    const double value = dotted.toDouble();
    if (value < 0 || value > 100) {
        return false;
    }
    score = value;
    return true;
}

bool ScoreSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !isScoreColumn(index.column())) {
        return false;
    }
    core::ScoreRow& row = m_rows[std::size_t(index.row())];
    const auto component = std::size_t(index.column() - FirstComponentColumn);
    std::optional<double> score;
    if (!parseScore(value.toString(), score)) {
        emit problem(tr("“%1” is not a score: type a number from 0 to 100 (a decimal comma is fine), or leave the cell "
                        "empty.")
                         .arg(value.toString().left(20)));
        return false;
    }
    if (score == row.scores[component]) {
        return true;
    }
    try {
        m_sheet->set(row.participant.invitation.personUuid, component, score);
    } catch (const core::Error& e) {
        spdlog::warn("score not saved: {}", e.what());
        emit problem(ErrorText::describe(e));
        return false;
    }
    row.scores[component] = score;
    recompute(row);
    emit dataChanged(index, this->index(index.row(), verdictColumn()));
    emit scoresChanged();
    return true;
}

void ScoreSheetModel::setComponents(const std::vector<std::pair<std::string, double>>& namesAndWeights)
{
    m_sheet->setComponents(namesAndWeights);
    beginResetModel();
    m_rows = m_sheet->rows();
    endResetModel();
    emit scoresChanged();
}

void ScoreSheetModel::recompute(core::ScoreRow& row) const
{
    row.result = core::weightedResult(m_sheet->components(), row.scores);
    row.passed = row.result && m_sheet->training().passes(*row.result);
}

} // namespace relawas::gui
