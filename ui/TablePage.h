#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace pmc::ui {

/// A searchable, sortable table over one app model: a filter box, the table, and a row count.
/// Sorting and filtering happen in a proxy, so the source model is never copied.
class TablePage : public QWidget {
    Q_OBJECT
public:
    /// `settingsKey` names the page in QSettings, where the column layout is remembered.
    TablePage(QAbstractItemModel* model, const QString& settingsKey, QWidget* parent = nullptr);
    ~TablePage() override;

    QTableView* view() const { return m_view; }
    void focusFilter();
    /// Copies the selected cells as tab-separated text, which pastes into Excel as cells.
    void copySelection() const;

private:
    void updateCount();

    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QLabel* m_count;
    QString m_settingsKey;
};

} // namespace pmc::ui
