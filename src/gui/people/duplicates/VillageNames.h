#pragma once

#include <string>
#include <unordered_map>

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// A village as the duplicate review names it: "Durian (Sei Balai)", with its kecamatan, because names are not unique.
// Each code is looked up once.
class VillageNames
{
    Q_DECLARE_TR_FUNCTIONS(VillageNames)

public:
    explicit VillageNames(core::Database& db);

    QString name(const std::string& code) const; // the code itself when it is not in the list; empty for none

private:
    core::Database& m_db;
    mutable std::unordered_map<std::string, QString> m_names;
};

} // namespace relawas::gui
