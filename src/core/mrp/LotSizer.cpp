#include "core/mrp/LotSizer.h"

#include "core/mrp/MrpTolerance.h"

#include <algorithm>

namespace pmc::core {

LotSizer::LotSizer(const Item& item)
    : m_policy(item.lot)
    , m_wholeUnits(item.isCountedInPieces())
{
}

double LotSizer::orderQty(double need) const
{
    double qty = need;
    switch (m_policy.rule) {
    case LotRule::LotForLot:
        break;
    case LotRule::Fixed:
        // The validator rejects size <= 0; treating it as lot-for-lot keeps an
        // unvalidated model from dividing by zero.
        if (m_policy.size > 0)
            qty = roundUpToMultiple(qty, m_policy.size);
        break;
    case LotRule::MinMultiple:
        qty = std::max(qty, m_policy.moq);
        if (m_policy.multiple > 0)
            qty = roundUpToMultiple(qty, m_policy.multiple);
        break;
    }
    if (m_wholeUnits)
        qty = roundUpToMultiple(qty, 1.0);
    return qty;
}

} // namespace pmc::core
