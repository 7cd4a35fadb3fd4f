#include "core/base/Sodium.h"

#include "core/base/Error.h"

#include <sodium.h>

namespace relawas::core {

void requireSodium()
{
    if (sodium_init() < 0) {
        throw Error(ErrorKind::Internal, "crypto.unavailable", "libsodium could not be initialised");
    }
}

} // namespace relawas::core
