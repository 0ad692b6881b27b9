#include "core/bom/BomGraph.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <stdexcept>
#include <unordered_map>

namespace pmc::core {

namespace {

std::size_t hashCode(std::string_view code) { return std::hash<std::string_view>{}(code); }
std::uint32_t tagOf(std::size_t hash) { return static_cast<std::uint32_t>(hash >> 32); }

} // namespace

BomGraph::BomGraph(const FactoryModel& model)
    : m_model(model)
{
    indexCodes();
    linkRows();
}

void BomGraph::indexCodes()
{
    // A flat table instead of std::unordered_map: building the graph of a large model does a
    // million lookups, and node-based buckets cost a cache miss and an allocation each.
    std::size_t capacity = 16;
    while (capacity < 2 * m_model.items.size())
        capacity *= 2;
    m_slots.assign(capacity, Slot{});
    m_codes.reserve(m_model.items.size());
    const std::size_t mask = capacity - 1;
    for (const Item& item : m_model.items) {
        const auto index = static_cast<int>(m_codes.size());
        m_codes.push_back(item.code);
        const std::size_t hash = hashCode(item.code);
        // A repeated code keeps its first index, as validation reports the duplicate.
        for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
            Slot& slot = m_slots[s];
            if (slot.item < 0) {
                slot = {tagOf(hash), index};
                break;
            }
            if (slot.tag == tagOf(hash) && m_codes[static_cast<std::size_t>(slot.item)] == item.code)
                break;
        }
    }
}

void BomGraph::linkRows()
{
    const std::vector<BomLine>& boms = m_model.boms;
    m_rowParent.resize(boms.size());
    m_rowComponent.resize(boms.size());
    m_children.begin.assign(m_codes.size() + 1, 0);
    m_parents.begin.assign(m_codes.size() + 1, 0);
    // Component lookups land anywhere in the table; hashing a few rows ahead and prefetching
    // their slots overlaps those cache misses instead of waiting for each in turn.
    constexpr std::size_t kAhead = 8;
    std::size_t aheadHash[kAhead];
    const auto hashAhead = [&](std::size_t r) {
        aheadHash[r % kAhead] = hashCode(boms[r].component);
        __builtin_prefetch(&m_slots[aheadHash[r % kAhead] & (m_slots.size() - 1)]);
    };
    for (std::size_t r = 0; r < std::min(kAhead, boms.size()); ++r)
        hashAhead(r);
    for (std::size_t r = 0; r < boms.size(); ++r) {
        const std::size_t componentHash = aheadHash[r % kAhead];
        if (r + kAhead < boms.size())
            hashAhead(r + kAhead);
        // Rows are entered parent by parent, so the previous row's parent saves most lookups.
        const int parent = r > 0 && boms[r].parent == boms[r - 1].parent ? m_rowParent[r - 1] : indexOf(boms[r].parent);
        const int component = find(boms[r].component, componentHash);
        m_rowParent[r] = parent;
        m_rowComponent[r] = component;
        if (parent < 0 || component < 0)
            continue; // reported by FactoryValidator; the graph just skips the row
        ++m_children.begin[static_cast<std::size_t>(parent) + 1];
        ++m_parents.begin[static_cast<std::size_t>(component) + 1];
    }
    std::partial_sum(m_children.begin.begin(), m_children.begin.end(), m_children.begin.begin());
    std::partial_sum(m_parents.begin.begin(), m_parents.begin.end(), m_parents.begin.begin());
    m_children.rows.resize(static_cast<std::size_t>(m_children.begin.back()));
    m_parents.rows.resize(static_cast<std::size_t>(m_parents.begin.back()));
    std::vector<int> nextChild(m_children.begin.begin(), m_children.begin.end() - 1);
    std::vector<int> nextParent(m_parents.begin.begin(), m_parents.begin.end() - 1);
    for (std::size_t r = 0; r < boms.size(); ++r) {
        const int parent = m_rowParent[r];
        const int component = m_rowComponent[r];
        if (parent < 0 || component < 0)
            continue;
        m_children.rows[static_cast<std::size_t>(nextChild[static_cast<std::size_t>(parent)]++)] = static_cast<int>(r);
        m_parents.rows[static_cast<std::size_t>(nextParent[static_cast<std::size_t>(component)]++)] = static_cast<int>(r);
    }
}

int BomGraph::indexOf(std::string_view code) const { return find(code, hashCode(code)); }

int BomGraph::find(std::string_view code, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
        const Slot& slot = m_slots[s];
        if (slot.item < 0)
            return -1;
        if (slot.tag == tagOf(hash) && m_codes[static_cast<std::size_t>(slot.item)] == code)
            return slot.item;
    }
}

