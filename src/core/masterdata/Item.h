#pragma once

#include <string>

namespace pmc::core {

enum class ItemType { Finished, Semi, Raw, Packaging };
enum class ItemSource { Make, Buy };
enum class LotRule { LotForLot, Fixed, MinMultiple };

/// How a net requirement becomes an order quantity (interchange.md §1, `lot`).
struct LotPolicy {
    LotRule rule = LotRule::LotForLot;
    double size = 0;     ///< `fixed`: orders are multiples of this
    double moq = 0;      ///< `min_multiple`: minimum order quantity
    double multiple = 0; ///< `min_multiple`: rounding step, 0 = none

    bool operator==(const LotPolicy&) const = default;
};

/// A material, part or product the plant buys or makes.
struct Item {
    std::string code;
    std::string name;
    ItemType type = ItemType::Raw;
    std::string uom = "pcs";
    ItemSource source = ItemSource::Buy;
    /// Buy: calendar days from release to arrival. Make: working days from release to completion.
    int leadTimeDays = 0;
    double safetyStock = 0;
    LotPolicy lot;
    std::string supplier; ///< default supplier code, empty when none
    /// Stock band the planner watches (0 = no bound); MRP plans to safety stock, not to these.
    double minStock = 0;
    double maxStock = 0;
    /// Standard defect rate of making this item (the seeds' 标准不良率), a fraction in [0, 1).
    double defectRate = 0;
    /// The purchaser or planner who follows this item, for filtering shortages and exceptions.
    std::string buyer;
    /// Product family (model, 机型) for changeovers; empty = the item is its own family.
    std::string family;
    /// Standard cost of one unit (in the plant's currency): values stock for turnover and the
    /// slow-moving review; 0 = not costed.
    double unitCost = 0;

    const std::string& familyOrCode() const { return family.empty() ? code : family; }
    bool isCountedInPieces() const { return uom == "pcs"; }
    bool operator==(const Item&) const = default;
};

const char* toString(ItemType type);
const char* toString(ItemSource source);
const char* toString(LotRule rule);
bool parseItemType(const std::string& text, ItemType& out);
bool parseItemSource(const std::string& text, ItemSource& out);
bool parseLotRule(const std::string& text, LotRule& out);

} // namespace pmc::core
