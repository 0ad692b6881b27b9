#include "DemoDocumentTest.h"

#include "ui/LineBalancePanel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QBarSet>
#include <QStackedBarSeries>
#include <QTableWidget>

using namespace pmc;

namespace {

class LineBalancePanelTest : public test::DemoDocumentTest {};

} // namespace

TEST_F(LineBalancePanelTest, demoAssemblyLineBalancesAsComputedByHand)
{
    ui::LineBalancePanel panel(document);
    ASSERT_EQ(panel.line()->currentText(), QStringLiteral("ASSY"));
    EXPECT_EQ(panel.hours()->value(), 8); // the demo's two four-hour shifts
    panel.demand()->setValue(500);
    ASSERT_TRUE(panel.balance());
    const core::LineBalance& b = *panel.balance();
    // Work 28+46+84+52+96+35+55 = 396 s by 9 people; station 70 (55 s) is the bottleneck.
    EXPECT_DOUBLE_EQ(b.workSeconds, 396);
    EXPECT_EQ(b.bottleneck, "70");
    EXPECT_NEAR(b.balanceRate, 396.0 / (9 * 55), 1e-9);
    EXPECT_NEAR(*b.taktSeconds, 28800.0 / 500, 1e-9);
    EXPECT_EQ(*b.minimumStations, 7);
    EXPECT_TRUE(b.meetsTakt());
    EXPECT_EQ(panel.stations()->rowCount(), 7);
    EXPECT_TRUE(panel.summary().contains(QStringLiteral("80.0 %"))) << panel.summary().toStdString();
    // The chart: one stacked bar per station and the takt line.
    const QList<QAbstractSeries*> series = panel.chart()->chart()->series();
    ASSERT_EQ(series.size(), 2);
    EXPECT_EQ(static_cast<QStackedBarSeries*>(series[0])->barSets().at(0)->count(), 7);

    panel.demand()->setValue(600); // takt 48 s
    EXPECT_FALSE(panel.balance()->meetsTakt());
    int over = 0;
    for (const core::StationBalance& s : panel.balance()->stations)
        over += s.overTakt ? 1 : 0;
    EXPECT_EQ(over, 2); // 40 (52 s) and 70 (55 s); 50 runs 96 s with two people = 48 s, just in takt
}
