#pragma once

#include <QWidget>

#include <functional>
#include <string>

class QAction;

namespace pmc::app {
class Document;
class SalesOrderTableModel;
}

namespace pmc::ui {

class OrderDetailPanel;
class TablePage;

/// The Orders area: every sales order line (filterable, sortable, exportable), the chosen
/// order's review sheet and history below, and the order desk's actions in a toolbar: new
/// order, send to review, record a department's verdict, confirm with capable-to-promise,
/// start production, ship, change or cancel with the impact notices, rush order, progress, the
/// printed review form.
/// Each action is enabled only where the order's status allows it and is one undoable edit.
class SalesOrderPage : public QWidget {
    Q_OBJECT
public:
    explicit SalesOrderPage(app::Document& document, QWidget* parent = nullptr);

    TablePage* table() const { return m_table; }
    OrderDetailPanel* detail() const { return m_detail; }
    /// The order of the selected line ("" when none).
    std::string currentOrder() const;
    /// Selects the first line of `number`.
    void selectOrder(const std::string& number);

    QAction* newOrderAction() const { return m_new; }
    QAction* submitAction() const { return m_submit; }
    QAction* reviewAction() const { return m_review; }
    QAction* confirmAction() const { return m_confirm; }
    QAction* shipAction() const { return m_ship; }
    QAction* changeAction() const { return m_change; }

private:
    void updateActions();
    void showCurrent();
    void newOrder();
    void submit();
    void recordReview(int department);
    void returnToDraft();
    void confirm();
    void startProduction();
    void ship();
    void change();
    void removeDraft();
    void rushOrder();
    void showProgress();
    void printReviewForm();
    /// Runs a simple transition on the current order, reporting a refusal.
    void transition(const QString& text, const std::function<QStringList(const std::string&)>& action);
    void report(const QStringList& refused, const QString& title);

    app::Document& m_document;
    app::SalesOrderTableModel* m_model;
    TablePage* m_table;
    OrderDetailPanel* m_detail;
    QAction* m_new;
    QAction* m_submit;
    QAction* m_review;
    QAction* m_draft;
    QAction* m_confirm;
    QAction* m_start;
    QAction* m_ship;
    QAction* m_change;
    QAction* m_delete;
    QAction* m_rush;
    QAction* m_progress;
    QAction* m_form;
};

} // namespace pmc::ui
