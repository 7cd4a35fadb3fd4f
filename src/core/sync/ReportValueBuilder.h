#pragma once

// Internal to the report reader: one value of a report (the header, a record, the integrity) built from the SAX
// parser's events, within limits a report's values never need to pass, so a hostile file cannot fill the memory.

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace relawas::core {

inline constexpr std::size_t kLongestReportString = 64 * 1024;  // a note is at most a few thousand characters
inline constexpr std::size_t kLargestReportRecord = 256 * 1024; // bytes of text in one record, all strings together
inline constexpr std::size_t kDeepestReportRecord = 6;          // a record's objects and arrays within each other

class ReportValueBuilder
{
public:
    // The JSON path of the value being read ("content.people[41].birth_date"), asked only for an error's place: a
    // report of a million people has tens of millions of values.
    using Place = std::function<std::string()>;

    bool active() const { return m_active; }
    // Starts a value of at most `bytes` bytes of text.
    void begin(std::size_t bytes = kLargestReportRecord);

    // A scalar, or the start of an object or array (its members follow). `place` is the JSON path, for errors:
    // "report.duplicate_member", "report.too_large".
    void add(nlohmann::json value, const Place& place);
    // The name of the member whose value comes next.
    void key(std::string name, const Place& place);
    // Counts text read into the value: "report.too_large" past the limits.
    void count(std::size_t bytes, const Place& place);
    // Ends an object or array; true when it was the whole value.
    bool end();

    nlohmann::json& value() { return m_root; }

private:
    bool m_active = false;
    nlohmann::json m_root;
    std::vector<nlohmann::json*> m_stack;
    std::string m_key;
    std::size_t m_bytes = 0;
    std::size_t m_limit = kLargestReportRecord;
};

} // namespace relawas::core
