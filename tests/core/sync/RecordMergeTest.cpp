// The three-way merge of one record's fields, alone: what each side changed since the base.
#include "core/sync/RecordMerge.h"

#include <catch2/catch.hpp>

using namespace relawas::core;
using json = nlohmann::json;

TEST_CASE("A field changed on one side is taken from it; the same field changed on both is a hard conflict",
          "[sync][merge]")
{
    const json base{{"full_name", "Abdul"}, {"phone", "+6281200000000"}, {"occupation", "Guru"}};

    SECTION("nothing differs")
    {
        CHECK(mergeRecordFields(base, base, base).outcome == MergeOutcome::Unchanged);
    }
    SECTION("only theirs changed")
    {
        json theirs = base;
        theirs["phone"] = "+6281299990000";
        const auto merged = mergeRecordFields(base, base, theirs);
        CHECK(merged.outcome == MergeOutcome::TakeTheirs);
        CHECK(merged.merged == theirs);
    }
    SECTION("only ours changed")
    {
        json ours = base;
        ours["occupation"] = "Petani";
        const auto merged = mergeRecordFields(base, ours, base);
        CHECK(merged.outcome == MergeOutcome::KeepOurs);
        CHECK(merged.merged == ours);
    }
    SECTION("each changed another field: both kept, each a soft conflict")
    {
        json ours = base;
        ours["occupation"] = "Petani";
        json theirs = base;
        theirs["phone"] = "+6281299990000";
        const auto merged = mergeRecordFields(base, ours, theirs);
        CHECK(merged.outcome == MergeOutcome::Merged);
        CHECK(merged.merged.at("occupation") == "Petani");
        CHECK(merged.merged.at("phone") == "+6281299990000");
        REQUIRE(merged.fields.size() == 2);
        for (const auto& field : merged.fields) {
            CHECK_FALSE(field.hard);
            CHECK(field.fromTheirs == (field.field == "phone"));
        }
    }
    SECTION("both changed the same field differently: ours kept until a person decides, the rest merged")
    {
        json ours = base;
        ours["full_name"] = "Abdul Rachman";
        json theirs = base;
        theirs["full_name"] = "Abdul Rahman";
        theirs["phone"] = "+6281299990000";
        const auto merged = mergeRecordFields(base, ours, theirs);
        CHECK(merged.outcome == MergeOutcome::Conflict);
        CHECK(merged.merged.at("full_name") == "Abdul Rachman");
        CHECK(merged.merged.at("phone") == "+6281299990000");
        const auto hard =
            std::find_if(merged.fields.begin(), merged.fields.end(), [](const auto& f) { return f.hard; });
        REQUIRE(hard != merged.fields.end());
        CHECK(hard->field == "full_name");
        CHECK(hard->base == "Abdul");
        CHECK(hard->ours == "Abdul Rachman");
        CHECK(hard->theirs == "Abdul Rahman");
    }
    SECTION("both changed the same field to the same value: nothing to decide")
    {
        json ours = base;
        ours["full_name"] = "Abdul Rahman";
        CHECK(mergeRecordFields(base, ours, ours).outcome == MergeOutcome::Unchanged);
    }
    SECTION("without a base, every difference is for a person")
    {
        json theirs = base;
        theirs["phone"] = "+6281299990000";
        const auto merged = mergeRecordFields(json(), base, theirs);
        CHECK(merged.outcome == MergeOutcome::Conflict);
        CHECK(merged.merged == base);
    }
}
