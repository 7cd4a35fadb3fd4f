#include "printouts/QrCode.h"

#include "printouts/PrintoutError.h"

#include <catch2/catch.hpp>

using namespace relawas::printouts;

TEST_CASE("A card code of eight characters makes a version 1 QR code, the same every time", "[printouts][qr]")
{
    const QrMatrix code = qrMatrix(QStringLiteral("K7M4QX9T"));
    CHECK(code.size == 21);
    CHECK(code.modules.size() == 21U * 21U);
    CHECK(qrMatrix(QStringLiteral("K7M4QX9T")).modules == code.modules);
    CHECK(qrMatrix(QStringLiteral("K7M4QX9V")).modules != code.modules);

    // The three finder patterns: a dark ring, a light ring, a dark 3 x 3 centre, and the light separator outside.
    for (const auto& [left, top] : {std::pair{0, 0}, std::pair{14, 0}, std::pair{0, 14}}) {
        CHECK(code.dark(left, top));
        CHECK(code.dark(left + 6, top + 6));
        CHECK(!code.dark(left + 1, top + 1));
        CHECK(code.dark(left + 3, top + 3));
    }
    CHECK(!code.dark(7, 0));
    CHECK(!code.dark(13, 0));
    // The timing pattern between the top finders alternates.
    for (int x = 8; x <= 12; ++x) {
        CHECK(code.dark(x, 6) == (x % 2 == 0));
    }
}

TEST_CASE("A longer text takes a larger version; a text no QR code holds is refused", "[printouts][qr]")
{
    CHECK(qrMatrix(QString(40, u'A')).size > 21);
    try {
        qrMatrix(QString(3000, u'A'));
        FAIL("3000 bytes do not fit in a QR code at level M");
    } catch (const PrintoutError& e) {
        CHECK(e.kind() == PrintoutErrorKind::NotEncoded);
    }
}
