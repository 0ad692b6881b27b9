#include "app/Document.h"
#include "app/models/ItemTableModel.h"
#include "app/models/Roles.h"
#include "app/models/SalesOrderTableModel.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "core/scheduling/ScheduleRequest.h"
#include "store/InputError.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;

TEST(Document, opensTheDemoFactoryAndModelsFollowIt)
{
    test::TempDir dir;
    app::Document document;
    app::ItemTableModel items(document);
    app::SalesOrderTableModel orders(document);
    QAbstractItemModelTester itemTester(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester orderTester(&orders, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&items, &QAbstractItemModel::modelReset);

    document.open(QString::fromStdString(dir.file("demo.db")), true);
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(items.rowCount(), static_cast<int>(document.factory().items.size()));
    EXPECT_GE(items.rowCount(), 40);
    const QModelIndex first = items.index(0, app::ItemTableModel::Code);
    EXPECT_EQ(first.data().toString(), QString::fromStdString(document.factory().items[0].code));
    EXPECT_EQ(first.data(app::KeyRole).toString(), first.data().toString());

    std::size_t lines = 0;
    for (const auto& so : document.factory().salesOrders)
        lines += so.lines.size();
    EXPECT_EQ(orders.rowCount(), static_cast<int>(lines));
    EXPECT_EQ(orders.index(0, app::SalesOrderTableModel::Line).data().toInt(), 1);
}

TEST(Document, refusedImportLeavesEverythingAsItWas)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    const core::FactoryModel before = document.factory();
    const std::string bad = dir.write("bad.json", R"({"format":"pmc-scenario/1","settings":{"today":"2026-11-25"},
        "items":[{"code":"X","type":"raw","source":"buy","lead_time_days":-1}]})");
    EXPECT_THROW(document.importScenario(QString::fromStdString(bad)), store::InputError);
    EXPECT_EQ(document.factory(), before);
}

TEST(Document, exportThenImportKeepsTheFactory)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    const core::FactoryModel before = document.factory();
    const QString file = QString::fromStdString(dir.file("out.json"));
    document.exportScenario(file);
    app::Document other;
    other.open(QString::fromStdString(dir.file("other.db")), false);
    EXPECT_TRUE(other.importScenario(file).isEmpty());
    EXPECT_EQ(other.factory(), before);
}

TEST(Document, runsMrpInTheBackgroundAndKeepsTheRun)
{
    test::TempDir dir;
    const QString path = QString::fromStdString(dir.file("demo.db"));
    {
        app::Document document;
        document.open(path, true);
        EXPECT_FALSE(document.hasMrpResult());
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        EXPECT_TRUE(document.isMrpRunning());
        ASSERT_TRUE(finished.wait(60000));
        EXPECT_FALSE(document.isMrpRunning());
        EXPECT_TRUE(document.hasMrpResult());
        EXPECT_FALSE(document.mrpResult().plannedOrders.empty());
    }
    app::Document reopened;
    reopened.open(path, false);
    EXPECT_TRUE(reopened.hasMrpResult());
    EXPECT_FALSE(reopened.lastMrpRunAt().isEmpty());
}

TEST(Document, schedulesAfterRunningMrpFirst)
{
    test::TempDir dir;
    app::Document document;
    document.open(QString::fromStdString(dir.file("demo.db")), true);
    QSignalSpy mrp(&document, &app::Document::mrpFinished);
    QSignalSpy finished(&document, &app::Document::scheduleFinished);
    document.startSchedule(0);
    ASSERT_TRUE(finished.wait(60000));
    EXPECT_EQ(mrp.count(), 1); // there was no MRP run yet
    ASSERT_TRUE(document.hasSchedule());
    EXPECT_FALSE(document.schedule().operations.empty());
    EXPECT_EQ(document.schedule().demands.size(), 71u);
}
