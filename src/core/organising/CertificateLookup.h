#pragma once

#include "core/organising/ParticipantList.h"
#include "core/trainings/CertificateRepository.h"
#include "core/trainings/Training.h"

#include <optional>
#include <string>
#include <string_view>

namespace relawas::core {

class Database;

// What a certificate's number tells whoever holds the paper: that it was issued here, to whom, for which training,
// and the result it was earned with.
struct CertificateRecord
{
    Certificate certificate;
    Training training;
    Participant holder;
    std::optional<double> result; // the weighted score of a graded training, when every score is in
    bool passed = false;
};

// The number as typed or read off the paper, tidied: spaces around it and inside it dropped, letters upper-cased
// ("12/sert/12.19/ix/2024 " becomes "12/SERT/12.19/IX/2024"); a serial given without its leading zeros is padded to
// four digits ("0012/SERT/...").
std::string normaliseCertificateNumber(std::string_view number);

// The living certificate of that number; none when no certificate of that number was issued here, or it was withdrawn
// with its holder.
std::optional<CertificateRecord> lookUpCertificate(Database& db, std::string_view number);

} // namespace relawas::core
