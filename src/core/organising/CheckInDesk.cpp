#include "core/organising/CheckInDesk.h"

#include "core/base/Error.h"
#include "core/organising/TrainingService.h"
#include "core/people/PeopleService.h"
#include "core/storage/Database.h"
#include "core/storage/SqlDate.h"
#include "core/storage/SqlErrors.h"
#include "core/storage/UnitOfWork.h"
#include "core/trainings/AttendanceRepository.h"
#include "core/trainings/CardCode.h"
#include "core/trainings/CardCodeRepository.h"
#include "core/trainings/CheckInAttemptLog.h"
#include "core/trainings/TrainingRepository.h"

#include <algorithm>

#include <SQLiteCpp/Column.h>
#include <SQLiteCpp/Statement.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

Training existingTraining(Database& db, const std::string& uuid)
{
    auto training = TrainingRepository(db).find(uuid);
    if (!training) {
        throw Error(ErrorKind::NotFound, "training.not_found", fmt::format("no training {}", uuid), "training", {uuid});
    }
    return *training;
}

std::string trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        return {};
    }
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

// The digits of an input made of digits and the separators people type between them; none when anything else is in it.
std::optional<std::string> onlyDigits(std::string_view text)
{
    std::string digits;
    for (const char c : text) {
        if (c >= '0' && c <= '9') {
            digits += c;
        } else if (c != ' ' && c != '.' && c != '-') {
            return std::nullopt;
        }
    }
    return digits;
}

