#pragma once

#include "core/orders/OrderProgress.h"

#include <string>

namespace pmc::app {

class Document;

/// The progress of `salesOrder` in the document's current plan: its last MRP run and schedule
/// when it has one, else a fresh MRP run and schedule construction of the factory as it is;
/// completion reports read from the document's database. Throws std::invalid_argument for an
/// unknown sales order. UI thread (reads the Document).
core::OrderProgress documentOrderProgress(const Document& document, const std::string& salesOrder);

} // namespace pmc::app
