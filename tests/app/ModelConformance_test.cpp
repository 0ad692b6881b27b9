// QAbstractItemModelTester over the models no other test checks, on the demo factory, with
// MRP and the schedule run while the tester watches (so their resets are checked too).
#include "app/Document.h"
#include "app/models/ItemChoiceModel.h"
#include "app/models/Roles.h"
#include "app/WhatIfScenario.h"
#include "app/models/ScheduledOrderTableModel.h"
#include "app/models/SearchResultModel.h"
#include "app/models/ShortageTableModel.h"
#include "app/models/WhereUsedTableModel.h"
#include "app/models/WhatIfWorkCenterModel.h"
#include "core/FactoryModel.h"
#include "core/shortage/ShortageList.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;
using Tester = QAbstractItemModelTester;

class ModelConformance : public ::testing::Test {
protected:
    void SetUp() override { document.open(QString::fromStdString(dir.file("demo.db")), true); }
    void runMrp()
    {
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
    }
    void schedule()
    {
        QSignalSpy finished(&document, &app::Document::scheduleFinished);
        document.startSchedule(0);
        ASSERT_TRUE(finished.wait(60000));
    }
    /// Reads every cell in the roles views ask for, so the tester's checks see real data.
    static void readAll(const QAbstractItemModel& model)
    {
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                for (int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                         int(Qt::DecorationRole), int(app::KeyRole), int(app::SortRole) })
                    model.index(row, column).data(role);
    }

    test::TempDir dir;
    app::Document document;
};

TEST_F(ModelConformance, itemChoicesOfBothScopes)
{
    app::ItemChoiceModel all(document, app::ItemChoiceModel::Scope::All);
    app::ItemChoiceModel made(document, app::ItemChoiceModel::Scope::Make);
    Tester allTester(&all, Tester::FailureReportingMode::Fatal);
    Tester madeTester(&made, Tester::FailureReportingMode::Fatal);
    made.setMarkMissingRouting(true);
    EXPECT_EQ(all.rowCount(), static_cast<int>(document.factory().items.size()));
    EXPECT_GT(made.rowCount(), 0);
    EXPECT_LT(made.rowCount(), all.rowCount());
    readAll(all);
    readAll(made);
    // Reopening the demo resets both.
    document.open(QString::fromStdString(dir.file("demo2.db")), true);
    EXPECT_EQ(all.rowCount(), static_cast<int>(document.factory().items.size()));
}

TEST_F(ModelConformance, shortagesAfterMrp)
{
    app::ShortageTableModel shortages(document);
    Tester tester(&shortages, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(shortages.rowCount(), 0);
    runMrp();
    EXPECT_EQ(shortages.rowCount(), static_cast<int>(document.shortages().size()));
    readAll(shortages);
    runMrp();
    readAll(shortages);
}

TEST_F(ModelConformance, scheduledOrdersAfterSchedule)
{
    app::ScheduledOrderTableModel orders(document);
    Tester tester(&orders, Tester::FailureReportingMode::Fatal);
    schedule();
    ASSERT_TRUE(document.hasSchedule());
    EXPECT_GT(orders.rowCount(), 0);
    readAll(orders);
}

TEST_F(ModelConformance, whereUsedSingleAndMultiLevel)
{
    app::WhereUsedTableModel whereUsed(document);
    Tester tester(&whereUsed, Tester::FailureReportingMode::Fatal);
    EXPECT_EQ(whereUsed.rowCount(), 0);
    // A component that is also used somewhere above its parent, found from the BOM itself.
    const core::FactoryModel& factory = document.factory();
    ASSERT_FALSE(factory.boms.empty());
    const QString component = QString::fromStdString(factory.boms.back().component);
    whereUsed.setItem(component);
    const int singleLevel = whereUsed.rowCount();
    EXPECT_GT(singleLevel, 0);
    readAll(whereUsed);
    whereUsed.setMultiLevel(true);
    EXPECT_GE(whereUsed.rowCount(), singleLevel);
    readAll(whereUsed);
    whereUsed.setItem(QStringLiteral("NO-SUCH-ITEM"));
    EXPECT_EQ(whereUsed.rowCount(), 0);
}

TEST_F(ModelConformance, searchResultsAsTheQueryChanges)
{
    app::SearchResultModel model(document);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    for (const char* query : {"B200", "b", "", "WO-", "no such thing", "PLN"}) {
        model.setQuery(QString::fromLatin1(query));
        readAll(model);
    }
    runMrp();
    model.setQuery(QStringLiteral("PLN"));
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LE(model.rowCount(), static_cast<int>(app::SearchResultModel::kMaxRows));
    readAll(model);
}

TEST_F(ModelConformance, whatIfWorkCentersAsUnitsAreEdited)
{
    app::WhatIfScenario scenario(document);
    app::WhatIfWorkCenterModel model(document, scenario);
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    readAll(model);
    ASSERT_GT(model.rowCount(), 0);
    for (int column = 0; column < model.columnCount(); ++column)
        if (model.flags(model.index(0, column)) & Qt::ItemIsEditable)
            EXPECT_TRUE(model.setData(model.index(0, column), 3));
    readAll(model);
}
