#include "core/base/Progress.h"

#include "core/base/Error.h"

namespace relawas::core {

void Progress::step(std::size_t done, std::size_t total) const
{
    if (cancelled && cancelled()) {
        throw Error(ErrorKind::Cancelled, "operation.cancelled", "cancelled by the user");
    }
    if (report) {
        report(done, total);
    }
}

} // namespace relawas::core
