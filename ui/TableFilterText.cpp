#include "ui/TableFilterText.h"

#include "app/models/Roles.h"
#include "ui/TablePage.h"

#include <QLineEdit>
#include <QTableView>

namespace pmc::ui {

void setTableFilter(TablePage& table, const QString& text)
{
    // The filter box is the page's only line edit; typing into it filters the proxy.
    if (auto* filter = table.findChild<QLineEdit*>())
        filter->setText(text);
    QTableView* view = table.view();
    const QAbstractItemModel* shown = view->model();
    int chosen = shown->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(app::KeyRole).toString() == text || index.data().toString() == text) {
            chosen = row;
            break;
        }
    }
    if (chosen < 0)
        return;
    view->setCurrentIndex(shown->index(chosen, 0));
    view->selectRow(chosen);
    view->scrollTo(shown->index(chosen, 0));
    view->setFocus();
}

} // namespace pmc::ui
