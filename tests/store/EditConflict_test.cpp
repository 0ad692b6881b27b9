// Two planners on one database (two connections: a server in the postgres.* run, one file
// otherwise): the second save of a row the first one changed is refused with both versions.
#include "store/EditConflict.h"
#include "store/FactoryDatabase.h"
#include "support/TempDir.h"

#include <gtest/gtest.h>

#include <thread>

using namespace pmc;

namespace {

class EditConflictTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        m_li.seedDemoIfEmpty();
        m_liModel = m_li.load();
        m_wangModel = m_wang.load(); // both opened the factory before either saved
    }

    /// The edit that sets item `index`'s name in `model`.
    static core::MasterDataEdit renamed(const core::FactoryModel& model, std::size_t index, const std::string& name)
    {
        core::Item after = model.items[index];
        after.name = name;
        core::MasterDataEdit edit;
        edit.items.push_back({model.items[index], after});
        return edit;
    }

    test::TempDir m_dir;
    store::FactoryDatabase m_li{m_dir.database("f.db")};
    store::FactoryDatabase m_wang{m_dir.database("f.db")};
    core::FactoryModel m_liModel;
    core::FactoryModel m_wangModel;
};

} // namespace

TEST_F(EditConflictTest, theSecondSaveOfTheSameItemIsRefusedShowingBothVersions)
{
    ASSERT_TRUE(m_li.applyEdit(renamed(m_liModel, 2, "李工的名称")).ok());
    try {
        m_wang.applyEdit(renamed(m_wangModel, 2, "王工的名称"));
        FAIL() << "the second save overwrote the first";
    } catch (const store::EditConflictError& e) {
        ASSERT_EQ(e.conflicts().size(), 1u);
        const store::EditConflict& c = e.conflicts()[0];
        EXPECT_EQ(c.section, "items");
        EXPECT_EQ(c.key, m_liModel.items[2].code);
        EXPECT_NE(c.stored.find("李工的名称"), std::string::npos) << c.stored;
        EXPECT_NE(c.yours.find("王工的名称"), std::string::npos) << c.yours;
        EXPECT_NE(c.started.find(m_liModel.items[2].name), std::string::npos) << c.started;
        EXPECT_FALSE(c.storedBy.empty()); // the audit trail names who saved it, and when
        const std::string message = e.what();
        EXPECT_NE(message.find("someone else saved this row"), std::string::npos) << message;
        EXPECT_NE(message.find("stored now: "), std::string::npos) << message;
        EXPECT_NE(message.find("yours:"), std::string::npos) << message;
    }
    // Nothing of the refused edit reached the store.
    EXPECT_EQ(m_wang.load().items[2].name, "李工的名称");
}

TEST_F(EditConflictTest, editsOfDifferentRowsBothSaveAndAReloadedEditorSavesAgain)
{
    ASSERT_TRUE(m_li.applyEdit(renamed(m_liModel, 2, "李")).ok());
    ASSERT_TRUE(m_wang.applyEdit(renamed(m_wangModel, 3, "王")).ok());
    const core::FactoryModel reloaded = m_wang.load();
    EXPECT_EQ(reloaded.items[2].name, "李");
    EXPECT_EQ(reloaded.items[3].name, "王");
    // After reloading Wang sees Li's row and may change it.
    ASSERT_TRUE(m_wang.applyEdit(renamed(reloaded, 2, "王改")).ok());
    EXPECT_EQ(m_li.load().items[2].name, "王改");
}

TEST_F(EditConflictTest, aSalesOrderDeletedMeanwhileAndABomLineChangedMeanwhileAreConflicts)
{
    core::MasterDataEdit removeOrder;
    removeOrder.salesOrders.push_back({m_liModel.salesOrders[0], std::nullopt});
    core::BomLine bom = m_liModel.boms[0];
    bom.qtyPer += 1;
    removeOrder.boms.push_back({m_liModel.boms[0], bom});
    ASSERT_TRUE(m_li.applyEdit(removeOrder).ok());

    core::SalesOrder order = m_wangModel.salesOrders[0];
    order.note = "客户来电";
    core::MasterDataEdit edit;
    edit.salesOrders.push_back({m_wangModel.salesOrders[0], order});
    core::BomLine wangBom = m_wangModel.boms[0];
    wangBom.scrapRate = 0.02;
    edit.boms.push_back({m_wangModel.boms[0], wangBom});
    try {
        m_wang.applyEdit(edit);
        FAIL() << "saved an order that no longer exists";
    } catch (const store::EditConflictError& e) {
        ASSERT_EQ(e.conflicts().size(), 2u);
        EXPECT_EQ(e.conflicts()[0].section, "boms");
        EXPECT_EQ(e.conflicts()[1].section, "sales_orders");
        EXPECT_EQ(e.conflicts()[1].stored, "(none)");
    }
}

TEST_F(EditConflictTest, settingsChangedMeanwhileAreAConflict)
{
    core::MasterDataEdit li;
    core::PlanningSettings liSettings = m_liModel.settings;
    liSettings.horizonDays += 7;
    li.settings = {m_liModel.settings, liSettings};
    ASSERT_TRUE(m_li.applyEdit(li).ok());
    core::MasterDataEdit wang;
    core::PlanningSettings wangSettings = m_wangModel.settings;
    wangSettings.materialBufferDays += 1;
    wang.settings = {m_wangModel.settings, wangSettings};
    EXPECT_THROW(m_wang.applyEdit(wang), store::EditConflictError);
}

TEST_F(EditConflictTest, simultaneousSavesOfTheSameRowLetExactlyOneWin)
{
    int saved = 0;
    int refused = 0;
    const auto save = [&](store::FactoryDatabase& db, const core::FactoryModel& model, const char* name, int& ok,
                          int& conflict) {
        try {
            ok += db.applyEdit(renamed(model, 5, name)).ok() ? 1 : 0;
        } catch (const store::EditConflictError&) {
            ++conflict;
        }
    };
    int liSaved = 0, liRefused = 0, wangSaved = 0, wangRefused = 0;
    std::thread li([&] { save(m_li, m_liModel, "李", liSaved, liRefused); });
    std::thread wang([&] { save(m_wang, m_wangModel, "王", wangSaved, wangRefused); });
    li.join();
    wang.join();
    saved = liSaved + wangSaved;
    refused = liRefused + wangRefused;
    EXPECT_EQ(saved, 1);
    EXPECT_EQ(refused, 1);
    const std::string stored = m_li.load().items[5].name;
    EXPECT_TRUE(stored == (liSaved ? "李" : "王")) << stored;
}
