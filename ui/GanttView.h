#pragma once

#include <QAbstractScrollArea>
#include <QString>

#include <map>
#include <string>
#include <unordered_map>
#include <vector>

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// The resource Gantt chart of the last schedule: one row per unit of each work center,
/// grouped by workshop; bars are operations, red when their order is late; non-working days
/// shaded and today marked. Ctrl+wheel or +/- zooms from hours to weeks; clicking a bar
/// highlights its whole order. focusWorkCenter() narrows it to one work center's rows and a
/// period (from the capacity load view); Esc or showAllWorkCenters() shows every row again.
/// Read-only: it paints the Document's schedule.
class GanttView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit GanttView(app::Document& document, QWidget* parent = nullptr);

    /// Pixels per hour of the time axis.
    double scale() const { return m_pixelsPerHour; }
    void setScale(double pixelsPerHour);
    int rowCount() const { return static_cast<int>(m_rows.size()); }
    const QString& highlightedOrder() const { return m_highlighted; }
    /// Shows only the rows of `workCenter` and scrolls and zooms to [fromMinute, toMinute)
    /// (minutes since the schedule's today 00:00), marking that period.
    void focusWorkCenter(const std::string& workCenter, int fromMinute, int toMinute);
    /// Drops the work-center filter and the marked period.
    void showAllWorkCenters();
    /// The work center the rows are narrowed to; empty when every row shows.
    const std::string& workCenterFilter() const { return m_filter; }

signals:
    /// The rows were narrowed to a work center's code, or widened again (empty).
    void workCenterFilterChanged(const QString& workCenter);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    /// Right-click on a bar: pin it where it is, or unpin it (undoable).
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    struct Row {
        QString label;
        QString workshop;
        std::string workCenter;
        int unit = 0;
    };
    struct Bar {
        int row = 0;
        int start = 0; // minutes since today 00:00
        int end = 0;
        std::size_t operation = 0; // index into the schedule's operations
        bool late = false;
        int changeoverEnd = 0; // end of the changeover at its start (= start without one)
        bool fixed = false;    // pinned or frozen
    };

    void rebuild();
    void markPins();
    void updateScrollBars();
    QRectF barRect(const Bar& bar) const;
    const Bar* barAt(const QPoint& point) const;
    void paintTimeAxis(QPainter& painter, int days) const;
    void paintCalendar(QPainter& painter, int days) const;

    app::Document& m_document;
    std::vector<Row> m_rows;
    std::vector<Bar> m_bars;
    std::unordered_map<std::string, int> m_lateDays; // per order
    std::unordered_map<std::string, std::string> m_due;
    double m_pixelsPerHour = 4;
    QString m_highlighted;
    std::string m_filter;
    int m_focusFrom = 0;
    int m_focusTo = 0; // equal to m_focusFrom: no period marked
    static constexpr int kLabelWidth = 170;
    static constexpr int kHeaderHeight = 38;
    static constexpr int kRowHeight = 22;
};

} // namespace pmc::ui
