#include "core/organising/TrainingService.h"

#include "core/base/Clock.h"
#include "core/base/Error.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/CertificateRepository.h"
#include "core/trainings/InvitationRepository.h"
#include "core/trainings/TrainingRepository.h"

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

TrainingService::TrainingService(Database& db, std::string actor)
    : m_db(db)
    , m_actor(std::move(actor))
{}

Training TrainingService::existing(const std::string& trainingUuid) const
{
    auto training = TrainingRepository(m_db).find(trainingUuid);
    if (!training) {
        throw Error(ErrorKind::NotFound, "training.not_found", fmt::format("no training {}", trainingUuid), "training",
                    {trainingUuid});
    }
    return *training;
}

Training TrainingService::save(const Training& training)
{
    return TrainingRepository(m_db).save(training, m_actor);
}

void TrainingService::remove(const std::string& trainingUuid)
{
    translatingSqliteErrors("training service: remove", [&]() {
        UnitOfWork work(m_db, m_actor);
        if (!TrainingRepository(m_db).remove(trainingUuid, work)) {
            return; // removed already, or never there
        }
        AttendanceRepository(m_db).tombstoneAllAt(trainingUuid, work);
        InvitationRepository(m_db).tombstoneAllAt(trainingUuid, work);
        work.commit();
    });
}

Invitation TrainingService::invite(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part)
{
    return invite(trainingUuid, personUuid, part, false);
}

Invitation TrainingService::inviteWalkIn(const std::string& trainingUuid, const std::string& personUuid,
                                         InvitationPart part)
{
    return invite(trainingUuid, personUuid, part, true);
}

Invitation TrainingService::invite(const std::string& trainingUuid, const std::string& personUuid, InvitationPart part,
                                   bool walkIn)
{
    return translatingSqliteErrors("training service: invite", [&]() -> Invitation {
        existing(trainingUuid);
        UnitOfWork work(m_db, m_actor);
        const Invitation stored =
            InvitationRepository(m_db).invite(trainingUuid, personUuid, part, walkIn, work).invitation;
        work.commit();
        return stored;
    });
}

std::vector<std::string> TrainingService::peopleWhere(const InvitationFilter& filter) const
{
    return translatingSqliteErrors("training service: people where", [&]() -> std::vector<std::string> {
        if (filter.roles.empty() && filter.underCode.empty()) {
            throw Error(ErrorKind::UserInput, "invitation.filter_empty",
                        "say whom to invite: a role, a region, or both", "filter");
        }
        std::string sql;
        std::vector<std::string> values;
        if (filter.roles.empty()) {
            sql = "SELECT p.uuid FROM person p WHERE p.deleted_at IS NULL AND (p.village_code = ? OR p.village_code "
                  "LIKE ? || '.%') ORDER BY p.full_name, p.id";
            values = {filter.underCode, filter.underCode};
        } else {
            std::string kinds;
            for (const RoleKind kind : filter.roles) {
                kinds += kinds.empty() ? "?" : ", ?";
                values.emplace_back(roleKindId(kind));
            }
            sql = fmt::format("SELECT p.uuid FROM person p WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1 FROM "
                              "person_role r WHERE r.person_uuid = p.uuid AND r.deleted_at IS NULL AND r.role IN ({}) "
                              "AND (r.end_date IS NULL OR r.end_date >= ?){}) ORDER BY p.full_name, p.id",
                              kinds,
                              filter.underCode.empty() ? "" : " AND (r.scope_code = ? OR r.scope_code LIKE ? || '.%')");
            values.push_back(formatIsoDate(todayUtc()));
            if (!filter.underCode.empty()) {
                values.push_back(filter.underCode);
                values.push_back(filter.underCode);
            }
        }
        SQLite::Statement query(m_db.connection(), sql);
        for (std::size_t i = 0; i < values.size(); ++i) {
            query.bind(int(i) + 1, values[i]);
        }
        std::vector<std::string> people;
        while (query.executeStep()) {
            people.push_back(query.getColumn(0).getString());
        }
        return people;
    });
}

int TrainingService::inviteWhere(const std::string& trainingUuid, const InvitationFilter& filter, InvitationPart part)
{
    return translatingSqliteErrors("training service: invite where", [&]() -> int {
        existing(trainingUuid);
        const std::vector<std::string> people = peopleWhere(filter);
        UnitOfWork work(m_db, m_actor);
        InvitationRepository invitations(m_db);
        int invited = 0;
        for (const std::string& person : people) {
            const auto before = invitations.find(trainingUuid, person);
            if (before && before->expected()) {
                continue; // already on the list, whatever their part: a filter does not demote a speaker
            }
            invitations.invite(trainingUuid, person, part, false, work);
            ++invited;
        }
        work.commit();
        return invited;
    });
}

Invitation TrainingService::update(const Invitation& invitation)
{
    return translatingSqliteErrors("training service: update invitation", [&]() -> Invitation {
        UnitOfWork work(m_db, m_actor);
        const Invitation stored = InvitationRepository(m_db).update(invitation, work);
        work.commit();
        return stored;
    });
}

Invitation TrainingService::cancel(const Invitation& invitation)
{
    Invitation cancelled = invitation;
    cancelled.status = InvitationStatus::Cancelled;
    return update(cancelled);
}

int TrainingService::issueMissingCardCodes(const std::string& trainingUuid)
{
    return translatingSqliteErrors("training service: issue card codes", [&]() -> int {
        existing(trainingUuid);
        UnitOfWork work(m_db, m_actor);
        CardCodeRepository codes(m_db);
        int issued = 0;
        for (const Invitation& invitation : InvitationRepository(m_db).ofTraining(trainingUuid)) {
            if (invitation.expected() && !codes.currentOf(invitation.personUuid)) {
                codes.issue(invitation.personUuid, work);
                ++issued;
            }
        }
        work.commit();
        return issued;
    });
}

std::string TrainingService::reissueCardCode(const std::string& personUuid)
{
    return translatingSqliteErrors("training service: reissue card code", [&]() -> std::string {
        UnitOfWork work(m_db, m_actor);
        const std::string code = CardCodeRepository(m_db).issue(personUuid, work);
        work.commit();
        return code;
    });
}

std::vector<IssuedCertificate> TrainingService::issueCertificates(const std::string& trainingUuid)
{
    return translatingSqliteErrors("training service: issue certificates", [&]() {
        const Training training = existing(trainingUuid);
        UnitOfWork work(m_db, m_actor);
        CertificateRepository certificates(m_db);
        std::vector<IssuedCertificate> issued;
        for (ScoreRow& recipient : certificateRecipients(m_db, training)) {
            Certificate certificate = certificates.issue(training, recipient.participant.invitation.personUuid, work);
            issued.push_back({std::move(certificate), std::move(recipient)});
        }
        work.commit();
        return issued;
    });
}

} // namespace relawas::core
