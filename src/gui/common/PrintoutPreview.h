#pragma once

#include <functional>

#include <QPrintPreviewDialog>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace relawas::gui {

// One printout ready to be seen before it is printed: what paints it on any paged device, and what saves it as PDF.
struct Printout
{
    QString title;    // the window's title: "Daftar hadir — Rakernis …"
    QString fileName; // the PDF's suggested name, without folder: "daftar-hadir-hari-1.pdf"
    std::function<int(QPagedPaintDevice&)> paint;
    std::function<int(const QString&)> savePdf; // throws printouts::PrintoutError
};

// Qt's print preview (zoom, pages, page setup, Print with the system's printers) with one more action beside Print:
// "Simpan PDF…" (Ctrl+S), which writes the same pages at 1200 dpi whole or not at all. The pages are painted from
// the data gathered when the preview opened.
class PrintoutPreview final : public QPrintPreviewDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrintoutPreview)

public:
    PrintoutPreview(Printout printout, QWidget* parent = nullptr);
    ~PrintoutPreview() override;

    // How many pages the preview shows.
    int pageCount() const;

public slots:
    // Asks where to save the PDF (the Documents folder and the suggested name first), then saves it.
    void askAndSavePdf();
    // Saves the PDF to `path`; says what went wrong and returns false when it could not.
    bool savePdf(const QString& path);

signals:
    void statusMessage(const QString& text);

private:
    void paintOn(QPrinter* printer);

    Printout m_printout;
};

} // namespace relawas::gui
