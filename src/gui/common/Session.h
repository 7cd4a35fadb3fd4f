#pragma once

#include <string>

#include <QString>

namespace relawas::core {
class Database;
}

namespace relawas::gui {

// What every screen works with: the open database, who is at the keyboard (stamped on every change) and the
// working kabupaten/kota chosen on first run.
struct Session
{
    core::Database& database;
    std::string actor;
    QString kabupatenCode;
};

// "user@host" of the person running the program, for created_by / updated_by.
std::string currentActor();

} // namespace relawas::gui
