#pragma once

#include "app/print/TableForm.h"

#include <QAbstractTableModel>

namespace pmc::app {

/// A printed form's table (TableFormContent) for a QTableView: the print's columns under their
/// translated captions (the Chinese caption in the tooltip), one row per printed row. A cell's
/// smaller second line follows its text after " · "; shaded rows (subtotals, captions) are
/// bold on grey; a row with one cell is a caption that spans the table (isCaption()).
class FormTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit FormTableModel(QObject* parent = nullptr);

    void setContent(TableFormContent content);
    const TableFormContent& content() const { return m_content; }
    bool isCaption(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TableFormContent m_content;
};

} // namespace pmc::app
