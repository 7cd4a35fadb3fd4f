#include "core/import/RowConverter.h"

#include "core/base/TextUtil.h"
#include "core/import/sheet/CellValues.h"
#include "core/people/RoleScope.h"
#include "core/people/checks/PersonCheck.h"

#include <algorithm>

#include <fmt/format.h>

namespace relawas::core {

namespace {

using Severity = ImportMessage::Severity;

std::string joinNames(const std::vector<const Region*>& regions, std::string_view what)
{
    std::string text;
    for (std::size_t i = 0; i < regions.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == regions.size() ? " and " : ", ");
        text += what.empty() ? regions[i]->name : fmt::format("{} {}", what, regions[i]->name);
    }
    return text;
}

// The names only, for a message's args: "Suka Ramai, Suka Damai".
std::string nameList(const std::vector<const Region*>& regions)
{
    std::string text;
    for (const Region* region : regions) {
        text += (text.empty() ? "" : ", ") + region->name;
    }
    return text;
}

// One row being converted: the cells, the messages found so far and the person taking shape.
class RowWork
{
public:
    RowWork(const SheetRow& row, const ColumnMapping& mapping, const RowContext& context)
        : m_row(row)
        , m_mapping(mapping)
        , m_context(context)
    {}

    ConvertedRow run();

private:
    std::optional<std::size_t> column(ImportField field) const { return m_mapping.columnOf(field); }

    std::string cell(ImportField field) const
    {
        const auto index = column(field);
        return index ? cleanCellText(m_row.text(*index)) : std::string();
    }

    SheetCell::Kind kind(ImportField field) const
    {
        const auto index = column(field);
        return index && *index < m_row.cells.size() ? m_row.cells[*index].kind : SheetCell::Kind::Text;
    }

    void add(Severity severity, ImportField field, const std::string& value, std::string code,
             const std::string& detail, std::vector<std::string> args = {})
    {
        const auto index = column(field);
        const std::string name = index ? m_mapping.columnName(*index) : std::string(importFieldId(field));
        const std::string place = value.empty() ? fmt::format("line {}, {}", m_row.line, name)
                                                : fmt::format("line {}, {} \"{}\"", m_row.line, name, value);
        // A field the file has no column for (the role the whole file was given) is about the row, not a column.
        m_out.messages.push_back(
            {severity, std::move(code), place + ": " + detail, std::move(args), index ? name : std::string(), value});
    }

    void addIssues(Severity severity, ImportField field, const std::string& value,
                   const std::vector<ValidationIssue>& issues)
    {
        for (const auto& issue : issues) {
            add(severity, field, value, issue.code, issue.message, issue.args);
        }
    }

    std::optional<Date> date(ImportField field, const std::string& text)
    {
        if (text.empty()) {
            return std::nullopt;
        }
        const auto parsed = parseSheetDate(text);
        if (!parsed) {
            add(Severity::Error, field, text, "import.bad_date",
                "not a date: write it as dd/mm/yyyy, dd-mm-yyyy or yyyy-mm-dd", {text});
        }
        return parsed;
    }

    void readRoles();
    void readBirth();
    void readRegion();
    void checkAsForm();
    void readOther();
    void assignRoles();

