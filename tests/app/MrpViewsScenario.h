#pragma once

#include "app/Document.h"
#include "support/TempDir.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

namespace pmc::test {

/// A small bicycle plant for the MRP views, today Wednesday 2026-11-25, Monday–Friday:
/// BIKE ← FRAME ← TUBE (bought from S-1, buyer Li) and BIKE ← BOLT (S-2, buyer Wang). The
/// sales order SO-7 of Acme Cycles needs 10 bikes on 12-01; PO-1 brings tubes too late
/// (expedite), PO-2 brings bolts nobody needs (excess), and TUBE's lead time puts its planned
/// order's release before today (past due).
inline constexpr const char* kMrpViewsScenario = R"({"format":"pmc-scenario/1",
  "settings":{"today":"2026-11-25","horizon_days":30,"material_buffer_days":3},
  "calendar":{"workdays":[1,2,3,4,5]},
  "suppliers":[{"code":"S-1","name":"Tube works"},{"code":"S-2","name":"Bolt works"}],
  "items":[
    {"code":"BIKE","name":"City bike","type":"finished","source":"make","lead_time_days":2},
    {"code":"FRAME","name":"Frame","type":"semi","source":"make","lead_time_days":1},
    {"code":"TUBE","name":"Steel tube","type":"raw","source":"buy","lead_time_days":5,"supplier":"S-1","buyer":"Li"},
    {"code":"BOLT","name":"Bolt M6","type":"raw","source":"buy","lead_time_days":1,"supplier":"S-2","buyer":"Wang"},
    {"code":"IDLE","name":"Unused part","type":"raw","source":"buy"}],
  "boms":[{"parent":"BIKE","component":"FRAME","qty_per":1},{"parent":"FRAME","component":"TUBE","qty_per":3},
          {"parent":"BIKE","component":"BOLT","qty_per":4}],
  "inventory":[{"item":"BOLT","on_hand":100}],
  "purchase_orders":[{"number":"PO-1","item":"TUBE","qty":12,"due":"2026-12-15","supplier":"S-1"},
                     {"number":"PO-2","item":"BOLT","qty":500,"due":"2026-12-10","supplier":"S-2"}],
  "sales_orders":[{"number":"SO-7","customer":"Acme Cycles","priority":1,
                   "lines":[{"item":"BIKE","qty":10,"due":"2026-12-01"}]}]})";

/// A Document on a fresh database holding kMrpViewsScenario, with MRP run in this session.
class MrpViewsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        document.open(QString::fromStdString(dir.file("views.db")), false);
        document.importScenario(QString::fromStdString(dir.write("plant.json", kMrpViewsScenario)));
        runMrp();
    }
    void runMrp()
    {
        QSignalSpy finished(&document, &app::Document::mrpFinished);
        document.startMrp();
        ASSERT_TRUE(finished.wait(60000));
    }

    TempDir dir;
    app::Document document;
};

} // namespace pmc::test
