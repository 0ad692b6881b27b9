#include "core/masterdata/Item.h"

#include <array>
#include <utility>

namespace pmc::core {

namespace {

template <typename E, std::size_t N>
bool parseName(const std::array<std::pair<const char*, E>, N>& names, const std::string& text, E& out)
{
    for (const auto& [name, value] : names) {
        if (text == name) {
            out = value;
            return true;
        }
    }
    return false;
}

template <typename E, std::size_t N>
const char* nameOf(const std::array<std::pair<const char*, E>, N>& names, E value)
{
    for (const auto& [name, v] : names)
        if (v == value)
            return name;
    return "";
}

constexpr std::array<std::pair<const char*, ItemType>, 4> itemTypeNames{{
    {"finished", ItemType::Finished}, {"semi", ItemType::Semi},
    {"raw", ItemType::Raw}, {"packaging", ItemType::Packaging}}};
constexpr std::array<std::pair<const char*, ItemSource>, 2> sourceNames{{
    {"make", ItemSource::Make}, {"buy", ItemSource::Buy}}};
constexpr std::array<std::pair<const char*, LotRule>, 3> lotRuleNames{{
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
