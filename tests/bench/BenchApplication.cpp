#include "BenchApplication.h"

#include <QApplication>
#include <QStandardPaths>

namespace pmc::bench {

QApplication& benchApplication()
{
    static int argc = 1;
    static char name[] = "pmc_bench";
    static char* argv[] = { name, nullptr };
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Table pages remember their layout in QSettings; keep the planner's own out of reach.
    QStandardPaths::setTestModeEnabled(true);
    static QApplication app(argc, argv);
    return app;
}

} // namespace pmc::bench
