#include "ui/orders/SalesOrderPage.h"

#include "app/Document.h"
#include "app/models/Roles.h"
#include "app/models/SalesOrderTableModel.h"
#include "app/orders/SalesOrderActions.h"
#include "core/FactoryModel.h"
#include "ui/OrderProgressDialog.h"
#include "ui/RushOrderDialog.h"
#include "ui/TablePage.h"
#include "ui/orders/ConfirmOrderDialog.h"
#include "ui/orders/DepartmentReviewDialog.h"
#include "ui/orders/LineChangeDialog.h"
#include "ui/orders/NewSalesOrderDialog.h"
#include "ui/orders/OrderDetailPanel.h"
#include "ui/orders/OrderReviewFormPreview.h"
#include "ui/orders/ShipmentDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace pmc::ui {

namespace {

using Status = core::SalesOrderStatus;

bool oneOf(Status status, std::initializer_list<Status> allowed)
{
    return std::find(allowed.begin(), allowed.end(), status) != allowed.end();
}

} // namespace

SalesOrderPage::SalesOrderPage(app::Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new app::SalesOrderTableModel(document, this)),
      m_table(new TablePage(m_model, QStringLiteral("orders"), this)), m_detail(new OrderDetailPanel(document, this))
{
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString& text, const QString& tip, auto slot, QKeySequence key = QKeySequence()) {
        QAction* action = tools->addAction(text, this, slot);
        action->setToolTip(tip);
        // Window-wide: the page's toolbar is hidden with the page, which switches them off.
        if (!key.isEmpty())
            action->setShortcut(key);
        return action;
    };
    m_new = add(tr("New order..."), tr("Enter a customer order as a draft"), &SalesOrderPage::newOrder,
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete = add(tr("Delete draft"), tr("Delete a draft entered by mistake"), &SalesOrderPage::removeDraft);
    tools->addSeparator();
    m_submit = add(tr("Send to review"), tr("Start the order review (订单评审); a confirmed order is reviewed again"),
                   &SalesOrderPage::submit);
    m_review = add(tr("Record verdict..."), tr("A department's verdict, the date it can meet and its comment"),
                   [this] { recordReview(-1); }, QKeySequence(Qt::CTRL | Qt::Key_R));
    m_draft = add(tr("Back to draft"), tr("Return a rejected order to sales for revision"), &SalesOrderPage::returnToDraft);
    m_confirm = add(tr("Confirm..."), tr("Promise a date (with capable-to-promise) once every required department accepted"),
                    &SalesOrderPage::confirm);
    tools->addSeparator();
    m_start = add(tr("Start production"), tr("Mark the confirmed order as in production"), &SalesOrderPage::startProduction);
    m_ship = add(tr("Ship..."), tr("Record a (partial) shipment"), &SalesOrderPage::ship);
    m_change = add(tr("Change / cancel..."), tr("Change a line's quantity or date, or cancel, with the plan and material adjustment notices"),
                   &SalesOrderPage::change);
    tools->addSeparator();
    m_rush = add(tr("Rush order..."), tr("Insert a rush order (插单) in a what-if copy and see whom it delays"),
                 &SalesOrderPage::rushOrder);
    m_form = add(tr("Review form..."), tr("Print the order review form (订单评审表) or export it as PDF"),
                 &SalesOrderPage::printReviewForm, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_progress = add(tr("Progress..."), tr("Where the order stands: steps, materials, delays and fixes (项目进程)"),
                     &SalesOrderPage::showProgress, QKeySequence(Qt::CTRL | Qt::Key_G));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tools);
    layout->addWidget(splitter, 1);

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SalesOrderPage::showCurrent);
    connect(m_table->view(), &QTableView::doubleClicked, this, &SalesOrderPage::showProgress);
    connect(m_detail, &OrderDetailPanel::reviewRequested, this, &SalesOrderPage::recordReview);
    connect(&document, &app::Document::masterDataChanged, this, &SalesOrderPage::updateActions);
    connect(&document, &app::Document::factoryReset, this, &SalesOrderPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SalesOrderPage::showCurrent);
    showCurrent();
}

std::string SalesOrderPage::currentOrder() const
{
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid())
        return {};
    const QString line = current.data(app::KeyRole).toString();
    return line.left(line.lastIndexOf(QLatin1Char('/'))).toStdString();
}

void SalesOrderPage::selectOrder(const std::string& number)
{
    const int row = m_model->rowOf(QString::fromStdString(number) + QStringLiteral("/1"));
    if (row < 0)
        return;
    auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_table->view()->model());
    const QModelIndex index = proxy ? proxy->mapFromSource(m_model->index(row, 0)) : m_model->index(row, 0);
    if (index.isValid()) {
        m_table->view()->setCurrentIndex(index);
        m_table->view()->scrollTo(index);
    }
}

void SalesOrderPage::showCurrent()
{
    m_detail->showOrder(currentOrder());
    updateActions();
}

