#pragma once

#include <string>
#include <vector>

namespace pmc::core {

/// One step of a routing: it occupies one unit of its work center for
/// setup + qty × run / efficiency minutes of working time.
struct Operation {
    int seq = 10;
    std::string workCenter;
    double setupMinutes = 0;
    double runMinutesPerUnit = 0;
    /// Waiting, inspection and transport after the operation; the seeds count them in plan
    /// time, so the next operation starts that many minutes (clock time) after this one ends.
    double queueMinutes = 0;
    double inspectionMinutes = 0;
    double moveMinutes = 0;
    /// Piece rate (计件单价) paid per good unit reported on this step; 0 = not paid by the piece.
    double pieceRate = 0;

    double minutesAfter() const { return queueMinutes + inspectionMinutes + moveMinutes; }

    bool operator==(const Operation&) const = default;
};

/// The operations that make one item, done in `seq` order.
struct Routing {
    std::string item;
    std::vector<Operation> operations;

    bool operator==(const Routing&) const = default;
};

} // namespace pmc::core
