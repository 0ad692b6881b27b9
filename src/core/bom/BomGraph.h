#pragma once

#include "core/Date.h"
#include "core/FactoryModel.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pmc::core {

/// One row of a multi-level explosion: `qty` is the gross quantity needed for the exploded
/// quantity of the top item, scrap of every level included.
struct ExplosionLine {
    int level = 1;
    std::string item;
    double qtyPer = 0;
    double qty = 0;
};

struct ExplosionTotal {
    std::string item;
    double qty = 0;
};

struct BomExplosion {
    std::string item;
    double qty = 0;
    std::vector<ExplosionLine> lines;  ///< depth first, in BOM row order
    std::vector<ExplosionTotal> totals; ///< one per component, in order of first appearance
};

/// A where-used row: `parent` uses the item at `level` (1 = directly).
struct WhereUsedLine {
    int level = 1;
    std::string parent;
    double qtyPer = 0;
};

/// Index over items and BOM rows of a FactoryModel: adjacency both ways, low-level codes,
/// cycle detection. Refers to the model's vectors by position; rebuild after the model changes.
class BomGraph {
public:
    explicit BomGraph(const FactoryModel& model);

    int itemCount() const { return static_cast<int>(m_codes.size()); }
    int indexOf(std::string_view code) const;
    const std::string& code(int item) const { return m_codes[static_cast<std::size_t>(item)]; }
    /// BOM row positions (into FactoryModel::boms) whose parent is `item`, in row order.
    std::span<const int> childRows(int item) const { return m_children.of(item); }
    std::span<const int> parentRows(int item) const { return m_parents.of(item); }
    int componentOf(int row) const { return m_rowComponent[static_cast<std::size_t>(row)]; }
    int parentOf(int row) const { return m_rowParent[static_cast<std::size_t>(row)]; }

    /// Item codes along a cycle, first code repeated at the end; nullopt when the BOM is a DAG.
    std::optional<std::vector<std::string>> findCycle() const;
    /// Low-level code per item index: 0 for top items, else 1 + the deepest parent's.
    /// Requires an acyclic BOM.
    std::vector<int> lowLevelCodes() const;

    BomExplosion explode(const std::string& item, double qty, Date date) const;
    std::vector<WhereUsedLine> whereUsed(const std::string& item, bool multiLevel) const;

private:
    /// Row lists of all items in one array (compressed sparse rows): a large model has
    /// hundreds of thousands of items, and a vector each cost as much to allocate as to fill.
    struct Adjacency {
        std::vector<int> begin; ///< per item, into rows; one extra at the end
        std::vector<int> rows;

        std::span<const int> of(int item) const
        {
            const auto i = static_cast<std::size_t>(item);
            return {rows.data() + begin[i], static_cast<std::size_t>(begin[i + 1] - begin[i])};
        }
    };
    /// One slot of the open-addressing code index; `item` −1 marks an empty slot. The tag
    /// (high hash bits) settles most mismatches without touching the code string.
    struct Slot {
        std::uint32_t tag = 0;
        int item = -1;
    };

    int find(std::string_view code, std::size_t hash) const;
    void indexCodes();
    void linkRows();

    const FactoryModel& m_model;
    std::vector<std::string> m_codes;
    std::vector<Slot> m_slots; ///< power-of-two size, at most half full
    std::vector<int> m_rowParent;
    std::vector<int> m_rowComponent;
    Adjacency m_children;
    Adjacency m_parents;
};

} // namespace pmc::core
