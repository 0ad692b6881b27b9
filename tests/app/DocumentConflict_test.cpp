// Two planners' desktops on one database: the second save of an item the first changed is
// refused with both versions, the screen keeps the stored state, and a reload shows it.
#include "app/Document.h"
#include "core/masterdata/MasterDataEdit.h"
#include "support/TempDir.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace pmc;

namespace {

core::MasterDataEdit renamed(const core::FactoryModel& model, std::size_t index, const std::string& name)
{
    core::Item after = model.items[index];
    after.name = name;
    core::MasterDataEdit edit;
    edit.items.push_back({model.items[index], after});
    return edit;
}

} // namespace

TEST(DocumentConflict, theSecondDesktopsSaveIsRefusedWithBothVersionsAndReloadShowsTheFirst)
{
    test::TempDir dir;
    const QString location = QString::fromStdString(dir.database("shared.db"));
    app::Document li;
    li.open(location, true);
    app::Document wang;
    wang.open(location, false);
    const std::string original = wang.factory().items[4].name;

    EXPECT_TRUE(li.edit(renamed(li.factory(), 4, "李工改的"), QStringLiteral("rename")).isEmpty());
    const QStringList refused = wang.edit(renamed(wang.factory(), 4, "王工改的"), QStringLiteral("rename"));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_TRUE(refused[0].contains(QStringLiteral("someone else saved this row"))) << refused[0].toStdString();
    EXPECT_TRUE(refused[0].contains(QStringLiteral("李工改的"))) << refused[0].toStdString();
    EXPECT_TRUE(refused[0].contains(QStringLiteral("王工改的"))) << refused[0].toStdString();
    EXPECT_EQ(wang.factory().items[4].name, original); // the refused edit left nothing behind
    EXPECT_FALSE(wang.undoStack()->canUndo());

    QSignalSpy reset(&wang, &app::Document::factoryReset);
    wang.refreshFromDatabase();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(wang.factory().items[4].name, "李工改的");
    EXPECT_TRUE(wang.edit(renamed(wang.factory(), 4, "王工改的"), QStringLiteral("rename")).isEmpty());

    // Li's undo would now overwrite Wang's name: refused, the stored row stays Wang's.
    li.undoStack()->undo();
    wang.refreshFromDatabase();
    EXPECT_EQ(wang.factory().items[4].name, "王工改的");
}
