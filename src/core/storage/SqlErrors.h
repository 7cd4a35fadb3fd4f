#pragma once

#include "core/base/Error.h"

#include <string_view>

#include <SQLiteCpp/Exception.h>

namespace relawas::core {

// SQLite's own exceptions stop at the core's edge: what reaches the GUI or the CLI is a core::Error, "database.busy"
// when another program holds the file longer than the busy timeout, else "database.failed", with SQLite's words as
// the argument and `doing` (English, "reading the roster") in the message.
Error databaseError(const SQLite::Exception& e, std::string_view doing);

// Runs `work`, turning an SQLite exception into databaseError().
template<typename Work>
auto translatingSqliteErrors(std::string_view doing, Work&& work) -> decltype(work())
{
    try {
        return work();
    } catch (const SQLite::Exception& e) {
        throw databaseError(e, doing);
    }
}

} // namespace relawas::core
