#include "DemoDocumentTest.h"

#include "core/FactoryModel.h"
#include "core/masterdata/MasterDataEdit.h"
#include "ui/AuditTrailDialog.h"
#include "ui/TablePage.h"

#include <QComboBox>
#include <QTableView>

using namespace pmc;

namespace {

class AuditTrailDialogTest : public test::DemoDocumentTest {};

} // namespace

TEST_F(AuditTrailDialogTest, showsAnEditWithTheRowBeforeAndAfter)
{
    core::Item item = document.factory().items.front();
    const core::Item before = item;
    item.safetyStock = before.safetyStock + 25;
    core::MasterDataEdit edit;
    edit.items.push_back({before, item});
    ASSERT_TRUE(document.edit(edit, QStringLiteral("Change safety stock")).isEmpty());

    ui::AuditTrailDialog dialog(document);
    dialog.entity()->setCurrentIndex(dialog.entity()->findData(QStringLiteral("items")));
    QAbstractItemModel* table = dialog.table()->view()->model();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->index(0, 4).data().toString(), QString::fromStdString(before.code));
    dialog.table()->view()->setCurrentIndex(table->index(0, 0));
    const QString details = dialog.details();
    EXPECT_TRUE(details.contains(QStringLiteral("\"safety_stock\": %1").arg(before.safetyStock + 25))) << details.toStdString();
    EXPECT_TRUE(details.startsWith(QStringLiteral("Before:"))) << details.toStdString();

    // The undo is a change of its own on the trail.
    document.undoStack()->undo();
    dialog.reload();
    EXPECT_EQ(table->rowCount(), 2);
    // Everything: the demo's import too.
    dialog.entity()->setCurrentIndex(0);
    EXPECT_EQ(table->rowCount(), 3);
}
