#include "app/Document.h"

#include "core/FactoryModel.h"
#include "core/Log.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"

#include <QFile>

namespace pmc::app {

Document::Document(QObject* parent)
    : QObject(parent), m_factory(std::make_unique<core::FactoryModel>())
{
}

Document::~Document() = default;

void Document::open(const QString& path, bool seedDemo)
{
    auto database = std::make_unique<store::FactoryDatabase>(path.toStdString());
    if (seedDemo && database->seedDemoIfEmpty())
        core::logger("app").info("created {} from the demo factory", database->path());
    m_database = std::move(database);
    m_undoStack.clear();
    reload();
}

QString Document::path() const
{
    return m_database ? QString::fromStdString(m_database->path()) : QString();
}

QStringList Document::importScenario(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        throw store::StoreError(tr("Cannot read %1: %2").arg(fileName, file.errorString()).toStdString());
    const std::string text = file.readAll().toStdString();
    const auto warnings = m_database->importScenario(text, fileName.toStdString());
    // An import replaces everything the undo history refers to.
    m_undoStack.clear();
    reload();
    QStringList result;
    for (const std::string& w : warnings)
        result << QString::fromStdString(w);
    return result;
}

void Document::exportScenario(const QString& fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        throw store::StoreError(tr("Cannot write %1: %2").arg(fileName, file.errorString()).toStdString());
    const std::string text = store::writeScenario(*m_factory).dump(2) + "\n";
    file.write(text.data(), static_cast<qint64>(text.size()));
}

void Document::reload()
{
    *m_factory = m_database->load();
    emit factoryReset();
}

} // namespace pmc::app
