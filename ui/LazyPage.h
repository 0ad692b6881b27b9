#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace pmc::app {
class BackgroundJob;
}

namespace pmc::ui {

/// An area whose content is built from the database on a worker: when the data behind it
/// changes while it is hidden, it is rebuilt the next time it is shown, not at once, so edits
/// elsewhere never wait for pages nobody looks at.
class LazyPage : public QWidget {
    Q_OBJECT
public:
    explicit LazyPage(QWidget* parent = nullptr);
    ~LazyPage() override;

    /// Rebuilds the content now; a page calls markFresh() when it starts.
    virtual void refresh() = 0;
    /// Blocks until a running build has been shown (tests, shutdown).
    void waitForBuild();

protected:
    /// The data changed: rebuild now when visible, else when next shown.
    void markStale();
    void markFresh() { m_stale = false; }
    void showEvent(QShowEvent* event) override;

    /// Runs `build` on the page's worker and hands its result to `show` on the UI thread, or
    /// its error message to `failed`. A refresh asked for while a build runs is not lost: the
    /// running build's result is dropped and refresh() runs again when it ends (returns false).
    template <typename Result>
    bool buildOnWorker(std::function<Result()> build, std::function<void(Result)> show,
                       std::function<void(const QString&)> failed)
    {
        if (isBuilding()) {
            m_buildAgain = true;
            return false;
        }
        auto built = std::make_shared<std::optional<Result>>();
        startBuild([build = std::move(build), built] { built->emplace(build()); },
                   [show = std::move(show), built] { show(std::move(**built)); }, std::move(failed));
        return true;
    }

private:
    bool isBuilding() const;
    void startBuild(std::function<void()> work, std::function<void()> shown, std::function<void(const QString&)> failed);

    app::BackgroundJob* m_job;
    bool m_stale = true;
    bool m_buildAgain = false;
    bool m_closing = false;
};

} // namespace pmc::ui
