#include "store/TableImport.h"

#include "core/execution/CompletionReport.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/InputError.h"
#include "support/TempDir.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace pmc;
using store::HeaderLanguage;
using store::TableId;
using testing::ElementsAre;
using testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

namespace {

class TableImport : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_db.seedDemoIfEmpty();
        m_demo = m_db.load();
    }

    store::TableFile file(TableId table, Rows rows, const std::string& source)
    {
        store::TableFile result;
        result.fileName = source;
        result.tables.push_back(store::parseTable(table, store::Sheet{"sheet", std::move(rows), {}}, source));
        return result;
    }

    Rows exported(TableId table) { return store::exportTable(m_demo, table, HeaderLanguage::English).rows; }

    std::vector<std::string> issues(const store::TableImportPlan& plan)
    {
        std::vector<std::string> texts;
        for (const core::ValidationIssue& issue : plan.issues.issues())
            texts.push_back(issue.toString());
        return texts;
    }

    test::TempDir m_dir;
    store::FactoryDatabase m_db{m_dir.database("f.db")};
    core::FactoryModel m_demo;
};

} // namespace

TEST_F(TableImport, storedImportReloadsExactlyAsTheEditAppliedInMemory)
{
    Rows items = exported(TableId::Items);
    items[1][6] = "50";
    items.push_back({"NEW-1", "新物料", "raw", "kg", "buy", "7"});
    Rows boms = exported(TableId::Boms);
    boms.erase(boms.begin() + 3);
    boms.push_back({"EB-A100", "NEW-1", "2"});
    Rows sales = exported(TableId::SalesOrders);
    sales[1][4] = "77";
    sales.erase(sales.begin() + 2);
    sales.push_back({"SO-NEW", "新客户", "2", "NEW-1", "5", "2026-12-24"});
    store::TableFile input = file(TableId::Items, items, "items.csv");
    input.tables.push_back(store::parseTable(TableId::Boms, store::Sheet{"b", boms, {}}, "boms.csv"));
    input.tables.push_back(store::parseTable(TableId::SalesOrders, store::Sheet{"s", sales, {}}, "so.csv"));
    const store::TableImportPlan plan = store::planTableImport(m_demo, input);
    ASSERT_TRUE(plan.ok()) << issues(plan).front();
    ASSERT_EQ(plan.diffs.size(), 3u);
    EXPECT_EQ(plan.changes.master.items.size(), 2u);
    EXPECT_EQ(plan.changes.master.boms.size(), 2u);
    EXPECT_EQ(plan.changes.orders.salesOrders.size(), 3u);

    store::storeTableImport(m_db.database(), plan.changes);
    core::FactoryModel expected = m_demo;
    core::applyEdit(expected, plan.changes.master);
    const core::FactoryModel stored = m_db.load();
    EXPECT_EQ(stored.items, expected.items);
    EXPECT_EQ(stored.boms, expected.boms);
    ASSERT_EQ(stored.salesOrders.size(), m_demo.salesOrders.size() + 1);
    EXPECT_EQ(stored.salesOrders.back().number, "SO-NEW");
    EXPECT_EQ(stored.salesOrders[0].lines[0].qty, 77);
    EXPECT_EQ(stored.salesOrders[1].number, m_demo.salesOrders[1].number);
    EXPECT_EQ(stored.salesOrders[1].lines.size(), m_demo.salesOrders[1].lines.size() - 1);
    EXPECT_TRUE(store::planTableImport(stored, input).changes.empty());
}

TEST_F(TableImport, aSalesOrderTableKeepsStatusReviewsAndShipmentsItHasNoColumnsFor)
{
    core::SalesOrder shipped = m_demo.salesOrders[0];
    shipped.status = core::SalesOrderStatus::PartiallyShipped;
    shipped.lines[0].promised = m_demo.settings.today + 30;
    shipped.lines[0].shipments.push_back({"DN-1", m_demo.settings.today, 1});
    shipped.reviews.push_back({core::Department::Pmc, core::ReviewVerdict::Accept});
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({m_demo.salesOrders[0], shipped});
    ASSERT_TRUE(m_db.applyEdit(edit).ok());
    m_demo = m_db.load();

    Rows sales = exported(TableId::SalesOrders);
    sales[1][4] = "77";
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::SalesOrders, sales, "so.csv"));
    ASSERT_TRUE(plan.ok()) << issues(plan).front();
    ASSERT_EQ(plan.changes.orders.salesOrders.size(), 1u);
    store::storeTableImport(m_db.database(), plan.changes);
    core::SalesOrder expected = shipped;
    expected.lines[0].qty = 77;
    EXPECT_EQ(m_db.load().salesOrders[0], expected);
}

TEST_F(TableImport, anUnknownReferenceNamesTheCellAndNothingIsStored)
{
    Rows boms = store::exportTable(m_demo, TableId::Boms, HeaderLanguage::Chinese).rows;
    boms.push_back({"EB-A100", "NO-SUCH", "1"});
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::Boms, boms, "boms.xlsx"));
    EXPECT_THAT(issues(plan), ElementsAre("boms.xlsx:" + std::to_string(boms.size()) + ":子项: unknown item \"NO-SUCH\""));
    EXPECT_EQ(m_db.load(), m_demo);
}

TEST_F(TableImport, removingAnItemStillUsedElsewhereIsOneMessagePerKindOfStoredRow)
{
    Rows items = exported(TableId::Items);
    const std::string code = items[1][0];
    items.erase(items.begin() + 1);
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::Items, items, "items.csv"));
    ASSERT_FALSE(plan.ok());
    EXPECT_THAT(issues(plan).front(),
                HasSubstr("items.csv: unknown item \"" + code + "\" in "));
    EXPECT_THAT(issues(plan).front(), HasSubstr("stored boms rows (parent) not in this import: \"" + code + " / "));
}

