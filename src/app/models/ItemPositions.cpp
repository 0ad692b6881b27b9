#include "app/models/ItemPositions.h"

#include "core/FactoryModel.h"

namespace pmc::app {

const core::Item* ItemPositions::remembered(const std::string& code) const
{
    const auto found = m_positions.find(code);
    if (found == m_positions.end() || found->second >= m_factory.items.size())
        return nullptr;
    const core::Item& item = m_factory.items[found->second];
    return item.code == code ? &item : nullptr;
}

const core::Item* ItemPositions::find(const std::string& code) const
{
    if (const core::Item* item = remembered(code))
        return item;
    m_positions.clear();
    m_positions.reserve(m_factory.items.size());
    for (std::size_t i = 0; i < m_factory.items.size(); ++i)
        m_positions.emplace(m_factory.items[i].code, i);
    return remembered(code);
}

} // namespace pmc::app
