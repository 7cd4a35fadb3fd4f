// The printouts paint text, so they need a QGuiApplication (offscreen in ctest) and speak Indonesian by default.
#define CATCH_CONFIG_RUNNER
#include "printouts/PrintoutTranslations.h"

#include <catch2/catch.hpp>
#include <iostream>

#include <QGuiApplication>

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    if (!relawas::printouts::installPrintoutTranslator(QStringLiteral("id"))) {
        std::cerr << "the Indonesian translation of the printouts is not in the binary\n";
        return 1;
    }
    return Catch::Session().run(argc, argv);
}
