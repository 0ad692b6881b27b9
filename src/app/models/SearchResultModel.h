#pragma once

#include "app/models/SearchIndex.h"

#include <QAbstractTableModel>

namespace pmc::app {

/// The results of one global search: kind, code and name of the best matches of the query.
/// KeyRole answers the code. Owns its SearchIndex; lives on the UI thread with the Document.
class SearchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Code, Name, ColumnCount };
    /// Rows shown at most: the list is for jumping, not browsing.
    static constexpr std::size_t kMaxRows = 50;

    explicit SearchResultModel(const Document& document, QObject* parent = nullptr);

    /// Replaces the rows by the matches of `text` (none when it is blank).
    void setQuery(const QString& text);
    const QString& query() const { return m_query; }
    const SearchEntry& entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    /// How many records matched, shown or not.
    std::size_t total() const { return m_total; }
    const SearchIndex& searchIndex() const { return *m_index; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    /// The translated name of a kind (销售订单, 物料, …).
    static QString kindName(SearchKind kind);

private:
    SearchIndex* m_index;
    QString m_query;
    std::vector<SearchEntry> m_rows;
    std::size_t m_total = 0;
};

} // namespace pmc::app
