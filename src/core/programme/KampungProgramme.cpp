#include "core/programme/KampungProgramme.h"

#include <algorithm>

namespace relawas::core {

std::string_view kampungStageId(KampungStage stage)
{
    switch (stage) {
    case KampungStage::Candidate:
        return "candidate";
    case KampungStage::Assessed:
        return "assessed";
    case KampungStage::Designated:
        return "designated";
    case KampungStage::Launched:
        return "launched";
    case KampungStage::Inactive:
        return "inactive";
    }
    return "candidate";
}

std::optional<KampungStage> kampungStageFromId(std::string_view id)
{
    for (const KampungStage stage : kAllKampungStages) {
        if (kampungStageId(stage) == id) {
            return stage;
        }
    }
    return std::nullopt;
}

std::string_view vulnerabilityId(Vulnerability level)
{
    switch (level) {
    case Vulnerability::Rendah:
        return "rendah";
    case Vulnerability::Sedang:
        return "sedang";
    case Vulnerability::Tinggi:
        return "tinggi";
    }
    return "rendah";
}

std::optional<Vulnerability> vulnerabilityFromId(std::string_view id)
{
    for (const Vulnerability level : kAllVulnerabilities) {
        if (vulnerabilityId(level) == id) {
            return level;
        }
    }
    return std::nullopt;
}

std::string_view kampungFieldId(KampungField field)
{
    switch (field) {
    case KampungField::Stage:
        return "status";
    case KampungField::SkNumber:
        return "sk_number";
    case KampungField::SkDate:
        return "sk_date";
    case KampungField::AssessmentScore:
        return "assessment_score";
    case KampungField::Vulnerability:
        return "vulnerability";
    case KampungField::MouEndDate:
        return "mou_end_date";
    case KampungField::Notes:
        return "notes";
    }
    return "status";
}

bool KampungProgramme::sameContent(const KampungProgramme& other) const
{
    return villageCode == other.villageCode && stage == other.stage && skNumber == other.skNumber &&
           skDate == other.skDate && assessmentScore == other.assessmentScore && vulnerability == other.vulnerability &&
           mouEndDate == other.mouEndDate && notes == other.notes;
}

namespace {

bool isSkNumberChar(unsigned char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == ' ' || c == '.' ||
           c == '/' || c == '-' || c == '_' || c == '(' || c == ')';
}

bool needsAssessment(KampungStage stage)
{
    return stage == KampungStage::Assessed || stage == KampungStage::Designated || stage == KampungStage::Launched;
}

bool needsDecree(KampungStage stage)
{
    return stage == KampungStage::Designated || stage == KampungStage::Launched;
}

} // namespace

std::vector<RuleViolation> checkKampungProgramme(const KampungProgramme& p, const Date& today)
{
    std::vector<RuleViolation> found;
    const auto add = [&found](KampungField field, const char* code, const char* message) {
        found.push_back({field, code, message});
    };

    if (p.assessmentScore && !(*p.assessmentScore >= 0.0 && *p.assessmentScore <= 100.0)) {
        add(KampungField::AssessmentScore, "kampung.score_range", "the assessment score must lie between 0 and 100");
    }
    if (needsAssessment(p.stage)) {
        if (!p.assessmentScore) {
            add(KampungField::AssessmentScore, "kampung.score_required",
                "an assessed village needs its assessment score");
        }
        if (!p.vulnerability) {
            add(KampungField::Vulnerability, "kampung.vulnerability_required",
                "an assessed village needs its vulnerability level");
        }
    }

    if (!p.skNumber.empty()) {
        const bool charsOk = std::all_of(p.skNumber.begin(), p.skNumber.end(),
                                         [](char c) { return isSkNumberChar(static_cast<unsigned char>(c)); });
        const bool hasDigit =
            std::any_of(p.skNumber.begin(), p.skNumber.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!charsOk || !hasDigit || p.skNumber.size() > kMaxSkNumberLength || p.skNumber.front() == ' ' ||
            p.skNumber.back() == ' ') {
            add(KampungField::SkNumber, "kampung.sk_number_format",
                "an SK number holds a digit and only letters, digits, spaces and . / - _ ( )");
        }
    }
    if (needsDecree(p.stage)) {
        if (p.skNumber.empty()) {
            add(KampungField::SkNumber, "kampung.sk_number_required", "a designated village needs its SK number");
        }
        if (!p.skDate) {
            add(KampungField::SkDate, "kampung.sk_date_required", "a designated village needs its SK date");
        }
    }
    if (p.skDate && *p.skDate > today) {
        add(KampungField::SkDate, "kampung.sk_date_future", "the SK date lies in the future");
    }
    if (p.mouEndDate && p.skDate && *p.mouEndDate <= *p.skDate) {
        add(KampungField::MouEndDate, "kampung.mou_before_sk", "the MoU must end after the SK date");
    }
    return found;
}

} // namespace relawas::core
