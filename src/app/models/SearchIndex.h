#pragma once

#include <QObject>
#include <QString>

#include <cstddef>
#include <string>
#include <vector>

namespace pmc::app {

class Document;

/// What a search result is, in the order the main window's search lists kinds.
enum class SearchKind { SalesOrder, Item, WorkOrder, PurchaseOrder, FirmPlannedOrder, PlannedOrder, WorkCenter, Supplier };

/// One record the global search can find: its code (number) and name. Orders are named by
/// their customer (sales orders) or their item's code and name; `item` is that item's code.
struct SearchEntry {
    SearchKind kind = SearchKind::Item;
    QString code;
    QString name;
    QString item;
};

/// Every code and name of the open factory and of the last MRP run's planned orders, for the
/// global search box. Built on the first query after the Document changed (not per keystroke);
/// a query scans lower-cased copies once, so 100k records answer within a keystroke.
/// Lives on the UI thread with its Document, which must outlive it.
class SearchIndex : public QObject {
    Q_OBJECT
public:
    explicit SearchIndex(const Document& document, QObject* parent = nullptr);

    /// Entries whose code or name contains `text` (case-insensitive), best first: exact code,
    /// code prefix, code substring, name substring; within each, shorter codes first. At
    /// most `limit`; `total`, when given, receives how many matched in all.
    std::vector<SearchEntry> find(const QString& text, std::size_t limit, std::size_t* total = nullptr) const;
    /// How many records the index holds (rebuilding it first when stale).
    std::size_t size() const;

private:
    void rebuildIfStale() const;
    void add(SearchKind kind, const std::string& code, const QString& name, const std::string& item = {}) const;

    const Document& m_document;
    mutable bool m_stale = true;
    mutable std::vector<SearchEntry> m_entries;
    // Lower-cased copies, parallel to m_entries, so a query does not fold case per record.
    mutable std::vector<QString> m_codes;
    mutable std::vector<QString> m_names;
};

} // namespace pmc::app
