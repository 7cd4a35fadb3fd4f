#include "common/PrintoutPreview.h"

#include "common/Icons.h"
#include "printouts/PrintoutError.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace relawas::gui {

PrintoutPreview::PrintoutPreview(Printout printout, QWidget* parent)
    : QPrintPreviewDialog(parent)
    , m_printout(std::move(printout))
{
    // The preview's own printer (a high-resolution one): A4, the whole sheet; the printouts keep their margins.
    printer()->setPageSize(QPageSize(QPageSize::A4));
    printer()->setFullPage(true);
    setWindowTitle(m_printout.title);
    connect(this, &QPrintPreviewDialog::paintRequested, this, &PrintoutPreview::paintOn);

    auto* save = new QAction(Icons::icon(QStringLiteral("download")), tr("Save PDF…"), this);
    save->setShortcut(QKeySequence::Save);
    save->setToolTip(tr("Save as PDF (%1)").arg(save->shortcut().toString(QKeySequence::NativeText)));
    connect(save, &QAction::triggered, this, &PrintoutPreview::askAndSavePdf);
    if (auto* toolbar = findChild<QToolBar*>()) {
        toolbar->addSeparator();
        toolbar->addAction(save);
        if (QWidget* button = toolbar->widgetForAction(save)) {
            button->setObjectName(QStringLiteral("savePdfButton"));
        }
    }
    addAction(save);
    resize(1000, 700);
}

PrintoutPreview::~PrintoutPreview() = default;

int PrintoutPreview::pageCount() const
{
    const auto* widget = findChild<QPrintPreviewWidget*>();
    return widget ? widget->pageCount() : 0;
}

void PrintoutPreview::paintOn(QPrinter* printer)
{
    m_printout.paint(*printer);
}

void PrintoutPreview::askAndSavePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Save as PDF"), QDir(folder).filePath(m_printout.fileName),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    savePdf(path);
}

bool PrintoutPreview::savePdf(const QString& path)
{
    try {
        const int pages = m_printout.savePdf(path);
        emit statusMessage(tr("Saved %n page(s) to %1.", nullptr, pages).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const printouts::PrintoutError& error) {
        const QString why = error.kind() == printouts::PrintoutErrorKind::NothingToPrint
                                ? tr("There is nothing to print.")
                                : tr("The file could not be written: %1").arg(error.detail());
        QMessageBox::warning(this, tr("PDF not saved"),
                             tr("%1 was not saved.\n%2").arg(QDir::toNativeSeparators(path), why));
        return false;
    }
}

} // namespace relawas::gui
