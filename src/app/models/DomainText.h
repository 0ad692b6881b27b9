#pragma once

#include "core/masterdata/Item.h"

#include <QString>

namespace pmc::app {

/// Translated display names of domain enumerations, shared by every model and report.
QString displayName(core::ItemType type);
QString displayName(core::ItemSource source);
QString displayName(core::LotRule rule);

} // namespace pmc::app
