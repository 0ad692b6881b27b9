#include "ui/orders/OrderReviewFormPreview.h"

#include "app/Document.h"
#include "app/print/OrderReviewForm.h"
#include "ui/PrintPreview.h"

#include <QCoreApplication>

#include <algorithm>

namespace pmc::ui
{

void showOrderReviewForm(app::Document& document, const std::string& order, QWidget* parent)
{
    const std::vector<core::SalesOrder>& orders = document.factory().salesOrders;
    const auto found
        = std::find_if(orders.begin(), orders.end(), [&](const core::SalesOrder& o) { return o.number == order; });
    if (found == orders.end())
        return;
    const app::OrderReviewForm form(document.factory(), *found);
    const QString number = QString::fromStdString(order);
    showPrintPreview(
        { QCoreApplication::translate("pmc::ui::OrderReviewFormPreview", "Order review form %1").arg(number),
            form.sheetNumber() + QStringLiteral(".pdf"),
            [&form](QPagedPaintDevice& device) { return form.print(device); },
            [&form](const QString& fileName, QString* error) { return form.writePdf(fileName, error); } },
        parent);
}

} // namespace pmc::ui
