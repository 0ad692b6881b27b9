#pragma once

#include "core/Date.h"
#include "core/mrp/MrpResult.h"

#include <compare>
#include <optional>
#include <string>

namespace pmc::core {

/// What names an exception message across MRP runs, which regenerate every message: item,
/// kind, order and date. A past_due message's order is a planned order id, which each run
/// numbers anew, so its key leaves the order out: item and due date already name the planned
/// order (there is one per item and day).
struct ExceptionKey {
    std::string item;
    MrpException::Kind kind = MrpException::Kind::PastDue;
    std::string order;
    Date date;

    auto operator<=>(const ExceptionKey&) const = default;
    bool operator==(const ExceptionKey&) const = default;
};

/// Reads `past_due`, `expedite` or `excess` (toString's text); false for anything else.
bool parseExceptionKind(const std::string& text, MrpException::Kind& out);

/// The key under which the planner's review of `exception` is kept.
ExceptionKey reviewKey(const MrpException& exception);

/// The planner's mark on an exception message: handled (处理完毕), when, and an optional note
/// (what was agreed with the buyer or supplier).
struct ExceptionReview {
    ExceptionKey key;
    std::string note;
    std::string doneAt; ///< local time `YYYY-MM-DDTHH:MM:SS`

    bool operator==(const ExceptionReview&) const = default;
};

/// One message marked done (`review` set) or reopened (nullopt), as stored in one step.
struct ExceptionReviewChange {
    ExceptionKey key;
    std::optional<ExceptionReview> review;

    bool operator==(const ExceptionReviewChange&) const = default;
};

} // namespace pmc::core