std::optional<std::vector<std::string>> BomGraph::findCycle() const
{
    // Iterative three-colour DFS; the grey stack is the path when a back edge appears.
    enum Colour : unsigned char { White, Grey, Black };
    std::vector<Colour> colour(m_codes.size(), White);
    struct Frame {
        int item;
        std::size_t next;
    };
    std::vector<Frame> stack;
    for (int root = 0; root < itemCount(); ++root) {
        if (colour[static_cast<std::size_t>(root)] != White)
            continue;
        stack.push_back({root, 0});
        colour[static_cast<std::size_t>(root)] = Grey;
        while (!stack.empty()) {
            Frame& top = stack.back();
            const auto rows = childRows(top.item);
            if (top.next == rows.size()) {
                colour[static_cast<std::size_t>(top.item)] = Black;
                stack.pop_back();
                continue;
            }
            const int child = componentOf(rows[top.next++]);
            if (colour[static_cast<std::size_t>(child)] == Grey) {
                std::vector<std::string> path;
                auto from = std::find_if(stack.begin(), stack.end(), [child](const Frame& f) { return f.item == child; });
                for (auto it = from; it != stack.end(); ++it)
                    path.push_back(code(it->item));
                path.push_back(code(child));
                return path;
            }
            if (colour[static_cast<std::size_t>(child)] == White) {
                colour[static_cast<std::size_t>(child)] = Grey;
                stack.push_back({child, 0});
            }
        }
    }
    return std::nullopt;
}

std::vector<int> BomGraph::lowLevelCodes() const
{
    // Kahn's order over parent → component edges; an item's code is fixed once all parents are.
    std::vector<int> llc(m_codes.size(), 0);
    std::vector<int> pendingParents(m_codes.size(), 0);
    for (int i = 0; i < itemCount(); ++i)
        for (int row : parentRows(i))
            if (parentOf(row) >= 0)
                ++pendingParents[static_cast<std::size_t>(i)];
    std::vector<int> ready;
    for (int i = 0; i < itemCount(); ++i)
        if (pendingParents[static_cast<std::size_t>(i)] == 0)
            ready.push_back(i);
    std::size_t processed = 0;
    while (!ready.empty()) {
        const int item = ready.back();
        ready.pop_back();
        ++processed;
        for (int row : childRows(item)) {
            const auto c = static_cast<std::size_t>(componentOf(row));
            llc[c] = std::max(llc[c], llc[static_cast<std::size_t>(item)] + 1);
            if (--pendingParents[c] == 0)
                ready.push_back(static_cast<int>(c));
        }
    }
    if (processed != m_codes.size())
        throw std::logic_error("BomGraph::lowLevelCodes: the BOM has a cycle");
    return llc;
}

BomExplosion BomGraph::explode(const std::string& item, double qty, Date date) const
{
    BomExplosion result{item, qty, {}, {}};
    const int top = indexOf(item);
    if (top < 0)
        return result;
    std::unordered_map<int, std::size_t> totalIndex;
    struct Frame {
        int item;
        double qty;
        int level;
        std::size_t next;
    };
    std::vector<Frame> stack{{top, qty, 1, 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        const auto rows = childRows(f.item);
        if (f.next == rows.size()) {
            stack.pop_back();
            continue;
        }
        const int row = rows[f.next++];
        const BomLine& line = m_model.boms[static_cast<std::size_t>(row)];
        if (!line.isValidOn(date))
            continue;
        const int component = componentOf(row);
        const double need = f.qty * line.grossPerParent();
        const int level = f.level;
        result.lines.push_back({level, line.component, line.qtyPer, need});
        const auto [it, inserted] = totalIndex.emplace(component, result.totals.size());
        if (inserted)
            result.totals.push_back({line.component, 0.0});
        result.totals[it->second].qty += need;
        if (stack.size() > m_codes.size())
            throw std::logic_error("BomGraph::explode: the BOM has a cycle");
        stack.push_back({component, need, level + 1, 0});
    }
    return result;
}

std::vector<WhereUsedLine> BomGraph::whereUsed(const std::string& item, bool multiLevel) const
{
    std::vector<WhereUsedLine> result;
    const int start = indexOf(item);
    if (start < 0)
        return result;
    struct Frame {
        int item;
        int level;
        std::size_t next;
    };
    std::vector<Frame> stack{{start, 1, 0}};
    while (!stack.empty()) {
        Frame& f = stack.back();
        const auto rows = parentRows(f.item);
        if (f.next == rows.size()) {
            stack.pop_back();
            continue;
        }
        const int row = rows[f.next++];
        const int parent = parentOf(row);
        const int level = f.level;
        result.push_back({level, code(parent), m_model.boms[static_cast<std::size_t>(row)].qtyPer});
        if (multiLevel && stack.size() <= m_codes.size())
            stack.push_back({parent, level + 1, 0});
    }
    return result;
}

} // namespace pmc::core
