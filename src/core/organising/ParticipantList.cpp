#include "core/organising/ParticipantList.h"

#include "core/base/Clock.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>

namespace relawas::core {

int Participant::daysPresent() const
{
    return int(
        std::count_if(checkedInAt.begin(), checkedInAt.end(), [](const std::string& at) { return !at.empty(); }));
}

std::optional<double> TrainingSummary::attendanceRate() const
{
    const int days = int(presentByDay.size());
    if (expected == 0 || days == 0) {
        return std::nullopt;
    }
    int present = 0;
    for (const int count : presentByDay) {
        present += count;
    }
    return std::min(1.0, double(present) / double(expected * days));
}

std::vector<Participant> participantsOf(Database& db, const Training& training, bool withCancelled)
{
    return translatingSqliteErrors("participants of", [&]() -> std::vector<Participant> {
        SQLite::Statement query(db.connection(),
                                std::string(R"sql(
            SELECT i.uuid, i.person_uuid, i.part, i.status, i.walk_in, i.revision, i.created_at, i.created_by,
                i.updated_at, i.updated_by, p.full_name, coalesce(p.nik, ''), p.gender, coalesce(p.village_code, ''),
                coalesce(v.name, ''), coalesce(k.code, ''), coalesce(k.name, ''),
                coalesce((SELECT group_concat(role, ' ') FROM (SELECT DISTINCT r.role FROM person_role r
                    WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL AND (r.end_date IS NULL OR r.end_date >= ?2)
                    ORDER BY r.role)), ''),
                coalesce((SELECT c.code FROM card_code c WHERE c.person_uuid = p.uuid AND c.revoked_at IS NULL
                    AND c.deleted_at IS NULL), '')
            FROM invitation i
            JOIN person p ON p.uuid = i.person_uuid AND p.deleted_at IS NULL
            LEFT JOIN region v ON v.code = p.village_code
            LEFT JOIN region k ON k.code = v.parent_code
            WHERE i.training_uuid = ?1 AND i.deleted_at IS NULL)sql") +
                                    (withCancelled ? "" : " AND i.status IN ('invited', 'confirmed')") +
                                    R"sql(
            ORDER BY CASE i.part WHEN 'narasumber' THEN 0 WHEN 'panitia' THEN 1 ELSE 2 END, k.name, p.full_name, p.id)sql");
        query.bind(1, training.meta.uuid);
        query.bind(2, formatIsoDate(todayUtc()));
        const int days = training.dayCount();
        std::vector<Participant> participants;
        std::unordered_map<std::string, std::size_t> byPerson;
        while (query.executeStep()) {
            Participant participant;
            Invitation& invitation = participant.invitation;
            invitation.trainingUuid = training.meta.uuid;
            invitation.personUuid = query.getColumn(1).getString();
            invitation.part = invitationPartFromId(query.getColumn(2).getString()).value_or(InvitationPart::Peserta);
            invitation.status =
                invitationStatusFromId(query.getColumn(3).getString()).value_or(InvitationStatus::Invited);
            invitation.walkIn = query.getColumn(4).getInt() != 0;
            invitation.meta = {query.getColumn(0).getString(), query.getColumn(5).getInt64(),
                               query.getColumn(6).getString(), query.getColumn(7).getString(),
                               query.getColumn(8).getString(), query.getColumn(9).getString()};
            participant.fullName = query.getColumn(10).getString();
            participant.nik = query.getColumn(11).getString();
            participant.gender =
                query.getColumn(12).isNull() ? std::nullopt : genderFromId(query.getColumn(12).getString());
            participant.villageCode = query.getColumn(13).getString();
            participant.villageName = query.getColumn(14).getString();
            participant.kecamatanCode = query.getColumn(15).getString();
            participant.kecamatanName = query.getColumn(16).getString();
            std::istringstream roles(query.getColumn(17).getString());
            for (std::string id; roles >> id;) {
                if (auto kind = roleKindFromId(id)) {
                    participant.roles.push_back(*kind);
                }
            }
            participant.cardCode = query.getColumn(18).getString();
            participant.checkedInAt.assign(std::size_t(days), std::string());
            participant.attendanceUuid.assign(std::size_t(days), std::string());
            byPerson.emplace(invitation.personUuid, participants.size());
            participants.push_back(std::move(participant));
        }

        SQLite::Statement present(
            db.connection(), "SELECT person_uuid, day, checked_in_at, uuid FROM attendance WHERE training_uuid = ? "
                             "AND deleted_at IS NULL AND annulled_at IS NULL");
        present.bind(1, training.meta.uuid);
        while (present.executeStep()) {
            const auto found = byPerson.find(present.getColumn(0).getString());
            const auto day = optionalDate(present.getColumn(1));
            const auto number = day ? training.dayNumber(*day) : std::nullopt;
            if (found == byPerson.end() || !number) {
                continue;
            }
            participants[found->second].checkedInAt[std::size_t(*number - 1)] = present.getColumn(2).getString();
            participants[found->second].attendanceUuid[std::size_t(*number - 1)] = present.getColumn(3).getString();
        }
        return participants;
    });
}

std::vector<TrainingSummary> trainingsConcerning(Database& db, const std::string& scopeCode)
{
    return translatingSqliteErrors("trainings concerning", [&]() -> std::vector<TrainingSummary> {
        SQLite::Statement query(db.connection(),
                                "SELECT uuid FROM training WHERE deleted_at IS NULL AND (?1 = '' OR scope_code IS NULL "
                                "OR scope_code = ?1 OR scope_code LIKE ?1 || '.%' OR ?1 LIKE scope_code || '.%') "
                                "ORDER BY start_date DESC, id DESC");
        query.bind(1, scopeCode);
        std::vector<std::string> uuids;
        while (query.executeStep()) {
            uuids.push_back(query.getColumn(0).getString());
        }
        TrainingRepository trainings(db);
        auto expected = db.prepared("SELECT count(*) FROM invitation WHERE training_uuid = ? AND deleted_at IS NULL "
                                    "AND status IN ('invited', 'confirmed')");
        auto present = db.prepared("SELECT day, count(*) FROM attendance WHERE training_uuid = ? AND deleted_at IS "
                                   "NULL AND annulled_at IS NULL GROUP BY day");
        std::vector<TrainingSummary> summaries;
        for (const std::string& uuid : uuids) {
            auto training = trainings.find(uuid);
            if (!training) {
                continue;
            }
            TrainingSummary summary{*training, 0, std::vector<int>(std::size_t(training->dayCount()), 0)};
            expected->reset();
            expected->bind(1, uuid);
            expected->executeStep();
            summary.expected = expected->getColumn(0).getInt();
            present->reset();
            present->bind(1, uuid);
            while (present->executeStep()) {
                const auto day = optionalDate(present->getColumn(0));
                if (const auto number = day ? training->dayNumber(*day) : std::nullopt) {
                    summary.presentByDay[std::size_t(*number - 1)] = present->getColumn(1).getInt();
                }
            }
            summaries.push_back(std::move(summary));
        }
        return summaries;
    });
}

} // namespace relawas::core
