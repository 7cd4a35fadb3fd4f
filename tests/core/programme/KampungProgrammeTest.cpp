#include "core/programme/KampungProgramme.h"

#include <catch2/catch.hpp>
#include <functional>
#include <limits>

using namespace relawas::core;
using namespace std::chrono_literals;

namespace {

constexpr Date kToday = 2024y / std::chrono::November / 28d;

// Desa Durian in Medang Deras, designated by the Bupati's decree in March with a three-year MoU: every rule holds.
KampungProgramme designatedDurian()
{
    KampungProgramme p;
    p.villageCode = "12.19.01.2004";
    p.stage = KampungStage::Designated;
    p.skNumber = "188.45/12/BB/2024";
    p.skDate = 2024y / std::chrono::March / 1d;
    p.assessmentScore = 72.5;
    p.vulnerability = Vulnerability::Sedang;
    p.mouEndDate = 2027y / std::chrono::March / 1d;
    return p;
}

struct Violated
{
    KampungField field;
    std::string code;
    bool operator==(const Violated&) const = default;
};

std::vector<Violated> violationsOf(const KampungProgramme& programme)
{
    std::vector<Violated> found;
    for (const auto& violation : checkKampungProgramme(programme, kToday)) {
        CHECK_FALSE(violation.message.empty());
        found.push_back({violation.field, violation.code});
    }
    return found;
}

struct RuleCase
{
    std::string story;
    std::function<void(KampungProgramme&)> change;
    std::vector<Violated> expected;
};

} // namespace

namespace Catch {
template<>
struct StringMaker<Violated>
{
    static std::string convert(const Violated& v) { return std::string(kampungFieldId(v.field)) + ": " + v.code; }
};
} // namespace Catch

TEST_CASE("A designated village with its decree, assessment and MoU breaks no rule", "[kampung-rules]")
{
    CHECK(violationsOf(designatedDurian()).empty());

    KampungProgramme candidate;
    candidate.villageCode = "12.19.01.2004";
    CHECK(violationsOf(candidate).empty());
}

