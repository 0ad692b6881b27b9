#pragma once

#include <QLabel>

namespace pmc::ui {

/// The one-line outcome under a dialog's work (a simulation finished, a run refused): wrapped
/// text, in red when it reports a problem.
class StatusLabel : public QLabel {
    Q_OBJECT
public:
    explicit StatusLabel(QWidget* parent = nullptr);

    void say(const QString& text, bool problem = false);
};

} // namespace pmc::ui
