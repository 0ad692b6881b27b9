#pragma once

#include <stdexcept>
#include <string>

namespace pmc::store {

/// A database failure, carrying SQLite's primary and extended result codes.
class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& what, int code = 0, int extendedCode = 0)
        : std::runtime_error(what), m_code(code), m_extendedCode(extendedCode) {}
    int code() const { return m_code; }
    int extendedCode() const { return m_extendedCode; }

private:
    int m_code;
    int m_extendedCode;
};

} // namespace pmc::store
