#pragma once

#include "core/FactoryModel.h"

#include <cstdint>

namespace pmc::bench {

/// The size and mix of a generated factory. Defaults give a small plant; the benchmarks
/// scale the counts up.
struct FactoryShape {
    int items = 1000;
    int bomRows = 5000;
    /// BOM levels: finished goods on level 0, made sub-assemblies down to level − 2, and
    /// bought materials as leaves under every level, as in a real plant.
    int levels = 10;
    /// Average rows per made parent that name another made item. It sets how fast a
    /// multi-level explosion fans out; the other rows of a parent name bought items.
    double madeChildrenPerParent = 2.0;
    int salesLines = 200;
    int horizonDays = 365;
    /// Lot-rule mix. Lot-for-lot is common for made items and rare for bought ones, whose
    /// suppliers ship by the carton or pallet; the other items get a `fixed` lot (this share
    /// of them) or a `min_multiple` one, sized to cover a few weeks of demand.
    double lotForLotShareMade = 0.5;
    double lotForLotShareBought = 0.05;
    double fixedShareOfSized = 0.5;
    int holidays = 12; ///< spread over the horizon, on top of a Monday–Saturday week
    int purchaseOrders = 100;
    int workOrders = 50;
    std::uint32_t seed = 20261126;
};

/// A deterministic factory of the given shape: the same shape always yields the same
/// model, so measured figures are comparable between runs and machines.
core::FactoryModel makeSyntheticFactory(const FactoryShape& shape);

/// Code of the first finished good (level 0) of a factory made by makeSyntheticFactory.
std::string firstFinishedGood();

/// The size of a generated shop floor for the finite scheduler (makeSchedulingFactory).
struct SchedulingShape {
    /// Open work orders are added until their routings hold this many operations.
    int operations = 50'000;
    int workCenters = 200;
    int workshops = 8;
    /// Made items with a routing of 3–8 operations; several work orders share an item.
    int items = 2'000;
    /// Due dates spread from 3 days overdue to this multiple of the estimated load (total
    /// work ÷ the factory's weekly shift capacity, in days), so that a similar share of the
    /// orders is late however large the factory is. The estimate ignores holidays, uneven
    /// load and waiting between operations; at 1.5 about a third of the orders end up late.
    double dueSpreadOfLoad = 1.5;
    std::uint32_t seed = 20261126;
};

/// A deterministic shop floor for the finite scheduler: `workCenters` work centers in
/// `workshops` workshops (1–3 parallel units, efficiency 0.90–1.10), a two-shift Monday–Friday
/// calendar with holidays, make-up Saturdays and overtime on some work centers, items whose
/// routings have 3–8 operations (mostly in the item's home workshop), and open work orders
/// until the routings hold `operations` operations. No BOM, no sales orders: it is scheduled
/// with an empty MrpResult (work orders only). Today is 2026-11-26, as makeSyntheticFactory.
core::FactoryModel makeSchedulingFactory(const SchedulingShape& shape);

} // namespace pmc::bench
