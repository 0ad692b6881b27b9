#pragma once

// Internal to pmc_store: the cell rules the table definitions share.

#include "store/TableColumn.h"

namespace pmc::store::tables {

inline constexpr CellRule kCode{CellType::Code};
inline constexpr CellRule kText{CellType::Text};
inline constexpr CellRule kDate{CellType::Date};
inline constexpr CellRule kOptionalDate{CellType::OptionalDate};
inline constexpr CellRule kQuantity{CellType::Number, Bound::NonNegative};
inline constexpr CellRule kWholeQuantity{CellType::WholeNumber, Bound::NonNegative};
inline constexpr CellRule kCount{CellType::WholeNumber, Bound::Positive};
inline constexpr CellRule kRate{CellType::Rate, Bound::NonNegative};
inline constexpr CellRule kPositiveRate{CellType::Rate, Bound::Positive};

inline CellRule choiceOf(const std::vector<ChoiceWord>& words) { return {CellType::Choice, Bound::Any, &words}; }

} // namespace pmc::store::tables
