#pragma once

#include "core/people/Person.h"

#include <string_view>

#include <QCoreApplication>
#include <QString>

namespace relawas::gui {

class VillageNames;

// The fields a merge names (core::mergeableFields ids) as the merge form shows them: a label in the user's language
// and each value as text. The NIK comes unmasked: the form masks it where it shows it.
class PersonFieldText
{
    Q_DECLARE_TR_FUNCTIONS(PersonFieldText)

public:
    static QString label(std::string_view fieldId);
    static QString value(const core::Person& person, std::string_view fieldId, const VillageNames& villages);
};

} // namespace relawas::gui
