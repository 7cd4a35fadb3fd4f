#include "printouts/PrintoutTranslations.h"

#include <memory>

#include <QCoreApplication>
#include <QTranslator>

namespace relawas::printouts {

namespace {
constexpr const char* kTranslatorName = "relawas_printouts_translator";
} // namespace

bool installPrintoutTranslator(const QString& language)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr) {
        return false;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral(":/i18n/relawas_printouts_%1.qm").arg(language))) {
        return false;
    }
    const auto loaded =
        app->findChildren<QTranslator*>(QString::fromLatin1(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator* old : loaded) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    translator->setObjectName(QString::fromLatin1(kTranslatorName));
    translator->setParent(app);
    QCoreApplication::installTranslator(translator.release());
    return true;
}

} // namespace relawas::printouts
