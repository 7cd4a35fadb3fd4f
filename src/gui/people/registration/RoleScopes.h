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
    enum class Level
    {
        Village,
        Kecamatan,
        Kabupaten
    };

    struct Choice
    {
        QString text; // "Durian — Sei Balai (12.19.07.2004)": names repeat, so the kecamatan and code come along
        QString code;
    };

    static Level levelOf(core::RoleKind kind);
    // Where a new role of `kind` starts unless the clerk chooses another: the person's village, its kecamatan, or
    // the working kabupaten.
    static std::string defaultFor(core::RoleKind kind, const std::string& villageCode,
                                  const std::string& kabupatenCode);
    // The regions of the working kabupaten a role of `kind` may cover, in code order.
    static std::vector<Choice> choicesFor(core::Database& db, core::RoleKind kind, const std::string& kabupatenCode);
    // "Durian (12.19.07.2004)"; the code alone for a region not in the list.
    static QString name(core::Database& db, const std::string& code);
};

} // namespace relawas::gui
