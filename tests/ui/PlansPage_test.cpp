#include "DemoDocumentTest.h"

#include "app/PlanReleaseService.h"
#include "app/models/FormTableModel.h"
#include "app/models/QtDate.h"
#include "store/DailyPlanRelease.h"
#include "store/FactoryDatabase.h"
#include "store/Spreadsheet.h"
#include "ui/PlansPage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QTableView>
#include <QTranslator>

#include <algorithm>

using namespace pmc;

namespace {

const QDate kThursday(2026, 11, 26); // the demo's first working day after its planning date

class PlansPageTest : public test::DemoDocumentTest {
protected:
    void SetUp() override
    {
        DemoDocumentTest::SetUp();
        document.startMrp();
        document.waitForMrp();
    }
    /// The page showing `kind` on `date`, built.
    void show(ui::PlansPage& page, app::PlanSheetKind kind, const QDate& date)
    {
        page.waitForBuild();
        page.kind()->setCurrentIndex(page.kind()->findData(int(kind)));
        page.date()->setDate(date);
        page.refresh();
        page.waitForBuild();
    }
    core::DailyPlan commandLinePlan(core::Date date)
    {
        store::FactoryDatabase database(document.path().toStdString());
        return store::currentDailyPlan(database, *database.lastMrpRun(), date, "");
    }
    /// The plan lines of the table: the rows whose 工单号 cell is set.
    static std::vector<std::pair<QString, QString>> orderAndStep(const app::FormTableModel& model)
    {
        std::vector<std::pair<QString, QString>> lines;
        for (int row = 0; row < model.rowCount(); ++row)
            if (!model.isCaption(row))
                lines.emplace_back(model.index(row, 2).data().toString(), model.index(row, 6).data().toString());
        return lines;
    }
};

} // namespace

