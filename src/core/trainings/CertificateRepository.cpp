#include "core/trainings/CertificateRepository.h"

#include "core/base/Uuid.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SettingsStore.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/SqlRecordMeta.h"
#include "core/storage/UnitOfWork.h"

#include <array>
#include <set>
#include <vector>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

constexpr std::array<const char*, 12> kRomanMonths{"I",   "II",   "III", "IV", "V",  "VI",
                                                   "VII", "VIII", "IX",  "X",  "XI", "XII"};

nlohmann::ordered_json certificateJson(const std::string& uuid, const Certificate& certificate)
{
    return {{"uuid", uuid},
            {"number", certificate.number},
            {"training_uuid", certificate.trainingUuid},
            {"person_uuid", certificate.personUuid}};
}

struct Stored
{
    std::string uuid;
    Certificate certificate;
};

std::vector<Stored> where(Database& db, const std::string& condition, const std::string& value)
{
    auto query = db.prepared("SELECT uuid, number, training_uuid, person_uuid, created_at FROM certificate WHERE " +
                             condition + " AND deleted_at IS NULL ORDER BY id");
    query->bind(1, value);
    std::vector<Stored> rows;
    while (query->executeStep()) {
        rows.push_back({query->getColumn(0).getString(),
                        {query->getColumn(1).getString(), query->getColumn(2).getString(),
                         query->getColumn(3).getString(), query->getColumn(4).getString()}});
    }
    return rows;
}

} // namespace

CertificateRepository::CertificateRepository(Database& db)
    : m_db(db)
{}

std::optional<Certificate> CertificateRepository::find(const std::string& number) const
{
    return translatingSqliteErrors("certificates: find", [&]() -> std::optional<Certificate> {
        auto rows = where(m_db, "number = ?", number);
        return rows.empty() ? std::nullopt : std::optional(rows.front().certificate);
    });
}

std::optional<Certificate> CertificateRepository::of(const std::string& trainingUuid,
                                                     const std::string& personUuid) const
{
    return translatingSqliteErrors("certificates: of", [&]() -> std::optional<Certificate> {
        for (const Stored& row : where(m_db, "person_uuid = ?", personUuid)) {
            if (row.certificate.trainingUuid == trainingUuid) {
                return row.certificate;
            }
        }
        return std::nullopt;
    });
}

Certificate CertificateRepository::issue(const Training& training, const std::string& personUuid, UnitOfWork& work)
{
    return translatingSqliteErrors("certificates: issue", [&]() -> Certificate {
        if (auto existing = of(training.meta.uuid, personUuid)) {
            return *existing;
        }
        const int year = int(training.endDate.year());
        // A training given for no region is numbered by the working kabupaten, whose office holds it.
        std::string region = training.scopeCode;
        if (region.empty()) {
            region = SettingsStore(m_db).workingKabupaten().value_or("RLW");
        }
        const std::string tail =
            fmt::format("/SERT/{}/{}/{}", region, kRomanMonths.at(unsigned(training.endDate.month()) - 1), year);
        // The serial counts every certificate of the year ever numbered here, removed ones too: none is reused.
        auto serial = m_db.prepared("SELECT count(*) FROM certificate WHERE number LIKE ?");
        serial->bind(1, fmt::format("%/{}", year));
        serial->executeStep();
        long long next = serial->getColumn(0).getInt64() + 1;
        auto taken = m_db.prepared("SELECT 1 FROM certificate WHERE number = ?");
        std::string number;
        do {
            number = fmt::format("{:04}{}", next++, tail);
            taken->reset();
            taken->bind(1, number);
        } while (taken->executeStep());

        const Certificate certificate{number, training.meta.uuid, personUuid, work.now()};
        const std::string uuid = newUuidV7();
        auto write =
            m_db.prepared("INSERT INTO certificate (uuid, number, training_uuid, person_uuid, revision, "
                          "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)");
        write->bind(1, uuid);
        write->bind(2, number);
        write->bind(3, training.meta.uuid);
        write->bind(4, personUuid);
        write->bind(5, work.now());
        write->bind(6, work.actor());
        write->bind(7, work.now());
        write->bind(8, work.actor());
        write->exec();
        AuditLog(m_db).record(work, "certificate", uuid, "create", std::nullopt, certificateJson(uuid, certificate));
        return certificate;
    });
}

void CertificateRepository::tombstoneAllOf(const std::string& personUuid, UnitOfWork& work)
{
    translatingSqliteErrors("certificates: tombstone all of", [&]() {
        for (const Stored& row : where(m_db, "person_uuid = ?", personUuid)) {
            auto write = m_db.prepared("UPDATE certificate SET deleted_at = :now, updated_at = :now, updated_by = "
                                       ":actor, revision = revision + 1 WHERE uuid = :uuid");
            bindChange(*write, work, row.uuid);
            write->exec();
            AuditLog(m_db).record(work, "certificate", row.uuid, "delete", certificateJson(row.uuid, row.certificate),
                                  std::nullopt);
        }
    });
}

void CertificateRepository::moveAll(const std::string& fromPerson, const std::string& toPerson, UnitOfWork& work)
{
    translatingSqliteErrors("certificates: move all", [&]() {
        std::set<std::string> kept;
        for (const Stored& row : where(m_db, "person_uuid = ?", toPerson)) {
            kept.insert(row.certificate.trainingUuid);
        }
        for (const Stored& row : where(m_db, "person_uuid = ?", fromPerson)) {
            if (kept.count(row.certificate.trainingUuid) != 0) {
                // The kept person's certificate stands; the other's is tombstoned, its number stays taken.
                auto write = m_db.prepared("UPDATE certificate SET deleted_at = :now, updated_at = :now, updated_by = "
                                           ":actor, revision = revision + 1 WHERE uuid = :uuid");
                bindChange(*write, work, row.uuid);
                write->exec();
                AuditLog(m_db).record(work, "certificate", row.uuid, "delete",
                                      certificateJson(row.uuid, row.certificate), std::nullopt);
                continue;
            }
            Certificate moved = row.certificate;
            moved.personUuid = toPerson;
            auto write = m_db.prepared("UPDATE certificate SET person_uuid = :person, updated_at = :now, updated_by = "
                                       ":actor, revision = revision + 1 WHERE uuid = :uuid");
            write->bind(":person", toPerson);
            bindChange(*write, work, row.uuid);
            write->exec();
            AuditLog(m_db).record(work, "certificate", row.uuid, "merge", certificateJson(row.uuid, row.certificate),
                                  certificateJson(row.uuid, moved));
        }
    });
}

} // namespace relawas::core
