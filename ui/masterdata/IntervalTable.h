#pragma once

#include <QWidget>

#include <string>
#include <vector>

class QTableWidget;
class QTableWidgetItem;

namespace pmc::app {
class Document;
}

namespace pmc::ui {

/// A small table of working intervals (start and end as HH:MM), with add and remove buttons
/// (Insert and Delete while it has the focus); for overtime, each row also names its work
/// center. It does not keep edits itself: it announces the whole new list with edited(), and
/// the owner saves it and shows the saved list again with setIntervals().
class IntervalTable : public QWidget {
    Q_OBJECT
public:
    struct Interval {
        std::string workCenter; ///< empty for shifts
        int startMinute = 0;
        int endMinute = 0;

        bool operator==(const Interval&) const = default;
    };

    /// With `workCenters` the rows have a work-center column. A new row starts where the last
    /// one ends (or at `defaultStart`) and lasts `defaultLength` minutes.
    IntervalTable(app::Document* workCenters, int defaultStart, int defaultLength, QWidget* parent = nullptr);

    void setIntervals(std::vector<Interval> intervals);
    const std::vector<Interval>& intervals() const { return m_intervals; }
    QTableWidget* table() const { return m_table; }
    void addInterval();
    void removeSelected();

signals:
    void edited(const std::vector<pmc::ui::IntervalTable::Interval>& intervals);
    /// A cell held something that is not a time; the cell shows the saved value again.
    void refused(const QString& message);

private:
    void fill();
    void takeEdit(QTableWidgetItem* item);
    int startColumn() const { return m_document ? 1 : 0; }

    app::Document* m_document;
    int m_defaultStart;
    int m_defaultLength;
    QTableWidget* m_table;
    std::vector<Interval> m_intervals;
    bool m_filling = false;
};

} // namespace pmc::ui
