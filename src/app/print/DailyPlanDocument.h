#pragma once

#include "app/print/TableForm.h"
#include "core/plan/DailyPlan.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace pmc::app {

/// The printable daily production plan (日生产计划表, pmc-workflow.md §3.2): A4 landscape,
/// title, plan number, date and workshop on every page, the table header repeated on each page,
/// rows grouped by workshop with a subtotal per work center, "page x of y", and the signature
/// boxes 编制 / 审核 / 批准 after the last row. Paints onto any paged device (QPdfWriter for
/// `pmc-cli plan daily --pdf`, QPrinter in the desktop app). Needs a QGuiApplication (fonts).
class DailyPlanDocument
{
    Q_DECLARE_TR_FUNCTIONS(DailyPlanDocument)

public:
    /// `today` is the schedule's day 0, which the plan lines' minutes count from.
    DailyPlanDocument(core::DailyPlan plan, core::Date today);

    /// Sets A4 landscape with 10 mm margins on `device` and paints every page; false when the
    /// device cannot be painted on (e.g. a PDF file that cannot be written).
    bool print(QPagedPaintDevice& device) const;
    /// Writes the document as a PDF file; false with a message in `error` when it cannot.
    bool writePdf(const QString& fileName, QString* error = nullptr) const;
    /// The plan in the print's columns and rows (workshop captions, subtotals and standby jobs
    /// as one-cell shaded rows), for the desktop's table and the Excel copy (app::exportForm).
    TableFormContent content() const;

private:
    struct Row {
        enum class Kind { Group, Line, Subtotal, Empty, Standby };
        Kind kind = Kind::Line;
        QString text; ///< Group / Subtotal / Empty / Standby label
        const core::DailyPlanLine* line = nullptr; ///< Line rows
        int number = 0; ///< 序号 of a Line row
    };
    struct Page {
        std::size_t firstRow = 0;
        std::size_t rowCount = 0;
        bool signatures = false;
    };

    std::vector<Row> rows() const;
    std::vector<Page> paginate(const std::vector<Row>& rows, double usableHeight, double pxPerMm) const;
    void paintHeader(QPainter& painter, const QRectF& area, double pxPerMm) const;
    void paintRow(QPainter& painter, const Row& row, double top, double pxPerMm) const;
    /// A plan line's cells: the printed text and the smaller second line under some of them.
    FormRow lineCells(const core::DailyPlanLine& line, int number) const;
    /// Plan number, date and workshop: the line under the title.
    QStringList information() const;
    static QString title();
    static QStringList signatures();
    static QString emptyText();
    QString clock(int minute) const;

    core::DailyPlan m_plan;
    core::Date m_today;
};

} // namespace pmc::app
