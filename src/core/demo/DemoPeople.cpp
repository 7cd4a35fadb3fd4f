#include "core/demo/DemoPeople.h"

#include "core/base/Error.h"
#include "core/demo/DemoNames.h"
#include "core/people/PeopleBatch.h"
#include "core/people/PersonRepository.h"
#include "core/regions/RegionRepository.h"
#include "core/storage/Database.h"
#include "core/storage/SqlErrors.h"

#include <cmath>
#include <random>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <fmt/format.h>

namespace relawas::core {

namespace {

struct Village
{
    std::string code;
    std::string name;
    std::string kecamatanCode;
};

struct Planned
{
    RoleKind role;
    std::size_t village; // index into the village list: where the person lives
    std::string scope;   // the region the role covers
};

class Generator
{
public:
    Generator(Database& db, const DemoOptions& options)
        : m_db(db)
        , m_options(options)
        , m_random(options.seed)
    {}

    Person person(const Village& village, RoleKind role)
    {
        Person p;
        const bool female = chance(role == RoleKind::AnggotaPanwascam ? 0.35 : 0.5);
        p.gender = female ? Gender::Female : Gender::Male;
        p.fullName = name(female);
        const int age = ageFor(role);
        p.birthDate = birthDate(age);
        p.birthPlace = village.name;
        p.villageCode = village.code;
        p.nik = nik(village.kecamatanCode, *p.birthDate, female);
        p.dusun = fmt::format("Dusun {}", romans()[pick(6)]);
        p.rt = fmt::format("{:03}", 1 + pick(12));
        p.rw = fmt::format("{:02}", 1 + pick(5));
        p.phone = phone(village.code);
        p.occupation = std::string(pickFrom(demo::occupations()));
        if (age <= 22 && chance(0.6)) {
            p.occupation = age <= 18 ? "Pelajar" : "Mahasiswa";
        } else if (age > 26 && (p.occupation == "Pelajar" || p.occupation == "Mahasiswa")) {
            p.occupation = "Wiraswasta";
        } else if (age < 55 && p.occupation == "Pensiunan") {
            p.occupation = "Petani";
        }
        p.education = std::string(pickFrom(demo::educationLevels()));
        if (chance(0.04)) {
            p.hasDisability = true;
            p.disabilityKind = std::string(pickFrom(demo::disabilityKinds()));
            p.targetGroups.insert(TargetGroup::Disabilitas);
        }
        if (chance(0.4)) {
            p.organisation = std::string(pickFrom(demo::organisations()));
        }
        if (chance(0.3)) {
            p.email = fmt::format("{}{}@mail.example", lowerFirstWord(p.fullName), pick(900) + 100);
        }
        if (female) {
            p.targetGroups.insert(TargetGroup::Perempuan);
        }
        if (age <= 21) {
            p.targetGroups.insert(TargetGroup::PemilihPemula);
        }
        if (age <= 30) {
            p.targetGroups.insert(TargetGroup::Pemuda);
        }
        if (age >= 60) {
            p.targetGroups.insert(TargetGroup::Lansia);
        }
        if (p.occupation == "Pelajar" || p.occupation == "Mahasiswa") {
            p.targetGroups.insert(TargetGroup::MahasiswaPelajar);
        }
        if (chance(0.03)) {
            p.targetGroups.insert(TargetGroup::TokohAgama);
        }
        if (chance(0.02)) {
            p.targetGroups.insert(TargetGroup::TokohAdat);
        }
        if (!p.organisation.empty() && chance(0.5)) {
            p.targetGroups.insert(TargetGroup::Ormas);
        }
        const Date signedOn = daysBefore(m_options.today, 30 + pick(600));
        p.consentDate = signedOn;
        p.noPartyDeclarationDate = signedOn;
        return p;
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < p; }
    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    std::string_view pickFrom(std::span<const std::string_view> from)
    {
        return from[std::size_t(pick(int(from.size())))];
    }

    static std::span<const std::string_view> romans()
    {
        static constexpr std::string_view numerals[] = {"I", "II", "III", "IV", "V", "VI"};
        return numerals;
    }

