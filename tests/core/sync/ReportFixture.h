#pragma once

// The founding Rakernis with two check-ins, a failed attempt and a removed volunteer, exported as reports: what the
// sync tests write and read back.

#include "../organising/DeskFixture.h"
#include "core/organising/CheckInDesk.h"
#include "core/people/PeopleService.h"
#include "core/sync/CanonicalJson.h"
#include "core/sync/ReportDigest.h"
#include "core/sync/ReportExport.h"

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

namespace relawas::tests {

inline std::string fileText(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The digest a receiver computes from the records it read.
inline std::string digestOf(const nlohmann::json& content)
{
    core::ContentDigest digest;
    for (const char* member : core::kReportContentMembers) {
        digest.beginMember(member);
        for (const auto& record : content.at(member)) {
            digest.record(core::canonicalJson(record));
        }
        digest.endMember();
    }
    return digest.finish();
}

struct ExportedRakernis : RakernisDesk
{
    ExportedRakernis()
    {
        invitePanwascam();
        core::CheckInDesk desk(db, "meja.presensi", rakernis.meta.uuid, kRakernisDay);
        desk.submit(siti.nik);
        desk.submit(budi.nik);
        desk.submit("Sutrisno Wibowo"); // nobody: an attempt all the same
        core::PeopleService(db, "panwascam.sei-balai").remove(rahmat.meta.uuid);
    }

    nlohmann::json exported(const std::string& scope, const std::string& name, core::ExportResult* result = nullptr)
    {
        const auto path = dir / name;
        const core::ExportResult done =
            core::exportReport(db, {scope, path, "Panwascam Sei Balai", "0.1.0", core::ReportKind::Full, "", "clerk"});
        if (result) {
            *result = done;
        }
        return nlohmann::json::parse(fileText(path));
    }
};

} // namespace relawas::tests
