#pragma once

#include <QAbstractListModel>
#include <QColor>

#include <vector>

namespace pmc::app {

class Document;

/// Items to pick from, shown as "CODE  name" so that a completer finds them by either, in item
/// master order. `Scope::Make` lists the items the plant makes; with the routing marker on,
/// those without a routing get a coloured swatch and a tooltip. The rows are precomputed, and
/// an edit that keeps their count refreshes them in place, so views keep their selection.
/// Rows answer KeyRole (the code) and MissingRoutingRole from Roles.h.
class ItemChoiceModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum class Scope { All, Make };
    ItemChoiceModel(Document& document, Scope scope, QObject* parent = nullptr);

    /// The swatch of an item without a routing, for legends.
    static QColor missingRoutingColor();

    void setMarkMissingRouting(bool mark);
    /// The row of the item with this code, or -1.
    int rowOf(const QString& code) const;
    QString codeAt(int row) const;
    /// The code in a choice text ("CODE  name") or in text typed by the planner.
    static QString codeOfChoice(const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString code;
        QString text;
        bool hasRouting;
    };

    void refresh(bool reset);
    std::vector<Row> collect() const;

    Document& m_document;
    Scope m_scope;
    bool m_markMissingRouting = false;
    std::vector<Row> m_rows;
};

} // namespace pmc::app