    static std::string lowerFirstWord(const std::string& name)
    {
        std::string word;
        for (const char c : name) {
            if (c == ' ' || c == '.') {
                break;
            }
            word += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
        return word;
    }

    std::string name(bool female)
    {
        std::string result(pickFrom(female ? demo::femaleGivenNames() : demo::maleGivenNames()));
        if (chance(0.55)) {
            result += " " + std::string(pickFrom(demo::secondNames(female)));
        }
        if (chance(0.5)) {
            result += " " + std::string(pickFrom(demo::familyNames()));
        } else if (result.back() == '.') { // "M." alone is no name
            result += " " + std::string(pickFrom(demo::secondNames(female)));
        }
        return result;
    }

    int ageFor(RoleKind role)
    {
        switch (role) {
        case RoleKind::AnggotaPanwascam:
            return 25 + pick(31);
        case RoleKind::StafSekretariat:
            return 22 + pick(29);
        case RoleKind::Pkd:
            return 21 + pick(35);
        default:
            // Volunteers lean young: many first-time voters and students, fewer elders.
            return 17 + int(44.0 * std::pow(std::uniform_real_distribution<double>(0.0, 1.0)(m_random), 1.7));
        }
    }

    static Date daysBefore(const Date& date, int days)
    {
        return Date{std::chrono::sys_days(date) - std::chrono::days{days}};
    }

    Date birthDate(int age)
    {
        const Date birthday{m_options.today.year() - std::chrono::years{age}, m_options.today.month(),
                            std::chrono::day{1}};
        return daysBefore(birthday, pick(365));
    }

    std::string nik(const std::string& kecamatanCode, const Date& birth, bool female)
    {
        std::string region;
        for (const char c : kecamatanCode) {
            if (c != '.') {
                region += c;
            }
        }
        const std::string prefix = region + fmt::format("{:02}{:02}{:02}", unsigned(birth.day()) + (female ? 40 : 0),
                                                        unsigned(birth.month()), int(birth.year()) % 100);
        auto [serial, inserted] = m_serials.try_emplace(prefix, 1 + pick(40));
        const PersonRepository people(m_db);
        std::string candidate;
        do {
            candidate = prefix + fmt::format("{:04}", serial->second++);
        } while (people.holderOfNik(candidate));
        return candidate;
    }

    std::string phone(const std::string& villageCode)
    {
        static constexpr int operators[] = {11, 12, 13, 21, 22, 23, 52, 53, 77, 78, 81, 82, 83, 95, 96, 97, 98, 99};
        // Families share one phone: now and then a person gives the number of someone in the same village.
        if (auto shared = m_lastPhone.find(villageCode); shared != m_lastPhone.end() && chance(0.05)) {
            return shared->second;
        }
        std::string number = fmt::format("+628{}", operators[pick(int(std::size(operators)))]);
        const int digits = 7 + pick(2);
        for (int i = 0; i < digits; ++i) {
            number += char('0' + pick(10));
        }
        m_lastPhone[villageCode] = number;
        return number;
    }

    Database& m_db;
    const DemoOptions& m_options;
    std::mt19937_64 m_random;
    std::unordered_map<std::string, int> m_serials;
    std::unordered_map<std::string, std::string> m_lastPhone;
};

std::vector<Planned> plan(const std::vector<Village>& villages, long long people, std::mt19937_64& random)
{
    std::vector<Planned> planned;
    std::unordered_map<std::string, std::vector<std::size_t>> byKecamatan;
    std::vector<std::string> kecamatanOrder;
    for (std::size_t i = 0; i < villages.size(); ++i) {
        auto& list = byKecamatan[villages[i].kecamatanCode];
        if (list.empty()) {
            kecamatanOrder.push_back(villages[i].kecamatanCode);
        }
        list.push_back(i);
    }
    const auto villageIn = [&](const std::string& kecamatan) {
        const auto& list = byKecamatan[kecamatan];
        return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)];
    };
    for (const auto& kecamatan : kecamatanOrder) {
        for (int i = 0; i < 3; ++i) {
            planned.push_back({RoleKind::AnggotaPanwascam, villageIn(kecamatan), kecamatan});
        }
        for (int i = 0; i < 2; ++i) {
            planned.push_back({RoleKind::StafSekretariat, villageIn(kecamatan), kecamatan});
        }
    }
    for (std::size_t i = 0; i < villages.size(); ++i) {
        planned.push_back({RoleKind::Pkd, i, villages[i].code});
    }
    if (planned.size() > std::size_t(people)) {
        planned.resize(std::size_t(people));
    }
    std::uniform_int_distribution<std::size_t> anyVillage(0, villages.size() - 1);
    while (planned.size() < std::size_t(people)) {
        const std::size_t village = anyVillage(random);
        planned.push_back({RoleKind::Relawan, village, villages[village].code});
    }
    return planned;
}

} // namespace

DemoResult generateDemoPeople(Database& db, const DemoOptions& options, const Progress& progress)
{
    return translatingSqliteErrors("generating demo people", [&]() -> DemoResult {
        const RegionRepository regions(db);
        std::vector<Village> villages;
        regions.forEach({options.underCode, std::nullopt, false}, [&villages](const Region& region) {
            if (isVillageLevel(region.level)) {
                villages.push_back({region.code, region.name, region.parentCode});
            }
        });
        if (villages.empty()) {
            throw Error(ErrorKind::UserInput, "demo.no_villages",
                        fmt::format("there are no villages under `{}`", options.underCode), "--under",
                        {options.underCode});
        }

        std::mt19937_64 planning(options.seed ^ 0x9E3779B97F4A7C15ULL);
        const auto planned = plan(villages, options.people, planning);
        Generator generator(db, options);
        DemoResult result;

        PeopleBatch batch(db, options.actor, "demo",
                          {{"under", options.underCode}, {"seed", options.seed}, {"people", options.people}});
        for (std::size_t i = 0; i < planned.size(); ++i) {
            const Planned& entry = planned[i];
            Person person = generator.person(villages[entry.village], entry.role);
            PersonRole role;
            role.kind = entry.role;
            role.scopeCode = entry.scope;
            role.startDate = person.consentDate;
            std::vector<PersonRole> roles{role};
            if (entry.role == RoleKind::Relawan && i % 25 == 0) {
                role.kind = RoleKind::KoordinatorKampung;
                roles.push_back(role);
            }
            result.roles += static_cast<long long>(roles.size());
            batch.add(person, std::move(roles));
            ++result.people;
            if (i % 500 == 0) {
                progress.step(i, planned.size());
            }
        }
        progress.step(planned.size(), planned.size());
        batch.commit({{"people", result.people}, {"roles", result.roles}});
        return result;
    });
}

} // namespace relawas::core