TEST_F(TableImport, aBomCycleIsRefusedNamingTheFile)
{
    Rows boms = exported(TableId::Boms);
    boms.push_back({m_demo.boms[0].component, m_demo.boms[0].parent, "1"});
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::Boms, boms, "boms.csv"));
    ASSERT_EQ(plan.issues.issues().size(), 1u);
    EXPECT_EQ(plan.issues.issues()[0].path, "boms.csv");
    EXPECT_THAT(plan.issues.issues()[0].message, HasSubstr("cycle"));
}

TEST_F(TableImport, aValidationIssueOfAnOperationNamesItsRow)
{
    Rows routings = exported(TableId::Routings);
    routings[2][2] = "NO-WC";
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::Routings, routings, "r.csv"));
    EXPECT_THAT(issues(plan), ElementsAre("r.csv:3:Work center: unknown work center \"NO-WC\""));
}

TEST_F(TableImport, changingAWorkOrderKeepsItsCompletionReports)
{
    store::ExecutionRepository execution(m_db.database());
    const core::WorkOrder order = m_demo.workOrders.front();
    core::CompletionReport report;
    report.workOrder = order.number;
    for (const core::Routing& r : m_demo.routings)
        if (r.item == order.item)
            report.seq = r.operations.front().seq;
    report.goodQty = 1;
    report.date = m_demo.settings.today;
    execution.record(report);
    const std::size_t reports = execution.reports().size();

    Rows orders = exported(TableId::WorkOrders);
    orders[1][2] = "999";
    const store::TableImportPlan plan = store::planTableImport(m_demo, file(TableId::WorkOrders, orders, "wo.csv"));
    ASSERT_TRUE(plan.ok()) << issues(plan).front();
    store::storeTableImport(m_db.database(), plan.changes);
    EXPECT_EQ(m_db.load().workOrders.front().qty, 999);
    EXPECT_EQ(execution.reports().size(), reports);
}

TEST_F(TableImport, holidaysChangeTheCalendarAsOneEdit)
{
    const store::TableImportPlan plan = store::planTableImport(m_demo,
        file(TableId::Holidays, {{"date", "kind"}, {"2027-01-01", "holiday"}, {"2027-02-14", "make-up"}}, "h.csv"));
    ASSERT_TRUE(plan.ok());
    ASSERT_TRUE(plan.changes.master.calendar);
    EXPECT_EQ(plan.changes.master.calendar->first, m_demo.calendar);
    store::storeTableImport(m_db.database(), plan.changes);
    const core::Calendar calendar = m_db.load().calendar;
    EXPECT_EQ(calendar.holidays(), (std::set<core::Date>{core::Date::fromYmd(2027, 1, 1)}));
    EXPECT_EQ(calendar.shifts(), m_demo.calendar.shifts());
    EXPECT_EQ(calendar.overtime(), m_demo.calendar.overtime());
}

TEST_F(TableImport, theSameTableTwiceIsRefused)
{
    store::TableFile input = file(TableId::Suppliers, exported(TableId::Suppliers), "book.xlsx[Suppliers]");
    input.tables.push_back(store::parseTable(TableId::Suppliers, store::Sheet{"供应商", exported(TableId::Suppliers), {}},
                                             "book.xlsx[供应商]"));
    const store::TableImportPlan plan = store::planTableImport(m_demo, input);
    EXPECT_THAT(issues(plan), ElementsAre("book.xlsx[供应商]: the table suppliers is also in book.xlsx[Suppliers]"));
}

TEST_F(TableImport, readTableFileTakesTheTableFromSheetNamesOrTheFileStem)
{
    store::writeXlsx(m_dir.file("book.xlsx"),
                     store::Workbook{{store::exportTable(m_demo, TableId::Items, HeaderLanguage::Chinese),
                                      store::Sheet{"说明", {{"text"}, {"read me"}}, {}},
                                      store::exportTable(m_demo, TableId::Boms, HeaderLanguage::English)}});
    const store::TableFile book = store::readTableFile(m_dir.file("book.xlsx"), std::nullopt);
    ASSERT_EQ(book.tables.size(), 2u);
    EXPECT_EQ(book.tables[0].source, "book.xlsx[物料]");
    EXPECT_THAT(book.warnings, ElementsAre("book.xlsx[说明]: sheet \"说明\" names no table; skipped"));
    EXPECT_EQ(store::readTableFile(m_dir.file("book.xlsx"), TableId::Boms).tables.at(0).table, TableId::Boms);

    store::writeCsv(m_dir.file("物料清单_20261125.csv"), store::exportTable(m_demo, TableId::Boms, HeaderLanguage::Chinese));
    EXPECT_EQ(store::readTableFile(m_dir.file("物料清单_20261125.csv"), std::nullopt).tables.at(0).table, TableId::Boms);
    store::writeCsv(m_dir.file("data.csv"), store::exportTable(m_demo, TableId::Boms, HeaderLanguage::Chinese));
    EXPECT_THROW(store::readTableFile(m_dir.file("data.csv"), std::nullopt), store::InputError);
    EXPECT_EQ(store::readTableFile(m_dir.file("data.csv"), TableId::Boms).tables.at(0).source, "data.csv");
    EXPECT_THROW(store::readTableFile(m_dir.file("book.xlsx"), TableId::Routings), store::InputError);
}
