#pragma once

namespace SQLite {
class Database;
}

namespace relawas::core {

// Schema step 9: what trainers need. A training's capacity, notes and pass mark; invitations with their part and
// status; card codes people show at the door; every check-in attempt as a fact, failures too; a mistaken check-in
// annulled with its reason instead of deleted; P2P score components and scores; certificates with their numbers.
void createCheckInDesk(SQLite::Database& db);

} // namespace relawas::core
