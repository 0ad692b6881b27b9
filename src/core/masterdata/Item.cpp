#include "core/masterdata/Item.h"

#include "core/EnumNames.h"

namespace pmc::core {

namespace {

constexpr EnumNames<ItemType, 4> itemTypeNames{{
    {"finished", ItemType::Finished}, {"semi", ItemType::Semi},
    {"raw", ItemType::Raw}, {"packaging", ItemType::Packaging}}};
constexpr EnumNames<ItemSource, 2> sourceNames{{
    {"make", ItemSource::Make}, {"buy", ItemSource::Buy}}};
constexpr EnumNames<LotRule, 3> lotRuleNames{{
    {"lot_for_lot", LotRule::LotForLot}, {"fixed", LotRule::Fixed},
    {"min_multiple", LotRule::MinMultiple}}};

} // namespace

const char* toString(ItemType type) { return nameOf(itemTypeNames, type); }
const char* toString(ItemSource source) { return nameOf(sourceNames, source); }
const char* toString(LotRule rule) { return nameOf(lotRuleNames, rule); }
bool parseItemType(const std::string& text, ItemType& out) { return parseName(itemTypeNames, text, out); }
bool parseItemSource(const std::string& text, ItemSource& out) { return parseName(sourceNames, text, out); }
bool parseLotRule(const std::string& text, LotRule& out) { return parseName(lotRuleNames, text, out); }

} // namespace pmc::core
