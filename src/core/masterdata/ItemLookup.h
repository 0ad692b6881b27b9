#pragma once

#include "core/masterdata/Item.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pmc::core {

/// Items by code in O(1), for outputs that name an item per row (explosions, shortage lists)
/// where FactoryModel::findItem's linear search would make them quadratic. Refers to the
/// vector it was built from: build it after the items last changed.
class ItemLookup {
public:
    explicit ItemLookup(const std::vector<Item>& items)
    {
        m_byCode.reserve(items.size());
        for (const Item& item : items)
            m_byCode.emplace(item.code, &item);
    }

    const Item* find(std::string_view code) const
    {
        const auto found = m_byCode.find(code);
        return found == m_byCode.end() ? nullptr : found->second;
    }

private:
    std::unordered_map<std::string_view, const Item*> m_byCode;
};

} // namespace pmc::core
