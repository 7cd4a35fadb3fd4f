#include "people/duplicates/DuplicatePairModel.h"

#include "common/DateText.h"
#include "core/base/Error.h"
#include "core/people/checks/Nik.h"
#include "core/roster/RosterExport.h"
#include "core/storage/Database.h"

#include <algorithm>
#include <climits>

#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace relawas::gui {

DuplicatePairModel::DuplicatePairModel(const std::filesystem::path& databasePath, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::make_unique<core::Database>(databasePath, core::Database::Upgrade::No))
    , m_finder(*m_db)
    , m_villages(*m_db)
{}

DuplicatePairModel::~DuplicatePairModel() = default;

void DuplicatePairModel::setQuery(const QString& scopeCode, int threshold)
{
    beginResetModel();
    m_scope = scopeCode.toStdString();
    m_threshold = threshold;
    m_total = 0;
    m_pages.clear();
    endResetModel();
}

qint64 DuplicatePairModel::computePairs(const core::Progress& progress)
{
    return m_finder.probablePairCount(m_scope, m_threshold, progress);
}

void DuplicatePairModel::setPairCount(qint64 count)
{
    beginResetModel();
    m_total = count;
    m_pages.clear();
    endResetModel();
}

int DuplicatePairModel::cachedRowCount() const
{
    return m_pages.heldRows();
}

const core::DuplicateFinder::Pair* DuplicatePairModel::pairAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    return m_pages.at(row, [this](long long offset, int limit) {
        try {
            return m_finder.probablePairs(m_scope, m_threshold, int(offset), limit);
        } catch (const core::Error& e) { // an empty page, logged
            spdlog::error("reading probable duplicates from {} failed: {}", offset, e.what());
            return std::vector<core::DuplicateFinder::Pair>{};
        }
    });
}

int DuplicatePairModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, INT_MAX));
}

int DuplicatePairModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicatePairModel::villagesText(const core::DuplicateFinder::Pair& pair) const
{
    const QString a = m_villages.name(pair.a.villageCode);
    const QString b = m_villages.name(pair.b.villageCode);
    if (a == b || b.isEmpty()) {
        return a;
    }
    return a.isEmpty() ? b : tr("%1 / %2").arg(a, b);
}

// The finder explains a pair in English for logs and the CLI; the list says it in the user's language.
QString DuplicatePairModel::reasonsText(const std::vector<std::string>& reasons)
{
    static const QRegularExpression alike(QStringLiteral("^name (\\d+)% alike, same birth date$"));
    QStringList texts;
    for (const std::string& reason : reasons) {
        const QString text = QString::fromStdString(reason);
        if (const auto match = alike.match(text); match.hasMatch()) {
            texts << tr("name %1% alike, same birth date").arg(match.captured(1));
        } else if (reason == "same village") {
            texts << tr("same village");
        } else if (reason == "same phone") {
            texts << tr("same phone");
        } else if (reason == "different gender") {
            texts << tr("different gender");
        } else if (reason == "different NIK") {
            texts << tr("different NIK");
        } else if (reason == "another kecamatan") {
            texts << tr("another kecamatan");
        } else if (reason == "common name") {
            texts << tr("a name many share");
        } else {
            texts << text;
        }
    }
    return texts.join(QStringLiteral(", "));
}

QVariant DuplicatePairModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const core::DuplicateFinder::Pair* pair = pairAt(index.row());
    if (!pair) {
        return {};
    }
    switch (role) {
    case UuidARole:
        return QString::fromStdString(pair->a.personUuid);
    case UuidBRole:
        return QString::fromStdString(pair->b.personUuid);
    case Qt::TextAlignmentRole:
        return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: // names, villages and reasons too long for their columns are read whole here
        if (index.column() == ScoreColumn || index.column() == NikAColumn || index.column() == NikBColumn) {
            return {};
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case ScoreColumn:
        return pair->score;
    case NameAColumn:
        return QString::fromStdString(pair->a.fullName);
    case NameBColumn:
        return QString::fromStdString(pair->b.fullName);
    case BirthDateColumn: {
        const QString a = formatUserDate(pair->a.birthDate);
        const QString b = formatUserDate(pair->b.birthDate);
        return a == b ? a : tr("%1 / %2").arg(a, b);
    }
    case VillageColumn:
        return villagesText(*pair);
    case NikAColumn:
        return QString::fromStdString(core::maskNik(std::string_view(pair->a.nik)));
    case NikBColumn:
        return QString::fromStdString(core::maskNik(std::string_view(pair->b.nik)));
    case ReasonsColumn:
        return reasonsText(pair->a.reasons);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DuplicatePairModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case ScoreColumn:
        return tr("Score");
    case NameAColumn:
        return tr("Name (A)");
    case NameBColumn:
        return tr("Name (B)");
    case BirthDateColumn:
        return tr("Birth date");
    case VillageColumn:
        return tr("Village");
    case NikAColumn:
        return tr("NIK (A)");
    case NikBColumn:
        return tr("NIK (B)");
    case ReasonsColumn:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace relawas::gui
