#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace pmc::app {

/// Runs one long planning computation (MRP, scheduling) on a worker thread so the window stays
/// responsive. The work polls isCancelled() and calls report(); `done` runs afterwards on the
/// thread that owns this object. One computation at a time. Owned by its Document.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QString& error, bool cancelled)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    /// Starts `work`; a core::Cancelled thrown by it ends the job as cancelled, any other
    /// exception as failed with its message. Returns false while another job is running.
    bool start(std::function<void()> work, Done done);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }
    /// Thread-safe; emits progress() on the owner's thread when the percentage changes.
    void report(int percent);
    /// Blocks until the work has ended and `done` has run (shutdown, tests).
    void wait();

signals:
    void progress(int percent);

private:
    void finish(const QString& error, bool cancelled);

    QThread* m_thread = nullptr;
    Done m_done;
    std::atomic_bool m_cancel{false};
    std::atomic_int m_lastPercent{-1};
};

} // namespace pmc::app
