#include "ui/LazyPage.h"

#include "app/BackgroundJob.h"

namespace pmc::ui {

LazyPage::LazyPage(QWidget* parent) : QWidget(parent), m_job(new app::BackgroundJob(this)) {}

LazyPage::~LazyPage()
{
    // The derived page is gone already: a finishing build shows nothing and starts nothing.
    m_closing = true;
    m_job->cancel();
    m_job->wait();
}

void LazyPage::markStale()
{
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void LazyPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void LazyPage::waitForBuild()
{
    while (m_job->isRunning())
        m_job->wait();
}

bool LazyPage::isBuilding() const
{
    return m_job->isRunning();
}

void LazyPage::startBuild(std::function<void()> work, std::function<void()> shown,
                          std::function<void(const QString&)> failed)
{
    m_buildAgain = false;
    m_job->start(std::move(work), [this, shown = std::move(shown), failed = std::move(failed)](const QString& error,
                                                                                                 bool cancelled) {
        if (m_closing)
            return;
        if (m_buildAgain) {
            // The choice changed while this was built: it is stale, build the new one.
            refresh();
            return;
        }
        if (cancelled)
            return;
        if (!error.isEmpty())
            failed(error);
        else
            shown();
    });
}

} // namespace pmc::ui
