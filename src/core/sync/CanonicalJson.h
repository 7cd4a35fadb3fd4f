#pragma once

// The canonical serialisation of the JSON Canonicalization Scheme (RFC 8785), over which a report's digest is taken
// and its signature made: the same data gives the same bytes on any machine, whoever wrote the file and however.

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace relawas::core {

// `value` without insignificant whitespace, the members of every object sorted by name, strings with the minimal
// escapes of RFC 8785, numbers as ECMAScript writes them. Throws Error "report.number_not_finite" for a NaN or an
// infinity, which JSON cannot hold, and "report.text_not_utf8" for a string that is not valid UTF-8.
std::string canonicalJson(const nlohmann::json& value);

// A string as canonicalJson() writes it, quotes included, appended to `out`: what a writer that does not build a
// nlohmann::json first (the export, a record per row) writes. Throws Error "report.text_not_utf8".
void appendCanonicalString(std::string& out, std::string_view text);

// A number as ECMAScript's Number.prototype.toString writes it (RFC 8785, section 3.2.2.3): the shortest digits that
// read back to the same double; 100.0 is "100", 4.50 is "4.5", 1e21 is "1e+21", 2e-7 is "2e-7", -0 is "0".
std::string es6Number(double value);

} // namespace relawas::core
