#pragma once

#include "core/base/Clock.h"
#include "core/base/RecordMeta.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

// The path of a village through the Kampung Pengawasan Partisipatif programme.
enum class KampungStage
{
    Candidate,  // named as a possible kampung
    Assessed,   // demography, organisations and vulnerability assessed
    Designated, // decreed by an SK
    Launched,   // launched publicly
    Inactive    // no longer active
};

// Vulnerability level from the assessment, after the Indeks Kerawanan Pemilu.
enum class Vulnerability
{
    Rendah,
    Sedang,
    Tinggi
};

inline constexpr KampungStage kAllKampungStages[] = {KampungStage::Candidate, KampungStage::Assessed,
                                                     KampungStage::Designated, KampungStage::Launched,
                                                     KampungStage::Inactive};
inline constexpr Vulnerability kAllVulnerabilities[] = {Vulnerability::Rendah, Vulnerability::Sedang,
                                                        Vulnerability::Tinggi};

std::string_view kampungStageId(KampungStage stage); // "candidate", "assessed", ...
std::optional<KampungStage> kampungStageFromId(std::string_view id);
std::string_view vulnerabilityId(Vulnerability level); // "rendah", "sedang", "tinggi"
std::optional<Vulnerability> vulnerabilityFromId(std::string_view id);

struct KampungProgramme
{
    std::string villageCode;
    KampungStage stage = KampungStage::Candidate;
    std::string skNumber;
    std::optional<Date> skDate;
    std::optional<double> assessmentScore; // 0-100
    std::optional<Vulnerability> vulnerability;
    std::optional<Date> mouEndDate;
    std::string notes;
    RecordMeta meta;

    // Same programme facts, whatever the record's metadata.
    bool sameContent(const KampungProgramme& other) const;
};

enum class KampungField
{
    Stage,
    SkNumber,
    SkDate,
    AssessmentScore,
    Vulnerability,
    MouEndDate,
    Notes
};

std::string_view kampungFieldId(KampungField field); // "status", "sk_number", ...

struct RuleViolation
{
    KampungField field;
    std::string code;    // "kampung.sk_required", ...
    std::string message; // English
};

inline constexpr std::size_t kMaxSkNumberLength = 100;

// The programme rules. An empty result means the record may be saved.
// - An assessed, designated or launched village has an assessment score (0-100) and a vulnerability level.
// - A designated or launched village has an SK number and SK date.
// - An SK number holds at least one digit and only letters, digits, spaces and . / - _ ( ), at most 100 characters.
// - The SK date is not after `today`; the MoU ends after the SK date.
std::vector<RuleViolation> checkKampungProgramme(const KampungProgramme& programme, const Date& today);

} // namespace relawas::core
