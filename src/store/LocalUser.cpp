#include "store/LocalUser.h"

#include <cstdlib>

namespace pmc::store {

std::string localUserName()
{
    for (const char* variable : {"PMC_USER", "USER", "USERNAME", "LOGNAME"})
        if (const char* value = std::getenv(variable); value && *value)
            return value;
    return "local";
}

} // namespace pmc::store
