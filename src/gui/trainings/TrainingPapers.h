#pragma once

#include "common/PrintoutPreview.h"
#include "core/trainings/Training.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace relawas::gui {

struct Session;

// The papers of a training, each shown in a print preview that prints or saves a PDF: the daftar hadir of a day, the
// ID cards (a card code is issued first to whoever has none), the certificates (numbered once by the training
// service, the same number on every reprint). What the papers hold is gathered by src/paperwork, as for the CLI.
class TrainingPapers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainingPapers)

public:
    TrainingPapers(Session& session, QWidget* parent);

    void printSheet(const core::Training& training);
    void printCards(const core::Training& training);
    void printCertificates(const core::Training& training);

    // The preview open now (tests look at its pages), or null.
    PrintoutPreview* preview() const { return m_preview; }

signals:
    // Card codes were issued: the list of the training shows them.
    void cardsIssued();
    void statusMessage(const QString& text);

private:
    // Shows the preview modally; it is gone when this returns.
    void show(PrintoutPreview* preview);
    QWidget* parentWidget() const;

    Session& m_session;
    QPointer<PrintoutPreview> m_preview;
};

} // namespace relawas::gui
