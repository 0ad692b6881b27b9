// GoogleTest main for suites that need a Qt application object (run with
// QT_QPA_PLATFORM=offscreen). Widget suites define PMC_TEST_WIDGETS.
#ifdef PMC_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    // Keep the user's real settings and databases out of reach of the tests.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
