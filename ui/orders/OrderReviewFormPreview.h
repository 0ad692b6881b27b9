#pragma once

#include <string>

class QWidget;

namespace pmc::app
{
class Document;
}

namespace pmc::ui
{

/// Opens the print preview of the order review form (订单评审表) of sales order `order`, with
/// print and PDF export; does nothing when the document has no such order. Modal.
void showOrderReviewForm(app::Document& document, const std::string& order, QWidget* parent);

} // namespace pmc::ui
