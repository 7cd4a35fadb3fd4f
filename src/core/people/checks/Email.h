#pragma once

#include "core/people/checks/ValidationIssue.h"

#include <string_view>
#include <vector>

namespace relawas::core {

// A plain shape check of an e-mail address, enough to catch typing slips: one "@", something before it, a domain
// with a dot and no empty label after it, no whitespace anywhere. Leading and trailing spaces are ignored; an empty
// address is fine (not given). Error "email.invalid". Whether the mailbox exists is not this check's business.
std::vector<ValidationIssue> checkEmail(std::string_view text);

} // namespace relawas::core
