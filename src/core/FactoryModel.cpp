#include "core/FactoryModel.h"

namespace pmc::core {

int FactoryModel::itemIndex(const std::string& code) const
{
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].code == code)
            return static_cast<int>(i);
    return -1;
}

const Item* FactoryModel::findItem(const std::string& code) const
{
    const int i = itemIndex(code);
    return i < 0 ? nullptr : &items[static_cast<std::size_t>(i)];
}

std::unordered_map<std::string, double> FactoryModel::onHandByItem() const
{
    std::unordered_map<std::string, double> stock;
    for (const InventoryRecord& r : inventory)
        stock[r.item] += r.plannable();
    return stock;
}

} // namespace pmc::core
