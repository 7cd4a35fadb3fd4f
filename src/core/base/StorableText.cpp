#include "core/base/StorableText.h"

#include "core/base/Error.h"
#include "core/base/TextUtil.h"

#include <fmt/format.h>

namespace relawas::core {

void requireStorableText(std::string_view text, std::string_view field)
{
    if (!isValidUtf8(text)) {
        throw Error(ErrorKind::UserInput, "text.invalid_utf8", fmt::format("{} is not valid text (UTF-8)", field),
                    std::string(field), {std::string(field)});
    }
    if (text.size() > kLongestText) {
        throw Error(ErrorKind::UserInput, "text.too_long",
                    fmt::format("{} is longer than {} bytes", field, kLongestText), std::string(field),
                    {std::string(field), std::to_string(kLongestText)});
    }
}

} // namespace relawas::core
