#pragma once

#include <cstddef>
#include <functional>

namespace relawas::core {

// How long work reports back: `report` is called now and then with the work done so far, and the work stops with an
// Error of kind Cancelled as soon as `cancelled` answers true. Both may be empty. They are called on the worker's
// thread; the GUI hops to its own thread itself.
struct Progress
{
    std::function<void(std::size_t done, std::size_t total)> report;
    std::function<bool()> cancelled;

    void step(std::size_t done, std::size_t total) const;
};

} // namespace relawas::core
