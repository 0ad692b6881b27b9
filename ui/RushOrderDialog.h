#pragma once

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pmc::app {
class Document;
class DisplacedOrderModel;
class RushOrderScenario;
}

namespace pmc::ui {

class StatusLabel;

class ItemField;

/// Rush-order insertion (插单, docs/orders.md "Rush orders"): the planner enters customer,
/// item, quantity, requested date and priority; Simulate (F5) plans a what-if copy with the
/// order by priority in the background and shows the order's projected completion and the
/// orders it displaces, newly late ones in red. Ticking displaced orders sacrifices them (lowest
/// priority) in the next simulation. Commit adds the order as Confirmed, promised on its
/// projected completion, with the sacrifices, as one undoable step and replans; Discard drops
/// the simulation and closes. Owns its scenario; the live Document changes only on Commit.
class RushOrderDialog : public QDialog {
    Q_OBJECT
public:
    RushOrderDialog(app::Document& document, QWidget* parent = nullptr);

    QLineEdit* customer() const { return m_customer; }
    ItemField* item() const { return m_item; }
    QDoubleSpinBox* quantity() const { return m_qty; }
    QDateEdit* requestedDate() const { return m_due; }
    QSpinBox* priority() const { return m_priority; }
    QTableView* displacedOrders() const { return m_displaced; }
    app::RushOrderScenario& scenario() const { return *m_scenario; }
    /// The rush order's projected completion, or empty before a simulation.
    QString projection() const;
    /// The last outcome or refusal shown under the table.
    QString status() const;

    void simulate();
    void commit();
    void discard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* buildRequest();
    void showImpact();
    void setRunning(bool running);

    app::Document& m_document;
    app::RushOrderScenario* m_scenario;
    app::DisplacedOrderModel* m_model;
    QLineEdit* m_customer;
    ItemField* m_item;
    QDoubleSpinBox* m_qty;
    QDateEdit* m_due;
    QSpinBox* m_priority;
    QLabel* m_projection;
    QLabel* m_totals;
    QTableView* m_displaced;
    StatusLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QPushButton* m_simulate;
    QPushButton* m_commit;
    QPushButton* m_discard;
};

} // namespace pmc::ui
