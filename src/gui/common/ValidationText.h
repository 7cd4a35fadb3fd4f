#pragma once

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
struct ValidationIssue;
}

namespace relawas::gui {

// The translated sentence of a validation finding (NIK, phone, e-mail, age, person rules), by its code.
class ValidationText
{
    Q_DECLARE_TR_FUNCTIONS(ValidationText)

public:
    static QString describe(const core::ValidationIssue& issue);
    static QString field(const QString& fieldId); // "nik" -> "NIK", "full_name" -> "Nama lengkap", ...
};

} // namespace relawas::gui
