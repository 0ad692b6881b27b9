#include "ui/GanttToolBar.h"

#include "app/Document.h"
#include "ui/GanttView.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollBar>
#include <QSettings>
#include <QToolButton>

namespace pmc::ui {

namespace {

QToolButton* button(const QString& text, const QString& tip, const QKeySequence& key, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    if (!key.isEmpty())
        b->setShortcut(key);
    return b;
}

} // namespace

GanttToolBar::GanttToolBar(GanttView* gantt, QWidget* parent)
    : QWidget(parent), m_gantt(gantt), m_mode(new QComboBox(this)), m_colouring(new QComboBox(this))
{
    m_mode->addItem(tr("Resources"), static_cast<int>(app::GanttMode::Resource));
    m_mode->addItem(tr("Orders"), static_cast<int>(app::GanttMode::Order));
    m_mode->setToolTip(tr("Rows: units of the work centers, or orders with their steps"));
    m_colouring->addItem(tr("Colour by order"), static_cast<int>(GanttColouring::Order));
    m_colouring->addItem(tr("Colour by priority"), static_cast<int>(GanttColouring::Priority));
    m_colouring->addItem(tr("Colour by status"), static_cast<int>(GanttColouring::Status));
    QSettings settings;
    m_mode->setCurrentIndex(settings.value(QStringLiteral("gantt/mode"), 0).toInt());
    m_colouring->setCurrentIndex(settings.value(QStringLiteral("gantt/colouring"), 0).toInt());
    const auto apply = [this] {
        m_gantt->setMode(static_cast<app::GanttMode>(m_mode->currentData().toInt()));
        m_gantt->setColouring(static_cast<GanttColouring>(m_colouring->currentData().toInt()));
        QSettings settings;
        settings.setValue(QStringLiteral("gantt/mode"), m_mode->currentIndex());
        settings.setValue(QStringLiteral("gantt/colouring"), m_colouring->currentIndex());
    };
    apply();
    connect(m_mode, &QComboBox::currentIndexChanged, this, apply);
    connect(m_colouring, &QComboBox::currentIndexChanged, this, apply);

    auto* zoomIn = button(QStringLiteral("+"), tr("Zoom in"), {}, this);
    auto* zoomOut = button(QStringLiteral("−"), tr("Zoom out"), {}, this);
    auto* fit = button(tr("Whole schedule"), tr("Zoom to show the whole schedule"), {}, this);
    auto* print = button(tr("Print..."), tr("Print preview of the chart as it is in view"), QKeySequence::Print, this);
    auto* pdf = button(tr("PDF..."), tr("Export the chart as it is in view to a PDF file"), {}, this);
    connect(zoomIn, &QToolButton::clicked, this, [this] { m_gantt->setScale(m_gantt->scale() * 1.5); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { m_gantt->setScale(m_gantt->scale() / 1.5); });
    connect(fit, &QToolButton::clicked, this, &GanttToolBar::fitSchedule);
    connect(print, &QToolButton::clicked, this, &GanttToolBar::printPreview);
    connect(pdf, &QToolButton::clicked, this, &GanttToolBar::exportPdf);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mode);
    layout->addWidget(m_colouring);
    layout->addSpacing(12);
    layout->addWidget(zoomOut);
    layout->addWidget(zoomIn);
    layout->addWidget(fit);
    layout->addStretch(1);
    auto* hint = new QLabel(tr("Drag bars to move them (Ctrl+click selects several, Alt+←/→ nudges, right-click pins)"), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(print);
    layout->addWidget(pdf);
}

QString GanttToolBar::title() const
{
    return m_gantt->mode() == app::GanttMode::Resource ? tr("Production schedule by work center (生产排程)")
                                                       : tr("Production schedule by order (订单排程)");
}

void GanttToolBar::fitSchedule()
{
    const int width = std::max(200, m_gantt->viewport()->width() - static_cast<int>(m_gantt->axis().left));
    // From today to a little past the last step (two weeks when nothing is scheduled).
    int last = 0;
    for (const app::GanttBar& bar : m_gantt->layout().bars())
        last = std::max(last, bar.end);
    if (last == 0)
        last = 14 * 24 * 60;
    m_gantt->setScale(width / (last / 60.0 * 1.03));
    m_gantt->horizontalScrollBar()->setValue(0);
}

void GanttToolBar::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(title());
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { m_gantt->print(*p, title()); });
    preview.resize(1100, 800);
    preview.exec();
}

void GanttToolBar::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Gantt chart"),
        QStringLiteral("gantt-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("PMC Desk"));
    m_gantt->print(writer, title());
    emit message(tr("Exported %1").arg(path));
}

} // namespace pmc::ui
