#pragma once

#include <memory>
#include <typeindex>
#include <utility>
#include <vector>

namespace relawas::core {

class UnitOfWork;

// Work that writes leave to do once, just before the outermost unit of work of the connection commits, in its
// transaction: a tally of what the unit's writes touched is counted again there, whichever door the writes came
// through (a registration, a merge, an import of a million people). A unit that rolls back drops it.
class BeforeCommit
{
public:
    virtual ~BeforeCommit() = default;
    virtual void run(UnitOfWork& unit) = 0;
};

// The units open on a connection and the work they left; held by the Database, used by UnitOfWork only.
struct OpenUnits
{
    int depth = 0;
    std::vector<std::pair<std::type_index, std::unique_ptr<BeforeCommit>>> work; // in the order first asked for
};

} // namespace relawas::core
