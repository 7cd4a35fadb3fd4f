#include "printouts/QrCode.h"

#include "printouts/PrintoutError.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

namespace relawas::printouts {

QrMatrix qrMatrix(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    errno = 0;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(bytes.size()), reinterpret_cast<const unsigned char*>(bytes.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        throw PrintoutError(
            PrintoutErrorKind::NotEncoded, {},
            QStringLiteral("%1 bytes: %2").arg(bytes.size()).arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    QrMatrix matrix;
    matrix.size = code->width;
    matrix.modules.resize(std::size_t(code->width) * std::size_t(code->width));
    for (std::size_t i = 0; i < matrix.modules.size(); ++i) {
        matrix.modules[i] = (code->data[i] & 1) != 0; // libqrencode: bit 0 is the colour, the others say what it is
    }
    return matrix;
}

void paintQrCode(QPainter& painter, const QrMatrix& matrix, const QRectF& area)
{
    const int side = matrix.size + 2 * kQrQuietZone;
    const double module = std::min(area.width(), area.height()) / side;
    const QPointF origin = area.topLeft() + QPointF(kQrQuietZone * module, kQrQuietZone * module);

    // Runs of dark modules in a row make one rectangle each, all in one path filled at once: where two rectangles
    // meet, the coverage of both adds up, so no seam shows between rows the way it does between separate fills.
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < matrix.size; ++y) {
        for (int x = 0; x < matrix.size;) {
            if (!matrix.dark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < matrix.size && matrix.dark(x, y)) {
                ++x;
            }
            dark.addRect(QRectF(origin.x() + start * module, origin.y() + y * module, (x - start) * module, module));
        }
    }

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.fillRect(QRectF(area.topLeft(), QSizeF(side * module, side * module)), Qt::white);
    painter.setBrush(Qt::black);
    painter.drawPath(dark);
    painter.restore();
}

} // namespace relawas::printouts
