#include "MrpViewsScenario.h"

#include "app/models/MrpExceptionFilterModel.h"
#include "app/models/MrpExceptionTableModel.h"
#include "app/models/Roles.h"
#include "core/mrp/ExceptionReview.h"
#include "core/mrp/MrpResult.h"

#include <QAbstractItemModelTester>

using namespace pmc;
using Kind = core::MrpException::Kind;

namespace {

int rowOf(const app::MrpExceptionTableModel& model, Kind kind)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.exception(row).kind == kind)
            return row;
    return -1;
}

} // namespace

class ExceptionReview : public test::MrpViewsTest {};

TEST_F(ExceptionReview, scenarioHasEveryKindWithBuyersAndSuppliers)
{
    app::MrpExceptionTableModel model(document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_GE(rowOf(model, Kind::PastDue), 0);
    ASSERT_GE(rowOf(model, Kind::Expedite), 0);
    ASSERT_GE(rowOf(model, Kind::Excess), 0);
    EXPECT_EQ(model.buyers(), (QStringList{QStringLiteral("Li"), QStringLiteral("Wang")}));
    EXPECT_EQ(model.suppliers(), (QStringList{QStringLiteral("S-1"), QStringLiteral("S-2")}));
    const int expedite = rowOf(model, Kind::Expedite);
    // Built from kind, dates and order, not the core's English message.
    const QString text = model.index(expedite, app::MrpExceptionTableModel::Message).data().toString();
    EXPECT_TRUE(text.contains(QStringLiteral("PO-1")));
    EXPECT_TRUE(text.contains(QStringLiteral("2026-12-15")));
    EXPECT_EQ(model.index(expedite, app::MrpExceptionTableModel::Supplier).data().toString(), QStringLiteral("S-1"));
}

TEST_F(ExceptionReview, markDonePersistsAcrossReRunAndRestart)
{
    {
        app::MrpExceptionTableModel model(document);
        const int row = rowOf(model, Kind::Expedite);
        ASSERT_GE(row, 0);
        ASSERT_TRUE(document.reviewExceptions({model.exception(row)}, true, QStringLiteral("supplier ships 11-30"),
                                              QStringLiteral("Mark done")));
        EXPECT_EQ(model.index(row, app::MrpExceptionTableModel::Done).data(Qt::CheckStateRole).toInt(), Qt::Checked);
        EXPECT_EQ(model.index(row, app::MrpExceptionTableModel::Note).data().toString(), QStringLiteral("supplier ships 11-30"));
    }
    runMrp(); // regenerates every message
    app::MrpExceptionTableModel rerun(document);
    EXPECT_TRUE(rerun.isDone(rowOf(rerun, Kind::Expedite)));
    EXPECT_FALSE(rerun.isDone(rowOf(rerun, Kind::Excess)));

    app::Document restarted;
    restarted.open(QString::fromStdString(dir.file("views.db")), false);
    app::MrpExceptionTableModel stored(restarted);
    const int row = rowOf(stored, Kind::Expedite);
    ASSERT_GE(row, 0);
    EXPECT_TRUE(stored.isDone(row));
    EXPECT_EQ(restarted.exceptionReview(stored.exception(row))->note, "supplier ships 11-30");
}

TEST_F(ExceptionReview, checkingDoneIsOneUndoableStep)
{
    app::MrpExceptionTableModel model(document);
    const int row = rowOf(model, Kind::Excess);
    const QModelIndex done = model.index(row, app::MrpExceptionTableModel::Done);
    ASSERT_TRUE(model.flags(done) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model.flags(model.index(row, app::MrpExceptionTableModel::Note)) & Qt::ItemIsEditable);
    ASSERT_TRUE(model.setData(done, Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(model.isDone(row));
    EXPECT_TRUE(model.flags(model.index(row, app::MrpExceptionTableModel::Note)) & Qt::ItemIsEditable);
    document.undoStack()->undo();
    EXPECT_FALSE(model.isDone(row));
    document.undoStack()->redo();
    EXPECT_TRUE(model.isDone(row));
    ASSERT_TRUE(model.setData(done, Qt::Unchecked, Qt::CheckStateRole));
    EXPECT_FALSE(model.isDone(row));
    EXPECT_EQ(document.undoStack()->count(), 2);
    // Reopening an open message is no step at all.
    EXPECT_TRUE(document.reviewExceptions({model.exception(row)}, false, {}, QStringLiteral("Reopen")));
    EXPECT_EQ(document.undoStack()->count(), 2);
}

TEST_F(ExceptionReview, filtersByKindBuyerSupplierAndDone)
{
    app::MrpExceptionTableModel model(document);
    app::MrpExceptionFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = filter.rowCount();
    filter.setKind(Kind::Excess);
    ASSERT_GE(filter.rowCount(), 1);
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(model.exception(filter.mapToSource(filter.index(row, 0)).row()).kind, Kind::Excess);
    filter.setKind(std::nullopt);
    filter.setBuyer(QStringLiteral("Li"));
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, app::MrpExceptionTableModel::Item).data().toString(), QStringLiteral("TUBE"));
    filter.setBuyer({});
    filter.setSupplier(QStringLiteral("S-2"));
    ASSERT_GE(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, app::MrpExceptionTableModel::Item).data().toString(), QStringLiteral("BOLT"));
    filter.setSupplier({});
    EXPECT_EQ(filter.rowCount(), all);

    filter.setHideDone(true);
    document.reviewExceptions({model.exception(rowOf(model, Kind::Excess))}, true, {}, QStringLiteral("Mark done"));
    EXPECT_EQ(filter.rowCount(), all - 1);
    document.undoStack()->undo();
    EXPECT_EQ(filter.rowCount(), all);
}
