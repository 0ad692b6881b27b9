#include "ui/MaterialsPage.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/PurchaseFollowUpModel.h"
#include "app/models/ReceiptTableModel.h"
#include "app/models/Roles.h"
#include "app/models/SlowMovingStockModel.h"
#include "app/purchasing/MaterialFollowUp.h"
#include "core/FactoryModel.h"
#include "ui/PurchaseRecordDialogs.h"
#include "ui/RememberedTab.h"
#include "ui/StatusLabel.h"
#include "ui/TablePage.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace pmc::ui {

namespace {

QPushButton* commandButton(const QString& text, const QKeySequence& key, const QString& tip, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setShortcut(key);
    button->setToolTip(tip + QStringLiteral(" (%1)").arg(key.toString(QKeySequence::NativeText)));
    return button;
}

QSpinBox* daysEdit(int value, int minimum, int maximum, QWidget* parent)
{
    auto* edit = new QSpinBox(parent);
    edit->setRange(minimum, maximum);
    edit->setValue(value);
    edit->setSuffix(MaterialsPage::tr(" days"));
    return edit;
}

} // namespace

MaterialsPage::MaterialsPage(app::Document& document, QWidget* parent)
    : LazyPage(parent), m_document(document), m_tabs(new QTabWidget(this)),
      m_reminderDays(daysEdit(core::kDefaultReminderDays, 0, 365, this)),
      m_idleDays(daysEdit(core::kDefaultIdleDays, 1, 3650, this)), m_orderModel(new app::PurchaseFollowUpModel(this)),
      m_receiptModel(new app::ReceiptTableModel(this)), m_slowModel(new app::SlowMovingStockModel(this)),
      m_orders(new TablePage(m_orderModel, QStringLiteral("purchaseFollowUp"), this)),
      m_receipts(new TablePage(m_receiptModel, QStringLiteral("receipts"), this)),
      m_slow(new TablePage(m_slowModel, QStringLiteral("slowMovingStock"), this)), m_history(new QLabel(this)),
      m_slowSummary(new QLabel(this)), m_status(new StatusLabel(this))
{
    auto* promise = commandButton(tr("Promised date..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                  tr("Record the date the supplier now promises for the selected order"), this);
    auto* receive = commandButton(tr("Receive..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                                  tr("Record a delivery of the selected order; it waits for incoming inspection"), this);
    auto* inspect = commandButton(tr("Inspect..."), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                                  tr("Record the incoming inspection of the selected receipt"), this);
    connect(promise, &QPushButton::clicked, this, &MaterialsPage::recordPromise);
    connect(receive, &QPushButton::clicked, this, &MaterialsPage::receive);
    connect(inspect, &QPushButton::clicked, this, &MaterialsPage::inspect);
    connect(m_orders->view(), &QTableView::doubleClicked, this, &MaterialsPage::recordPromise);
    connect(m_receipts->view(), &QTableView::doubleClicked, this, &MaterialsPage::inspect);
    connect(m_orders->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MaterialsPage::updateHistory);

    auto* ordersTab = new QWidget(this);
    auto* orderCommands = new QHBoxLayout;
    orderCommands->addWidget(new QLabel(tr("Remind when due within"), ordersTab));
    orderCommands->addWidget(m_reminderDays);
    orderCommands->addWidget(new QLabel(tr("without a confirmed date"), ordersTab));
    orderCommands->addStretch(1);
    orderCommands->addWidget(promise);
    orderCommands->addWidget(receive);
    auto* ordersLayout = new QVBoxLayout(ordersTab);
    ordersLayout->addLayout(orderCommands);
    ordersLayout->addWidget(m_orders, 1);
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ordersLayout->addWidget(m_history);

    auto* receiptsTab = new QWidget(this);
    auto* receiptCommands = new QHBoxLayout;
    receiptCommands->addWidget(new QLabel(tr("Lots on inspection are highlighted."), receiptsTab));
    receiptCommands->addStretch(1);
    receiptCommands->addWidget(inspect);
    auto* receiptsLayout = new QVBoxLayout(receiptsTab);
    receiptsLayout->addLayout(receiptCommands);
    receiptsLayout->addWidget(m_receipts, 1);

    auto* slowTab = new QWidget(this);
    auto* slowCommands = new QHBoxLayout;
    slowCommands->addWidget(new QLabel(tr("No movement for at least"), slowTab));
    slowCommands->addWidget(m_idleDays);
    slowCommands->addWidget(m_slowSummary, 1);
    auto* slowLayout = new QVBoxLayout(slowTab);
    slowLayout->addLayout(slowCommands);
    slowLayout->addWidget(m_slow, 1);

    m_tabs->addTab(ordersTab, tr("Purchase follow-up"));
    m_tabs->addTab(receiptsTab, tr("Receipts and inspection"));
    m_tabs->addTab(slowTab, tr("Slow-moving stock"));
    rememberTab(m_tabs, QStringLiteral("purchasing/tab"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    connect(m_reminderDays, &QSpinBox::valueChanged, this, &MaterialsPage::markStale);
    connect(m_idleDays, &QSpinBox::valueChanged, this, &MaterialsPage::markStale);
    for (auto signal : {&app::Document::factoryReset, &app::Document::masterDataChanged, &app::Document::recordsChanged})
        connect(&m_document, signal, this, &MaterialsPage::markStale);
}

void MaterialsPage::refresh()
{
    markFresh();
    if (!m_document.isOpen()) {
        m_status->say(tr("No database is open."));
        return;
    }
    const std::string path = m_document.path().toStdString();
    const int reminderDays = m_reminderDays->value();
    const int idleDays = m_idleDays->value();
    if (buildOnWorker<std::shared_ptr<const app::MaterialFollowUp>>(
            [path, reminderDays, idleDays] {
                return std::make_shared<const app::MaterialFollowUp>(app::MaterialFollowUp::build(path, reminderDays, idleDays));
            },
            [this](std::shared_ptr<const app::MaterialFollowUp> content) { show(std::move(content)); },
            [this](const QString& error) { m_status->say(error, true); }))
        m_status->say(tr("Reading purchase orders, receipts and stock..."));
}

void MaterialsPage::show(std::shared_ptr<const app::MaterialFollowUp> content)
{
    // Keep the selected order selected across the rebuild an edit causes.
    const QString selected = selectedKey(m_orders);
    m_content = std::move(content);
    m_orderModel->setContent(m_content);
    m_receiptModel->setContent(m_content);
    m_slowModel->setReview(m_content->slowMoving);
    if (!selected.isEmpty())
        for (int row = 0; row < m_orders->view()->model()->rowCount(); ++row)
            if (m_orders->view()->model()->index(row, 0).data(app::KeyRole).toString() == selected)
                m_orders->view()->selectRow(row);
    const core::SlowMovingReview& slow = m_content->slowMoving;
    const std::optional<double> ratio = slow.ratio();
    m_slowSummary->setText(tr("%n item(s) idle, worth %1 of %2 in stock%3; %4 without movement on record", nullptr,
                              static_cast<int>(slow.items.size()))
                               .arg(app::formatNumber(slow.slowValue, 2), app::formatNumber(slow.stockValue, 2),
                                    ratio ? tr(" (dead-stock ratio %1 %)").arg(*ratio * 100, 0, 'f', 1) : QString())
                               .arg(slow.unrecorded.size()));
    m_status->say(summary());
    updateHistory();
}

QString MaterialsPage::summary() const
{
    if (!m_content)
        return {};
    const auto& orders = m_content->purchaseOrders;
    const auto late = std::count_if(orders.begin(), orders.end(), [](const auto& o) { return o.daysLate() > 0; });
    const auto toConfirm = std::count_if(orders.begin(), orders.end(), [](const auto& o) { return o.needsConfirmation; });
    const auto onInspection = std::count_if(m_content->receipts.begin(), m_content->receipts.end(),
                                            [](const core::PurchaseReceipt& r) { return !r.inspected; });
    return tr("%1 open purchase orders: %2 late, %3 to confirm with the supplier; %4 lots on inspection")
        .arg(orders.size())
        .arg(late)
        .arg(toConfirm)
        .arg(onInspection);
}

QString MaterialsPage::selectedKey(const TablePage* table)
{
    const QModelIndex current = table->view()->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(app::KeyRole).toString() : QString();
}

void MaterialsPage::updateHistory()
{
    const QString order = selectedKey(m_orders);
    if (!m_content || order.isEmpty()) {
        m_history->setText(tr("Select a purchase order to see the dates its supplier gave."));
        return;
    }
    QStringList dates;
    for (const core::PromisedDate& p : m_content->promises)
        if (QString::fromStdString(p.purchaseOrder) == order)
            dates << tr("%1 (recorded %2%3)")
                         .arg(QString::fromStdString(p.date.toString()), QString::fromStdString(p.recordedAt).replace(QLatin1Char('T'), QLatin1Char(' ')),
                              p.note.empty() ? QString() : QStringLiteral(", ") + QString::fromStdString(p.note));
    m_history->setText(dates.isEmpty() ? tr("%1: the supplier has not promised a date yet.").arg(order)
                                       : tr("%1, dates given: %2").arg(order, dates.join(QStringLiteral(" → "))));
}

void MaterialsPage::report(const QStringList& refusals, const QString& done)
{
    if (refusals.isEmpty())
        m_status->say(done);
    else
        QMessageBox::warning(this, tr("Not recorded"), refusals.join(QLatin1Char('\n')));
}

std::optional<core::PurchaseFollowUpRow> MaterialsPage::selectedOrder()
{
    const QString number = selectedKey(m_orders);
    for (const core::PurchaseFollowUpRow& row : m_orderModel->rows())
        if (QString::fromStdString(row.number) == number)
            return row;
    m_status->say(tr("Select the purchase order first."), true);
    return std::nullopt;
}

void MaterialsPage::recordPromise()
{
    // A copy: a rebuild finishing while the dialog is open replaces the model's rows.
    const std::optional<core::PurchaseFollowUpRow> order = selectedOrder();
    if (!order)
        return;
    const QString number = QString::fromStdString(order->number);
    if (const auto promise = PurchaseRecordDialogs::askPromisedDate(this, *order))
        report(m_document.recordPromise(*promise), tr("Promised date recorded for %1.").arg(number));
}

void MaterialsPage::receive()
{
    // A copy: a rebuild finishing while the dialog is open replaces the model's rows.
    const std::optional<core::PurchaseFollowUpRow> order = selectedOrder();
    if (!order)
        return;
    const QString number = QString::fromStdString(order->number);
    if (const auto receipt = PurchaseRecordDialogs::askReceipt(this, *order, m_document.factory().settings.today))
        report(m_document.receivePurchase(*receipt), tr("Receipt recorded on %1; the lot waits for inspection.").arg(number));
}

void MaterialsPage::inspect()
{
    const QString id = selectedKey(m_receipts);
    const auto& rows = m_receiptModel->rows();
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return QString::number(r.id) == id; });
    if (found == rows.end()) {
        m_status->say(tr("Select the receipt first."), true);
        return;
    }
    const std::optional<core::PurchaseReceipt> receipt = *found; // a copy, as above
    if (receipt->inspected) {
        m_status->say(tr("Receipt %1 has been inspected already.").arg(id), true);
        return;
    }
    if (const auto result = PurchaseRecordDialogs::askInspection(this, *receipt, m_document.factory().settings.today))
        report(m_document.inspectReceipt(receipt->id, *result), tr("Inspection of receipt %1 recorded.").arg(id));
}

} // namespace pmc::ui
