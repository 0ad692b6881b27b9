#include "app/models/SearchIndex.h"

#include "app/Document.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"

#include <algorithm>
#include <tuple>
#include <unordered_map>

namespace pmc::app {

SearchIndex::SearchIndex(const Document& document, QObject* parent) : QObject(parent), m_document(document)
{
    const auto markStale = [this] { m_stale = true; };
    connect(&document, &Document::factoryReset, this, markStale);
    connect(&document, &Document::masterDataChanged, this, markStale);
    connect(&document, &Document::mrpFinished, this, markStale);
    connect(&document, &Document::plannedOrdersChanged, this, markStale);
}

std::size_t SearchIndex::size() const
{
    rebuildIfStale();
    return m_entries.size();
}

void SearchIndex::add(SearchKind kind, const std::string& code, const QString& name, const std::string& item) const
{
    SearchEntry entry{kind, QString::fromStdString(code), name, QString::fromStdString(item)};
    m_codes.push_back(entry.code.toLower());
    m_names.push_back(entry.name.toLower());
    m_entries.push_back(std::move(entry));
}

void SearchIndex::rebuildIfStale() const
{
    if (!m_stale)
        return;
    m_stale = false;
    m_entries.clear();
    m_codes.clear();
    m_names.clear();
    if (!m_document.isOpen())
        return;
    const core::FactoryModel& factory = m_document.factory();
    std::unordered_map<std::string, QString> itemNames;
    itemNames.reserve(factory.items.size());
    for (const auto& item : factory.items)
        itemNames.emplace(item.code, QString::fromStdString(item.name));
    // An order is found by its item too: "code name" of the item it makes or buys.
    const auto itemText = [&itemNames](const std::string& code) {
        const auto found = itemNames.find(code);
        const QString text = QString::fromStdString(code);
        return found == itemNames.end() ? text : text + QLatin1Char(' ') + found->second;
    };

    for (const auto& order : factory.salesOrders)
        add(SearchKind::SalesOrder, order.number, QString::fromStdString(order.customer),
            order.lines.empty() ? std::string() : order.lines.front().item);
    for (const auto& item : factory.items)
        add(SearchKind::Item, item.code, QString::fromStdString(item.name), item.code);
    for (const auto& order : factory.workOrders)
        add(SearchKind::WorkOrder, order.number, itemText(order.item), order.item);
    for (const auto& order : factory.purchaseOrders)
        add(SearchKind::PurchaseOrder, order.number, itemText(order.item), order.item);
    for (const auto& order : factory.firmPlannedOrders)
        add(SearchKind::FirmPlannedOrder, order.number, itemText(order.item), order.item);
    // The last run lists firm planned orders too, under their own numbers: found above.
    for (const auto& order : m_document.mrpResult().plannedOrders)
        if (!order.firm)
            add(SearchKind::PlannedOrder, order.id, itemText(order.item), order.item);
    for (const auto& wc : factory.workCenters)
        add(SearchKind::WorkCenter, wc.code, QString::fromStdString(wc.name));
    for (const auto& supplier : factory.suppliers)
        add(SearchKind::Supplier, supplier.code, QString::fromStdString(supplier.name));
}

std::vector<SearchEntry> SearchIndex::find(const QString& text, std::size_t limit, std::size_t* total) const
{
    rebuildIfStale();
    const QString query = text.trimmed().toLower();
    if (total)
        *total = 0;
    if (query.isEmpty())
        return {};

    struct Match {
        int rank; // 0 exact code, 1 code prefix, 2 in the code, 3 in the name
        qsizetype codeLength;
        std::size_t index;
        bool operator<(const Match& other) const
        {
            return std::tie(rank, codeLength, index) < std::tie(other.rank, other.codeLength, other.index);
        }
    };
    std::vector<Match> matches;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        const QString& code = m_codes[i];
        const qsizetype at = code.indexOf(query);
        int rank = -1;
        if (at == 0)
            rank = code.size() == query.size() ? 0 : 1;
        else if (at > 0)
            rank = 2;
        else if (m_names[i].contains(query))
            rank = 3;
        if (rank >= 0)
            matches.push_back({rank, code.size(), i});
    }
    if (total)
        *total = matches.size();
    const auto shown = matches.begin() + static_cast<std::ptrdiff_t>(std::min(limit, matches.size()));
    std::partial_sort(matches.begin(), shown, matches.end());

    std::vector<SearchEntry> found;
    found.reserve(static_cast<std::size_t>(shown - matches.begin()));
    for (auto match = matches.begin(); match != shown; ++match)
        found.push_back(m_entries[match->index]);
    return found;
}

} // namespace pmc::app
