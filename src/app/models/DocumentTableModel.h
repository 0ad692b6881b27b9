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
    int rowCount(const QModelIndex& parent = {}) const final { return parent.isValid() ? 0 : rows(); }
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
    virtual int rows() const = 0;
    /// Recomputes cached per-row values; the constructor of a derived model calls it once.
    virtual void rebuild() {}

    Document& m_document;

private:
    int m_columns;
};

} // namespace pmc::app
