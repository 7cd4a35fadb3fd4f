#pragma once

#include "core/people/Person.h"
#include "core/programme/KampungProgramme.h"
#include "core/regions/Region.h"
#include "core/trainings/Invitation.h"
#include "core/trainings/Training.h"

#include <string>

#include <QCoreApplication>
#include <QString>

namespace relawas::gui {

// The translated names of core's enumerations, in one place so every screen says them the same way.
class DomainText
{
    Q_DECLARE_TR_FUNCTIONS(DomainText)

public:
    static QString level(core::RegionLevel level);
    static QString stage(core::KampungStage stage);
    static QString vulnerability(core::Vulnerability level);
    static QString field(core::KampungField field);
    static QString gender(core::Gender gender);
    static QString role(core::RoleKind role);
    static QString targetGroup(core::TargetGroup group);
    static QString trainingKind(core::TrainingKind kind);
    static QString part(core::InvitationPart part);
    static QString invitationStatus(core::InvitationStatus status);
    // Who the audit log says did something ("nur@laptop-seibalai", "import", "data-contoh") as a person reads it:
    // "nur (laptop-seibalai)".
    static QString actor(const std::string& actor);
};

} // namespace relawas::gui
