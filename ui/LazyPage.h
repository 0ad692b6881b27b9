#pragma once

#include <QWidget>

namespace pmc::ui {

/// An area whose content is built from the database (on a worker): when the data behind it
/// changes while it is hidden, it is rebuilt the next time it is shown, not at once, so edits
/// elsewhere never wait for pages nobody looks at.
class LazyPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Rebuilds the content now; a page calls markFresh() when it starts.
    virtual void refresh() = 0;

protected:
    /// The data changed: rebuild now when visible, else when next shown.
    void markStale();
    void markFresh() { m_stale = false; }
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = true;
};

} // namespace pmc::ui
