#include "ui/Application.h"

#include "core/Log.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

namespace pmc::ui {

void setUpApplication(QApplication& application)
{
    QApplication::setOrganizationName(QStringLiteral("PMC Desk"));
    QApplication::setApplicationName(QStringLiteral("pmc"));
    QApplication::setApplicationDisplayName(QStringLiteral("PMC Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PMC_VERSION));

    const QByteArray override = qgetenv("PMC_LANG");
    const QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(override));
    // Widgets that name days and months (the calendar editor, date edits) follow the chosen
    // language too, not only the translated texts.
    if (!override.isEmpty())
        QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return;
    auto* own = new QTranslator(&application);
    if (own->load(QStringLiteral(":/i18n/pmc_zh_CN.qm")))
        QApplication::installTranslator(own);
    // Qt's own dialogs (file dialogs, message box buttons) from Debian's qt6-translations-l10n.
    auto* qt = new QTranslator(&application);
    if (qt->load(QLocale(QLocale::Chinese, QLocale::China), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

void setUpLogging(bool verbose)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs");
    QDir().mkpath(folder);
    core::configureLogging(verbose, (folder + QStringLiteral("/pmc.log")).toStdString());
}

} // namespace pmc::ui
