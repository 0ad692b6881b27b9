#include "store/DefinedTable.h"
#include "store/TableDefinitions.h"
#include "store/TableRules.h"

#include <algorithm>

namespace pmc::store::tables {

namespace {

using core::PurchaseOrder;
using core::WorkOrder;

std::unique_ptr<TableHandler> purchaseOrdersTable()
{
    std::vector<Column<PurchaseOrder>> columns{
        column<PurchaseOrder>({"number", "PO number", "采购单号", true}, kCode, &PurchaseOrder::number),
        column<PurchaseOrder>({"item", "Item code", "物料编码", true}, kCode, &PurchaseOrder::item),
        column<PurchaseOrder>({"qty", "Quantity", "数量", true}, kQuantity, &PurchaseOrder::qty),
        column<PurchaseOrder>({"due", "Due date", "到货日期", true}, kDate, &PurchaseOrder::due),
        column<PurchaseOrder>({"supplier", "Supplier", "供应商"}, kCode, &PurchaseOrder::supplier),
    };
    auto def = flatTable<PurchaseOrder>(
        {TableId::PurchaseOrders, "purchase_orders", "Purchase orders", "采购订单", {"po", "采购单"}},
        std::move(columns), {"number"}, &core::FactoryModel::purchaseOrders);
    def.putChanges = changesInto(&OrderChanges::purchaseOrders, &ImportChanges::orders);
    return std::make_unique<DefinedTable<PurchaseOrder, PurchaseOrder>>(std::move(def));
}

std::unique_ptr<TableHandler> workOrdersTable()
{
    std::vector<Column<WorkOrder>> columns{
        column<WorkOrder>({"number", "Work order", "工单号", true}, kCode, &WorkOrder::number),
        column<WorkOrder>({"item", "Item code", "物料编码", true}, kCode, &WorkOrder::item),
        column<WorkOrder>({"qty", "Quantity", "数量", true}, kQuantity, &WorkOrder::qty),
        column<WorkOrder>({"due", "Due date", "完工日期", true}, kDate, &WorkOrder::due),
        column<WorkOrder>({"completed_qty", "Completed", "已完工数量"}, kQuantity, &WorkOrder::completedQty),
    };
    auto def = flatTable<WorkOrder>(
        {TableId::WorkOrders, "work_orders", "Work orders", "生产工单", {"wo", "工单"}}, std::move(columns),
        {"number"}, &core::FactoryModel::workOrders);
    def.putChanges = changesInto(&OrderChanges::workOrders, &ImportChanges::orders);
    return std::make_unique<DefinedTable<WorkOrder, WorkOrder>>(std::move(def));
}

/// One line of a sales order with the order's own columns repeated, as ERPs export them.
struct SalesOrderRow {
    std::string number;
    std::string customer;
    int priority = 3;
    core::SalesOrderLine line;
};

std::unique_ptr<TableHandler> salesOrdersTable()
{
    const auto line = [](auto member) { return [member](auto& row) -> auto& { return row.line.*member; }; };
    using core::SalesOrderLine;
    TableDef<SalesOrderRow, core::SalesOrder> def;
    def.info = {TableId::SalesOrders, "sales_orders", "Sales orders", "销售订单", {"so", "销售单"}};
    def.columns = {
        column<SalesOrderRow>({"number", "Order number", "订单号", true}, kCode, &SalesOrderRow::number),
        column<SalesOrderRow>({"customer", "Customer", "客户"}, kText, &SalesOrderRow::customer),
        column<SalesOrderRow>({"priority", "Priority", "优先级"}, kWholeQuantity, &SalesOrderRow::priority),
        column<SalesOrderRow>({"item", "Item code", "物料编码", true}, kCode, line(&SalesOrderLine::item)),
        column<SalesOrderRow>({"qty", "Quantity", "数量", true}, kQuantity, line(&SalesOrderLine::qty)),
        column<SalesOrderRow>({"due", "Due date", "交货日期", true}, kDate, line(&SalesOrderLine::due)),
    };
    def.keyColumns = {"number"};
    def.linesName = "lines";
    def.recordColumns = {"customer", "priority"};
    def.read = [](const core::FactoryModel& model) { return model.salesOrders; };
    def.write = [](core::FactoryModel& model, std::vector<core::SalesOrder> rows) {
        model.salesOrders = std::move(rows);
    };
    def.toRows = [](const core::SalesOrder& order, std::vector<SalesOrderRow>& rows) {
        for (const SalesOrderLine& l : order.lines)
            rows.push_back({order.number, order.customer, order.priority, l});
    };
    def.addRow = [](core::SalesOrder& order, SalesOrderRow&& row, bool first) {
        if (first)
            order = {row.number, row.customer, row.priority, {}};
        order.lines.push_back(std::move(row.line));
    };
    def.groupKey = [](const core::SalesOrder& order) { return order.number; };
    def.keepUnlisted = [](const core::SalesOrder& stored, core::SalesOrder& imported) {
        imported.status = stored.status;
        imported.orderDate = stored.orderDate;
        imported.custom = stored.custom;
        imported.note = stored.note;
        imported.reviews = stored.reviews;
        // Lines are matched by position, as their pegging ids are (SO/1, SO/2, …).
        for (std::size_t l = 0; l < imported.lines.size() && l < stored.lines.size(); ++l) {
            imported.lines[l].promised = stored.lines[l].promised;
            imported.lines[l].shipments = stored.lines[l].shipments;
        }
    };
    def.putChanges = changesInto(&OrderChanges::salesOrders, &ImportChanges::orders);
    return std::make_unique<DefinedTable<SalesOrderRow, core::SalesOrder>>(std::move(def));
}

enum class DayKind { Holiday, MakeUp };

/// A date the weekly pattern does not decide: a holiday, or a make-up working day.
struct CalendarDay {
    core::Date date;
    DayKind kind = DayKind::Holiday;

