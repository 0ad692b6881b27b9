#pragma once

#include <spdlog/spdlog.h>

#include <string>

namespace pmc::core {

/// The named logger for a layer (`core`, `store`, `app`, `ui`, `cli`); created from the default
/// logger's sinks when no main() configured it, so libraries and tests can always log.
spdlog::logger& logger(const std::string& name);

/// Sets up the named loggers once per process: console (stderr) for the CLI, or a rotating file
/// (when `rotatingFile` is not empty) for the desktop app. `verbose` turns on debug.
void configureLogging(bool verbose, const std::string& rotatingFile);

} // namespace pmc::core
