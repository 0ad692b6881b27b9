#pragma once

#include <QWidget>

class QComboBox;

namespace pmc::ui {

class GanttView;

/// The controls above the Gantt chart: resource or order view, what the bars' colour says,
/// zoom (in, out, whole schedule), print preview and PDF export of the chart as it is in view.
/// The view and colouring are remembered between sessions.
class GanttToolBar : public QWidget {
    Q_OBJECT
public:
    GanttToolBar(GanttView* gantt, QWidget* parent = nullptr);

    void printPreview();
    /// Asks for a file name and writes the chart in view as a PDF.
    void exportPdf();
    /// Zooms so that the whole schedule fits the chart's width.
    void fitSchedule();

signals:
    void message(const QString& text);

private:
    QString title() const;

    GanttView* m_gantt;
    QComboBox* m_mode;
    QComboBox* m_colouring;
};

} // namespace pmc::ui
