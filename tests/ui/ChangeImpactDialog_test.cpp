#include "DemoDocumentTest.h"

#include "app/models/MaterialAdjustmentModel.h"
#include "app/models/PlanAdjustmentModel.h"
#include "support/ChangeFactory.h"
#include "ui/ChangeImpactDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPushButton>
#include <QTableView>

using namespace pmc;
using namespace pmc::core::test;

namespace {

const app::NoticeHeading kHeading{QStringLiteral("TZ-01"), kToday, QStringLiteral("planner")};

QString cell(const QTableView* view, int row, int column)
{
    return view->model()->data(view->model()->index(row, column)).toString();
}

} // namespace

TEST(ChangeImpactDialog, showsBothNoticesOfAHalvedOrder)
{
    const ChangeFactory factory = midProduction();
    ui::ChangeImpactDialog dialog(halvedMidProduction(), factory.model, kHeading);
    dialog.show();
    ASSERT_EQ(dialog.planTable()->model()->rowCount(), 1);
    EXPECT_EQ(cell(dialog.planTable(), 0, app::PlanAdjustmentModel::QtyBefore), QStringLiteral("28"));
    EXPECT_EQ(cell(dialog.planTable(), 0, app::PlanAdjustmentModel::QtyAfter), QStringLiteral("8"));
    ASSERT_EQ(dialog.materialTable()->model()->rowCount(), 2);
    EXPECT_EQ(cell(dialog.materialTable(), 1, app::MaterialAdjustmentModel::Number), QStringLiteral("PO-2"));
    EXPECT_EQ(cell(dialog.materialTable(), 1, app::MaterialAdjustmentModel::Action), QStringLiteral("Cancel"));
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("1 production order(s) and 2 purchase(s)")))
        << dialog.summary().toStdString();
    EXPECT_TRUE(dialog.summary().contains(QStringLiteral("SO-1/1"))) << dialog.summary().toStdString();
    const auto buttons = dialog.findChildren<QPushButton*>();
    EXPECT_EQ(buttons.size(), 4);
}

TEST(ChangeImpactDialog, exportsTheNoticeOfTheTabShown)
{
    const ChangeFactory factory = midProduction();
    ui::ChangeImpactDialog dialog(halvedMidProduction(), factory.model, kHeading);
    test::TempDir dir;
    dialog.showNotice(ui::ChangeImpactDialog::Notice::MaterialAdjustment);
    EXPECT_EQ(dialog.currentNotice(), ui::ChangeImpactDialog::Notice::MaterialAdjustment);
    const QString pdf = QString::fromStdString(dir.file("material.pdf"));
    const QString xlsx = QString::fromStdString(dir.file("material.xlsx"));
    ASSERT_TRUE(dialog.exportPdf(pdf));
    ASSERT_TRUE(dialog.exportExcel(xlsx));
    EXPECT_GT(QFileInfo(pdf).size(), 1000);
    EXPECT_GT(QFileInfo(xlsx).size(), 1000);
}

class ChangeImpactDialogOnDemo : public test::DemoDocumentTest {};

TEST_F(ChangeImpactDialogOnDemo, doublingADemoOrderListsItsOrders)
{
    const core::FactoryModel& before = document.factory();
    core::FactoryModel after = before;
    core::SalesOrder* order = nullptr;
    for (core::SalesOrder& so : after.salesOrders)
        if (so.isDemand() && !order)
            order = &so;
    ASSERT_NE(order, nullptr);
    order->lines.front().qty *= 2;
    const core::ChangeImpact impact = core::analyzeChange(before, after);
    ASSERT_FALSE(impact.planAdjustments.empty());
    ASSERT_NE(impact.salesLine(order->lineId(0)), nullptr);

    ui::ChangeImpactDialog* dialog = ui::ChangeImpactDialog::showImpact(impact, after, kHeading, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_TRUE(dialog->testAttribute(Qt::WA_DeleteOnClose));
    EXPECT_EQ(dialog->planTable()->model()->rowCount(), int(impact.planAdjustments.size()));
    EXPECT_EQ(dialog->materialTable()->model()->rowCount(), int(impact.materialAdjustments.size()));
    EXPECT_TRUE(dialog->summary().contains(QString::fromStdString(order->lineId(0))));
    dialog->close();
}
