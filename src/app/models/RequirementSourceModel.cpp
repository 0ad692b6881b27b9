#include "app/models/RequirementSourceModel.h"

#include "app/Document.h"
#include "app/models/NumberText.h"
#include "app/models/Roles.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpPlan.h"
#include "core/mrp/PeggingTrace.h"

namespace pmc::app {

namespace {

struct Cells {
    QString source;
    QString kind;
    QString item;
    std::optional<double> qty;
    std::optional<core::Date> date;
    QString customer;
    int priority = 0;
};

QList<QStandardItem*> toItems(const Cells& c)
{
    const auto cell = [](const QString& text) {
        auto* item = new QStandardItem(text);
        item->setEditable(false);
        return item;
    };
    QStandardItem* qty = cell(c.qty ? formatNumber(*c.qty) : QString());
    qty->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QStandardItem* source = cell(c.source);
    source->setData(c.source, KeyRole);
    return {source, cell(c.kind), cell(c.item), qty, cell(c.date ? QString::fromStdString(c.date->toString()) : QString()),
            cell(c.customer), cell(c.priority > 0 ? QString::number(c.priority) : QString())};
}

QString kindText(core::PeggingNode::Kind kind)
{
    switch (kind) {
    case core::PeggingNode::Kind::SalesLine: return RequirementSourceModel::tr("Sales order line");
    case core::PeggingNode::Kind::PlannedOrder: return RequirementSourceModel::tr("Planned order");
    case core::PeggingNode::Kind::WorkOrder: return RequirementSourceModel::tr("Work order");
    case core::PeggingNode::Kind::FirmPlannedOrder: return RequirementSourceModel::tr("Firm planned order");
    case core::PeggingNode::Kind::SafetyStock: return RequirementSourceModel::tr("Safety stock");
    case core::PeggingNode::Kind::Unknown: return RequirementSourceModel::tr("Not in this run");
    }
    return {};
}

QString receiptText(core::ScheduledReceipt::Kind kind)
{
    switch (kind) {
    case core::ScheduledReceipt::Kind::PurchaseOrder: return RequirementSourceModel::tr("Purchase order");
    case core::ScheduledReceipt::Kind::WorkOrder: return RequirementSourceModel::tr("Work order");
    case core::ScheduledReceipt::Kind::Requisition: return RequirementSourceModel::tr("Purchase requisition");
    case core::ScheduledReceipt::Kind::FirmPlannedOrder: return RequirementSourceModel::tr("Firm planned order");
    }
    return {};
}

bool inRange(core::Date date, core::Date first, int days)
{
    return date >= first && date < first + days;
}

} // namespace

RequirementSourceModel::RequirementSourceModel(Document& document, QObject* parent)
    : QStandardItemModel(parent), m_document(document)
{
    const auto forget = [this] {
        clearRows();
        m_trace.reset();
    };
    connect(&document, &Document::factoryReset, this, forget);
    connect(&document, &Document::mrpStarted, this, forget);
    connect(&document, &Document::mrpFinished, this, forget);
    // Without a snapshot the trace reads the live data, which an edit may have moved.
    connect(&document, &Document::masterDataChanged, this, [this] { m_trace.reset(); });
    clearRows();
}

RequirementSourceModel::~RequirementSourceModel() = default;

const core::FactoryModel& RequirementSourceModel::model() const
{
    // The run's own snapshot when this session ran it; a stored run is read against the data.
    return m_document.mrpModel() ? *m_document.mrpModel() : m_document.factory();
}

const core::PeggingTrace& RequirementSourceModel::trace()
{
    // Firming or releasing planned orders edits the run in place; the index must follow.
    const auto& orders = m_document.mrpResult().plannedOrders;
    if (!m_trace || m_tracedOrders != orders.data() || m_tracedCount != orders.size()) {
        m_trace = std::make_unique<core::PeggingTrace>(model(), m_document.mrpResult());
        m_tracedOrders = orders.data();
        m_tracedCount = orders.size();
    }
    return *m_trace;
}

void RequirementSourceModel::clearRows()
{
    clear();
    setHorizontalHeaderLabels({tr("Source"), tr("Type"), tr("Item"), tr("Quantity"), tr("Date"), tr("Customer"),
                               tr("Priority")});
}

QStandardItem* RequirementSourceModel::addRow(QStandardItem* parent, const QList<QStandardItem*>& cells)
{
    (parent ? parent : invisibleRootItem())->appendRow(cells);
    return cells.front();
}

QStandardItem* RequirementSourceModel::addNode(QStandardItem* parent, const core::PeggingNode& node,
                                               std::optional<core::Date> date)
{
    Cells cells{QString::fromStdString(node.id), kindText(node.kind), QString::fromStdString(node.item), node.qty,
                date ? date : std::optional<core::Date>(node.date), QString::fromStdString(node.customer), node.priority};
    if (node.kind == core::PeggingNode::Kind::SafetyStock || node.kind == core::PeggingNode::Kind::Unknown)
        cells.date.reset();
    QStandardItem* row = addRow(parent, toItems(cells));
    for (const core::PeggingNode& peg : node.pegs)
        addNode(row, peg);
    if (node.cut)
        addRow(row, toItems({tr("..."), tr("More pegging not shown")}));
    return row;
}

void RequirementSourceModel::show(const QString& itemCode, RequirementGridModel::Measure measure, core::Date first,
                                  int days)
{
    clearRows();
    const std::string item = itemCode.toStdString();
    using Measure = RequirementGridModel::Measure;
    switch (measure) {
    case Measure::Gross: addRequirements(nullptr, item, first, days); break;
    case Measure::Scheduled: addReceipts(nullptr, item, first, days); break;
    case Measure::Projected: addBalance(item, first, days); break;
    case Measure::Net:
    case Measure::PlannedReceipts: addPlannedOrders(nullptr, item, first, days, false); break;
    case Measure::PlannedReleases: addPlannedOrders(nullptr, item, first, days, true); break;
    }
}

void RequirementSourceModel::showPlannedOrder(const QString& id)
{
    clearRows();
    addNode(nullptr, trace().traceOrder(id.toStdString()));
}

void RequirementSourceModel::addRequirements(QStandardItem* parent, const std::string& item, core::Date first, int days)
{
    const core::MrpPlan* plan = m_document.mrpPlan();
    if (!plan)
        return;
    for (const core::GrossRequirement& requirement : plan->requirements(item))
        if (inRange(requirement.date, first, days))
            addNode(parent, trace().trace(requirement.demand, requirement.qty), requirement.date);
}

void RequirementSourceModel::addReceipts(QStandardItem* parent, const std::string& item, core::Date first, int days)
{
    const core::MrpPlan* plan = m_document.mrpPlan();
    if (!plan)
        return;
    for (const core::ScheduledReceipt& receipt : plan->scheduledReceipts(item))
        if (inRange(receipt.due, first, days))
            addRow(parent, toItems({QString::fromStdString(receipt.number), receiptText(receipt.kind),
                                    QString::fromStdString(item), receipt.qty, receipt.due}));
}

void RequirementSourceModel::addPlannedOrders(QStandardItem* parent, const std::string& item, core::Date first, int days,
                                              bool byRelease)
{
    const core::Date today = model().settings.today;
    for (const core::PlannedOrder& order : m_document.mrpResult().plannedOrders) {
        // A release before today counts today, as the record buckets it.
        const core::Date date = byRelease ? std::max(order.release, today) : order.due;
        if (order.item == item && !order.firm && inRange(date, first, days))
            addNode(parent, trace().traceOrder(order.id), date);
    }
}

void RequirementSourceModel::addBalance(const std::string& item, core::Date first, int days)
{
    const core::MrpPlan* plan = m_document.mrpPlan();
    if (!plan)
        return;
    const core::TimePhasedRecord daily = plan->timePhased(item, 1);
    const core::Date today = model().settings.today;
    double before = daily.onHand;
    double gross = 0;
    double receipts = 0;
    double planned = 0;
    double after = before;
    for (const core::TimePhasedBucket& bucket : daily.buckets) {
        if (bucket.first < first)
            before = bucket.projectedAvailable;
        if (!inRange(bucket.first, first, days))
            continue;
        gross += bucket.grossRequirements;
        receipts += bucket.scheduledReceipts;
        planned += bucket.plannedReceipts;
        after = bucket.projectedAvailable;
    }
    const QString code = QString::fromStdString(item);
    addRow(nullptr, toItems({first == today ? tr("On hand") : tr("Projected available before"), {}, code, before, first}));
    addReceipts(addRow(nullptr, toItems({tr("+ Scheduled receipts"), {}, code, receipts})), item, first, days);
    addPlannedOrders(addRow(nullptr, toItems({tr("+ Planned receipts"), {}, code, planned})), item, first, days, false);
    addRequirements(addRow(nullptr, toItems({tr("- Gross requirements"), {}, code, gross})), item, first, days);
    addRow(nullptr, toItems({tr("= Projected available"), {}, code, after, first + (days - 1)}));
}

} // namespace pmc::app
