#include "app/BackgroundJob.h"

#include "core/mrp/MrpResult.h"

#include <QCoreApplication>
#include <QThread>

namespace pmc::app {

BackgroundJob::BackgroundJob(QObject* parent)
    : QObject(parent)
{
}

BackgroundJob::~BackgroundJob()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool BackgroundJob::start(std::function<void()> work, Done done)
{
    if (m_thread)
        return false;
    m_cancel.store(false);
    m_lastPercent.store(-1);
    m_done = std::move(done);
    m_thread = QThread::create([this, work = std::move(work)] {
        QString error;
        bool cancelled = false;
        try {
            work();
        } catch (const core::Cancelled&) {
            cancelled = true;
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
        }
        QMetaObject::invokeMethod(this, [this, error, cancelled] { finish(error, cancelled); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

void BackgroundJob::report(int percent)
{
    if (m_lastPercent.exchange(percent) != percent)
        QMetaObject::invokeMethod(this, [this, percent] { emit progress(percent); }, Qt::QueuedConnection);
}

void BackgroundJob::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Deliver the queued finish() so the job's outcome is applied when this returns.
    QCoreApplication::sendPostedEvents(this);
}

void BackgroundJob::finish(const QString& error, bool cancelled)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    Done done = std::move(m_done);
    done(error, cancelled);
}

} // namespace pmc::app
