#include "support/CliTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace {

using nlohmann::json;
using pmc::test::CliResult;

/// The contract example without its purchase order: MRP proposes a bike to make and tube to buy.
const char* kScenario = R"({"format":"pmc-scenario/1",
  "settings":{"today":"2026-11-25","horizon_days":120,"material_buffer_days":3},
  "suppliers":[{"code":"S-STEEL","name":"某钢材供应商"}],
  "items":[{"code":"EB-A","type":"finished","source":"make","lead_time_days":2},
           {"code":"RM-TUBE","type":"raw","uom":"m","source":"buy","supplier":"S-STEEL","lead_time_days":10,
            "safety_stock":50,"lot":{"rule":"min_multiple","moq":200,"multiple":50}}],
  "boms":[{"parent":"EB-A","component":"RM-TUBE","qty_per":2.4,"scrap_rate":0.02}],
  "inventory":[{"item":"RM-TUBE","on_hand":120}],
  "work_orders":[{"number":"WO-0001","item":"EB-A","qty":20,"due":"2026-12-05","completed_qty":0}],
  "sales_orders":[{"number":"SO-1","customer":"C","priority":1,"lines":[{"item":"EB-A","qty":50,"due":"2026-12-20"}]}]})";

/// Runs the real pmc-cli on kScenario after one MRP run, whose planned orders it keeps.
class MrpReleaseCommand : public pmc::test::CliTest {
protected:
    void SetUp() override
    {
        ASSERT_EQ(run("import " + m_dir.write("s.json", kScenario)).exitCode, 0);
        const CliResult mrp = run("mrp --json");
        ASSERT_EQ(mrp.exitCode, 0) << mrp.err;
        m_planned = json::parse(mrp.out)["planned_orders"];
        ASSERT_GE(m_planned.size(), 2u) << mrp.out;
    }

    /// The planned order ids of one source (`make` or `buy`).
    std::vector<std::string> idsOf(const char* source) const
    {
        std::vector<std::string> ids;
        for (const json& p : m_planned)
            if (p["source"] == source)
                ids.push_back(p["id"]);
        return ids;
    }

    json exported() const { return json::parse(run("export").out); }

    json m_planned;
};

} // namespace

TEST_F(MrpReleaseCommand, releaseAllMakesWorkOrdersAndRequisitionsOnce)
{
    const CliResult r = run("mrp release --all --json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const json doc = json::parse(r.out);
    EXPECT_EQ(doc["work_orders"].size(), idsOf("make").size());
    EXPECT_EQ(doc["work_orders"][0], "WO-00002");
    EXPECT_EQ(doc["purchase_requisitions"].size(), idsOf("buy").size());
    EXPECT_EQ(doc["purchase_requisitions"][0], "PR-00001");
    EXPECT_TRUE(doc["firm_planned_orders"].empty());

    const json scenario = exported();
    ASSERT_EQ(scenario["work_orders"].size(), 2u);
    EXPECT_EQ(scenario["work_orders"][1]["number"], "WO-00002");
    EXPECT_EQ(scenario["work_orders"][1]["qty"], m_planned[0]["qty"]);
    ASSERT_EQ(scenario["purchase_requisitions"].size(), idsOf("buy").size());
    EXPECT_EQ(scenario["purchase_requisitions"][0]["supplier"], "S-STEEL");

    // The converted proposals left the stored run: a second release has nothing to do.
    const CliResult again = run("mrp release --all --json");
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_TRUE(json::parse(again.out)["work_orders"].empty());
    EXPECT_TRUE(json::parse(again.out)["purchase_requisitions"].empty());
}

TEST_F(MrpReleaseCommand, firmThenReleaseTheFirmOrder)
{
    const std::string id = idsOf("make").front();
    const CliResult firm = run("mrp firm " + id + " --json");
    ASSERT_EQ(firm.exitCode, 0) << firm.err;
    EXPECT_EQ(json::parse(firm.out)["firm_planned_orders"], json::array({"FPO-00001"}));
    const json firmed = exported()["firm_planned_orders"];
    ASSERT_EQ(firmed.size(), 1u);
    EXPECT_EQ(firmed[0]["item"], "EB-A");
    EXPECT_EQ(firmed[0]["release"], m_planned[0]["release"]);

    const CliResult release = run("mrp release FPO-00001");
    ASSERT_EQ(release.exitCode, 0) << release.err;
    EXPECT_EQ(release.out, "work orders: WO-00002\n");
    const json scenario = exported();
    EXPECT_FALSE(scenario.contains("firm_planned_orders"));
    EXPECT_EQ(scenario["work_orders"][1]["due"], firmed[0]["due"]);
}

TEST_F(MrpReleaseCommand, unknownIdsExitWithTwoAndChangeNothing)
{
    const std::string before = run("export").out;
    const CliResult r = run("mrp release " + idsOf("make").front() + " PLN-09999 FPO-00404 --json");
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_NE(r.err.find("unknown planned order or firm planned order: PLN-09999, FPO-00404"), std::string::npos)
        << r.err;
    EXPECT_EQ(run("export").out, before);
    EXPECT_EQ(run("mrp firm").exitCode, 2);
    EXPECT_EQ(run("mrp frobnicate").exitCode, 2);
}
