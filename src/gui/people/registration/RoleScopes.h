#pragma once

#include "core/people/Person.h"

#include <string>
#include <vector>

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// Which region a role covers, as the registry's people hold them: a village for the village-level roles (relawan,
// koordinator kampung, PKD, PTPS), a kecamatan for the Panwascam and its secretariat, the working kabupaten (or one of
// its kecamatan) for speakers and trainers.
class RoleScopes
{
    Q_DECLARE_TR_FUNCTIONS(RoleScopes)

public:
    struct Choice
    {
        QString text; // "Durian — Sei Balai (12.19.07.2004)": names repeat, so the kecamatan and code come along
        QString code;
    };

    // The regions of the working kabupaten a role of `kind` may cover, in code order.
    static std::vector<Choice> choicesFor(core::Database& db, core::RoleKind kind, const std::string& kabupatenCode);
    // "Durian (12.19.07.2004)"; the code alone for a region not in the list.
    static QString name(core::Database& db, const std::string& code);
};

} // namespace relawas::gui
