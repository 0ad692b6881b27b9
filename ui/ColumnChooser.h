#pragma once

#include <QObject>
#include <QString>

class QHeaderView;
class QMenu;
class QPoint;

namespace pmc::ui {

/// Lets the planner hide and show the columns of a table: right-click its header for a
/// checkable entry per column, in the order shown, and "Show all columns". The last visible
/// column cannot be hidden. The header's layout (order, widths, hidden columns, sort) is kept
/// in QSettings as `tables/<settingsKey>/header`: restored here, saved at each hide or show and
/// by saveLayout().
class ColumnChooser : public QObject {
    Q_OBJECT
public:
    /// Installs itself on `header`, whose model must already be set; `parent` owns it and must
    /// not outlive the header.
    ColumnChooser(QHeaderView* header, const QString& settingsKey, QObject* parent);

    /// Adds the column entries and "Show all columns" to `menu`.
    void addEntries(QMenu& menu);
    void setColumnHidden(int logicalColumn, bool hidden);
    void showAllColumns();
    void saveLayout() const;

private:
    void openMenu(const QPoint& position);
    int visibleCount() const;
    QString settingsName() const;

    QHeaderView* m_header;
    QString m_settingsKey;
};

} // namespace pmc::ui
