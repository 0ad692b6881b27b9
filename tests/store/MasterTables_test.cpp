#include "store/MasterTables.h"

#include "store/FactoryDatabase.h"
#include "store/TableImport.h"
#include "support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <set>

using namespace pmc;
using store::HeaderLanguage;
using store::TableId;
using testing::ElementsAre;
using testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

namespace {

const core::FactoryModel& demo()
{
    static const core::FactoryModel model = [] {
        test::TempDir dir;
        store::FactoryDatabase db(dir.database("demo.db"));
        db.seedDemoIfEmpty();
        return db.load();
    }();
    return model;
}

store::ParsedTable parse(TableId table, Rows rows, const std::string& source = "items.csv")
{
    return store::parseTable(table, store::Sheet{"sheet", std::move(rows), {}}, source);
}

std::vector<std::string> issueTexts(const core::ValidationResult& result)
{
    std::vector<std::string> texts;
    for (const core::ValidationIssue& issue : result.issues())
        texts.push_back(issue.toString());
    return texts;
}

const Rows kItemsZh = {
    {"物料编码", "物料名称", "类型", "单位", "自制/外购", "提前期(天)", "安全库存"},
    {"RM-1", "钢管", "原材料", "m", "外购", "10", "1,200"},
    {"FG-1", "整车", "成品", "pcs", "自制", "2", "0"},
};

} // namespace

TEST(MasterTables, everyTableHasDistinctHeadersAndIsFoundByAnyOfItsNames)
{
    for (const store::TableInfo& table : store::tableInfos()) {
        std::set<std::string> names;
        for (const store::ColumnInfo& column : table.columns) {
            EXPECT_TRUE(names.insert(column.key).second) << table.key << " " << column.key;
            EXPECT_TRUE(names.insert(column.english).second || column.english == column.key) << column.english;
            EXPECT_TRUE(names.insert(column.chinese).second) << column.chinese;
        }
        EXPECT_EQ(store::findTable(table.key), table.id);
        EXPECT_EQ(store::findTable(table.english), table.id);
        EXPECT_EQ(store::findTable(" " + table.chinese + " "), table.id);
    }
    EXPECT_EQ(store::findTable("Purchase Orders"), TableId::PurchaseOrders);
    EXPECT_EQ(store::findTable("BOM"), TableId::Boms);
    EXPECT_EQ(store::findTable("物料清单"), TableId::Boms);
    EXPECT_EQ(store::findTable("日历"), TableId::Holidays);
    EXPECT_FALSE(store::findTable("orders"));
}

TEST(MasterTables, exportThenParseOfEveryDemoTableChangesNothingInBothLanguages)
{
    for (const store::TableInfo& table : store::tableInfos()) {
        for (HeaderLanguage language : {HeaderLanguage::English, HeaderLanguage::Chinese}) {
            const store::Sheet sheet = store::exportTable(demo(), table.id, language);
            EXPECT_EQ(sheet.name, table.name(language));
            EXPECT_EQ(sheet.rows.front().front(), table.columns.front().header(language));
            const store::ParsedTable parsed = store::parseTable(table.id, sheet, table.key + ".xlsx");
            EXPECT_TRUE(parsed.issues.ok()) << table.key << ": " << issueTexts(parsed.issues).front();
            EXPECT_TRUE(parsed.warnings.empty()) << table.key;
            EXPECT_EQ(parsed.language, language);
            EXPECT_TRUE(store::diffTable(demo(), parsed).empty()) << table.key;
        }
    }
}

TEST(MasterTables, exportTypesCellsSoCodesStayTextAndDatesAreDates)
{
    const store::Sheet items = store::exportTable(demo(), TableId::Items, HeaderLanguage::Chinese);
    EXPECT_EQ(items.columnKinds.at(0), store::CellKind::Text);
    EXPECT_EQ(items.columnKinds.at(5), store::CellKind::Number);
    EXPECT_EQ(items.rows.at(1).at(2), "成品");
    EXPECT_EQ(items.rows.at(1).at(4), "自制");
    const store::Sheet orders = store::exportTable(demo(), TableId::PurchaseOrders, HeaderLanguage::English);
    EXPECT_THAT(orders.rows.front(), ElementsAre("PO number", "Item code", "Quantity", "Due date", "Supplier"));
    EXPECT_EQ(orders.columnKinds.at(3), store::CellKind::Date);
    const store::Sheet sales = store::exportTable(demo(), TableId::SalesOrders, HeaderLanguage::English);
    std::size_t lines = 0;
    for (const core::SalesOrder& order : demo().salesOrders)
        lines += order.lines.size();
    EXPECT_EQ(sales.rows.size(), lines + 1);
}

