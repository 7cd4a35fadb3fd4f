#pragma once

#include "core/base/Clock.h"
#include "core/base/Progress.h"

#include <cstdint>
#include <string>

namespace relawas::core {

class Database;

struct DemoOptions
{
    long long people = 500;
    std::string underCode; // the villages under this region; empty: all of Indonesia
    std::uint64_t seed = 1;
    std::string actor = "demo";
    Date today = todayUtc();
};

struct DemoResult
{
    long long people = 0;
    long long roles = 0;
};

// Synthetic but realistic people for trying Relawas and for the screenshots and benchmarks: a kabupaten's
// structure first (3 Panwascam members and 2 secretariat staff per kecamatan, one PKD per village), then volunteers
// spread over the villages, one in 25 of them a koordinator kampung. Every NIK is valid and starts with the code of
// the person's kecamatan; names, phones, ages and target groups are plausible. The same seed gives the same people.
// Everything is written in one transaction (through the audited repositories).
DemoResult generateDemoPeople(Database& db, const DemoOptions& options, const Progress& progress = {});

} // namespace relawas::core
