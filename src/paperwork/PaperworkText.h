#pragma once

// Internal to the paperwork: the words of the printouts for what the core stores as identifiers, in the language of
// the printouts' translation (Bahasa Indonesia by default).

#include "core/people/Person.h"
#include "core/trainings/Invitation.h"

#include <string>
#include <vector>

#include <QString>
#include <QStringList>

namespace relawas::core {
class Database;
struct Participant;
} // namespace relawas::core

namespace relawas::paperwork {

QString roleText(core::RoleKind role);       // "Anggota Panwascam"
QString partText(core::InvitationPart part); // "Peserta"

// The Unsur/Jabatan column: the first of the person's current roles, else their part.
QString roleColumn(const core::Participant& participant);
// "Kec. Sei Balai" for the Panwascam and its secretariat, who come for their kecamatan; "Perupuk, Kec. Lima Puluh
// Pesisir" for everyone else with a village.
QString originOf(const core::Participant& participant);

// Who holds a training of the region `scopeCode` (empty: the working kabupaten), as printed.
struct Office
{
    QStringList kop;    // "BADAN PENGAWAS PEMILIHAN UMUM", "KABUPATEN BATU BARA"
    QString name;       // "Bawaslu Kabupaten Batu Bara", "Panwaslu Kecamatan Sei Balai"
    QString chairTitle; // "Ketua Bawaslu Kabupaten Batu Bara"
    QString placeName;  // where its papers are signed: "Batu Bara", "Sei Balai"
};
Office officeOf(core::Database& db, const std::string& scopeCode);

// "08:12": a stored UTC timestamp on the local clock; empty stays empty.
QString localClockTime(const std::string& utcIso);

} // namespace relawas::paperwork
