#pragma once

#include <QAbstractTableModel>

namespace pmc::app {

class Document;
class WhatIfScenario;

/// The work centers of a what-if copy with their parallel units live and in the copy; the
/// copy's units are editable, and an edit becomes a change of the scenario.
class WhatIfWorkCenterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, LiveUnits, WhatIfUnits, ColumnCount };

    WhatIfWorkCenterModel(Document& document, WhatIfScenario& scenario, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// The scenario refused an edit (nothing changed).
    void refused(const QStringList& reasons);

private:
    Document& m_document;
    WhatIfScenario& m_scenario;
    mutable int m_knownRows = 0;
};

} // namespace pmc::app
