// GoogleTest main for suites that need a Qt application object (run with
// QT_QPA_PLATFORM=offscreen). Widget suites define PMC_TEST_WIDGETS.
#ifdef PMC_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Keep the user's real settings and databases out of reach of the tests.
    QStandardPaths::setTestModeEnabled(true);
    // ctest runs tests in parallel processes: each gets settings of its own, so that a column
    // layout or a saved choice one test stores cannot change what another sees.
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    TestApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
