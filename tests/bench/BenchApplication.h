#pragma once

class QApplication;

namespace pmc::bench {

/// The one Qt application of the benchmark program, on the offscreen platform, created on
/// first use: the desktop benches need widgets, and a process holds one application object.
QApplication& benchApplication();

} // namespace pmc::bench
