#include "DomainText.h"

namespace relawas::gui {

QString DomainText::level(core::RegionLevel level)
{
    switch (level) {
    case core::RegionLevel::Provinsi:
        return tr("Province");
    case core::RegionLevel::Kabupaten:
        return tr("Regency");
    case core::RegionLevel::Kota:
        return tr("City");
    case core::RegionLevel::Kecamatan:
        return tr("District");
    case core::RegionLevel::Desa:
        return tr("Village (desa)");
    case core::RegionLevel::Kelurahan:
        return tr("Urban village (kelurahan)");
    }
    return {};
}

QString DomainText::stage(core::KampungStage stage)
{
    switch (stage) {
    case core::KampungStage::Candidate:
        return tr("Candidate");
    case core::KampungStage::Assessed:
        return tr("Assessed");
    case core::KampungStage::Designated:
        return tr("Designated (SK)");
    case core::KampungStage::Launched:
        return tr("Launched");
    case core::KampungStage::Inactive:
        return tr("Inactive");
    }
    return {};
}

QString DomainText::vulnerability(core::Vulnerability level)
{
    switch (level) {
    case core::Vulnerability::Rendah:
        return tr("Low");
    case core::Vulnerability::Sedang:
        return tr("Medium");
    case core::Vulnerability::Tinggi:
        return tr("High");
    }
    return {};
}

QString DomainText::field(core::KampungField field)
{
    switch (field) {
    case core::KampungField::Stage:
        return tr("Programme status");
    case core::KampungField::SkNumber:
        return tr("SK number");
    case core::KampungField::SkDate:
        return tr("SK date");
    case core::KampungField::AssessmentScore:
        return tr("Assessment score");
    case core::KampungField::Vulnerability:
        return tr("Vulnerability");
    case core::KampungField::MouEndDate:
        return tr("MoU end date");
    case core::KampungField::Notes:
        return tr("Notes");
    }
    return {};
}

} // namespace relawas::gui
