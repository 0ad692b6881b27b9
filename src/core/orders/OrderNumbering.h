#pragma once

#include "core/Date.h"

#include <string>
#include <vector>

namespace pmc::core {

/// A numbering pattern for new orders such as `SO-{yyyyMM}-{####}`: literal text, date fields
/// {yyyy} {yy} {MM} {dd} (also run together, e.g. {yyyyMMdd}) and exactly one counter {#…} whose
/// width is the number of #. The counter restarts whenever the text around it changes, so
/// SO-202611-0001 is followed by SO-202612-0001 in December.
class OrderNumbering {
public:
    /// Throws std::invalid_argument naming what is wrong (no or two counters, an unknown field).
    explicit OrderNumbering(std::string pattern);

    /// The next number on `date`: one more than the highest counter among `existing` numbers
    /// that match this pattern on that date, starting at 1.
    std::string next(Date date, const std::vector<std::string>& existing) const;
    const std::string& pattern() const { return m_pattern; }

private:
    std::string m_pattern;
    std::string m_prefix; ///< the pattern before the counter, fields unexpanded
    std::string m_suffix;
    int m_width = 0;
};

inline constexpr const char* kDefaultSalesOrderPattern = "SO-{yyyyMM}-{####}";

struct SalesOrder;
/// The number the next new sales order gets on `date` under `pattern`, counting on from the
/// numbers `orders` already use (the CLI, the order desk and the settings preview agree).
/// Throws std::invalid_argument for a pattern OrderNumbering refuses.
std::string nextSalesOrderNumber(const std::string& pattern, Date date, const std::vector<SalesOrder>& orders);

} // namespace pmc::core
