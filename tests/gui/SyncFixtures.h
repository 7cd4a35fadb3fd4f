#pragma once

#include <filesystem>

namespace relawas::core {
class Database;
}

namespace relawas::testing {

// Reports exchanged with a district's database, as the synchronisation screen shows them: Panwascam Sei Balai's laptop
// sent two full reports, and in between both sides changed the same people (a phone on both sides, a name there and
// an occupation here, a person removed there and corrected here). Panwascam Medang Deras's first report waits in
// `folder`, from a sender the district has not trusted yet; its path is returned.
std::filesystem::path addSyncExamples(core::Database& district, const std::filesystem::path& folder);

} // namespace relawas::testing
