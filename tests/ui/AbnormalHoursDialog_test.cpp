#include "DemoDocumentTest.h"

#include "core/FactoryModel.h"
#include "ui/AbnormalHoursDialog.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTableWidget>

using namespace pmc;

namespace {

class AbnormalHoursDialogTest : public test::DemoDocumentTest {};

} // namespace

TEST_F(AbnormalHoursDialogTest, recordsOneUndoableRecordAndListsTheDay)
{
    ui::AbnormalHoursDialog dialog(document);
    dialog.workCenter()->setCurrentIndex(dialog.workCenter()->findData(QStringLiteral("ASSY")));
    ASSERT_GE(dialog.workCenter()->currentIndex(), 0);
    dialog.cause()->setCurrentIndex(0); // material
    dialog.hours()->setValue(2.5);
    dialog.owner()->setText(QStringLiteral("采购部"));
    dialog.note()->setText(QStringLiteral("电芯未到"));
    ASSERT_TRUE(dialog.record()) << dialog.status().toStdString();
    EXPECT_EQ(dialog.dayRecords()->rowCount(), 1);
    EXPECT_EQ(dialog.dayRecords()->item(0, 3)->text(), QStringLiteral("2.5"));
    EXPECT_EQ(dialog.hours()->value(), 0); // cleared for the next record
    const auto day = document.abnormalHoursOn(document.factory().settings.today);
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].cause, core::AbnormalCause::Material);
    EXPECT_EQ(day[0].owner, "采购部");

    document.undoStack()->undo();
    EXPECT_TRUE(document.abnormalHoursOn(document.factory().settings.today).empty());
    document.undoStack()->redo();
    EXPECT_EQ(document.abnormalHoursOn(document.factory().settings.today).size(), 1u);
}

TEST_F(AbnormalHoursDialogTest, zeroHoursOrAnUnknownOrderAreRefused)
{
    ui::AbnormalHoursDialog dialog(document);
    EXPECT_FALSE(dialog.record()); // 0 hours
    EXPECT_FALSE(dialog.status().isEmpty());
    dialog.hours()->setValue(1);
    dialog.workOrder()->setEditText(QStringLiteral("WO-NOPE"));
    EXPECT_FALSE(dialog.record());
    EXPECT_TRUE(dialog.status().contains(QStringLiteral("WO-NOPE"))) << dialog.status().toStdString();
    EXPECT_TRUE(document.abnormalHoursOn(document.factory().settings.today).empty());
    EXPECT_EQ(document.undoStack()->count(), 0);
}
