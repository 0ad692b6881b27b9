// The Gantt chart at 50k steps on 200 rows (issue 6: a frame in under 16 ms at any zoom):
// building the layout, and painting one 1600 × 900 frame (the raster engine, as the offscreen
// and X11 backing stores use) from a whole year down to an hour's detail, scrolled to the middle.
#include "BenchApplication.h"

#include "app/gantt/GanttLayout.h"
#include "core/FactoryModel.h"
#include "core/mrp/MrpResult.h"
#include "ui/GanttPainter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

#include <random>

namespace {

using namespace pmc;

/// 50 work centers of 4 units in 10 workshops, 10k orders of 5 steps, a year of work.
struct LargeSchedule {
    core::FactoryModel factory;
    core::MrpResult mrp;
    core::ScheduleResult schedule;

    LargeSchedule()
    {
        const core::Date today = core::Date::fromYmd(2026, 11, 25);
        factory.settings.today = today;
        factory.calendar.setWorkdays({1, 2, 3, 4, 5, 6});
        factory.calendar.setShifts({{8 * 60, 12 * 60}, {13 * 60, 17 * 60}});
        for (int w = 0; w < 50; ++w)
            factory.workCenters.push_back({"WC" + std::to_string(w), "Work center " + std::to_string(w),
                                           "Shop " + std::to_string(w / 5), 4});
        schedule.today = today;
        std::mt19937 random(7);
        std::vector<int> free(200, 480); // per unit: the minute it is free again
        for (int o = 0; o < 10'000; ++o) {
            const std::string order = "PLN-" + std::to_string(o);
            int ready = 480 + static_cast<int>(random() % (300 * 1440));
            for (int s = 0; s < 5; ++s) {
                const int unit = static_cast<int>(random() % 200);
                const int start = std::max(ready, free[static_cast<std::size_t>(unit)]);
                const int end = start + 30 + static_cast<int>(random() % 300);
                free[static_cast<std::size_t>(unit)] = end;
                schedule.operations.push_back({order, "P", 1, 10 * (s + 1), "WC" + std::to_string(unit / 4), unit % 4,
                                               start, end, s == 0 ? 20 : 0, o % 97 == 0});
                ready = end + 60;
            }
            schedule.orders.push_back({order, "P", false, today + ready / 1440 + static_cast<int>(random() % 5) - 2,
                                       ready, static_cast<int>(random() % 3), o % 13 == 0, 1 + o % 5});
            schedule.makespan = std::max(schedule.makespan, ready);
        }
    }
};

const LargeSchedule& largeSchedule()
{
    static const LargeSchedule instance;
    return instance;
}

void BM_GanttLayout(benchmark::State& state)
{
    const LargeSchedule& s = largeSchedule();
    const auto mode = static_cast<app::GanttMode>(state.range(0));
    for (auto _ : state) {
        app::GanttLayout layout;
        layout.build(s.factory, s.mrp, s.schedule, mode, {}, {});
        benchmark::DoNotOptimize(layout.rowCount());
    }
    state.counters["steps"] = static_cast<double>(s.schedule.operations.size());
}
BENCHMARK(BM_GanttLayout)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// range(0): pixels per hour ×100 (5 = the whole year in the frame … 3000 = half a day).
void BM_GanttPaintFrame(benchmark::State& state)
{
    bench::benchApplication();
    const LargeSchedule& s = largeSchedule();
    app::GanttLayout layout;
    layout.build(s.factory, s.mrp, s.schedule, app::GanttMode::Resource, {}, {});
    ui::GanttPainter painter(layout, s.factory, s.schedule);
    painter.palette = QApplication::palette();
    painter.font = QApplication::font();
    app::GanttAxis axis;
    axis.left = painter.labelWidth;
    axis.pixelsPerHour = state.range(0) / 100.0;
    axis.scroll = s.schedule.makespan / 2 / 60.0 * axis.pixelsPerHour;
    QImage frame(1600, 900, QImage::Format_ARGB32_Premultiplied);
    int visibleRows = 0;
    for (auto _ : state) {
        QPainter p(&frame);
        painter.paint(p, axis, frame.width(), frame.height(), 60 * ui::GanttPainter::kRowHeight);
        visibleRows = (frame.height() - ui::GanttPainter::kHeaderHeight) / ui::GanttPainter::kRowHeight;
    }
    std::size_t bars = 0;
    const int from = axis.minuteAt(painter.labelWidth);
    const int to = axis.minuteAt(frame.width());
    for (int row = 60; row < 60 + visibleRows; ++row)
        bars += layout.barsIn(row, from, to).size();
    state.counters["bars_in_view"] = static_cast<double>(bars);
}
BENCHMARK(BM_GanttPaintFrame)->Arg(5)->Arg(50)->Arg(400)->Arg(3000)->Unit(benchmark::kMillisecond);

} // namespace