TEST(MasterTables, readsChineseWordsThousandsSeparatorsAndColumnsInAnyOrder)
{
    Rows rows = {{"安全库存", "LEAD_TIME_DAYS", " Item Code ", "类型", "Make or buy", "标准不良率", "备注"},
                 {"1,200", "3", "0012", "半成品", "自制", "2%", "whatever"}};
    const store::ParsedTable parsed = parse(TableId::Items, rows);
    ASSERT_TRUE(parsed.issues.ok()) << issueTexts(parsed.issues).front();
    ASSERT_EQ(parsed.rows.items.size(), 1u);
    const core::Item& item = parsed.rows.items.front();
    EXPECT_EQ(item.code, "0012");
    EXPECT_EQ(item.type, core::ItemType::Semi);
    EXPECT_EQ(item.source, core::ItemSource::Make);
    EXPECT_EQ(item.safetyStock, 1200);
    EXPECT_EQ(item.leadTimeDays, 3);
    EXPECT_DOUBLE_EQ(item.defectRate, 0.02);
    EXPECT_EQ(item.uom, "pcs");
    EXPECT_THAT(parsed.warnings, ElementsAre("items.csv:1:备注: unknown column ignored"));
}

TEST(MasterTables, readsDatesAsErpAndExcelWriteThem)
{
    const Rows rows = {{"number", "item", "qty", "due"},
                       {"PO-1", "RM-1", "5", "2026/1/9"},
                       {"PO-2", "RM-1", "5", "2026-12-01 00:00:00"},
                       {"PO-3", "RM-1", "5", "2026年2月3日"}};
    const store::ParsedTable parsed = parse(TableId::PurchaseOrders, rows, "po.csv");
    ASSERT_TRUE(parsed.issues.ok()) << issueTexts(parsed.issues).front();
    EXPECT_EQ(parsed.rows.purchaseOrders[0].due, core::Date::fromYmd(2026, 1, 9));
    EXPECT_EQ(parsed.rows.purchaseOrders[1].due, core::Date::fromYmd(2026, 12, 1));
    EXPECT_EQ(parsed.rows.purchaseOrders[2].due, core::Date::fromYmd(2026, 2, 3));
}

TEST(MasterTables, namesRowAndColumnOfEveryBadCell)
{
    const Rows rows = {
        {"物料编码", "类型", "自制/外购", "提前期(天)", "安全库存", "批量", "生效"},
        {"A", "原材料", "外购", "abc", "-5", "1,2", ""},
        {},
        {"B", "原料", "buy", "1.5", "2e15", "5", ""},
        {"C", "成品x", "make", "", "", "", ""},
        {"", "raw", "buy", "", "", "", ""},
    };
    const store::ParsedTable parsed = parse(TableId::Items, rows);
    EXPECT_THAT(issueTexts(parsed.issues),
                ElementsAre("items.csv:2:提前期(天): must be a whole number >= 0, not \"abc\"",
                            "items.csv:2:安全库存: must be a number >= 0, not \"-5\"",
                            "items.csv:2:批量: must be a number >= 0, not \"1,2\"",
                            "items.csv:4:提前期(天): must be a whole number >= 0, not \"1.5\"",
                            "items.csv:4:安全库存: is too large: \"2e15\" (the limit is 1,000,000,000,000)",
                            "items.csv:5:类型: must be one of finished (成品), semi (半成品), raw (原材料), "
                            "packaging (包装材料), not \"成品x\"",
                            "items.csv:6:物料编码: required value is missing"));
    EXPECT_THAT(parsed.warnings, ElementsAre("items.csv:1:生效: unknown column ignored"));
}

TEST(MasterTables, refusesAMissingRequiredColumnNamingItInTheFilesLanguage)
{
    const store::ParsedTable zh = parse(TableId::Items, {{"物料编码", "物料名称", "类型"}, {"A", "x", "raw"}});
    EXPECT_THAT(issueTexts(zh.issues), ElementsAre("items.csv:1: required column \"自制/外购\" is missing (also "
                                                   "accepted: \"Make or buy\" or \"source\")"));
    EXPECT_TRUE(zh.rows.items.empty());
    const store::ParsedTable twice = parse(TableId::Items, {{"code", "type", "source", "Item code"}});
    EXPECT_THAT(issueTexts(twice.issues), ElementsAre("items.csv:1:Item code: the same column as \"code\" (column A)"));
}

