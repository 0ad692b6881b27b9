#pragma once

#include <QWidget>

#include <string>

class QLabel;
class QTableView;

namespace pmc::app {
class Document;
class OrderHistoryModel;
class OrderReviewModel;
}

namespace pmc::ui {

/// The order chosen on the Orders page: its header (customer, status, type, dates, note), the
/// review sheet with each department's verdict, and the change history.
class OrderDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit OrderDetailPanel(app::Document& document, QWidget* parent = nullptr);

    void showOrder(const std::string& number);
    const std::string& order() const { return m_order; }
    QTableView* reviewTable() const { return m_reviews; }
    QTableView* historyTable() const { return m_history; }

signals:
    /// The planner double-clicked a department's row to record its verdict.
    void reviewRequested(int department);

private:
    void updateHeader();

    app::Document& m_document;
    std::string m_order;
    QLabel* m_header;
    app::OrderReviewModel* m_reviewModel;
    app::OrderHistoryModel* m_historyModel;
    QTableView* m_reviews;
    QTableView* m_history;
};

} // namespace pmc::ui
