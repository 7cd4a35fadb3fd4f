#pragma once

// Reads a PDF back as a person would see it, through poppler-utils: its pages and paper, its text, its pixels.

#include <QImage>
#include <QString>
#include <QStringList>

namespace relawas::printouts::testing {

struct PdfInfo
{
    int pages = 0;
    double widthPt = 0; // of the first page
    double heightPt = 0;
    QString title;
    QString creator;
};

// Runs a poppler tool and returns its standard output; throws std::runtime_error when it fails.
QByteArray runTool(const QString& program, const QStringList& arguments);

PdfInfo pdfInfo(const QString& path);
// The text of one page (from 1), or of all pages (0), with its layout kept as spaces.
QString pdfText(const QString& path, int page = 0);
// One page rendered to a PNG file at the resolution, and loaded.
QImage pdfPage(const QString& path, int page, int dpi, const QString& pngPrefix);

} // namespace relawas::printouts::testing
