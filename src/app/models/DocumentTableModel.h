#pragma once

#include <QAbstractTableModel>

namespace pmc::app {

class Document;

/// Base of the read-only tables over the Document: flat rows, a fixed set of columns, and a
/// model reset (after rebuild() refreshes any cached per-row text) whenever a document signal
/// says the data behind the table was replaced.
class DocumentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    int rowCount(const QModelIndex& parent = {}) const final
    {
        if (parent.isValid())
            return 0;
        m_knownRows = rows();
        return m_knownRows;
    }
    int columnCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : m_columns; }

protected:
    DocumentTableModel(Document& document, int columns, QObject* parent)
        : QAbstractTableModel(parent), m_document(document), m_columns(columns) {}

    template <typename Signal>
    void resetOn(Signal signal)
    {
        connect(&m_document, signal, this, [this] {
            beginResetModel();
            rebuild();
            endResetModel();
        });
    }
    /// For data changed in place (edits): when the row count stayed, the cells are announced
    /// changed so that views keep selection and scroll position; otherwise the model resets.
    template <typename Signal>
    void refreshOn(Signal signal)
    {
        connect(&m_document, signal, this, [this] {
            if (rows() != m_knownRows) {
                beginResetModel();
                rebuild();
                endResetModel();
            } else if (m_knownRows > 0) {
                rebuild();
                emit dataChanged(index(0, 0), index(m_knownRows - 1, m_columns - 1));
            }
        });
    }
    virtual int rows() const = 0;
    /// Recomputes cached per-row values; the constructor of a derived model calls it once.
    virtual void rebuild() {}

    Document& m_document;

private:
    int m_columns;
    /// The row count views were last given; an edit that changes it needs a reset.
    mutable int m_knownRows = 0;
};

} // namespace pmc::app
