#include "core/base/Error.h"

namespace relawas::core {

namespace {
std::string describe(const std::string& place, const std::string& message)
{
    return place.empty() ? message : place + ": " + message;
}
} // namespace

Error::Error(ErrorKind kind, std::string code, std::string message, std::string place, std::vector<std::string> args)
    : std::runtime_error(describe(place, message))
    , m_kind(kind)
    , m_code(std::move(code))
    , m_message(std::move(message))
    , m_place(std::move(place))
    , m_args(std::move(args))
{}

} // namespace relawas::core
