#include "core/bom/BomGraph.h"

#include <algorithm>
#include <stdexcept>

namespace pmc::core {

BomGraph::BomGraph(const FactoryModel& model)
    : m_model(model)
{
    m_codes.reserve(model.items.size());
    for (const Item& item : model.items) {
        m_index.emplace(item.code, static_cast<int>(m_codes.size()));
        m_codes.push_back(item.code);
    }
    m_childRows.resize(m_codes.size());
    m_parentRows.resize(m_codes.size());
    m_rowParent.resize(model.boms.size(), -1);
    m_rowComponent.resize(model.boms.size(), -1);
    for (std::size_t r = 0; r < model.boms.size(); ++r) {
        const int parent = indexOf(model.boms[r].parent);
        const int component = indexOf(model.boms[r].component);
        m_rowParent[r] = parent;
        m_rowComponent[r] = component;
        if (parent < 0 || component < 0)
            continue; // reported by FactoryValidator; the graph just skips the row
        m_childRows[static_cast<std::size_t>(parent)].push_back(static_cast<int>(r));
        m_parentRows[static_cast<std::size_t>(component)].push_back(static_cast<int>(r));
    }
}

int BomGraph::indexOf(const std::string& code) const
{
    const auto it = m_index.find(code);
    return it == m_index.end() ? -1 : it->second;
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
            const auto& rows = childRows(top.item);
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
        const auto& rows = childRows(f.item);
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
        const auto& rows = parentRows(f.item);
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