void SalesOrderPage::updateActions()
{
    const core::SalesOrder* order = app::SalesOrderActions(m_document).find(currentOrder());
    const Status status = order ? order->status : Status::Cancelled;
    m_delete->setEnabled(order && status == Status::Draft);
    m_submit->setEnabled(order && oneOf(status, {Status::Draft, Status::Confirmed}));
    m_review->setEnabled(order && status == Status::InReview);
    m_draft->setEnabled(order && status == Status::InReview);
    m_confirm->setEnabled(order && status == Status::InReview);
    m_start->setEnabled(order && status == Status::Confirmed);
    m_ship->setEnabled(order && oneOf(status, {Status::Confirmed, Status::InProduction, Status::PartiallyShipped}));
    m_change->setEnabled(order && !oneOf(status, {Status::Shipped, Status::Cancelled}));
    m_progress->setEnabled(order != nullptr);
    m_form->setEnabled(order != nullptr);
    m_new->setEnabled(m_document.isOpen());
    m_rush->setEnabled(m_document.isOpen());
}

void SalesOrderPage::report(const QStringList& refused, const QString& title)
{
    if (!refused.isEmpty())
        QMessageBox::warning(this, title, refused.join(QLatin1Char('\n')));
}

void SalesOrderPage::transition(const QString& text, const std::function<QStringList(const std::string&)>& action)
{
    const std::string number = currentOrder();
    if (number.empty())
        return;
    report(action(number), text);
    selectOrder(number);
}

void SalesOrderPage::newOrder()
{
    NewSalesOrderDialog dialog(m_document, this);
    if (dialog.exec() == QDialog::Accepted)
        selectOrder(dialog.createdNumber().toStdString());
}

void SalesOrderPage::submit()
{
    transition(tr("Not sent to review"), [this](const std::string& number) {
        app::SalesOrderActions actions(m_document);
        const core::SalesOrder* order = actions.find(number);
        if (order->status == Status::Confirmed
            && QMessageBox::question(this, tr("Review again"),
                                     tr("%1 is confirmed. Reviewing it again clears the verdicts and takes it out of "
                                        "the plan until it is confirmed again. Continue?").arg(QString::fromStdString(number)))
                != QMessageBox::Yes)
            return QStringList{};
        return actions.apply(core::salesorder::submitForReview(*order), tr("Send %1 to review").arg(QString::fromStdString(number)));
    });
}

void SalesOrderPage::recordReview(int department)
{
    const std::string number = currentOrder();
    app::SalesOrderActions actions(m_document);
    const core::SalesOrder* order = actions.find(number);
    if (!order || order->status != Status::InReview)
        return;
    core::Department chosen = department >= 0 ? static_cast<core::Department>(department) : core::Department::Sales;
    if (department < 0)
        for (const core::Department d : core::kDepartments)
            if (!order->review(d) && m_document.factory().reviewPolicy.isRequired(d, *order)) {
                chosen = d; // the first department still awaited
                break;
            }
    DepartmentReviewDialog dialog(*order, chosen, m_document.factory().settings.today, this);
    if (dialog.exec() == QDialog::Accepted)
        report(actions.recordReview(number, dialog.review()), tr("Verdict not recorded"));
    selectOrder(number);
}

void SalesOrderPage::returnToDraft()
{
    transition(tr("Not returned to draft"), [this](const std::string& number) {
        app::SalesOrderActions actions(m_document);
        return actions.apply(core::salesorder::returnToDraft(*actions.find(number)),
                             tr("Return %1 to draft").arg(QString::fromStdString(number)));
    });
}

void SalesOrderPage::confirm()
{
    const std::string number = currentOrder();
    if (const core::SalesOrder* order = app::SalesOrderActions(m_document).find(number)) {
        ConfirmOrderDialog dialog(m_document, *order, this);
        dialog.exec();
        selectOrder(number);
    }
}

void SalesOrderPage::startProduction()
{
    transition(tr("Not started"), [this](const std::string& number) {
        app::SalesOrderActions actions(m_document);
        return actions.apply(core::salesorder::startProduction(*actions.find(number)),
                             tr("Start production of %1").arg(QString::fromStdString(number)));
    });
}

void SalesOrderPage::ship()
{
    const std::string number = currentOrder();
    if (const core::SalesOrder* order = app::SalesOrderActions(m_document).find(number)) {
        ShipmentDialog dialog(m_document, *order, this);
        dialog.exec();
        selectOrder(number);
    }
}

void SalesOrderPage::change()
{
    const std::string number = currentOrder();
    if (const core::SalesOrder* order = app::SalesOrderActions(m_document).find(number)) {
        LineChangeDialog dialog(m_document, *order, this);
        dialog.exec();
        selectOrder(number);
    }
}

void SalesOrderPage::removeDraft()
{
    const std::string number = currentOrder();
    if (number.empty()
        || QMessageBox::question(this, tr("Delete draft"), tr("Delete the draft %1?").arg(QString::fromStdString(number)))
            != QMessageBox::Yes)
        return;
    report(app::SalesOrderActions(m_document).removeDraft(number), tr("Draft not deleted"));
}

void SalesOrderPage::rushOrder()
{
    RushOrderDialog dialog(m_document, this);
    dialog.exec();
}

void SalesOrderPage::printReviewForm()
{
    const std::string number = currentOrder();
    if (!number.empty())
        showOrderReviewForm(m_document, number, this);
}

void SalesOrderPage::showProgress()
{
    const std::string number = currentOrder();
    if (number.empty())
        return;
    auto* dialog = new OrderProgressDialog(m_document, QString::fromStdString(number), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace pmc::ui
