#include "ui/KpiReportDocument.h"

#include "app/models/NumberText.h"
#include "app/print/FormPainting.h"
#include "app/print/PrintFont.h"
#include "ui/KpiCharts.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QLegend>
#include <QPagedPaintDevice>
#include <QPainter>

#include <memory>

namespace pmc::ui {

namespace {

constexpr double kHeadingMm = 16;
constexpr double kRowMm = 6.5;
constexpr double kFooterMm = 8;
constexpr int kPages = 3;

/// Chart text in pixels of the chart's own scene, so it scales with the chart onto any
/// device, in the font whose glyphs extract right from a PDF.
void usePrintFont(QChart& chart)
{
    const auto font = [](int pixels, bool bold = false) {
        QFont f(app::printFontFamily());
        f.setPixelSize(pixels);
        f.setBold(bold);
        return f;
    };
    chart.setTitleFont(font(17, true));
    chart.legend()->setFont(font(13));
    for (QAbstractAxis* axis : chart.axes())
        axis->setLabelsFont(font(12));
}

/// Draws a chart into `target` (device coordinates of `painter`), laid out at 1000 px wide.
void paintChart(QPainter& painter, QChart* created, const QRectF& target)
{
    const std::unique_ptr<QChart> owner(created);
    usePrintFont(*created);
    QGraphicsScene scene;
    scene.addItem(created);
    const QSizeF size(1000, 1000 * target.height() / target.width());
    created->resize(size);
    scene.setSceneRect(QRectF(QPointF(0, 0), size));
    scene.render(&painter, target, scene.sceneRect());
    scene.removeItem(created);
}

} // namespace

KpiReportDocument::KpiReportDocument(app::KpiDashboard dashboard, std::vector<app::KpiTableModel::Row> kpis)
    : m_dashboard(std::move(dashboard)), m_kpis(std::move(kpis))
{
}

QString KpiReportDocument::title() const
{
    return tr("PMC KPI report");
}

QString KpiReportDocument::number() const
{
    return QStringLiteral("KPI-%1-%2")
        .arg(QString::fromStdString(m_dashboard.period.from.toString()).remove(QLatin1Char('-')),
             QString::fromStdString(m_dashboard.period.to.toString()).remove(QLatin1Char('-')));
}

bool KpiReportDocument::print(QPagedPaintDevice& device) const
{
    QPainter painter;
    double mm = 1;
    QRectF area;
    if (!app::form::beginForm(painter, device, QPageLayout::Landscape, mm, area))
        return false;
    const double bodyBottom = area.height() - kFooterMm * mm;
    const auto heading = [&] {
        painter.setFont(app::form::font(15, true));
        painter.drawText(QRectF(0, 0, area.width(), 9 * mm), Qt::AlignHCenter | Qt::AlignVCenter,
                         QStringLiteral("PMC 指标报表  ") + title());
        painter.setFont(app::form::font(9));
        painter.drawText(QRectF(0, 9 * mm, area.width(), 6 * mm), Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Period %1 to %2").arg(QString::fromStdString(m_dashboard.period.from.toString()),
                                                   QString::fromStdString(m_dashboard.period.to.toString())));
        return kHeadingMm * mm;
    };

    // Page 1: the KPI table and the monthly trend.
    double top = heading();
    const std::vector<app::FormColumn> columns{{QStringLiteral("指标"), tr("KPI"), 80},
                                               {QStringLiteral("实际"), tr("Value"), 28, Qt::AlignRight},
                                               {QStringLiteral("目标"), tr("Target"), 28, Qt::AlignRight},
                                               {QStringLiteral("数据"), tr("Actual / basis"), 45, Qt::AlignRight},
                                               {QStringLiteral("说明"), tr("Note"), 96}};
    top = app::form::paintColumnHeader(painter, columns, top, 10, mm);
    painter.setFont(app::form::font(8.5));
    for (const app::KpiTableModel::Row& row : m_kpis) {
        const QString target = row.target ? (row.ceiling ? QStringLiteral("≤ ") : QStringLiteral("≥ "))
                                                + QString::number(*row.target * 100, 'f', 0) + QStringLiteral(" %")
                                          : QString();
        const QString basis = row.ratio.denominator > 0 || row.ratio.numerator > 0
                                  ? app::formatNumber(row.ratio.numerator) + QStringLiteral(" / ")
                                        + app::formatNumber(row.ratio.denominator)
                                  : QString();
        const QStringList cells{row.name, app::KpiTableModel::valueText(row), target, basis,
                                row.note()};
        double left = 0;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QRectF rect(left, top, columns[c].widthMm * mm, kRowMm * mm);
            painter.drawRect(rect);
            painter.setPen(c == 1 && row.missesTarget() ? QColor(0xc6, 0x28, 0x28) : QColor(Qt::black));
            app::form::drawCell(painter, rect, cells[static_cast<int>(c)], columns[c].align, mm);
            painter.setPen(QColor(Qt::black));
            left += columns[c].widthMm * mm;
        }
        top += kRowMm * mm;
    }
    paintChart(painter, KpiCharts::trend(m_dashboard), QRectF(0, top + 3 * mm, area.width(), bodyBottom - top - 3 * mm));
    app::form::paintFooter(painter, area, number(), 1, kPages, kFooterMm, mm);

    // Page 2: plan against actual by line, supplier on-time.
    device.newPage();
    top = heading();
    const double half = (bodyBottom - top) / 2;
    paintChart(painter, KpiCharts::workCenters(m_dashboard), QRectF(0, top, area.width(), half - 2 * mm));
    paintChart(painter, KpiCharts::suppliers(m_dashboard), QRectF(0, top + half, area.width(), half - 2 * mm));
    app::form::paintFooter(painter, area, number(), 2, kPages, kFooterMm, mm);

    // Page 3: what the scrap and the lost hours were for.
    device.newPage();
    top = heading();
    paintChart(painter, KpiCharts::pareto(m_dashboard.scrapReasons, tr("Scrap by reason"), tr("Scrap"), false),
               QRectF(0, top, area.width(), half - 2 * mm));
    paintChart(painter, KpiCharts::pareto(m_dashboard.abnormalCauses, tr("Abnormal hours by cause"), tr("Hours"), true),
               QRectF(0, top + half, area.width(), half - 2 * mm));
    app::form::paintFooter(painter, area, number(), 3, kPages, kFooterMm, mm);
    return painter.end();
}

bool KpiReportDocument::writePdf(const QString& fileName, QString* error) const
{
    return app::form::writePdf(fileName, title() + QLatin1Char(' ') + number(),
                               [this](QPagedPaintDevice& device) { return print(device); }, error);
}

} // namespace pmc::ui
