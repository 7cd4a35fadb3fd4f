#pragma once

#include "core/organising/ScoreSheet.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QAbstractTableModel>

namespace relawas::gui {

struct Session;

// The score sheet of a graded training as a table to type into: a row per participant (No, Nama, Kecamatan), a
// column per component ("Pretest (15%)"), then the weighted result and pass or fail, computed again as each score is
// typed. Every score is saved the moment it is entered, through core's ScoreSheet, so nothing typed is lost.
class ScoreSheetModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScoreSheetModel)

public:
    enum Column
    {
        NumberColumn,
        NameColumn,
        OriginColumn,
        FirstComponentColumn // then one per component, the result and the verdict
    };

    // Opens the sheet (a P2P class gets the default components the first time). Throws core::Error.
    ScoreSheetModel(Session& session, const std::string& trainingUuid, QObject* parent = nullptr);
    ~ScoreSheetModel() override;

    const core::ScoreSheet& sheet() const { return *m_sheet; }
    int resultColumn() const;
    int verdictColumn() const;
    bool isScoreColumn(int column) const;
    // How many have every score in, and how many of those passed.
    int completeCount() const;
    int passedCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // A score typed as the user writes it ("78", "78,5", "78.5"), or empty to clear it. Refuses anything but a
    // number from 0 to 100 and says why through problem().
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    // Renames and reweighs the components (core's rules: names, 0-100, a sum of 100); the results follow. Throws
    // core::Error.
    void setComponents(const std::vector<std::pair<std::string, double>>& namesAndWeights);

    // A score as typed: the number, none for an empty text; false when it is no number from 0 to 100.
    static bool parseScore(const QString& text, std::optional<double>& score);

signals:
    // A score was refused (the text, why) or could not be saved.
    void problem(const QString& text);
    // A score was saved: the counts under the table change.
    void scoresChanged();

private:
    void recompute(core::ScoreRow& row) const;

    Session& m_session;
    std::unique_ptr<core::ScoreSheet> m_sheet;
    std::vector<core::ScoreRow> m_rows;
};

} // namespace relawas::gui
