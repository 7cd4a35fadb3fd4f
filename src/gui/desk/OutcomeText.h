#pragma once

#include "common/Theme.h"
#include "core/organising/CheckInDesk.h"

#include <QCoreApplication>
#include <QString>

namespace relawas::gui {

// How the desk shows an outcome: a title in large type, a line of detail, an icon, a colour and a sound, so that the
// colour is never the only signal. Times are the check-in's UTC timestamp shown in local time, HH:MM.
struct OutcomeLook
{
    QString title;
    QString detail;
    QString iconName;
    Theme::Colour colour = Theme::Colour::Accent;
    int beeps = 1; // the sound: one for in, two for already in, three for anything that needs a person
};

class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(relawas::gui::OutcomeText)

public:
    static OutcomeLook look(const core::CheckInOutcome& outcome, const core::Training& training);
    // "Siti Aminah Nasution · Peserta · Sei Balai / Durian"
    static QString personLine(const core::DeskPerson& person);
    // HH:MM in local time of a UTC timestamp ("2024-09-15T01:12:09Z" → "08:12" in Medan).
    static QString localTime(const std::string& utcTimestamp);
};

} // namespace relawas::gui
