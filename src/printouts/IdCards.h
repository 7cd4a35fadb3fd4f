#pragma once

#include "printouts/PrintoutData.h"

#include <vector>

#include <QRectF>

class QPagedPaintDevice;

namespace relawas::printouts {

inline constexpr int kIdCardsPerPage = 8; // 2 columns x 4 rows of 85.6 x 54 mm (ID-1, a bank card) on A4 portrait

// Paints the cards in order, eight to a page, with cut marks at every corner of every card. Returns the number of
// pages painted: ceil(cards / 8); no cards paint nothing.
int paintIdCards(QPagedPaintDevice& device, const std::vector<IdCardData>& cards);

// "K7M4QX9T" as printed under its QR code: "K7M4-QX9T", groups of four that a clerk can read out and type.
QString groupedCardCode(const QString& code);

// Where the card in a page's slot (0 to 7, left to right, top to bottom) lies on the paper, and its QR code with the
// quiet zone, in millimetres from the paper's top-left corner.
QRectF idCardRect(int slot);
QRectF idCardQrRect(int slot);

} // namespace relawas::printouts
