#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 6: trainings (Rakernis, P2P, Forum Warga, sosialisasi, bimtek) and who attended them, day by day.
void createTrainings(SQLite::Database& db);

} // namespace relawas::core
