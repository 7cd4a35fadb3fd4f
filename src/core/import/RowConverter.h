#pragma once

#include "core/base/Clock.h"
#include "core/import/ColumnMapping.h"
#include "core/import/ImportMessage.h"
#include "core/import/VillageResolver.h"
#include "core/import/sheet/SheetRows.h"
#include "core/people/Person.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace relawas::core {

// What a row means: the person, the roles they hold (not yet tied to a stored person) and what was found wrong or
// worth a look, each message naming the line, the column and the value.
struct ConvertedRow
{
    Person person;
    std::vector<PersonRole> roles;
    std::vector<ImportMessage> messages;

    bool hasErrors() const;
    bool hasWarnings() const;
};

// What a conversion knows besides the row.
struct RowContext
{
    const VillageResolver* regions = nullptr;                 // the working kabupaten
    std::function<bool(const std::string& code)> regionKnown; // for the NIK's region prefix
    Date today;
    Date referenceDate;                  // the day ages are counted on for the roles' minimum age (the election day)
    std::optional<RoleKind> defaultRole; // for rows whose role cell is empty
    std::string defaultKecamatanCode;    // for rows whose kecamatan cell is empty (a file of one kecamatan)
};

// Turns the cells of one data row into a Person and roles. The rules are the registration form's (checkPerson: name,
// NIK, phone, e-mail, village, minimum age per role), so a row is accepted exactly when the form would save it; the
// spreadsheet adds its own. Pure apart from the regions read at the start: it never writes and never throws on a row.
//
// Codes besides checkPerson's (person.*, nik.*, phone.*, email.*, eligibility.*), all errors:
// "nik.spreadsheet_number" (the NIK is a number cell of an XLSX), "import.bad_date",
// "import.bad_gender", "import.bad_rt_rw", "import.unknown_kecamatan", "import.kecamatan_missing",
// "import.unknown_village", "import.ambiguous_village", "import.unknown_role", "import.unknown_target_group".
class RowConverter
{
public:
    RowConverter(ColumnMapping mapping, RowContext context);

    ConvertedRow convert(const SheetRow& row) const;

    const ColumnMapping& mapping() const { return m_mapping; }

private:
    ColumnMapping m_mapping;
    RowContext m_context;
};

} // namespace relawas::core