TEST_CASE("Each programme rule names the field it concerns", "[kampung-rules]")
{
    using F = KampungField;
    const auto rule = GENERATE(values<RuleCase>({
        // The assessment score lies between 0 and 100, whatever the stage.
        {"a score below 0", [](auto& p) { p.assessmentScore = -0.5; }, {{F::AssessmentScore, "kampung.score_range"}}},
        {"a score above 100", [](auto& p) { p.assessmentScore = 100.5; },
         {{F::AssessmentScore, "kampung.score_range"}}},
        {"a score that is not a number",
         [](auto& p) { p.assessmentScore = std::numeric_limits<double>::quiet_NaN(); },
         {{F::AssessmentScore, "kampung.score_range"}}},
        {"a score of exactly 0", [](auto& p) { p.assessmentScore = 0.0; }, {}},
        {"a score of exactly 100", [](auto& p) { p.assessmentScore = 100.0; }, {}},
        {"a candidate with a score out of range",
         [](auto& p) {
             p = KampungProgramme{};
             p.assessmentScore = 150.0;
         },
         {{F::AssessmentScore, "kampung.score_range"}}},

        // Assessed, designated and launched villages carry their assessment.
        {"an assessed village without its score",
         [](auto& p) {
             p.stage = KampungStage::Assessed;
             p.assessmentScore.reset();
         },
         {{F::AssessmentScore, "kampung.score_required"}}},
        {"an assessed village without its vulnerability",
         [](auto& p) {
             p.stage = KampungStage::Assessed;
             p.vulnerability.reset();
         },
         {{F::Vulnerability, "kampung.vulnerability_required"}}},
        {"a launched village without any assessment",
         [](auto& p) {
             p.stage = KampungStage::Launched;
             p.assessmentScore.reset();
             p.vulnerability.reset();
         },
         {{F::AssessmentScore, "kampung.score_required"}, {F::Vulnerability, "kampung.vulnerability_required"}}},
        {"an inactive village keeps no obligations",
         [](auto& p) {
             p = KampungProgramme{};
             p.stage = KampungStage::Inactive;
         },
         {}},

        // Designated and launched villages carry their decree.
        {"a designated village without its SK number", [](auto& p) { p.skNumber.clear(); },
         {{F::SkNumber, "kampung.sk_number_required"}}},
        {"a designated village without its SK date",
         [](auto& p) {
             p.skDate.reset();
             p.mouEndDate.reset();
         },
         {{F::SkDate, "kampung.sk_date_required"}}},
        {"a launched village without its decree",
         [](auto& p) {
             p.stage = KampungStage::Launched;
             p.skNumber.clear();
             p.skDate.reset();
         },
         {{F::SkNumber, "kampung.sk_number_required"}, {F::SkDate, "kampung.sk_date_required"}}},
        {"an assessed village needs no decree",
         [](auto& p) {
             p.stage = KampungStage::Assessed;
             p.skNumber.clear();
             p.skDate.reset();
             p.mouEndDate.reset();
         },
         {}},

        // SK numbers as the offices write them, and what is not one.
        {"a regency decree number", [](auto& p) { p.skNumber = "188.45/12/BB/2024"; }, {}},
        {"a Bawaslu decree number", [](auto& p) { p.skNumber = "SK-01/K.SU-19/PP.01.02/2024"; }, {}},
        {"a number with words, an underscore and brackets",
         [](auto& p) { p.skNumber = "Nomor 141_12 (Perubahan) Tahun 2024"; }, {}},
        {"a number of 100 characters", [](auto& p) { p.skNumber = std::string(96, 'A') + "2024"; }, {}},
        {"a number of 101 characters", [](auto& p) { p.skNumber = std::string(97, 'A') + "2024"; },
         {{F::SkNumber, "kampung.sk_number_format"}}},
        {"letters without a digit", [](auto& p) { p.skNumber = "abc"; }, {{F::SkNumber, "kampung.sk_number_format"}}},
        {"a character outside the set", [](auto& p) { p.skNumber = "12#3"; },
         {{F::SkNumber, "kampung.sk_number_format"}}},
        {"a leading space", [](auto& p) { p.skNumber = " 188.45/12/BB/2024"; },
         {{F::SkNumber, "kampung.sk_number_format"}}},
        {"a trailing space", [](auto& p) { p.skNumber = "188.45/12/BB/2024 "; },
         {{F::SkNumber, "kampung.sk_number_format"}}},
        {"a malformed number on a candidate is still refused",
         [](auto& p) {
             p = KampungProgramme{};
             p.skNumber = "abc";
         },
         {{F::SkNumber, "kampung.sk_number_format"}}},

        // Dates: the decree is not in the future, the MoU runs past it.
        {"an SK dated tomorrow",
         [](auto& p) { p.skDate = Date{std::chrono::sys_days{kToday} + std::chrono::days{1}}; },
         {{F::SkDate, "kampung.sk_date_future"}}},
        {"an SK dated today", [](auto& p) { p.skDate = kToday; }, {}},
        {"an MoU ending on the SK date", [](auto& p) { p.mouEndDate = p.skDate; },
         {{F::MouEndDate, "kampung.mou_before_sk"}}},
        {"an MoU ending before the SK date", [](auto& p) { p.mouEndDate = 2023y / std::chrono::December / 31d; },
         {{F::MouEndDate, "kampung.mou_before_sk"}}},
        {"an MoU ending the day after the SK date", [](auto& p) { p.mouEndDate = 2024y / std::chrono::March / 2d; },
         {}},
        {"an MoU without an SK date, on an assessed village",
         [](auto& p) {
             p.stage = KampungStage::Assessed;
             p.skNumber.clear();
             p.skDate.reset();
         },
         {}},
    }));
    CAPTURE(rule.story);

    KampungProgramme programme = designatedDurian();
    rule.change(programme);

    CHECK(violationsOf(programme) == rule.expected);
}

TEST_CASE("Stage and vulnerability ids round-trip, and unknown ids are refused", "[kampung-rules]")
{
    std::vector<std::string> stageIds;
    for (const KampungStage stage : kAllKampungStages) {
        stageIds.emplace_back(kampungStageId(stage));
        CHECK(kampungStageFromId(kampungStageId(stage)) == stage);
    }
    CHECK(stageIds == std::vector<std::string>{"candidate", "assessed", "designated", "launched", "inactive"});

    std::vector<std::string> vulnerabilityIds;
    for (const Vulnerability level : kAllVulnerabilities) {
        vulnerabilityIds.emplace_back(vulnerabilityId(level));
        CHECK(vulnerabilityFromId(vulnerabilityId(level)) == level);
    }
    CHECK(vulnerabilityIds == std::vector<std::string>{"rendah", "sedang", "tinggi"});

    CHECK_FALSE(kampungStageFromId("Designated"));
    CHECK_FALSE(kampungStageFromId(""));
    CHECK_FALSE(vulnerabilityFromId("sangat tinggi"));
}
