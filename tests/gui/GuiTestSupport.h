#pragma once

// What every widget test does first, and small readers of what the user sees.

#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QString>

namespace relawas::testing {

// Settings go to Qt's test folder (~/.qttest) under a name of their own, and start empty: a test never reads or
// changes the settings of the person running it. Call before anything opens QSettings.
inline void useEmptyTestSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("RelawasTest"));
    // One file per test program: ctest runs them side by side, and one clearing another's settings mid-test made
    // the remembered-screen check fail now and then.
    QCoreApplication::setApplicationName(QStringLiteral("relawas-gui-tests-") +
                                         QFileInfo(QCoreApplication::applicationFilePath()).baseName());
    QSettings settings;
    settings.clear();
    settings.sync();
}

// A button or menu text as read on screen: without the mnemonic '&' and without the shortcut after a tab.
inline QString visibleText(QString text)
{
    const qsizetype tab = text.indexOf(QLatin1Char('\t'));
    if (tab >= 0) {
        text.truncate(tab);
    }
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

} // namespace relawas::testing
