#pragma once

// What the commands that save printouts share (`training sheet|cards|certificates`, `report village`): a
// QGuiApplication without a display for the printouts' fonts, in their language, and their errors as core errors.

#include <functional>
#include <string>

namespace relawas::cli {

// Runs `print` under a QGuiApplication (the offscreen platform unless the user chose another) with the printouts'
// translation `language` ("id" or "en"). Throws Error "cli.bad_language" (place "--language") for another language;
// a PrintoutError of `print` leaves as Error "printout.nothing_to_print" or "printout.not_written" (place "-o").
void withPrintouts(const std::string& language, const std::function<void()>& print);

} // namespace relawas::cli
