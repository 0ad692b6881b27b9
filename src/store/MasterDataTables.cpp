#include "store/DefinedTable.h"
#include "store/TableDefinitions.h"
#include "store/TableRules.h"

namespace pmc::store::tables {

namespace {

using core::BomLine;
using core::InventoryRecord;
using core::Item;
using core::Supplier;
using core::WorkCenter;

const std::vector<ChoiceWord>& itemTypes()
{
    static const std::vector<ChoiceWord> words{
        {static_cast<int>(core::ItemType::Finished), "finished", {"成品"}},
        {static_cast<int>(core::ItemType::Semi), "semi", {"半成品"}},
        {static_cast<int>(core::ItemType::Raw), "raw", {"原材料", "原料"}},
        {static_cast<int>(core::ItemType::Packaging), "packaging", {"包装材料", "包材"}},
    };
    return words;
}

const std::vector<ChoiceWord>& itemSources()
{
    static const std::vector<ChoiceWord> words{
        {static_cast<int>(core::ItemSource::Make), "make", {"自制"}},
        {static_cast<int>(core::ItemSource::Buy), "buy", {"外购", "采购"}},
    };
    return words;
}

const std::vector<ChoiceWord>& lotRules()
{
    static const std::vector<ChoiceWord> words{
        {static_cast<int>(core::LotRule::LotForLot), "lot_for_lot", {"按需", "批对批"}},
        {static_cast<int>(core::LotRule::Fixed), "fixed", {"固定批量"}},
        {static_cast<int>(core::LotRule::MinMultiple), "min_multiple", {"最小批量倍数"}},
    };
    return words;
}

std::unique_ptr<TableHandler> itemsTable()
{
    std::vector<Column<Item>> columns{
        column<Item>({"code", "Item code", "物料编码", true}, kCode, &Item::code),
        column<Item>({"name", "Item name", "物料名称"}, kText, &Item::name),
        column<Item>({"type", "Type", "类型", true}, choiceOf(itemTypes()), &Item::type),
        column<Item>({"uom", "Unit", "单位"}, kText, &Item::uom),
        column<Item>({"source", "Make or buy", "自制/外购", true}, choiceOf(itemSources()), &Item::source),
        column<Item>({"lead_time_days", "Lead time (days)", "提前期(天)"}, kWholeQuantity, &Item::leadTimeDays),
        column<Item>({"safety_stock", "Safety stock", "安全库存"}, kQuantity, &Item::safetyStock),
        column<Item>({"lot.rule", "Lot rule", "批量规则"}, choiceOf(lotRules()),
                     [](auto& i) -> auto& { return i.lot.rule; }),
        column<Item>({"lot.size", "Lot size", "批量"}, kQuantity, [](auto& i) -> auto& { return i.lot.size; }),
        column<Item>({"lot.moq", "Minimum order qty", "最小订购量"}, kQuantity, [](auto& i) -> auto& { return i.lot.moq; }),
        column<Item>({"lot.multiple", "Order multiple", "倍数"}, kQuantity,
                     [](auto& i) -> auto& { return i.lot.multiple; }),
        column<Item>({"supplier", "Supplier", "供应商"}, kCode, &Item::supplier),
        column<Item>({"min_stock", "Minimum stock", "最低库存"}, kQuantity, &Item::minStock),
        column<Item>({"max_stock", "Maximum stock", "最高库存"}, kQuantity, &Item::maxStock),
        column<Item>({"defect_rate", "Defect rate", "标准不良率"}, kRate, &Item::defectRate),
        column<Item>({"buyer", "Buyer", "采购员"}, kText, &Item::buyer),
        column<Item>({"family", "Product family", "产品系列"}, kText, &Item::family),
        column<Item>({"unit_cost", "Unit cost", "单位成本"}, kQuantity, &Item::unitCost),
    };
    auto def = flatTable<Item>({TableId::Items, "items", "Items", "物料", {"item", "物料主数据", "物料档案"}},
                               std::move(columns), {"code"}, &core::FactoryModel::items);
    def.putChanges = changesInto(&core::MasterDataEdit::items, &ImportChanges::master);
    return std::make_unique<DefinedTable<Item, Item>>(std::move(def));
}

std::unique_ptr<TableHandler> bomsTable()
{
    std::vector<Column<BomLine>> columns{
        column<BomLine>({"parent", "Parent", "父项", true}, kCode, &BomLine::parent),
        column<BomLine>({"component", "Component", "子项", true}, kCode, &BomLine::component),
        column<BomLine>({"qty_per", "Qty per", "单位用量", true}, kQuantity, &BomLine::qtyPer),
        column<BomLine>({"scrap_rate", "Scrap rate", "损耗率"}, kRate, &BomLine::scrapRate),
        column<BomLine>({"valid_from", "Valid from", "生效日期"}, kOptionalDate, &BomLine::validFrom),
        column<BomLine>({"valid_to", "Valid to", "失效日期"}, kOptionalDate, &BomLine::validTo),
    };
    auto def = flatTable<BomLine>({TableId::Boms, "boms", "BOMs", "物料清单", {"bom", "BOM表"}}, std::move(columns),
                                  {"parent", "component", "valid_from"}, &core::FactoryModel::boms);
    def.putChanges = changesInto(&core::MasterDataEdit::boms, &ImportChanges::master);
    return std::make_unique<DefinedTable<BomLine, BomLine>>(std::move(def));
}

/// One operation of a routing, as one spreadsheet row.
struct RoutingRow {
    std::string item;
    core::Operation operation;
};

std::unique_ptr<TableHandler> routingsTable()
{
    const auto op = [](auto member) { return [member](auto& row) -> auto& { return row.operation.*member; }; };
    using core::Operation;
    TableDef<RoutingRow, core::Routing> def;
    def.info = {TableId::Routings, "routings", "Routings", "工艺路线", {"routing", "工艺"}};
    def.columns = {
        column<RoutingRow>({"item", "Item code", "物料编码", true}, kCode, &RoutingRow::item),
        column<RoutingRow>({"seq", "Operation no.", "工序号", true}, kWholeQuantity, op(&Operation::seq)),
        column<RoutingRow>({"workcenter", "Work center", "工作中心", true}, kCode, op(&Operation::workCenter)),
        column<RoutingRow>({"setup_minutes", "Setup (min)", "准备时间(分)"}, kQuantity, op(&Operation::setupMinutes)),
        column<RoutingRow>({"run_minutes_per_unit", "Run per unit (min)", "单件工时(分)", true}, kQuantity,
                           op(&Operation::runMinutesPerUnit)),
        column<RoutingRow>({"queue_minutes", "Queue (min)", "排队时间(分)"}, kQuantity, op(&Operation::queueMinutes)),
        column<RoutingRow>({"inspection_minutes", "Inspection (min)", "检验时间(分)"}, kQuantity,
                           op(&Operation::inspectionMinutes)),
        column<RoutingRow>({"move_minutes", "Move (min)", "搬运时间(分)"}, kQuantity, op(&Operation::moveMinutes)),
        column<RoutingRow>({"piece_rate", "Piece rate", "计件单价"}, kQuantity, op(&Operation::pieceRate)),
    };
    def.keyColumns = {"item"};
    def.lineKeyColumn = "seq";
    def.linesName = "operations";
    def.read = [](const core::FactoryModel& model) { return model.routings; };
    def.write = [](core::FactoryModel& model, std::vector<core::Routing> rows) { model.routings = std::move(rows); };
    def.toRows = [](const core::Routing& routing, std::vector<RoutingRow>& rows) {
        for (const core::Operation& operation : routing.operations)
            rows.push_back({routing.item, operation});
    };
    def.addRow = [](core::Routing& routing, RoutingRow&& row, bool first) {
        if (first)
            routing.item = row.item;
        routing.operations.push_back(std::move(row.operation));
    };
    def.groupKey = [](const core::Routing& routing) { return routing.item; };
    def.putChanges = changesInto(&core::MasterDataEdit::routings, &ImportChanges::master);
    return std::make_unique<DefinedTable<RoutingRow, core::Routing>>(std::move(def));
}

std::unique_ptr<TableHandler> workCentersTable()
{
    std::vector<Column<WorkCenter>> columns{
        column<WorkCenter>({"code", "Work center", "工作中心编码", true}, kCode, &WorkCenter::code),
        column<WorkCenter>({"name", "Name", "名称"}, kText, &WorkCenter::name),
        column<WorkCenter>({"workshop", "Workshop", "车间"}, kText, &WorkCenter::workshop),
        column<WorkCenter>({"line", "Line", "产线"}, kText, &WorkCenter::line),
        column<WorkCenter>({"parallel_units", "Parallel units", "并行数"}, kCount, &WorkCenter::parallelUnits),
        column<WorkCenter>({"efficiency", "Efficiency", "效率"}, kPositiveRate, &WorkCenter::efficiency),
    };
    auto def = flatTable<WorkCenter>({TableId::WorkCenters, "workcenters", "Work centers", "工作中心", {"work_center"}},
                                     std::move(columns), {"code"}, &core::FactoryModel::workCenters);
    def.putChanges = changesInto(&core::MasterDataEdit::workCenters, &ImportChanges::master);
    return std::make_unique<DefinedTable<WorkCenter, WorkCenter>>(std::move(def));
}

std::unique_ptr<TableHandler> suppliersTable()
{
    std::vector<Column<Supplier>> columns{
        column<Supplier>({"code", "Supplier code", "供应商编码", true}, kCode, &Supplier::code),
        column<Supplier>({"name", "Supplier name", "供应商名称"}, kText, &Supplier::name),
        column<Supplier>({"contact", "Contact", "联系人"}, kText, &Supplier::contact),
        column<Supplier>({"phone", "Phone", "电话"}, kText, &Supplier::phone),
    };
    auto def = flatTable<Supplier>({TableId::Suppliers, "suppliers", "Suppliers", "供应商", {"supplier"}},
                                   std::move(columns), {"code"}, &core::FactoryModel::suppliers);
    def.putChanges = changesInto(&core::MasterDataEdit::suppliers, &ImportChanges::master);
    return std::make_unique<DefinedTable<Supplier, Supplier>>(std::move(def));
}

std::unique_ptr<TableHandler> inventoryTable()
{
    std::vector<Column<InventoryRecord>> columns{
        column<InventoryRecord>({"item", "Item code", "物料编码", true}, kCode, &InventoryRecord::item),
        column<InventoryRecord>({"on_hand", "On hand", "库存数量", true}, kQuantity, &InventoryRecord::onHand),
        column<InventoryRecord>({"on_inspection", "On inspection", "待检数量"}, kQuantity, &InventoryRecord::onInspection),
        column<InventoryRecord>({"allocated", "Allocated", "已分配数量"}, kQuantity, &InventoryRecord::allocated),
        column<InventoryRecord>({"location", "Location", "库位"}, kText, &InventoryRecord::location),
    };
    auto def = flatTable<InventoryRecord>({TableId::Inventory, "inventory", "Inventory", "库存", {"stock", "现存量"}},
                                          std::move(columns), {"item"}, &core::FactoryModel::inventory);
    def.putChanges = changesInto(&core::MasterDataEdit::inventory, &ImportChanges::master);
    return std::make_unique<DefinedTable<InventoryRecord, InventoryRecord>>(std::move(def));
}

} // namespace

void addMasterDataTables(TableList& tables)
{
    tables.push_back(itemsTable());
    tables.push_back(bomsTable());
    tables.push_back(routingsTable());
    tables.push_back(workCentersTable());
    tables.push_back(suppliersTable());
    tables.push_back(inventoryTable());
}

} // namespace pmc::store::tables
