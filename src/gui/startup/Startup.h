#pragma once

namespace relawas::gui {

// The whole life of the desktop program: options, language, log, database, first run, main window.
int runApplication(int argc, char** argv);

} // namespace relawas::gui
