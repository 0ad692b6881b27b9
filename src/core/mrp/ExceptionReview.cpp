#include "core/mrp/ExceptionReview.h"

namespace pmc::core {

bool parseExceptionKind(const std::string& text, MrpException::Kind& out)
{
    for (auto kind : {MrpException::Kind::PastDue, MrpException::Kind::Expedite, MrpException::Kind::Excess})
        if (text == toString(kind)) {
            out = kind;
            return true;
        }
    return false;
}

ExceptionKey reviewKey(const MrpException& exception)
{
    const bool renumbered = exception.kind == MrpException::Kind::PastDue;
    return {exception.item, exception.kind, renumbered ? std::string() : exception.order, exception.date};
}

} // namespace pmc::core
