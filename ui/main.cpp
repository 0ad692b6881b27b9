#include "app/Document.h"
#include "core/Log.h"
#include "store/FactoryDatabase.h"
#include "ui/Application.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    pmc::ui::setUpApplication(application);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("PMC Desk: production planning and material control"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Factory database file."), QStringLiteral("file"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QObject::tr("Log debug messages."));
    parser.addOptions({dbOption, verboseOption});
    parser.process(application);
    pmc::ui::setUpLogging(parser.isSet(verboseOption));

    pmc::app::Document document;
    try {
        // The default database starts as the demo factory, so a new user sees a working plant.
        const bool useDefault = !parser.isSet(dbOption);
        document.open(useDefault ? QString::fromStdString(pmc::store::defaultDatabasePath()) : parser.value(dbOption),
                      useDefault);
    } catch (const std::exception& e) {
        pmc::core::logger("ui").critical("cannot open the database: {}", e.what());
        QMessageBox::critical(nullptr, QObject::tr("PMC Desk"),
                              QObject::tr("Cannot open the database: %1").arg(QString::fromUtf8(e.what())));
        return 1;
    }
    pmc::ui::MainWindow window(document);
    window.show();
    return application.exec();
}