TEST_F(PlansPageTest, theDailySheetIsThePlanThatPmcCliPrints)
{
    ui::PlansPage page(document);
    show(page, app::PlanSheetKind::Daily, kThursday);
    const core::DailyPlan plan = commandLinePlan(app::toCoreDate(kThursday));
    ASSERT_FALSE(plan.lines.empty());
    const auto lines = orderAndStep(*page.model());
    // Line rows plus one caption per workshop and one subtotal per work-center run.
    ASSERT_EQ(lines.size() - std::count_if(lines.begin(), lines.end(), [](const auto& l) { return l.first.isEmpty(); }),
              plan.lines.size());
    std::size_t next = 0;
    for (const auto& [order, step] : lines) {
        if (order.isEmpty())
            continue;
        EXPECT_EQ(order.toStdString(), plan.lines[next].order);
        EXPECT_EQ(step.toInt(), plan.lines[next].seq);
        ++next;
    }
    EXPECT_TRUE(page.heading().contains(QString::fromStdString(plan.planNumber))) << page.heading().toStdString();
    EXPECT_TRUE(page.model()->isCaption(0)); // 车间 …, spanning the table
    EXPECT_EQ(page.table()->columnSpan(0, 0), page.model()->columnCount());
    EXPECT_EQ(page.model()->headerData(2, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("工单号"));
}

TEST_F(PlansPageTest, weeklyMonthlyAndKittingSheetsCarryTheirPrintedTitles)
{
    ui::PlansPage page(document);
    show(page, app::PlanSheetKind::Weekly, kThursday);
    EXPECT_TRUE(page.heading().startsWith(QStringLiteral("周生产计划"))) << page.heading().toStdString();
    EXPECT_TRUE(page.heading().contains(QStringLiteral("WP-2026W48-ALL")));
    EXPECT_GT(page.model()->rowCount(), 0);
    show(page, app::PlanSheetKind::Monthly, kThursday);
    EXPECT_TRUE(page.heading().contains(QStringLiteral("MP-202611-ALL"))) << page.heading().toStdString();
    show(page, app::PlanSheetKind::Kitting, kThursday);
    EXPECT_TRUE(page.heading().contains(QStringLiteral("KL-20261126-ALL"))) << page.heading().toStdString();
    EXPECT_EQ(page.scope()->itemText(0), QStringLiteral("All work centers"));
    EXPECT_FALSE(page.version()->isVisibleTo(&page));
}

TEST_F(PlansPageTest, excelExportHasThePrintedColumnsAndRows)
{
    ui::PlansPage page(document);
    show(page, app::PlanSheetKind::Daily, kThursday);
    const std::string file = dir.file("plan.xlsx");
    EXPECT_EQ(page.exportExcel(QString::fromStdString(file)), QString());
    const store::Workbook book = store::readSpreadsheet(file);
    ASSERT_EQ(book.sheets.size(), 1u);
    const store::Sheet& sheet = book.sheets[0];
    EXPECT_EQ(sheet.name, "DP-20261126-ALL");
    EXPECT_EQ(sheet.rows.at(0).at(2), "工单号 Order");
    // Header, every table row, a blank row, the heading, the signatures.
    EXPECT_EQ(sheet.rows.size(), 1u + std::size_t(page.model()->rowCount()) + 3u);
    EXPECT_EQ(sheet.rows.at(2).at(2), page.model()->index(1, 2).data().toString().toStdString());
    EXPECT_FALSE(page.exportExcel(QStringLiteral("/nonexistent/dir/plan.xlsx")).isEmpty());
}

TEST_F(PlansPageTest, aReleasedVersionReprintsAsReleasedAndChangesCompareWithNow)
{
    ui::PlansPage page(document);
    show(page, app::PlanSheetKind::Changes, kThursday);
    EXPECT_TRUE(page.status().contains(QStringLiteral("has not been released"))) << page.status().toStdString();
    EXPECT_EQ(page.model()->rowCount(), 0);

    app::PlanReleaseService service(document);
    core::PlanRelease released;
    ASSERT_EQ(service.release(app::toCoreDate(kThursday), "", QStringLiteral("morning"), released), QString());
    page.waitForBuild();
    page.refresh();
    page.waitForBuild();
    ASSERT_EQ(page.version()->count(), 2); // Latest release, V1
    EXPECT_TRUE(page.version()->itemText(1).startsWith(QStringLiteral("V1 released"))) << page.version()->itemText(1).toStdString();
    EXPECT_TRUE(page.version()->itemText(1).contains(QStringLiteral("morning")));
    // Right after the release nothing has changed.
    EXPECT_EQ(page.model()->rowCount(), 0);
    EXPECT_TRUE(page.heading().contains(QStringLiteral("生产计划变更通知单"))) << page.heading().toStdString();

    show(page, app::PlanSheetKind::Daily, kThursday);
    page.version()->setCurrentIndex(1);
    page.waitForBuild();
    std::size_t lines = 0;
    for (const auto& [order, step] : orderAndStep(*page.model()))
        lines += order.isEmpty() ? 0 : 1;
    EXPECT_EQ(lines, released.plan.lines.size()) << page.status().toStdString() << page.heading().toStdString();
}

TEST_F(PlansPageTest, aChineseInterfacePrintsEachChineseLabelOnce)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(QStringLiteral(":/i18n/pmc_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    ui::PlansPage page(document);
    show(page, app::PlanSheetKind::Daily, kThursday);
    QCoreApplication::removeTranslator(&chinese);
    const app::TableFormContent& content = page.model()->content();
    EXPECT_EQ(content.title, QStringLiteral("日生产计划表"));
    ASSERT_EQ(content.info.size(), 3);
    EXPECT_TRUE(content.info[2].startsWith(QStringLiteral("车间："))) << content.info[2].toStdString();
    EXPECT_TRUE(page.model()->index(0, 0).data().toString().startsWith(QStringLiteral("车间："))); // the caption
    EXPECT_TRUE(content.signatures[0] == QStringLiteral("编制")) << content.signatures[0].toStdString();
    // Without the translation the same sheet is bilingual.
    show(page, app::PlanSheetKind::Weekly, kThursday);
    show(page, app::PlanSheetKind::Daily, kThursday);
    EXPECT_EQ(page.model()->content().title, QStringLiteral("日生产计划表 Daily production plan"));
    EXPECT_TRUE(page.model()->content().info[2].startsWith(QStringLiteral("车间 Workshop: ")));
}

TEST_F(PlansPageTest, anOrdersKittingListIsBuiltForAScheduledOrderOnly)
{
    const core::DailyPlan plan = commandLinePlan(app::toCoreDate(kThursday));
    ASSERT_FALSE(plan.lines.empty());
    app::PlanSheetRequest request;
    request.databasePath = document.path().toStdString();
    request.kind = app::PlanSheetKind::Kitting;
    request.order = plan.lines[0].order;
    const app::PlanSheet sheet = app::PlanSheet::build(request);
    EXPECT_EQ(sheet.content().number, QStringLiteral("KL-") + QString::fromStdString(request.order));
    EXPECT_FALSE(sheet.content().rows.empty());
    request.order = "WO-NOWHERE";
    try {
        app::PlanSheet::build(request);
        ADD_FAILURE() << "an unknown order built a kitting list";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("WO-NOWHERE"), std::string::npos) << e.what();
    }
}