TEST(MasterTables, reportsDuplicateKeysWithBothRows)
{
    const store::ParsedTable items = parse(TableId::Items, {kItemsZh[0], kItemsZh[1], kItemsZh[2], kItemsZh[1]});
    EXPECT_THAT(issueTexts(items.issues), ElementsAre("items.csv:4:物料编码: duplicate \"RM-1\" (also on row 2)"));
    const store::ParsedTable boms = parse(TableId::Boms,
        {{"父项", "子项", "单位用量", "生效日期"}, {"P", "C", "1", ""}, {"P", "C", "2", "2026-12-01"}, {"P", "C", "3", ""}},
        "boms.csv");
    EXPECT_THAT(issueTexts(boms.issues), ElementsAre("boms.csv:4:父项: duplicate \"P / C\" (also on row 2)"));
    const store::ParsedTable routings = parse(TableId::Routings,
        {{"item", "seq", "workcenter", "run_minutes_per_unit"}, {"P", "10", "W", "1"}, {"P", "10", "W", "2"}}, "r.csv");
    EXPECT_THAT(issueTexts(routings.issues), ElementsAre("r.csv:3:seq: duplicate seq 10 of P (also on row 2)"));
}

TEST(MasterTables, groupsRoutingOperationsAndSalesOrderLinesAndChecksTheOrderColumnsAgree)
{
    const store::ParsedTable routings = parse(TableId::Routings,
        {{"物料编码", "工序号", "工作中心", "单件工时(分)"}, {"P", "10", "CUT", "1"}, {"Q", "10", "CUT", "2"}, {"P", "20", "WELD", "3"}},
        "工艺路线.csv");
    ASSERT_TRUE(routings.issues.ok());
    ASSERT_EQ(routings.rows.routings.size(), 2u);
    EXPECT_EQ(routings.rows.routings[0].operations.size(), 2u);
    EXPECT_EQ(routings.rows.routings[0].operations[1].workCenter, "WELD");
    EXPECT_EQ(routings.sheetRows[0], (std::vector<int>{2, 4}));

    const store::ParsedTable sales = parse(TableId::SalesOrders,
        {{"订单号", "客户", "优先级", "物料编码", "数量", "交货日期"},
         {"SO-1", "甲", "1", "FG", "5", "2026-12-01"},
         {"SO-1", "乙", "1", "FG", "6", "2026-12-02"}},
        "so.csv");
    EXPECT_THAT(issueTexts(sales.issues),
                ElementsAre("so.csv:3:客户: must be the same on every row of SO-1 (\"甲\" on row 2), not \"乙\""));
    EXPECT_EQ(sales.rows.salesOrders.at(0).lines.size(), 2u);
}

TEST(MasterTables, readsHolidaysAndMakeUpDaysIntoTheCalendar)
{
    const store::ParsedTable parsed = parse(TableId::Holidays,
        {{"日期", "类型"}, {"2027-02-14", "调休上班"}, {"2027-02-08", "节假日"}, {"2027-02-09", ""}}, "节假日.csv");
    ASSERT_TRUE(parsed.issues.ok());
    EXPECT_EQ(parsed.rows.calendar.holidays(),
              (std::set<core::Date>{core::Date::fromYmd(2027, 2, 8), core::Date::fromYmd(2027, 2, 9)}));
    EXPECT_EQ(parsed.rows.calendar.extraWorkdays(), (std::set<core::Date>{core::Date::fromYmd(2027, 2, 14)}));
    // Rows follow the calendar's date order, so later messages still name the right row.
    EXPECT_EQ(parsed.sheetRows, (std::vector<std::vector<int>>{{3}, {4}, {2}}));
}

