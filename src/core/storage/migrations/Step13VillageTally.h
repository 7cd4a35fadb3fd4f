#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 13: the volunteers of each village counted ahead (people/VillageTally), so that the figures of all of
// Indonesia read 83,762 rows instead of a million people and their roles. Empty here: counted when first asked for.
void createVillageTally(SQLite::Database& db);

} // namespace relawas::core
