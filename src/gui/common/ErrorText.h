#pragma once

#include <QCoreApplication>
#include <QString>

namespace relawas::core {
class Error;
}

namespace relawas::gui {

// Turns a core error into the translated sentence the user reads, led by the place it names ("villages.csv,
// line 12: ..."). Core speaks English to logs; this is where the user's language comes in.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const core::Error& error);
    static QString message(const core::Error& error); // without the place
    static QString place(const core::Error& error);
};

} // namespace relawas::gui
