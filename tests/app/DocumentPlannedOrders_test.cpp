#include "app/Document.h"
#include "app/models/PlannedOrderTableModel.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "store/FactoryDatabase.h"
#include "support/TempDir.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

/// The demo factory after one MRP run.
class DocumentPlannedOrders : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_document.open(QString::fromStdString(m_dir.file("demo.db")), true);
        QSignalSpy finished(&m_document, &app::Document::mrpFinished);
        m_document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
        m_run = m_document.mrpResult();
        m_before = m_document.factory();
        ASSERT_GE(m_run.plannedOrders.size(), 2u);
    }

    /// The first planned order of each source.
    QStringList oneOfEach() const
    {
        QStringList ids;
        for (core::ItemSource source : {core::ItemSource::Make, core::ItemSource::Buy})
            for (const core::PlannedOrder& p : m_run.plannedOrders)
                if (p.source == source) {
                    ids << QString::fromStdString(p.id);
                    break;
                }
        return ids;
    }

    test::TempDir m_dir;
    app::Document m_document;
    core::MrpResult m_run;
    core::FactoryModel m_before;
};

} // namespace

TEST_F(DocumentPlannedOrders, releaseIsOneUndoableStepThatTakesTheProposals)
{
    app::PlannedOrderTableModel table(m_document);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList ids = oneOfEach();
    ASSERT_EQ(ids.size(), 2);
    QStringList created;
    ASSERT_TRUE(m_document.releasePlannedOrders(ids, &created).isEmpty());
    EXPECT_EQ(created, (QStringList{QStringLiteral("WO-00001"), QStringLiteral("PR-00001")}));
    EXPECT_EQ(m_document.factory().workOrders.size(), m_before.workOrders.size() + 1);
    EXPECT_EQ(m_document.factory().purchaseRequisitions.size(), 1u);
    EXPECT_EQ(m_document.mrpResult().plannedOrders.size(), m_run.plannedOrders.size() - 2);
    EXPECT_EQ(table.rowCount(), static_cast<int>(m_run.plannedOrders.size()) - 2);
    EXPECT_EQ(m_document.undoStack()->count(), 1);

    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.factory(), m_before);
    EXPECT_EQ(m_document.mrpResult(), m_run);
    store::FactoryDatabase stored(m_dir.file("demo.db"));
    EXPECT_EQ(stored.load(), m_before);
    EXPECT_EQ(stored.lastMrpRun(), m_run);

    m_document.undoStack()->redo();
    EXPECT_EQ(m_document.factory().purchaseRequisitions.size(), 1u);
    EXPECT_EQ(stored.lastMrpRun()->plannedOrders.size(), m_run.plannedOrders.size() - 2);
}

TEST_F(DocumentPlannedOrders, firmThenReleaseTheFirmOrder)
{
    QStringList created;
    ASSERT_TRUE(m_document.firmPlannedOrders(oneOfEach().mid(0, 1), &created).isEmpty());
    ASSERT_EQ(created, QStringList{QStringLiteral("FPO-00001")});
    ASSERT_EQ(m_document.factory().firmPlannedOrders.size(), 1u);
    created.clear();
    ASSERT_TRUE(m_document.releasePlannedOrders(QStringList{QStringLiteral("FPO-00001")}, &created).isEmpty());
    EXPECT_EQ(created, QStringList{QStringLiteral("WO-00001")});
    EXPECT_TRUE(m_document.factory().firmPlannedOrders.empty());
    m_document.undoStack()->undo();
    m_document.undoStack()->undo();
    EXPECT_EQ(m_document.factory(), m_before);
    EXPECT_EQ(m_document.mrpResult(), m_run);
}

TEST_F(DocumentPlannedOrders, unknownIdsAreRefusedAndNothingChanges)
{
    const QStringList refused = m_document.releasePlannedOrders({QStringLiteral("PLN-99999")});
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused[0].contains(QStringLiteral("PLN-99999")));
    EXPECT_EQ(m_document.factory(), m_before);
    EXPECT_EQ(m_document.undoStack()->count(), 0);
}
