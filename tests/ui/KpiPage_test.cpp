#include "DemoDocumentTest.h"
#include "support/PdfText.h"

#include "app/models/KpiTableModel.h"
#include "core/FactoryModel.h"
#include "store/ExecutionRepository.h"
#include "store/FactoryDatabase.h"
#include "store/KpiHistoryQuery.h"
#include "store/PurchasingRepository.h"
#include "store/Spreadsheet.h"
#include "ui/KpiPage.h"
#include "ui/KpiReportDocument.h"

#include <QDateEdit>
#include <QTabWidget>

using namespace pmc;

namespace {

core::Date nov(int day) { return core::Date::fromYmd(2026, 11, day); }

class KpiPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        // The demo's history: two shop-floor returns and a delivery on time.
        store::FactoryDatabase database(document.path().toStdString());
        store::ExecutionRepository execution(database.database());
        core::CompletionReport assembly{"WO-2026-1463", 10, nov(24), 40, 0, ""};
        assembly.worker = "总装一班";
        assembly.labourHours = 3;
        execution.record(assembly);
        core::CompletionReport packing{"WO-2026-1463", 20, nov(24), 38, 2, "外观划伤"};
        packing.worker = "包装班";
        packing.labourHours = 1.5;
        execution.record(packing);
        execution.record(core::AbnormalHours{nov(24), "ASSY", "", core::AbnormalCause::Material, 6, "采购部", ""});
        core::PurchaseReceipt receipt;
        receipt.purchaseOrder = "PO-2026-1181";
        receipt.date = nov(19);
        receipt.qty = 1200;
        store::PurchasingRepository(database.database()).receive(receipt);
    }

    core::KpiReport commandLineKpis(const core::DateRange& period)
    {
        store::FactoryDatabase database(document.path().toStdString());
        return core::computeKpis(database.load(), store::readKpiHistory(database.database()), period);
    }

    void build(ui::KpiPage& page)
    {
        page.findChildren<QDateEdit*>().at(0)->setDate(QDate(2026, 11, 1));
        page.findChildren<QDateEdit*>().at(1)->setDate(QDate(2026, 11, 25));
        page.refresh();
        page.waitForBuild();
    }
};

} // namespace

TEST_F(KpiPageTest, showsTheKpisPmcCliComputesWithTheirTargets)
{
    ui::KpiPage page(document);
    build(page);
    ASSERT_TRUE(page.dashboard());
    const core::KpiReport expected = commandLineKpis({nov(1), nov(25)});
    const auto& rows = page.kpiModel()->rows();
    ASSERT_EQ(rows.size(), 11u);
    EXPECT_EQ(rows[0].ratio.value, expected.planAchievement.value);
    EXPECT_EQ(rows[4].ratio.numerator, expected.supplierOnTime.numerator);
    EXPECT_EQ(rows[4].ratio.denominator, expected.supplierOnTime.denominator);
    EXPECT_EQ(rows[6].ratio.value, expected.scrapRate.value);
    // 6 material hours in 4.5 labour hours is far above the 5 % ceiling: shown red.
    EXPECT_TRUE(rows[7].missesTarget());
    EXPECT_EQ(page.kpiModel()->index(7, app::KpiTableModel::Target).data().toString(), QStringLiteral("≤ 5.0 %"));
    EXPECT_EQ(page.tabs()->count(), 7); // six charts and tables, and the line balance
    ASSERT_EQ(page.dashboard()->workers.size(), 2u);
    EXPECT_EQ(page.dashboard()->scrapReasons.at(0).reason, "外观划伤");
    EXPECT_EQ(page.dashboard()->abnormalCauses.at(0).reason, "material");
}

TEST_F(KpiPageTest, exportsEverySheetToExcel)
{
    ui::KpiPage page(document);
    build(page);
    const QString path = QString::fromStdString(dir.file("kpi.xlsx"));
    EXPECT_EQ(page.exportExcel(path), QString());
    const store::Workbook book = store::readSpreadsheet(path.toStdString());
    ASSERT_EQ(book.sheets.size(), 6u);
    EXPECT_EQ(book.sheets[0].rows.size(), 12u); // header + 11 KPIs
    EXPECT_EQ(book.sheets[5].rows.size(), 3u);  // header + 2 workers
    EXPECT_EQ(book.sheets[5].rows[1][0], "包装班");
}

TEST_F(KpiPageTest, printsThreePagesWhoseChineseTextReadsRight)
{
    ui::KpiPage page(document);
    build(page);
    const ui::KpiReportDocument report(*page.dashboard(), page.kpiModel()->rows());
    EXPECT_EQ(report.number(), QStringLiteral("KPI-20261101-20261125"));
    const QString path = QString::fromStdString(dir.file("kpi.pdf"));
    QString error;
    ASSERT_TRUE(report.writePdf(path, &error)) << error.toStdString();
    const std::optional<QString> extracted = test::pdfText(path);
    if (!extracted)
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString& text = *extracted;
    EXPECT_TRUE(text.contains(QStringLiteral("PMC 指标报表"))) << text.left(400).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("外观划伤"))) << "the scrap Pareto's reason, drawn by the chart";
    EXPECT_TRUE(text.contains(QStringLiteral("Page 3 of 3")));
}