    const SheetRow& m_row;
    const ColumnMapping& m_mapping;
    const RowContext& m_context;
    ConvertedRow m_out;
    std::vector<RoleKind> m_roles;
    std::string m_kecamatanCode;
    bool m_villageReported = false;
};

void RowWork::readRoles()
{
    const std::string text = cell(ImportField::Role);
    for (const auto& item : splitListCell(text)) {
        if (const auto kind = parseRoleName(item)) {
            if (std::find(m_roles.begin(), m_roles.end(), *kind) == m_roles.end()) {
                m_roles.push_back(*kind);
            }
        } else {
            add(Severity::Error, ImportField::Role, item, "import.unknown_role",
                "not a role: use Relawan, Koordinator Kampung, PKD, PTPS, Anggota Panwascam, Staf Sekretariat, "
                "Narasumber or Pelatih",
                {item});
        }
    }
    if (text.empty() && m_context.defaultRole) {
        m_roles.push_back(*m_context.defaultRole);
    }
}

void RowWork::readBirth()
{
    Person& person = m_out.person;
    std::string placeAndDate = cell(ImportField::BirthPlaceAndDate);
    person.birthPlace = collapseSpaces(cell(ImportField::BirthPlace));
    person.birthDate = date(ImportField::BirthDate, cell(ImportField::BirthDate));
    if (!placeAndDate.empty()) {
        // "Medan, 12-05-1990", or "Medan 12-05-1990": the date is what follows the last comma or space.
        auto cut = placeAndDate.rfind(',');
        if (cut == std::string::npos) {
            cut = placeAndDate.rfind(' ');
        }
        const std::string place =
            cut == std::string::npos ? std::string() : collapseSpaces(placeAndDate.substr(0, cut));
        const std::string datePart =
            cleanCellText(cut == std::string::npos ? placeAndDate : placeAndDate.substr(cut + 1));
        if (person.birthPlace.empty()) {
            person.birthPlace = place;
        }
        const auto parsed = parseSheetDate(datePart);
        if (!parsed) {
            add(Severity::Error, ImportField::BirthPlaceAndDate, placeAndDate, "import.bad_date",
                "no date after the place: write it as \"Tempat, dd-mm-yyyy\"", {placeAndDate});
        } else if (!person.birthDate) {
            person.birthDate = parsed;
        }
    }

    const std::string gender = cell(ImportField::Gender);
    if (!gender.empty()) {
        person.gender = parseGenderText(gender);
        if (!person.gender) {
            add(Severity::Error, ImportField::Gender, gender, "import.bad_gender",
                "not a gender: write L or P (Laki-laki, Perempuan)", {gender});
        }
    }
}

// The rules the registration form applies (PersonCheck), so that a row is accepted exactly when the form would let the
// clerk save it: name, NIK, phone, e-mail, village and the minimum age of each role.
void RowWork::checkAsForm()
{
    Person& person = m_out.person;
    const std::string nikText = cell(ImportField::Nik);
    const std::string phoneText = cell(ImportField::Phone);
    const std::string email = cell(ImportField::Email);
    const bool nikIsNumber = !nikText.empty() && kind(ImportField::Nik) == SheetCell::Kind::Number;

    PersonDraft draft;
    draft.nikText = nikText;
    draft.fullName = person.fullName;
    draft.gender = person.gender;
    draft.birthDate = person.birthDate;
    draft.phoneText = phoneText;
    draft.email = email;
    draft.villageCode = person.villageCode;
    draft.roles = m_roles;
    PersonCheckContext context;
    context.regionKnown = m_context.regionKnown;
    context.districtCode = m_context.regions->kabupaten().code;
    context.scopeCode = m_context.defaultKecamatanCode;
    context.regionName = [&regions = *m_context.regions](const std::string& code) {
        const Region* kecamatan = regions.kecamatan(code);
        return kecamatan ? kecamatan->name : code;
    };
    context.today = m_context.today;
    context.referenceDate = m_context.referenceDate;
    const PersonCheck check = checkPerson(draft, context);

    const auto report = [this, nikIsNumber](Severity severity, const FieldIssue& found) {
        if (found.field == "nik" && nikIsNumber) {
            return; // said below, once
        }
        if (found.field == "village_code" && m_villageReported) {
            return; // the village cell was already found wrong
        }
        static const std::vector<std::pair<std::string_view, ImportField>> columns = {
            {"full_name", ImportField::FullName},   {"nik", ImportField::Nik},     {"gender", ImportField::Gender},
            {"birth_date", ImportField::BirthDate}, {"phone", ImportField::Phone}, {"email", ImportField::Email},
            {"village_code", ImportField::Village}, {"roles", ImportField::Role}};
        ImportField field = ImportField::FullName;
        for (const auto& [name, mapped] : columns) {
            if (found.field == name) {
                field = mapped;
            }
        }
        add(severity, field, cell(field), found.issue.code, found.issue.message, found.issue.args);
    };
    for (const auto& found : check.errors) {
        report(Severity::Error, found);
    }
    for (const auto& found : check.warnings) {
        report(Severity::Warning, found);
    }

    if (nikIsNumber) {
        // A number cell holds at most 15 significant digits: whatever it shows, the NIK's last digit may be gone.
        add(Severity::Error, ImportField::Nik, nikText, "nik.spreadsheet_number",
            "the NIK was stored as a number, and a spreadsheet keeps only 15 digits of a number, so its last digits "
            "may be lost: type the NIK again in a cell formatted as text",
            {nikText});
    } else {
        person.nik = check.nik;
    }
    if (!person.nik.empty()) {
        // What the NIK says fills what the row leaves empty, as the registration form does.
        person.birthDate = person.birthDate ? person.birthDate : check.nikBirthDate;
        person.gender = person.gender ? person.gender : check.nikGender;
    }
    person.phone = check.phoneE164;
    if (!check.hasIssue("email")) {
        person.email = email;
    }
}

void RowWork::readRegion()
{
    const VillageResolver& regions = *m_context.regions;
    const std::string& kabupaten = regions.kabupaten().name; // "Kabupaten Batu Bara", as the code list names it
    const std::string village = collapseSpaces(cell(ImportField::Village));
    const std::string kecamatan = collapseSpaces(cell(ImportField::Kecamatan));

    if (!kecamatan.empty()) {
        const auto found = regions.findKecamatan(kecamatan);
        if (found.matches.size() != 1) {
            add(Severity::Error, ImportField::Kecamatan, kecamatan, "import.unknown_kecamatan",
                fmt::format("no kecamatan of that name in {}", kabupaten), {kecamatan, regions.kabupaten().name});
            m_villageReported = true;
            return;
        }
        m_kecamatanCode = found.matches.front()->code;
    } else if (!m_context.defaultKecamatanCode.empty()) {
        m_kecamatanCode = m_context.defaultKecamatanCode;
    }

    if (village.empty()) {
        return; // the form's rule says what a missing village means
    }
    m_villageReported = true; // until it is found
    if (m_kecamatanCode.empty()) {
        const auto candidates = regions.villagesNamed(village);
        std::vector<const Region*> kecamatanOf;
        for (const Region* candidate : candidates) {
            kecamatanOf.push_back(regions.kecamatan(candidate->parentCode));
        }
        std::vector<std::string> args{village};
        for (const Region* k : kecamatanOf) {
            args.push_back(k->name);
        }
        const std::string where =
            candidates.empty()       ? fmt::format("and there is no village of that name in {}", kabupaten)
            : candidates.size() == 1 ? fmt::format("(there is one in {})", joinNames(kecamatanOf, "Kecamatan"))
                                     : fmt::format("(there are {} of that name: in {})", candidates.size(),
                                                   joinNames(kecamatanOf, "Kecamatan"));
        add(Severity::Error, ImportField::Village, village, "import.kecamatan_missing",
            "a village is only found within its kecamatan, and the kecamatan is empty " + where, args);
        return;
    }

    const Region* kecamatanRegion = regions.kecamatan(m_kecamatanCode);
    const std::string kecamatanName = kecamatanRegion ? kecamatanRegion->name : m_kecamatanCode;
    const auto found = regions.findVillage(village, m_kecamatanCode);
    if (found.matches.size() == 1) {
        m_out.person.villageCode = found.matches.front()->code;
        m_villageReported = false;
        return;
    }
    if (found.matches.size() > 1) {
        add(Severity::Error, ImportField::Village, village, "import.ambiguous_village",
            fmt::format("Kecamatan {} has {} villages of that name: the import cannot tell which", kecamatanName,
                        found.matches.size()),
            {village, kecamatanName});
        return;
    }
    // What the clerk may have meant: a village of this kecamatan spelled a little differently, else one of this name
    // in another kecamatan. Args: the village, the kecamatan, the nearest names here, the kecamatan elsewhere.
    std::vector<const Region*> near = regions.villagesLike(village, m_kecamatanCode);
    std::vector<const Region*> elsewhere;
    for (const Region* candidate : regions.villagesNamed(village)) {
        elsewhere.push_back(regions.kecamatan(candidate->parentCode));
    }
    std::string hint;
    if (!near.empty()) {
        hint = fmt::format(" (did you mean {}?)", joinNames(near, ""));
    } else if (!elsewhere.empty()) {
        hint = fmt::format(" (a village of that name is in {})", joinNames(elsewhere, "Kecamatan"));
    }
    add(Severity::Error, ImportField::Village, village, "import.unknown_village",
        fmt::format("no desa/kelurahan of that name in Kecamatan {}{}", kecamatanName, hint),
        {village, kecamatanName, nameList(near), nameList(elsewhere)});
}

void RowWork::readOther()
{
    Person& person = m_out.person;
    person.dusun = collapseSpaces(cell(ImportField::Dusun));
    person.rt = cell(ImportField::Rt);
    person.rw = cell(ImportField::Rw);
    if (const std::string rtRw = cell(ImportField::RtRw); !rtRw.empty()) {
        const auto cut = rtRw.find_first_of("/-.");
        if (cut == std::string::npos || rtRw.find_first_of("/-.", cut + 1) != std::string::npos) {
            add(Severity::Error, ImportField::RtRw, rtRw, "import.bad_rt_rw", "write RT/RW as 003/002", {rtRw});
        } else {
            person.rt = person.rt.empty() ? cleanCellText(rtRw.substr(0, cut)) : person.rt;
            person.rw = person.rw.empty() ? cleanCellText(rtRw.substr(cut + 1)) : person.rw;
        }
    }
    person.occupation = collapseSpaces(cell(ImportField::Occupation));
    person.education = collapseSpaces(cell(ImportField::Education));
    person.organisation = collapseSpaces(cell(ImportField::Organisation));
    person.notes = cell(ImportField::Notes);

    const std::string disability = collapseSpaces(cell(ImportField::Disability));
    if (const auto yes = parseYesNo(disability)) {
        person.hasDisability = *yes;
    } else {
        person.hasDisability = true;
        person.disabilityKind = disability;
    }
    const std::string disabilityKind = collapseSpaces(cell(ImportField::DisabilityKind));
    if (!parseYesNo(disabilityKind).has_value()) {
        person.hasDisability = true;
        person.disabilityKind = disabilityKind;
    } else if (parseYesNo(disabilityKind) == true) {
        person.hasDisability = true;
    }

    for (const auto& item : splitListCell(cell(ImportField::TargetGroups))) {
        if (const auto group = parseTargetGroupName(item)) {
            person.targetGroups.insert(*group);
        } else {
            add(Severity::Error, ImportField::TargetGroups, item, "import.unknown_target_group",
                "not a target group: use Pemilih Pemula, Perempuan, Disabilitas, Lansia, Tokoh Agama, Tokoh Adat, "
                "Pemuda, Mahasiswa/Pelajar or Ormas",
                {item});
        }
    }
    person.noPartyDeclarationDate =
        date(ImportField::NoPartyDeclarationDate, cell(ImportField::NoPartyDeclarationDate));
    person.consentDate = date(ImportField::ConsentDate, cell(ImportField::ConsentDate));
}

void RowWork::assignRoles()
{
    // Without a village the row is refused (the form's rule), so every role of a stored row has its scope.
    const std::string& village = m_out.person.villageCode;
    for (const RoleKind kind : m_roles) {
        PersonRole role;
        role.kind = kind;
        role.scopeCode = defaultScopeOf(kind, village, m_context.regions->kabupaten().code);
        if (role.scopeCode.empty() && scopeLevelOf(kind) == ScopeLevel::Kecamatan) {
            role.scopeCode = m_kecamatanCode;
        }
        m_out.roles.push_back(role);
    }
}

ConvertedRow RowWork::run()
{
    m_out.person.fullName = collapseSpaces(cell(ImportField::FullName));
    readRoles();
    readBirth();
    readRegion();
    checkAsForm();
    readOther();
    assignRoles();
    return std::move(m_out);
}

} // namespace

bool ConvertedRow::hasErrors() const
{
    return std::any_of(messages.begin(), messages.end(),
                       [](const ImportMessage& m) { return m.severity == Severity::Error; });
}

bool ConvertedRow::hasWarnings() const
{
    return std::any_of(messages.begin(), messages.end(),
                       [](const ImportMessage& m) { return m.severity == Severity::Warning; });
}

RowConverter::RowConverter(ColumnMapping mapping, RowContext context)
    : m_mapping(std::move(mapping))
    , m_context(std::move(context))
{}

ConvertedRow RowConverter::convert(const SheetRow& row) const
{
    return RowWork(row, m_mapping, m_context).run();
}

} // namespace relawas::core
