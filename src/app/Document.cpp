#include "app/Document.h"

#include "core/FactoryModel.h"
#include "core/Log.h"
#include "core/mrp/MrpEngine.h"
#include "store/FactoryDatabase.h"
#include "store/ScenarioJson.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QThread>

#include <algorithm>

namespace pmc::app {

Document::Document(QObject* parent)
    : QObject(parent), m_factory(std::make_unique<core::FactoryModel>()),
      m_mrpResult(std::make_unique<core::MrpResult>())
{
}

Document::~Document()
{
    cancelMrp();
    waitForMrp();
}

void Document::open(const QString& path, bool seedDemo)
{
    cancelMrp();
    waitForMrp();
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
    cancelMrp();
    waitForMrp();
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
    const auto lastRun = m_database->lastMrpRun();
    m_hasMrpResult = lastRun.has_value();
    *m_mrpResult = lastRun.value_or(core::MrpResult{});
    m_lastMrpRunAt = QString::fromStdString(m_database->lastMrpRunAt());
    emit factoryReset();
}

void Document::startMrp()
{
    if (m_mrpWorker || !m_database)
        return;
    auto snapshot = std::make_shared<const core::FactoryModel>(*m_factory);
    m_mrpCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_mrpCancel;
    m_mrpWorker = QThread::create([this, snapshot, cancel] {
        const std::size_t items = std::max<std::size_t>(1, snapshot->items.size());
        std::size_t visited = 0;
        int reported = -1;
        std::shared_ptr<core::MrpResult> result;
        QString error;
        try {
            // The engine asks once per item whether to stop, which doubles as a progress count.
            result = std::make_shared<core::MrpResult>(core::MrpEngine(*snapshot).run([&] {
                const int percent = static_cast<int>(100 * ++visited / items);
                if (percent != reported) {
                    reported = percent;
                    QMetaObject::invokeMethod(this, [this, percent] { emit mrpProgress(percent); }, Qt::QueuedConnection);
                }
                return cancel->load();
            }));
        } catch (const core::Cancelled&) {
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        const bool cancelled = !result && error.isEmpty();
        QMetaObject::invokeMethod(this, [this, result, error, cancelled] { finishMrp(result, error, cancelled); },
                                  Qt::QueuedConnection);
    });
    connect(m_mrpWorker, &QThread::finished, m_mrpWorker, &QObject::deleteLater);
    m_mrpWorker->start();
}

void Document::cancelMrp()
{
    if (m_mrpCancel)
        m_mrpCancel->store(true);
}

void Document::waitForMrp()
{
    if (m_mrpWorker)
        m_mrpWorker->wait();
    // Deliver the queued completion so the state is final when this returns.
    QCoreApplication::sendPostedEvents(this);
}

void Document::finishMrp(std::shared_ptr<core::MrpResult> result, QString error, bool cancelled)
{
    m_mrpWorker = nullptr;
    m_mrpCancel.reset();
    if (cancelled) {
        emit mrpCancelled();
        return;
    }
    if (!result) {
        core::logger("app").error("MRP failed: {}", error.toStdString());
        emit mrpFailed(error);
        return;
    }
    try {
        m_database->saveMrpRun(*result, m_factory->settings.today);
    } catch (const std::exception& e) {
        emit mrpFailed(QString::fromUtf8(e.what()));
        return;
    }
    *m_mrpResult = std::move(*result);
    m_hasMrpResult = true;
    m_lastMrpRunAt = QString::fromStdString(m_database->lastMrpRunAt());
    emit mrpFinished();
}

} // namespace pmc::app
