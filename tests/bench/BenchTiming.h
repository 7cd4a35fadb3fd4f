#pragma once

// Timing helpers shared by the benchmarks: wall-clock milliseconds of one piece of work, and the median, 95th
// percentile and maximum of many.

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace relawas::bench {

inline double millisecondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

struct Stats
{
    double median;
    double p95;
    double max;
};

inline Stats statsOf(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&samples](double q) {
        return samples[std::min(samples.size() - 1, std::size_t(q * double(samples.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95), samples.back()};
}

} // namespace relawas::bench
