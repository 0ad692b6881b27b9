#pragma once

#include <string>

namespace pmc::core {

/// Why working time was lost (异常工时类别): waiting for material, a machine down, tooling,
/// a quality stop, or anything else.
enum class AbnormalCause { Material, Equipment, Tooling, Quality, Other };

inline constexpr AbnormalCause kAbnormalCauses[] = {AbnormalCause::Material, AbnormalCause::Equipment,
                                                    AbnormalCause::Tooling, AbnormalCause::Quality,
                                                    AbnormalCause::Other};

const char* toString(AbnormalCause cause);
bool parseAbnormalCause(const std::string& text, AbnormalCause& out);

} // namespace pmc::core
