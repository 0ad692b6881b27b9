#pragma once

#include <string>
#include <unordered_map>

namespace pmc::core {
struct FactoryModel;
struct Item;
}

namespace pmc::app {

/// Finds items by code in amortised O(1) for models that show an item's name beside another
/// section's rows (stock) while the planner edits. Unlike core::ItemLookup, which must be
/// rebuilt after every change, it remembers positions and checks the remembered one on each
/// lookup, rebuilding only when it no longer holds: edits in place cost nothing, and an insert
/// or delete costs one rebuild on the next lookup, not one per edit.
/// Reads the factory it is given (which must outlive it); UI thread only.
class ItemPositions {
public:
    explicit ItemPositions(const core::FactoryModel& factory) : m_factory(factory) {}

    /// The item with this code, or null. Meant for codes the validator guarantees to exist:
    /// each lookup of a missing code rebuilds the index.
    const core::Item* find(const std::string& code) const;

private:
    const core::Item* remembered(const std::string& code) const;

    const core::FactoryModel& m_factory;
    mutable std::unordered_map<std::string, std::size_t> m_positions;
};

} // namespace pmc::app
