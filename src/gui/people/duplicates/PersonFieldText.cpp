#include "people/duplicates/PersonFieldText.h"

#include "common/DateText.h"
#include "common/DomainText.h"
#include "core/people/checks/Phone.h"
#include "people/duplicates/VillageNames.h"

#include <QStringList>

namespace relawas::gui {

namespace {

QString text(const std::string& value)
{
    return QString::fromStdString(value);
}

} // namespace

QString PersonFieldText::label(std::string_view id)
{
    // clang-format off
    static const std::pair<std::string_view, const char*> labels[] = {
        {"nik", QT_TR_NOOP("NIK")},
        {"full_name", QT_TR_NOOP("Full name")},
        {"gender", QT_TR_NOOP("Gender")},
        {"birth_date", QT_TR_NOOP("Birth date")},
        {"birth_place", QT_TR_NOOP("Birth place")},
        {"village_code", QT_TR_NOOP("Village")},
        {"dusun", QT_TR_NOOP("Dusun")},
        {"rt", QT_TR_NOOP("RT")},
        {"rw", QT_TR_NOOP("RW")},
        {"phone", QT_TR_NOOP("Phone/WhatsApp")},
        {"email", QT_TR_NOOP("E-mail")},
        {"occupation", QT_TR_NOOP("Occupation")},
        {"education", QT_TR_NOOP("Education")},
        {"has_disability", QT_TR_NOOP("Has a disability")},
        {"disability_kind", QT_TR_NOOP("Kind of disability")},
        {"target_groups", QT_TR_NOOP("Target groups")},
        {"organisation", QT_TR_NOOP("Organisation")},
        {"no_party_declared_on", QT_TR_NOOP("Not a party member, declared on")},
        {"consent_on", QT_TR_NOOP("Consent to data processing on")},
        {"notes", QT_TR_NOOP("Notes")},
    };
    // clang-format on
    for (const auto& [fieldId, label] : labels) {
        if (fieldId == id) {
            return tr(label);
        }
    }
    return QString::fromUtf8(id.data(), qsizetype(id.size()));
}

QString PersonFieldText::value(const core::Person& p, std::string_view id, const VillageNames& villages)
{
    if (id == "nik") {
        return text(p.nik);
    }
    if (id == "full_name") {
        return text(p.fullName);
    }
    if (id == "gender") {
        return p.gender ? DomainText::gender(*p.gender) : QString();
    }
    if (id == "birth_date") {
        return formatUserDate(p.birthDate);
    }
    if (id == "birth_place") {
        return text(p.birthPlace);
    }
    if (id == "village_code") {
        return villages.name(p.villageCode);
    }
    if (id == "dusun") {
        return text(p.dusun);
    }
    if (id == "rt") {
        return text(p.rt);
    }
    if (id == "rw") {
        return text(p.rw);
    }
    if (id == "phone") {
        return p.phone.empty() ? QString() : text(core::formatPhoneForDisplay(p.phone));
    }
    if (id == "email") {
        return text(p.email);
    }
    if (id == "occupation") {
        return text(p.occupation);
    }
    if (id == "education") {
        return text(p.education);
    }
    if (id == "has_disability") {
        return p.hasDisability ? tr("Yes") : tr("No");
    }
    if (id == "disability_kind") {
        return text(p.disabilityKind);
    }
    if (id == "target_groups") {
        QStringList groups;
        for (const auto group : p.targetGroups) {
            groups << DomainText::targetGroup(group);
        }
        return groups.join(QStringLiteral(", "));
    }
    if (id == "organisation") {
        return text(p.organisation);
    }
    if (id == "no_party_declared_on") {
        return formatUserDate(p.noPartyDeclarationDate);
    }
    if (id == "consent_on") {
        return formatUserDate(p.consentDate);
    }
    if (id == "notes") {
        return text(p.notes);
    }
    return {};
}

} // namespace relawas::gui