    bool operator==(const CalendarDay&) const = default;
};

const std::vector<ChoiceWord>& dayKinds()
{
    static const std::vector<ChoiceWord> words{
        {static_cast<int>(DayKind::Holiday), "holiday", {"节假日", "假日", "休息日"}},
        {static_cast<int>(DayKind::MakeUp), "make_up", {"调休上班", "补班"}},
    };
    return words;
}

std::vector<CalendarDay> calendarDays(const core::FactoryModel& model)
{
    const core::Calendar& calendar = model.calendar;
    std::vector<CalendarDay> days;
    // A date in both lists is a working day (interchange.md §2), so it reads as make-up.
    for (core::Date d : calendar.holidays())
        if (!calendar.extraWorkdays().contains(d))
            days.push_back({d, DayKind::Holiday});
    for (core::Date d : calendar.extraWorkdays())
        days.push_back({d, DayKind::MakeUp});
    std::sort(days.begin(), days.end(), [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return days;
}

void setCalendarDays(core::FactoryModel& model, std::vector<CalendarDay> days)
{
    std::set<core::Date> holidays;
    std::set<core::Date> makeUp;
    for (const CalendarDay& day : days)
        (day.kind == DayKind::Holiday ? holidays : makeUp).insert(day.date);
    model.calendar.setHolidays(std::move(holidays));
    model.calendar.setExtraWorkdays(std::move(makeUp));
}

std::unique_ptr<TableHandler> holidaysTable()
{
    std::vector<Column<CalendarDay>> columns{
        column<CalendarDay>({"date", "Date", "日期", true}, kDate, &CalendarDay::date),
        column<CalendarDay>({"kind", "Kind", "类型"}, choiceOf(dayKinds()), &CalendarDay::kind),
    };
    auto def = flatTable<CalendarDay>(
        {TableId::Holidays, "holidays", "Holidays", "节假日", {"calendar", "calendar_days", "日历", "工厂日历"}},
        std::move(columns), {"date"}, calendarDays, setCalendarDays);
    def.sectionIsSorted = true;
    // The calendar is edited as a whole (core::MasterDataEdit::calendar).
    def.putChanges = [](ImportChanges& changes, std::vector<core::RowChange<CalendarDay>>,
                        const core::FactoryModel& before, const core::FactoryModel& after) {
        changes.master.calendar = std::make_pair(before.calendar, after.calendar);
    };
    return std::make_unique<DefinedTable<CalendarDay, CalendarDay>>(std::move(def));
}

} // namespace

void addOrderAndCalendarTables(TableList& tables)
{
    tables.push_back(purchaseOrdersTable());
    tables.push_back(workOrdersTable());
    tables.push_back(salesOrdersTable());
    tables.push_back(holidaysTable());
}

} // namespace pmc::store::tables
