#include "core/base/Uuid.h"

#include <catch2/catch.hpp>
#include <chrono>
#include <set>

using namespace relawas::core;

TEST_CASE("A new id is a lowercase UUID of version 7 and the RFC variant", "[uuid]")
{
    const std::string id = newUuidV7();

    CHECK(id.size() == 36);
    CHECK(isUuid(id));
    CHECK(id[8] == '-');
    CHECK(id[13] == '-');
    CHECK(id[18] == '-');
    CHECK(id[23] == '-');
    CHECK(id[14] == '7');
    CHECK(std::string("89ab").find(id[19]) != std::string::npos);
}

TEST_CASE("A new id starts with the current time in milliseconds", "[uuid]")
{
    using namespace std::chrono;
    const auto before = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    const std::string id = newUuidV7();
    const auto after = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();

    const long long stamp = std::stoll(id.substr(0, 8) + id.substr(9, 4), nullptr, 16);
    CHECK(stamp >= before);
    CHECK(stamp <= after);
}

TEST_CASE("Ids minted one after another sort in the order they were made and never repeat", "[uuid]")
{
    std::vector<std::string> ids;
    for (int i = 0; i < 1000; ++i) {
        ids.push_back(newUuidV7());
    }

    for (std::size_t i = 1; i < ids.size(); ++i) {
        INFO(ids[i - 1] << " then " << ids[i]);
        REQUIRE(ids[i - 1] < ids[i]);
    }
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == ids.size());
}

TEST_CASE("isUuid refuses text that is not a lowercase UUID", "[uuid]")
{
    CHECK(isUuid("01890a5d-ac96-774b-bcce-b302099a8057"));
    CHECK_FALSE(isUuid(""));
    CHECK_FALSE(isUuid("01890A5D-AC96-774B-BCCE-B302099A8057"));
    CHECK_FALSE(isUuid("01890a5d-ac96-774b-bcce-b302099a805"));
    CHECK_FALSE(isUuid("01890a5d-ac96-774b-bcce-b302099a80577"));
    CHECK_FALSE(isUuid("01890a5dac96-774b-bcce-b302099a8057-"));
    CHECK_FALSE(isUuid("01890a5d-ac96-774b-bcce-b302099a805g"));
    CHECK_FALSE(isUuid("{1890a5d-ac96-774b-bcce-b302099a8057}"));
}
