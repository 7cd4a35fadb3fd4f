#pragma once

#include "core/base/Error.h"

#include <string>

namespace relawas::tests {

// The code of the core::Error that `call` throws ("person.stale", "import.xlsx_damaged"), or "no error".
template<typename Call>
std::string errorCodeOf(Call&& call)
{
    try {
        call();
    } catch (const core::Error& error) {
        return error.code();
    }
    return "no error";
}

} // namespace relawas::tests
