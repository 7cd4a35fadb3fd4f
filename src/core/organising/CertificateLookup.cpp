#include "core/organising/CertificateLookup.h"

#include "core/organising/ScoreSheet.h"
#include "core/storage/SqlErrors.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <cctype>

namespace relawas::core {

std::string normaliseCertificateNumber(std::string_view number)
{
    std::string tidy;
    for (const char c : number) {
        if (!std::isspace(static_cast<unsigned char>(c))) {
            tidy += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
    }
    const std::size_t slash = tidy.find('/');
    const std::string serial = tidy.substr(0, slash);
    const bool digits = !serial.empty() && std::all_of(serial.begin(), serial.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0;
    });
    if (slash != std::string::npos && digits && serial.size() < 4) {
        tidy.insert(0, 4 - serial.size(), '0');
    }
    return tidy;
}

std::optional<CertificateRecord> lookUpCertificate(Database& db, std::string_view number)
{
    return translatingSqliteErrors("certificates: look up", [&]() -> std::optional<CertificateRecord> {
        auto certificate = CertificateRepository(db).find(normaliseCertificateNumber(number));
        if (!certificate) {
            return std::nullopt;
        }
        auto training = TrainingRepository(db).find(certificate->trainingUuid);
        if (!training) {
            return std::nullopt;
        }
        CertificateRecord record{*certificate, *training, {}, std::nullopt, false};
        for (ScoreRow& row : scoreRowsOf(db, *training)) {
            if (row.participant.invitation.personUuid == certificate->personUuid) {
                record.holder = std::move(row.participant);
                record.result = row.result;
                record.passed = row.passed;
                return record;
            }
        }
        for (Participant& participant : participantsOf(db, *training, true)) {
            if (participant.invitation.personUuid == certificate->personUuid) {
                record.holder = std::move(participant);
                return record;
            }
        }
        return std::nullopt;
    });
}

} // namespace relawas::core
