#pragma once

#include "core/Date.h"
#include "core/kpi/KpiHistory.h"

#include <optional>
#include <string>
#include <vector>

namespace pmc::core {

struct FactoryModel;

/// The seeds' monthly long-term stock review looks at what has not moved for a quarter.
inline constexpr int kDefaultIdleDays = 90;

/// An open order that could use up slow-moving stock: a work order or firm planned order whose
/// bill of materials needs the item, or a sales order line for the item itself.
struct StockConsumer {
    std::string order;
    double qty = 0; ///< how much of the item it still needs
};

/// One item of the slow-moving and obsolete stock review (呆滞料): stock without movement for
/// the review's number of days.
struct SlowMovingItem {
    std::string item;
    std::string name;
    double qty = 0;   ///< on hand + on inspection
    double value = 0; ///< qty × unit cost (0 when the item has no cost)
    /// The last receipt, issue, completion or shipment of the item; nullopt when none is recorded.
    std::optional<Date> lastMovement;
    std::optional<int> idleDays;
    std::vector<StockConsumer> consumers;
    double consumable() const;
};

struct SlowMovingReview {
    int days = 90;
    std::vector<SlowMovingItem> items; ///< idle for `days` or more, most valuable first
    /// Stock of items whose movement is not on record (nothing received, issued, made or shipped
    /// since the data began): listed apart, since their age is unknown, and not in `slowValue`.
    std::vector<SlowMovingItem> unrecorded;
    double slowValue = 0;
    double stockValue = 0;
    /// 呆滞料比率: slow value ÷ stock value (nullopt without costed stock).
    std::optional<double> ratio() const
    {
        return stockValue > 0 ? std::optional<double>(slowValue / stockValue) : std::nullopt;
    }
};

/// The items in stock that have not moved for `days` days up to today (and apart those whose
/// movement is not on record), with what open orders could still consume them.
SlowMovingReview reviewSlowMovingStock(const FactoryModel& model, const KpiHistory& history, int days);

} // namespace pmc::core
