#include "startup/Startup.h"

int main(int argc, char** argv)
{
    return relawas::gui::runApplication(argc, argv);
}
