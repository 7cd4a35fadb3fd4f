// The report reader (readReport), on a file that came on a flash drive or by WhatsApp from anyone. Besides the
// sanitizers it checks what the reader promises the import, which writes each record as it arrives and trusts the
// header before the integrity is known: the header's counts are whole numbers, every record reaching the import is an
// object with a UUID, and a report accepted whole has the digest of its records and as many of them as its header
// announced, each handed on.
#include "FuzzSupport.h"
#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/sync/ReportReader.h"

#include <map>
#include <string>

using namespace relawas::core;
using relawas::fuzz::expect;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::filesystem::path file =
        relawas::fuzz::writeScratchFile("report.relawas.json", relawas::fuzz::bytesOf(data, size));
    std::map<std::string, std::size_t, std::less<>> seen;
    ReportReaderHooks hooks;
    hooks.header = [](const nlohmann::json& header, const PublicKey& /*key*/) {
        expect(header.is_object() && header.contains("counts") && header.at("counts").is_object(),
               "the header reaches the import with its counts");
        for (const auto& [member, count] : header.at("counts").items()) {
            expect(count.is_number_unsigned(), "every count of the header is a whole number");
        }
    };
    hooks.record = [&seen](std::string_view member, nlohmann::json& record) {
        expect(record.is_object(), "a record is an object");
        expect(record.contains("uuid") && record.at("uuid").is_string() && isUuid(record.at("uuid").get<std::string>()),
               "a record has a UUID");
        ++seen[std::string(member)];
    };
    try {
        const ReportSummary summary = readReport(file, hooks);
        expect(summary.digest.size() == 64, "an accepted report has the digest of its records");
        const bool isPublic = summary.header.value("kind", "") == "public"; // counts of its summary's lists
        for (const auto& [member, count] : summary.counts) {
            const auto found = seen.find(member);
            expect(isPublic || (found != seen.end() ? found->second : 0) == count,
                   "an accepted report has as many records as were handed on");
            expect(summary.header.at("counts").value(member, std::size_t(0)) == count,
                   "an accepted report has as many records as its header announced");
        }
    } catch (const Error&) {
        // refused with a code and the place: what the import and the preview show
    }
    return 0;
}
