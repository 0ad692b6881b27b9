#pragma once

#include <QWidget>

class QLabel;
class QProgressDialog;
class QPushButton;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

class TablePage;

/// The MRP area: run MRP (in the background, with progress and cancel), then work through the
/// planned orders and the exception messages of the last run.
class MrpPage : public QWidget {
    Q_OBJECT
public:
    explicit MrpPage(app::Document& document, QWidget* parent = nullptr);

    void runMrp();
    TablePage* plannedOrders() const { return m_plannedOrders; }
    TablePage* exceptions() const { return m_exceptions; }

private:
    void updateSummary();
    void endRun();

    app::Document& m_document;
    QPushButton* m_run;
    QLabel* m_summary;
    TablePage* m_plannedOrders;
    TablePage* m_exceptions;
    QProgressDialog* m_progress = nullptr;
};

} // namespace pmc::ui
