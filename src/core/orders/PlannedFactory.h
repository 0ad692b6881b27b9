#pragma once

#include "core/FactoryModel.h"
#include "core/mrp/MrpPlan.h"
#include "core/orders/ChangeImpact.h"
#include "core/scheduling/ScheduleRequest.h"

#include <map>
#include <string>
#include <vector>

namespace pmc::core {

/// One side of a change impact: the factory planned through MRP and the finite schedule's
/// construction (as `pmc-cli schedule --seconds 0`), with the questions analyzeChange asks
/// of it. Holds a reference to the model, which must outlive it and not change. Not
/// thread-safe.
class PlannedFactory {
public:
    explicit PlannedFactory(const FactoryModel& model);

    const FactoryModel& model() const { return m_model; }
    const MrpResult& mrp() const { return m_mrp; }
    const ScheduleResult& schedule() const { return m_schedule; }

    /// Every scheduled work order and make planned order (firm ones included), by number.
    const std::map<std::string, OrderPlan>& orders() const { return m_orders; }
    /// The sales lines an order serves, sorted: a planned order's through its pegging; a work
    /// order is not pegged by MRP, so it serves the lines of its own item.
    std::vector<std::string> salesLinesServed(const std::string& order) const;
    /// The sales lines that are demand in this plan, by id.
    const std::map<std::string, SalesLinePlan>& salesLines() const { return m_salesLines; }
    /// When this plan first needs each open purchase order and requisition in the horizon
    /// (by number), and how much of it.
    std::map<std::string, MaterialNeed> materialNeeds() const;

private:
    void collectOrders();
    void collectSalesLines();
    void collectServedLines();

    const FactoryModel& m_model;
    MrpPlan m_plan;
    MrpResult m_mrp;
    ScheduleResult m_schedule;
    std::map<std::string, OrderPlan> m_orders;
    std::map<std::string, SalesLinePlan> m_salesLines;
    std::map<std::string, std::vector<std::string>> m_servedByPlannedOrder;
    std::map<std::string, std::vector<std::string>> m_linesOfItem;
};

} // namespace pmc::core
