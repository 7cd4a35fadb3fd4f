#include "wilayah/VillageRosterPrint.h"

#include "common/ErrorText.h"
#include "common/PrintoutPreview.h"
#include "common/Session.h"
#include "core/base/Error.h"
#include "paperwork/VillagePaperwork.h"
#include "printouts/PdfOutput.h"
#include "printouts/VillageRosterSheet.h"

#include <QCoreApplication>
#include <QDate>
#include <QMessageBox>

namespace relawas::gui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("relawas::gui::VillageRosterPrint", text);
}

} // namespace

bool previewVillageRosters(Session& session, const QString& code, const QString& name, QWidget* parent)
{
    std::vector<printouts::VillageRosterSheetData> sheets;
    try {
        sheets = paperwork::villageRosterSheets(session.database, code.toStdString(), QDate::currentDate());
    } catch (const core::Error& e) {
        QMessageBox::warning(parent, tr("Village volunteer roster"), ErrorText::describe(e));
        return false;
    }
    Printout printout;
    printout.title = tr("Village volunteer roster — %1").arg(name);
    printout.fileName = tr("village-volunteers-%1.pdf").arg(QString(code).replace(QLatin1Char('.'), QString()));
    printout.paint = [sheets](QPagedPaintDevice& device) { return printouts::paintVillageRosters(device, sheets); };
    printout.savePdf = [sheets](const QString& path) { return printouts::saveVillageRostersPdf(sheets, path); };
    auto* preview = new PrintoutPreview(printout, parent);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->open();
    return true;
}

} // namespace relawas::gui
