#pragma once

#include "core/FactoryModel.h"

#include <cstddef>
#include <string>
#include <unordered_map>

namespace pmc::core {

/// What the plans look up per row, built once per plan: where each work center and workshop
/// stands in the master data (the order the planner declared them in, which the plans keep)
/// and the items by code. Refers to the model it was built from.
struct PlanLookups {
    explicit PlanLookups(const FactoryModel& model)
    {
        for (std::size_t i = 0; i < model.workCenters.size(); ++i) {
            workCenterIndex.emplace(model.workCenters[i].code, i);
            workshopRank.emplace(model.workCenters[i].workshop, workshopRank.size());
        }
        for (const Item& item : model.items)
            items.emplace(item.code, &item);
    }

    std::unordered_map<std::string, std::size_t> workCenterIndex;
    std::unordered_map<std::string, std::size_t> workshopRank;
    std::unordered_map<std::string, const Item*> items;
};

} // namespace pmc::core
