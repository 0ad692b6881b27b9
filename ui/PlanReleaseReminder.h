#pragma once

#include "app/PlanReleaseService.h"

#include <QLabel>

class QTimer;

namespace pmc::ui {

/// The status bar's word on the next plan's release: released, to release by the cut-off, or
/// overdue (red), checked every minute and whenever the factory changes.
class PlanReleaseReminder : public QLabel {
    Q_OBJECT
public:
    PlanReleaseReminder(app::Document& document, QWidget* parent = nullptr);

    /// Checks again now.
    void refresh();

private:
    app::PlanReleaseService m_service;
    QTimer* m_timer;
};

} // namespace pmc::ui