TEST(MasterTables, diffListsAddedChangedWithTheirFieldsAndRemovedByKey)
{
    const store::Sheet exported = store::exportTable(demo(), TableId::Items, HeaderLanguage::English);
    Rows rows = exported.rows;
    rows[1][5] = "9";    // lead_time_days
    rows[1][15] = "张三"; // buyer
    const std::string removed = rows[2][0];
    rows.erase(rows.begin() + 2);
    rows.push_back({"NEW-1", "新物料", "raw", "kg", "buy"});
    const store::TableDiff diff = store::diffTable(demo(), parse(TableId::Items, rows));
    EXPECT_THAT(diff.added, ElementsAre("NEW-1"));
    ASSERT_EQ(diff.changed.size(), 1u);
    EXPECT_EQ(diff.changed[0].key, demo().items[0].code);
    EXPECT_THAT(diff.changed[0].fields, ElementsAre("lead_time_days", "buyer"));
    EXPECT_THAT(diff.removed, ElementsAre(removed));
}

TEST(MasterTables, diffOfARoutingNamesTheChangedOperationFieldsOrTheOperations)
{
    Rows rows = store::exportTable(demo(), TableId::Routings, HeaderLanguage::English).rows;
    const std::string first = rows[1][0];
    rows[1][4] = "99"; // run_minutes_per_unit of the first routing's first operation
    const std::string second = demo().routings[1].item;
    Rows fewer;
    for (const auto& row : rows)
        if (row[0] != second || row[1] != std::to_string(demo().routings[1].operations.back().seq))
            fewer.push_back(row);
    const store::TableDiff diff = store::diffTable(demo(), parse(TableId::Routings, fewer, "routings.csv"));
    ASSERT_EQ(diff.changed.size(), 2u);
    EXPECT_EQ(diff.changed[0].key, first);
    EXPECT_THAT(diff.changed[0].fields, ElementsAre("run_minutes_per_unit"));
    EXPECT_EQ(diff.changed[1].key, second);
    EXPECT_THAT(diff.changed[1].fields, ElementsAre("operations"));
}

TEST(MasterTables, emptyRowsAreSkippedAndAHeaderOnlySheetIsAnEmptyTable)
{
    const store::ParsedTable parsed = parse(TableId::Suppliers, {{"code"}, {""}, {"  "}, {"S-1"}}, "s.csv");
    ASSERT_TRUE(parsed.issues.ok());
    EXPECT_EQ(parsed.sheetRows, (std::vector<std::vector<int>>{{4}}));
    EXPECT_TRUE(parse(TableId::Suppliers, {{"code"}}, "s.csv").rows.suppliers.empty());
    EXPECT_THAT(issueTexts(parse(TableId::Suppliers, {}, "s.csv").issues),
                ElementsAre("s.csv: the sheet is empty: no header row"));
}

TEST(MasterTables, readsNumbersAsPlannersWriteThemAndRefusesWhatIsAmbiguous)
{
    const Rows rows = {{"parent", "component", "qty_per", "scrap_rate", "valid_to"},
                       {"P", "C1", "1,200.5", "2 %", ""},
                       {"P", "C2", "+3", "0.5\xEF\xBC\x85", ""},
                       {"P", "C3", "1e3", "0", ""},
                       {"P", "C4", "inf", "-1%", ""},
                       {"P", "C5", "12,34", "2%%", "46351"}};
    const store::ParsedTable parsed = parse(TableId::Boms, rows, "boms.csv");
    ASSERT_EQ(parsed.rows.boms.size(), 5u);
    EXPECT_DOUBLE_EQ(parsed.rows.boms[0].qtyPer, 1200.5);
    EXPECT_DOUBLE_EQ(parsed.rows.boms[0].scrapRate, 0.02);
    EXPECT_DOUBLE_EQ(parsed.rows.boms[1].qtyPer, 3);
    EXPECT_DOUBLE_EQ(parsed.rows.boms[1].scrapRate, 0.005);
    EXPECT_DOUBLE_EQ(parsed.rows.boms[2].qtyPer, 1000);
    EXPECT_THAT(issueTexts(parsed.issues),
                ElementsAre("boms.csv:5:qty_per: must be a number >= 0, not \"inf\"",
                            "boms.csv:5:scrap_rate: must be a number >= 0 (2% or 0.02), not \"-1%\"",
                            "boms.csv:6:qty_per: must be a number >= 0, not \"12,34\"",
                            "boms.csv:6:scrap_rate: must be a number >= 0 (2% or 0.02), not \"2%%\"",
                            "boms.csv:6:valid_to: must be a date YYYY-MM-DD or YYYY/M/D, not \"46351\" (an Excel "
                            "date serial number? format the column as a date)"));
}
