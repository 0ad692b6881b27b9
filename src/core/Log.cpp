#include "core/Log.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

#include <array>
#include <mutex>

namespace pmc::core {

namespace {
constexpr std::array<const char*, 5> kLayers{"core", "store", "app", "ui", "cli"};
std::mutex loggerMutex;
} // namespace

spdlog::logger& logger(const std::string& name)
{
    std::lock_guard lock(loggerMutex);
    auto existing = spdlog::get(name);
    if (!existing) {
        existing = spdlog::default_logger()->clone(name);
        spdlog::register_logger(existing);
    }
    return *existing;
}

void configureLogging(bool verbose, const std::string& rotatingFile)
{
    std::lock_guard lock(loggerMutex);
    spdlog::sink_ptr sink;
    if (rotatingFile.empty())
        sink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    else
        sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(rotatingFile, 5 * 1024 * 1024, 3);
    const auto level = verbose ? spdlog::level::debug : (rotatingFile.empty() ? spdlog::level::warn : spdlog::level::info);
    for (const char* name : kLayers) {
        spdlog::drop(name);
        auto l = std::make_shared<spdlog::logger>(name, sink);
        l->set_level(level);
        l->set_pattern(rotatingFile.empty() ? "%^%l%$ [%n] %v" : "%Y-%m-%d %H:%M:%S.%e %l [%n] %v");
        spdlog::register_logger(l);
    }
}

} // namespace pmc::core