bool hasDigit(std::string_view text)
{
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

CheckInDesk::CheckInDesk(Database& db, std::string actor, const std::string& trainingUuid, const Date& day)
    : m_db(db)
    , m_actor(std::move(actor))
    , m_training(existingTraining(db, trainingUuid))
    , m_day(day)
    , m_lookup(db, trainingUuid)
{}

CheckInOutcome CheckInDesk::record(CheckInOutcome outcome)
{
    return translatingSqliteErrors("check-in desk: record", [&]() -> CheckInOutcome {
        UnitOfWork work(m_db, m_actor);
        CheckInAttempt attempt;
        attempt.trainingUuid = m_training.meta.uuid;
        attempt.day = m_day;
        attempt.method = outcome.method;
        attempt.input = outcome.input;
        attempt.result = outcome.result;
        attempt.personUuid = outcome.person ? outcome.person->uuid : std::string();
        attempt.attendanceUuid = outcome.attendanceUuid;
        CheckInAttemptLog(m_db).append(attempt, work);
        work.commit();
        return std::move(outcome);
    });
}

CheckInOutcome CheckInDesk::submit(std::string_view rawInput)
{
    const std::string input = trimmed(rawInput);
    CheckInOutcome outcome;
    if (input.empty()) {
        return outcome; // nothing typed: nothing to record
    }
    if (const auto digits = onlyDigits(input)) {
        outcome.method = CheckInMethod::Nik;
        outcome.input = maskedNikInput(*digits);
        if (digits->size() == 16) {
            if (auto person = m_lookup.byNik(*digits)) {
                return resolve(*person, CheckInMethod::Nik, outcome.input);
            }
        }
        outcome.result = CheckInResult::Unknown;
        return record(std::move(outcome));
    }
    if (hasDigit(input)) {
        outcome.method = CheckInMethod::Scan;
        outcome.input = input;
        const auto code = normaliseCardCode(input);
        const auto holder = code ? CardCodeRepository(m_db).holderOf(*code) : std::nullopt;
        const auto person = holder ? m_lookup.byUuid(holder->personUuid) : std::nullopt;
        if (!person) {
            outcome.result = CheckInResult::Unknown;
            return record(std::move(outcome));
        }
        if (holder->revoked) {
            outcome.result = CheckInResult::RevokedCard;
            outcome.person = person;
            return record(std::move(outcome));
        }
        outcome.input = *code;
        return resolve(*person, CheckInMethod::Scan, outcome.input);
    }
    return byName(input, input);
}

CheckInOutcome CheckInDesk::byName(std::string_view text, const std::string& input)
{
    DeskLookup::Matches matches = m_lookup.byName(text, 20);
    CheckInOutcome outcome;
    outcome.method = CheckInMethod::Name;
    outcome.input = input;
    // A name typed in full picks its one holder on the list even when it is part of other names ("Ahmad" and
    // "Ahmad Fauzi").
    const std::vector<std::string> typed = foldedNameWords(text);
    const auto exact = [&typed](const DeskPerson& person) { return foldedNameWords(person.fullName) == typed; };
    if (matches.invited.size() > 1 && std::count_if(matches.invited.begin(), matches.invited.end(), exact) == 1) {
        return resolve(*std::find_if(matches.invited.begin(), matches.invited.end(), exact), CheckInMethod::Name,
                       input);
    }
    if (matches.invited.size() == 1) {
        return resolve(matches.invited.front(), CheckInMethod::Name, input);
    }
    if (matches.invited.empty() && matches.others.size() == 1) {
        outcome.result = CheckInResult::NotInvited;
        outcome.person = matches.others.front();
        return record(std::move(outcome));
    }
    if (matches.invited.empty() && matches.others.empty()) {
        outcome.result = CheckInResult::Unknown;
        return record(std::move(outcome));
    }
    outcome.result = CheckInResult::Ambiguous;
    outcome.matches = std::move(matches.invited);
    outcome.matches.insert(outcome.matches.end(), matches.others.begin(), matches.others.end());
    return record(std::move(outcome));
}

CheckInOutcome CheckInDesk::checkInPerson(const std::string& personUuid, CheckInMethod method, std::string_view input)
{
    const auto person = m_lookup.byUuid(personUuid);
    if (!person) {
        throw Error(ErrorKind::NotFound, "person.not_found", "the person is no longer in the register", "person_uuid",
                    {personUuid});
    }
    return resolve(*person, method, method == CheckInMethod::Nik ? maskedNikInput(input) : std::string(input));
}

CheckInOutcome CheckInDesk::resolve(const DeskPerson& person, CheckInMethod method, const std::string& input)
{
    return translatingSqliteErrors("check-in desk: resolve", [&]() -> CheckInOutcome {
        CheckInOutcome outcome;
        outcome.method = method;
        outcome.input = input;
        outcome.person = person;
        if (!m_training.dayNumber(m_day)) {
            outcome.result = CheckInResult::WrongDay;
            return record(std::move(outcome));
        }
        if (!person.status) {
            outcome.result = CheckInResult::NotInvited;
            return record(std::move(outcome));
        }
        if (*person.status == InvitationStatus::Cancelled || *person.status == InvitationStatus::Declined) {
            outcome.result = CheckInResult::Cancelled;
            return record(std::move(outcome));
        }
        AttendanceRepository attendance(m_db);
        if (const auto earlier = attendance.presence(m_training.meta.uuid, person.uuid, m_day)) {
            outcome.result = CheckInResult::AlreadyCheckedIn;
            outcome.checkedInAt = earlier->checkedInAt;
            outcome.attendanceUuid = earlier->meta.uuid;
            return record(std::move(outcome));
        }
        UnitOfWork work(m_db, m_actor);
        const Attendance stored = attendance.insert(m_training.meta.uuid, person.uuid, m_day, work);
        outcome.result = CheckInResult::CheckedIn;
        outcome.checkedInAt = stored.checkedInAt;
        outcome.attendanceUuid = stored.meta.uuid;
        outcome = record(std::move(outcome)); // a nested unit: the attempt and the check-in land together
        work.commit();
        return outcome;
    });
}

CheckInOutcome CheckInDesk::admitWalkIn(const std::string& personUuid, InvitationPart part)
{
    return translatingSqliteErrors("check-in desk: admit walk-in", [&]() -> CheckInOutcome {
        UnitOfWork work(m_db, m_actor);
        if (m_training.dayNumber(m_day)) {
            TrainingService(m_db, m_actor).inviteWalkIn(m_training.meta.uuid, personUuid, part);
        }
        auto person = m_lookup.byUuid(personUuid);
        if (!person) {
            throw Error(ErrorKind::NotFound, "person.not_found", "the person is no longer in the register",
                        "person_uuid", {personUuid});
        }
        CheckInOutcome outcome = resolve(*person, CheckInMethod::WalkIn, person->fullName);
        work.commit();
        return outcome;
    });
}

CheckInOutcome CheckInDesk::registerWalkIn(const Person& person, const std::vector<PersonRole>& roles,
                                           InvitationPart part)
{
    return translatingSqliteErrors("check-in desk: register walk-in", [&]() -> CheckInOutcome {
        if (!m_training.dayNumber(m_day)) {
            CheckInOutcome outcome;
            outcome.method = CheckInMethod::WalkIn;
            outcome.input = person.fullName;
            outcome.result = CheckInResult::WrongDay;
            return record(std::move(outcome));
        }
        UnitOfWork work(m_db, m_actor);
        const Person stored = PeopleService(m_db, m_actor).registerPerson(person, roles);
        CheckInOutcome outcome = admitWalkIn(stored.meta.uuid, part);
        work.commit();
        return outcome;
    });
}

DeskLookup::Matches CheckInDesk::nameMatches(std::string_view text, int limit) const
{
    return m_lookup.byName(text, limit);
}

void CheckInDesk::annul(const std::string& attendanceUuid, const std::string& reason)
{
    translatingSqliteErrors("check-in desk: annul", [&]() {
        AttendanceRepository attendance(m_db);
        const auto found = attendance.find(attendanceUuid);
        if (!found || found->trainingUuid != m_training.meta.uuid) {
            throw Error(ErrorKind::NotFound, "attendance.not_found", "this check-in does not exist", "attendance_uuid",
                        {attendanceUuid});
        }
        UnitOfWork work(m_db, m_actor);
        attendance.annul(attendanceUuid, reason, work);
        work.commit();
    });
}

DeskCounts CheckInDesk::counts() const
{
    return translatingSqliteErrors("check-in desk: counts", [&]() -> DeskCounts {
        auto query = m_db.prepared(
            "SELECT (SELECT count(*) FROM attendance WHERE training_uuid = ?1 AND day = ?2 AND deleted_at IS NULL "
            "AND annulled_at IS NULL), (SELECT count(*) FROM invitation WHERE training_uuid = ?1 AND deleted_at IS "
            "NULL AND status IN ('invited', 'confirmed'))");
        query->bind(1, m_training.meta.uuid);
        query->bind(2, formatIsoDate(m_day));
        query->executeStep();
        return {query->getColumn(0).getInt(), query->getColumn(1).getInt()};
    });
}

std::vector<RecentCheckIn> CheckInDesk::recent(int limit) const
{
    return translatingSqliteErrors("check-in desk: recent", [&]() -> std::vector<RecentCheckIn> {
        auto query = m_db.prepared("SELECT uuid, person_uuid, checked_in_at FROM attendance WHERE training_uuid = ? "
                                   "AND day = ? AND deleted_at IS NULL AND annulled_at IS NULL "
                                   "ORDER BY checked_in_at DESC, id DESC LIMIT ?");
        query->bind(1, m_training.meta.uuid);
        query->bind(2, formatIsoDate(m_day));
        query->bind(3, limit);
        std::vector<RecentCheckIn> rows;
        while (query->executeStep()) {
            if (auto person = m_lookup.byUuid(query->getColumn(1).getString())) {
                rows.push_back({query->getColumn(0).getString(), query->getColumn(2).getString(), *person});
            }
        }
        return rows;
    });
}

} // namespace relawas::core
