#include "core/storage/SqlErrors.h"

#include <fmt/format.h>
#include <sqlite3.h>

namespace relawas::core {

Error databaseError(const SQLite::Exception& e, std::string_view doing)
{
    const int primary = e.getErrorCode() & 0xFF;
    const bool busy = primary == SQLITE_BUSY || primary == SQLITE_LOCKED;
    return Error(ErrorKind::Internal, busy ? "database.busy" : "database.failed",
                 fmt::format("{} failed: {}", doing, e.what()), std::string(doing), {e.what()});
}

} // namespace relawas::core
