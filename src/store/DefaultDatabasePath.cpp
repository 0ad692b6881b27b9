#include "store/FactoryDatabase.h"

#include <QDir>
#include <QStandardPaths>

namespace pmc::store {

std::string defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/pmc-desk");
    QDir().mkpath(folder);
    return (folder + QStringLiteral("/factory.db")).toStdString();
}

} // namespace pmc::store
