#pragma once

#include "core/purchasing/PurchaseFollowUp.h"
#include "ui/LazyPage.h"

#include <memory>
#include <optional>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace pmc::app {
class Document;
struct MaterialFollowUp;
class PurchaseFollowUpModel;
class ReceiptTableModel;
class SlowMovingStockModel;
} // namespace pmc::app

namespace pmc::ui {

class StatusLabel;
class TablePage;

/// The Purchasing and stock area of the material controller and the buyers: the open purchase
/// orders to chase (采购跟催) with the suppliers' promised dates and the reminder for dates not
/// confirmed, receipts with incoming inspection (来料检验), and the slow-moving stock review
/// (呆滞料). Promised dates, receipts and inspections are recorded here, each one undoable step.
class MaterialsPage : public LazyPage {
    Q_OBJECT
public:
    explicit MaterialsPage(app::Document& document, QWidget* parent = nullptr);

    void refresh() override;
    QTabWidget* tabs() const { return m_tabs; }
    TablePage* purchaseOrders() const { return m_orders; }
    TablePage* receipts() const { return m_receipts; }
    TablePage* slowMoving() const { return m_slow; }
    QSpinBox* reminderDays() const { return m_reminderDays; }
    QSpinBox* idleDays() const { return m_idleDays; }
    QString summary() const;

    /// Asks for and records the promised date, a receipt of the selected purchase order, or the
    /// inspection of the selected receipt; refusals are shown in a message box.
    void recordPromise();
    void receive();
    void inspect();

private:
    void show(std::shared_ptr<const app::MaterialFollowUp> content);
    /// The selected row's key in `table`, or empty.
    static QString selectedKey(const TablePage* table);
    /// The purchase order selected in the chase list; nullopt (said in the status) when none.
    std::optional<core::PurchaseFollowUpRow> selectedOrder();
    void report(const QStringList& refusals, const QString& done);
    void updateHistory();

    app::Document& m_document;
    QTabWidget* m_tabs;
    QSpinBox* m_reminderDays;
    QSpinBox* m_idleDays;
    app::PurchaseFollowUpModel* m_orderModel;
    app::ReceiptTableModel* m_receiptModel;
    app::SlowMovingStockModel* m_slowModel;
    TablePage* m_orders;
    TablePage* m_receipts;
    TablePage* m_slow;
    QLabel* m_history;
    QLabel* m_slowSummary;
    StatusLabel* m_status;
    std::shared_ptr<const app::MaterialFollowUp> m_content;
};

} // namespace pmc::ui
