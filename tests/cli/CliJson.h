#pragma once

// A command's JSON answer, for tests that run relawas-cli with --json (Catch2 and nlohmann/json included).

#include "CliRun.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace relawas::clitest {

// The JSON the run printed; the run must have succeeded (its output is shown when it did not).
inline nlohmann::json jsonOf(const Run& run)
{
    INFO(run.out << run.err);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

} // namespace relawas::clitest
