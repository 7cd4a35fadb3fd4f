#pragma once

#include <vector>

#include <QRectF>
#include <QString>

class QPainter;

namespace relawas::printouts {

// The modules of a QR code, row by row, without the quiet zone.
struct QrMatrix
{
    int size = 0; // modules per side: 21 for version 1
    std::vector<bool> modules;

    bool dark(int x, int y) const { return modules[std::size_t(y) * std::size_t(size) + std::size_t(x)]; }
};

// The white border every reader needs around the code, in modules.
inline constexpr int kQrQuietZone = 4;

// The QR code of the text's UTF-8 bytes in 8-bit mode, error correction level M (15 %), the smallest version that
// holds it. An 8-character card code gives version 1. Throws PrintoutError (NotEncoded) for text too long.
QrMatrix qrMatrix(const QString& text);

// Paints the code with its quiet zone into the square `area` (device units): the quiet zone white, the dark modules
// as one filled outline, so no hairline shows between neighbouring modules at any resolution.
void paintQrCode(QPainter& painter, const QrMatrix& matrix, const QRectF& area);

} // namespace relawas::printouts
