// An exception that would leave a slot or an event handler stops at the application's edge: the clerk is told, the
// program goes on, and nothing saved before is lost.
#include "startup/GuardedApplication.h"

#include "GuiTestSupport.h"
#include "MessageBoxAnswerer.h"
#include "core/base/Error.h"

#include <stdexcept>

#include <QEvent>
#include <QPushButton>
#include <QTest>

using namespace relawas;

namespace {

// A handler that fails as a slot of a screen could: with a core error, or with anything else.
class FailingReceiver final : public QObject
{
public:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::User) {
            throw core::Error(core::ErrorKind::Internal, "database.failed", "reading the roster failed: disk I/O error",
                              "reading the roster", {"disk I/O error"});
        }
        if (e->type() == QEvent::Type(QEvent::User + 1)) {
            throw std::runtime_error("vector::_M_range_check");
        }
        return QObject::event(e);
    }
};

} // namespace

class GuardedApplicationTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testing::useEmptyTestSettings(); }

    void aCoreErrorInAnEventHandlerIsToldAndTheProgramGoesOn()
    {
        auto* app = qobject_cast<gui::GuardedApplication*>(QCoreApplication::instance());
        QVERIFY(app != nullptr);
        const int before = app->caughtCount();
        FailingReceiver receiver;
        testing::MessageBoxAnswerer answerer;
        answerer.answerNext(QMessageBox::Ok);
        QEvent failing(QEvent::User);
        QCoreApplication::sendEvent(&receiver, &failing);
        QTRY_VERIFY(!answerer.text().isEmpty());
        QCOMPARE(app->caughtCount(), before + 1);
        QVERIFY(answerer.text().contains(QStringLiteral("disk I/O error")));
        QVERIFY(answerer.text().contains(QStringLiteral("saved")));
    }

    void aClickOnAButtonWhoseSlotThrowsLeavesTheWindowOpen()
    {
        auto* app = qobject_cast<gui::GuardedApplication*>(QCoreApplication::instance());
        const int before = app->caughtCount();
        QPushButton button(QStringLiteral("&Impor"));
        QObject::connect(&button, &QPushButton::clicked, [] { throw std::runtime_error("vector::_M_range_check"); });
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        testing::MessageBoxAnswerer answerer;
        answerer.answerNext(QMessageBox::Ok);
        QTest::keyClick(&button, Qt::Key_Space);
        QTRY_VERIFY(!answerer.text().isEmpty());
        QCOMPARE(app->caughtCount(), before + 1);
        QVERIFY(button.isVisible());
        QVERIFY(answerer.text().contains(QStringLiteral("_M_range_check")));
    }
};

int main(int argc, char** argv)
{
    gui::GuardedApplication app(argc, argv);
    GuardedApplicationTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "GuardedApplicationTest.moc"
