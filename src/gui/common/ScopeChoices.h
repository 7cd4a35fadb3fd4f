#pragma once

#include <QCoreApplication>
#include <QString>

class QComboBox;

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// The regions a training is organised for, people are invited from or a report covers: the working kabupaten and
// each of its kecamatan, named with their codes ("Sei Balai (12.19.07)"), as the role editor names them.
class ScopeChoices
{
    Q_DECLARE_TR_FUNCTIONS(ScopeChoices)

public:
    // Fills `combo` with the kabupaten, then its kecamatan in code order; each item's data is the code.
    static void fill(QComboBox* combo, core::Database& db, const QString& kabupatenCode);
    // Chooses `code`, adding it at the end when it is not among the choices (a training of a village, or of no region:
    // an empty code), so that editing a training never changes its scope unasked.
    static void choose(QComboBox* combo, core::Database& db, const QString& code);
    // "Sei Balai (12.19.07)"; "not given" for an empty code; the code alone for one not in the list.
    static QString name(core::Database& db, const QString& code);
};

} // namespace relawas::gui
