#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace pmc::app {

/// One column of a printed form: the form's fixed Chinese caption over a translated one.
struct FormColumn {
    QString chinese;
    QString english;
    double widthMm = 0;
    Qt::Alignment align = Qt::AlignLeft;
};

/// One table row; a cell with a `second` text shows it as a smaller line under `first`.
struct FormRow {
    QStringList first;
    QStringList second;
    bool shaded = false; ///< a subtotal row: grey and bold
};

/// What a printed form (通知单) shows: a title, an information line under it, a table whose
/// header repeats on every page, the signature boxes after the last row and the form's
/// number with "page x of y" at the foot of each page.
struct TableFormContent {
    QString title;
    QString number;   ///< 单号, printed in every page's footer
    QStringList info; ///< spread evenly across the line under the title
    std::vector<FormColumn> columns; ///< widths add up to the usable width (277 mm)
    std::vector<FormRow> rows;
    QString emptyText; ///< printed instead of the table when there are no rows
    QStringList signatures; ///< one box per role
    /// When set, paints a mark (a QR code) into the 19 mm square at the top right of every
    /// page; the information line then leaves that corner free.
    std::function<void(QPainter& painter, const QRectF& square)> cornerMark;
};

/// Paints a TableFormContent on A4 landscape pages with 10 mm margins onto any paged device
/// (QPdfWriter, QPrinter), in the print font (PrintFont.h). Needs a QGuiApplication.
class TableForm {
    Q_DECLARE_TR_FUNCTIONS(TableForm)

public:
    explicit TableForm(TableFormContent content);

    const TableFormContent& content() const { return m_content; }
    /// Sets the page layout on `device` and paints every page; false when the device cannot
    /// be painted on.
    bool print(QPagedPaintDevice& device) const;
    /// Writes the form as a PDF file; false with a message in `error` when it cannot.
    bool writePdf(const QString& fileName, QString* error = nullptr) const;

private:
    struct Page {
        std::size_t firstRow = 0;
        std::size_t rowCount = 0;
        bool signatures = false;
    };

    std::vector<Page> paginate(double usableHeight, double pxPerMm) const;
    void paintHeader(QPainter& painter, const QRectF& area, double pxPerMm) const;
    void paintRow(QPainter& painter, const FormRow& row, double top, double pxPerMm) const;

    TableFormContent m_content;
};

} // namespace pmc::app
