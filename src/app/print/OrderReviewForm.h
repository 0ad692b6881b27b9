#pragma once

#include "core/FactoryModel.h"
#include "core/orders/OrderReviewPolicy.h"
#include "core/orders/SalesOrder.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace pmc::app
{

/// The printable order review form (订单评审表, pmc-workflow.md §3.1) of one sales order, kept
/// by sales support: A4 portrait, a header block (sheet and order number, customer, dates, order
/// type), the order lines, one review row per department (the required ones that have not
/// answered left blank to fill in by hand), the conclusion derived from the review policy, the
/// proposed and confirmed dates and the signature boxes 业务 / PMC / 总经理. Long orders run
/// onto more pages; the review block always stays whole. Keeps a copy of what it prints; paints
/// onto any paged device (QPdfWriter, QPrinter). Needs a QGuiApplication (fonts).
class OrderReviewForm
{
    Q_DECLARE_TR_FUNCTIONS(OrderReviewForm)

public:
    enum class Conclusion { Accept, AcceptWithConditions, Reject, Pending };

    /// `factory` gives the item names and units and the review policy.
    OrderReviewForm(const core::FactoryModel& factory, const core::SalesOrder& order);

    /// 评审表编号: "PS-" and the order number.
    QString sheetNumber() const;
    /// Reject when any department rejects, else Pending while a required one has not answered.
    Conclusion conclusion() const;

    /// Sets A4 portrait with 10 mm margins on `device` and paints every page; false when the
    /// device cannot be painted on.
    bool print(QPagedPaintDevice& device) const;
    /// Writes the form as a PDF file; false with a message in `error` when it cannot.
    bool writePdf(const QString& fileName, QString* error = nullptr) const;

private:
    struct Page {
        std::size_t firstLine = 0;
        std::size_t lineCount = 0;
        bool lineTable = false; ///< the line table (its header) is on this page
        bool review = false; ///< the review block, conclusion and signatures follow the lines
    };

    std::vector<Page> paginate(double usableHeight, double pxPerMm) const;
    double paintHeading(QPainter& painter, const QRectF& area, bool first, double pxPerMm) const;
    double paintLines(QPainter& painter, const Page& page, double top, double pxPerMm) const;
    double paintReviews(QPainter& painter, double top, double pxPerMm) const;
    double paintConclusion(QPainter& painter, double top, double width, double pxPerMm) const;

    core::SalesOrder m_order;
    std::vector<core::Item> m_items; ///< per line; only the code when the item is unknown
    std::array<bool, std::size(core::kDepartments)> m_required {};
    core::ReviewOutcome m_outcome;
};

} // namespace pmc::app
