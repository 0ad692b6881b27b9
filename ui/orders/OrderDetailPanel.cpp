#include "ui/orders/OrderDetailPanel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/OrderHistoryModel.h"
#include "app/models/OrderReviewModel.h"
#include "app/orders/SalesOrderText.h"
#include "core/FactoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

OrderDetailPanel::OrderDetailPanel(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_header(new QLabel(this)),
      m_reviewModel(new app::OrderReviewModel(document, this)), m_historyModel(new app::OrderHistoryModel(document, this)),
      m_reviews(table(m_reviewModel, this)), m_history(table(m_historyModel, this))
{
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviews->setToolTip(tr("Double-click a department to record its verdict"));
    m_reviews->setColumnWidth(app::OrderReviewModel::Department, 170);
    m_reviews->setColumnWidth(app::OrderReviewModel::Verdict, 130);
    m_reviews->setColumnWidth(app::OrderReviewModel::Comment, 240);
    m_history->setColumnWidth(app::OrderHistoryModel::At, 150);
    connect(m_reviews, &QTableView::doubleClicked, this, [this](const QModelIndex& index) { emit reviewRequested(index.row()); });
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_reviews, tr("Review (订单评审)"));
    tabs->addTab(m_history, tr("History"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(tabs, 1);
    connect(&document, &app::Document::masterDataChanged, this, &OrderDetailPanel::updateHeader);
    connect(&document, &app::Document::factoryReset, this, &OrderDetailPanel::updateHeader);
    updateHeader();
}

void OrderDetailPanel::showOrder(const std::string& number)
{
    if (number == m_order)
        return;
    m_order = number;
    m_reviewModel->setOrder(number);
    m_historyModel->setOrder(number);
    updateHeader();
}

void OrderDetailPanel::updateHeader()
{
    const auto& orders = m_document.factory().salesOrders;
    const auto it = std::find_if(orders.begin(), orders.end(), [&](const core::SalesOrder& o) { return o.number == m_order; });
    if (it == orders.end()) {
        m_header->setText(tr("Choose an order above."));
        return;
    }
    const core::SalesOrder& order = *it;
    QStringList facts;
    facts << tr("Customer: %1").arg(QString::fromStdString(order.customer).toHtmlEscaped())
          << tr("Priority: %1").arg(order.priority)
          << (order.custom ? tr("Custom order") : tr("Standard order"));
    if (order.orderDate)
        facts << tr("Ordered: %1").arg(QString::fromStdString(order.orderDate->toString()));
    double open = 0;
    for (const core::SalesOrderLine& line : order.lines)
        open += line.openQty();
    facts << tr("Open: %1").arg(app::formatNumber(open));
    QString review;
    if (order.status == core::SalesOrderStatus::InReview) {
        const QStringList blocking = app::orderProblemTexts(core::reviewProblems(order, m_document.factory().reviewPolicy));
        review = blocking.isEmpty() ? tr("Every required department has answered: the order can be confirmed.")
                                    : blocking.join(QStringLiteral("; "));
    }
    QString text = QStringLiteral("<b style='font-size:large'>%1</b> &nbsp; <b>%2</b><br>%3")
                       .arg(QString::fromStdString(order.number).toHtmlEscaped(), app::displayName(order.status),
                            facts.join(QStringLiteral(" · ")));
    if (!order.note.empty())
        text += QStringLiteral("<br>") + tr("Note: %1").arg(QString::fromStdString(order.note).toHtmlEscaped());
    if (!review.isEmpty())
        text += QStringLiteral("<br><i>%1</i>").arg(review.toHtmlEscaped());
    m_header->setText(text);
}

} // namespace pmc::ui
