#include "core/sync/ReportReader.h"

#include "core/base/Error.h"
#include "core/base/Uuid.h"
#include "core/sync/CanonicalJson.h"
#include "core/sync/ReportDigest.h"
#include "core/sync/ReportTables.h"
#include "core/sync/ReportValueBuilder.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <iterator>
#include <vector>

#include <fmt/format.h>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr std::array<const char*, 5> kTopMembers{"format", "version", "header", "content", "integrity"};
constexpr std::size_t kLargestHeader = 64 * 1024;
constexpr std::size_t kLargestSummary = std::size_t(64) * 1024 * 1024; // a public summary: counts of every village

[[noreturn]] void refuse(const char* code, const std::string& message, const std::string& place,
                         std::vector<std::string> args = {})
{
    throw Error(ErrorKind::UserInput, code, message, place, std::move(args));
}

// The bytes of a file, read a megabyte at a time, as the parser's input: it takes one byte per call, which through an
// istream costs a call into the stream buffer for each of a report's billion bytes.
class FileBytes
{
public:
    static constexpr std::size_t kPiece = std::size_t(1) << 20;

    explicit FileBytes(const std::filesystem::path& file)
        : m_in(file, std::ios::binary)
        , m_piece(kPiece)
    {
        refill();
    }

    bool opened() const { return m_in.is_open(); }

    // An input iterator over the bytes; the default one is the end.
    class Iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char*;
        using reference = const char&;

        Iterator() = default;
        explicit Iterator(FileBytes* bytes)
            : m_bytes(bytes)
        {}

        const char& operator*() const { return m_bytes->m_piece[m_bytes->m_at]; }
        Iterator& operator++()
        {
            if (++m_bytes->m_at == m_bytes->m_size) {
                m_bytes->refill();
            }
            return *this;
        }
        bool operator==(const Iterator& other) const { return atEnd() == other.atEnd(); }

    private:
        bool atEnd() const { return !m_bytes || m_bytes->m_at == m_bytes->m_size; }

        FileBytes* m_bytes = nullptr;
    };

    Iterator begin() { return Iterator(this); }
    static Iterator end() { return Iterator(); }

private:
    void refill()
    {
        m_at = 0;
        m_size = 0;
        if (m_in) {
            m_in.read(m_piece.data(), std::streamsize(m_piece.size()));
            m_size = std::size_t(m_in.gcount());
        }
    }

    std::ifstream m_in;
    std::vector<char> m_piece;
    std::size_t m_at = 0;
    std::size_t m_size = 0;
};

// The SAX handler: where in the report each event falls, and what the format requires there.
class ReportSax final : public nlohmann::json_sax<json>
{
public:
    ReportSax(const ReportReaderHooks& hooks, std::uintmax_t size)
        : m_hooks(hooks)
        , m_size(size)
    {}

    ReportSummary finish()
    {
        if (m_topIndex < kTopMembers.size()) {
            refuse("report.missing_member", fmt::format("the report has no {}", kTopMembers[m_topIndex]),
                   kTopMembers[m_topIndex], {kTopMembers[m_topIndex]});
        }
        checkIntegrity();
        return std::move(m_summary);
    }

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool value) override { return scalar(json(value)); }
    bool number_integer(number_integer_t value) override { return scalar(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(json(value)); }
    bool number_float(number_float_t value, const string_t& /*text*/) override { return scalar(json(value)); }
    bool string(string_t& value) override
    {
        if (m_builder.active()) {
            m_builder.count(value.size(), m_place);
        }
        return scalar(json(std::move(value)));
    }
    bool binary(binary_t& /*value*/) override { return scalar(json()); }

    bool start_object(std::size_t /*elements*/) override
    {
        beforeValue();
        if (m_builder.active()) {
            m_builder.add(json::object(), m_place);
        } else {
            openUncaptured(false);
        }
        m_levels.push_back({false, {}, 0});
        return true;
    }

    bool key(string_t& name) override
    {
        m_levels.back().key = name;
        if (m_builder.active()) {
            m_builder.key(std::move(name), m_place);
        }
        if (m_levels.size() == 1) {
            topKey(m_levels.back().key);
        } else if (m_levels.size() == 2 && m_top == "content" && !m_builder.active()) {
            contentKey(m_levels.back().key);
        }
        return true;
    }

    bool end_object() override
    {
        m_levels.pop_back();
        if (m_builder.active()) {
            if (m_builder.end()) {
                captured();
            }
        } else if (m_levels.size() == 1 && m_top == "content") {
            endContent();
        }
        return true;
    }

    bool start_array(std::size_t /*elements*/) override
    {
        beforeValue();
        if (m_builder.active()) {
            m_builder.add(json::array(), m_place);
        } else {
            openUncaptured(true);
        }
        m_levels.push_back({true, {}, 0});
        return true;
    }

    bool end_array() override
    {
        m_levels.pop_back();
        if (m_builder.active()) {
            if (m_builder.end()) {
                captured();
            }
        } else if (m_levels.size() == 2 && m_top == "content") {
            m_digest.endMember();
        }
        return true;
    }

    bool parse_error(std::size_t position, const std::string& /*token*/,
                     const nlohmann::detail::exception& error) override
    {
        const std::string where = fmt::format("byte {}", position);
        // The parser stopped where the bytes ran out: the file was cut (a copy broken off, a disk full).
        if (position >= m_size || std::string(error.what()).find("unexpected end of input") != std::string::npos) {
            refuse("report.truncated",
                   fmt::format("the report ends at byte {}, in the middle of {}", position,
                               path().empty() ? std::string("its first value") : path()),
                   where, {std::to_string(position), path()});
        }
        refuse("report.not_json", fmt::format("the report is not valid JSON at byte {}", position), where,
               {std::to_string(position)});
    }

private:
    struct Level
    {
        bool array;
        std::string key;
        std::size_t count;
    };

    // The JSON path of the value being read: "content.people[41].birth_date".
    std::string path() const
    {
        std::string text;
        for (const Level& level : m_levels) {
            if (level.array) {
                if (level.count > 0) {
                    text += fmt::format("[{}]", level.count - 1);
                }
            } else if (!level.key.empty()) {
                text += (text.empty() ? "" : ".") + level.key;
            }
        }
        return text;
    }

    void beforeValue()
    {
        if (!m_levels.empty() && m_levels.back().array) {
            ++m_levels.back().count;
        }
    }

    void topKey(const std::string& name)
    {
        const auto known = std::find(kTopMembers.begin(), kTopMembers.end(), name);
        if (known == kTopMembers.end()) {
            refuse("report.unknown_member", fmt::format("a report has no member {}", name), name, {name});
        }
        if (std::size_t(known - kTopMembers.begin()) != m_topIndex) {
            refuse("report.member_order",
                   fmt::format("{} stands where {} belongs: a report's members are format, version, header, "
                               "content, integrity, in that order",
                               name, m_topIndex < kTopMembers.size() ? kTopMembers[m_topIndex] : "the end"),
                   name, {name});
        }
        ++m_topIndex;
        m_top = name;
    }

    void contentKey(const std::string& name)
    {
        const bool isPublic = m_summary.header.value("kind", "") == "public";
        if (isPublic) {
            if (name != "summary" || m_contentIndex > 0) {
                refuse("report.unknown_member", fmt::format("a public report's content holds its summary only"),
                       "content." + name, {"content." + name});
            }
            ++m_contentIndex;
            m_member = name;
            return;
        }
        const std::size_t members = std::size(kReportContentMembers);
        const auto* known = std::find_if(std::begin(kReportContentMembers), std::end(kReportContentMembers),
                                         [&name](const char* member) { return name == member; });
        if (known == std::end(kReportContentMembers)) {
            refuse("report.unknown_member", fmt::format("a report's content has no member {}", name), "content." + name,
                   {"content." + name});
        }
        if (std::size_t(known - std::begin(kReportContentMembers)) != m_contentIndex) {
            refuse("report.member_order",
                   fmt::format("content.{} stands where content.{} belongs", name,
                               m_contentIndex < members ? kReportContentMembers[m_contentIndex] : "the end"),
                   "content." + name, {"content." + name});
        }
        ++m_contentIndex;
        m_member = name;
    }

    // A container outside the captured values: where the format has one, or an error.
    void openUncaptured(bool array)
    {
        const std::size_t depth = m_levels.size();
        const std::string place = path();
        if (depth == 0) {
            if (array) {
                refuse("report.not_a_report", "the file is a JSON array, not a report", "", {});
            }
            return;
        }
        if (depth == 1) {
            if (m_top == "header" || m_top == "integrity") {
                if (array) {
                    refuse("report.bad_header", fmt::format("{} must be an object", m_top), m_top, {m_top});
                }
                m_builder.begin(kLargestHeader);
                m_builder.add(json::object(), m_place);
                return;
            }
            if (m_top == "content") {
                if (array || !m_headerRead) {
                    refuse("report.bad_header", "content must be an object, after the header", "content", {"content"});
                }
                return;
            }
            refuse("report.not_a_report", fmt::format("{} must not be a container", m_top), m_top, {m_top});
        }
        if (depth == 2 && m_top == "content") {
            if (m_member == "summary") {
                if (array) {
                    refuse("report.bad_record", "content.summary must be an object", place, {place});
                }
                m_builder.begin(kLargestSummary);
                m_builder.add(json::object(), m_place);
                return;
            }
            if (!array) {
                refuse("report.bad_record", fmt::format("{} must be an array of records", place), place, {place});
            }
            m_digest.beginMember(m_member);
            m_summary.counts[m_member] = 0;
            return;
        }
        if (depth == 3 && m_top == "content") {
            if (array) {
                refuse("report.bad_record", fmt::format("{} must be an object", place), place, {place});
            }
            m_builder.begin();
            m_builder.add(json::object(), m_place);
            m_recordPlace = place;
            return;
        }
        refuse("report.not_a_report", fmt::format("{} is not where the format has a value", place), place, {place});
    }

    bool scalar(json value)
    {
        beforeValue();
        if (m_builder.active()) {
            m_builder.add(std::move(value), m_place);
            return true;
        }
        const std::size_t depth = m_levels.size();
        if (depth == 1 && m_top == "format") {
            if (!value.is_string() || value.get<std::string>() != "relawas-report") {
                refuse("report.not_a_report", "the file is not a relawas-report", "format", {"format"});
            }
            return true;
        }
        if (depth == 1 && m_top == "version") {
            if (!value.is_number_integer()) {
                refuse("report.bad_version", "version must be a whole number", "version", {"version"});
            }
            const long long version = value.get<long long>();
            if (version > 1) {
                refuse("report.newer_version",
                       fmt::format("the report is of format version {}; this program reads version 1", version),
                       "version", {std::to_string(version)});
            }
            if (version != 1) {
                refuse("report.bad_version", fmt::format("{} is not a version of the format", version), "version",
                       {std::to_string(version)});
            }
            return true;
        }
        if (depth == 0) {
            refuse("report.not_a_report", "the file is a single JSON value, not a report", "", {});
        }
        const std::string place = path();
        refuse(depth == 3 ? "report.bad_record" : "report.not_a_report",
               fmt::format("{} is not where the format has a value of this kind", place), place, {place});
    }

    // A captured value is complete: the header, a record, the summary or the integrity.
    void captured()
    {
        json& value = m_builder.value();
        if (m_levels.size() == 1 && m_top == "header") {
            readHeader(value);
        } else if (m_levels.size() == 1 && m_top == "integrity") {
            m_integrity = std::move(value);
        } else if (m_levels.size() == 2 && m_member == "summary") {
            for (const char* list : {"regions", "trainings"}) {
                if (!value.contains(list) || !value.at(list).is_array()) {
                    refuse("report.bad_record", fmt::format("content.summary.{} must be an array", list),
                           std::string("content.summary.") + list, {std::string("content.summary.") + list});
                }
                m_summary.counts[list] = value.at(list).size();
            }
            m_digest.member("summary", canonicalJson(value));
        } else {
            record(value);
        }
    }

    void readHeader(json& header)
    {
        const auto text = [&header](const char* a, const char* b = nullptr) -> std::string {
            const json* value = header.contains(a) ? &header.at(a) : nullptr;
            if (value && b) {
                value = value->is_object() && value->contains(b) ? &value->at(b) : nullptr;
            }
            return value && value->is_string() ? value->get<std::string>() : std::string();
        };
        const auto bad = [](const std::string& place, const std::string& what) {
            refuse("report.bad_header", fmt::format("header.{}: {}", place, what), "header." + place,
                   {"header." + place});
        };
        const std::string kind = text("kind");
        if (kind != "full" && kind != "changes" && kind != "public") {
            bad("kind", "must be full, changes or public");
        }
        if (!isUuid(text("installation", "id"))) {
            bad("installation.id", "must be a UUID");
        }
        const auto key = fromBase64(text("installation", "public_key"), m_summary.key.size());
        if (!key) {
            bad("installation.public_key", "must be an Ed25519 public key in base64");
        }
        std::copy(key->begin(), key->end(), m_summary.key.begin());
        if (!header.contains("sequence") || !header.at("sequence").is_number_integer() ||
            header.at("sequence").get<long long>() < 1) {
            bad("sequence", "must be a whole number from 1");
        }
        if (!header.contains("counts") || !header.at("counts").is_object()) {
            bad("counts", "must be an object");
        }
        // A receiver sizes its progress by them before the records come.
        for (const auto& [member, count] : header.at("counts").items()) {
            if (!count.is_number_unsigned()) {
                bad("counts." + member, "must be a whole number from 0");
            }
        }
        if (text("scope").empty()) {
            bad("scope", "must name a region");
        }
        m_summary.header = std::move(header);
        m_headerRead = true;
        if (m_hooks.header) {
            m_hooks.header(m_summary.header, m_summary.key);
        }
    }

    void record(json& value)
    {
        const auto uuid = value.find("uuid");
        if (uuid == value.end() || !uuid->is_string() || !isUuid(uuid->get_ref<const std::string&>())) {
            refuse("report.bad_record", fmt::format("{}.uuid must be a UUID", m_recordPlace), m_recordPlace + ".uuid",
                   {m_recordPlace + ".uuid"});
        }
        checkRecordShape(m_member, value, m_recordPlace);
        m_digest.record(canonicalJson(value));
        ++m_summary.counts[m_member];
        if (m_hooks.record) {
            m_hooks.record(m_member, value);
        }
    }

    void endContent()
    {
        const bool isPublic = m_summary.header.value("kind", "") == "public";
        const std::size_t expected = isPublic ? 1 : std::size(kReportContentMembers);
        if (m_contentIndex < expected) {
            const std::string missing = isPublic ? "summary" : kReportContentMembers[m_contentIndex];
            refuse("report.missing_member", fmt::format("content has no {}", missing), "content." + missing,
                   {"content." + missing});
        }
        m_summary.digest = m_digest.finish();
    }

    void checkIntegrity()
    {
        const json& counts = m_summary.header.at("counts");
        for (const auto& [member, read] : m_summary.counts) {
            const std::size_t announced = counts.contains(member) && counts.at(member).is_number_unsigned()
                                              ? counts.at(member).get<std::size_t>()
                                              : std::size_t(-1);
            if (announced != read) {
                refuse("report.count_mismatch",
                       fmt::format("content.{} holds {} records; the header announces {}", member, read,
                                   announced == std::size_t(-1) ? std::string("none") : std::to_string(announced)),
                       "content." + member, {"content." + member, std::to_string(read)});
            }
        }
        const auto member = [this](const char* name, const char* field) -> std::string {
            const json* value = m_integrity.contains(name) ? &m_integrity.at(name) : nullptr;
            value = value && value->is_object() && value->contains(field) ? &value->at(field) : nullptr;
            return value && value->is_string() ? value->get<std::string>() : std::string();
        };
        if (member("digest", "algorithm") != "sha-256" || member("signature", "algorithm") != "ed25519") {
            refuse("report.bad_header", "integrity must give a sha-256 digest and an ed25519 signature", "integrity",
                   {"integrity"});
        }
        const std::string digest = member("digest", "value");
        if (digest != m_summary.digest) {
            refuse("report.digest_mismatch",
                   "the records are not those the report was made with: it was changed or damaged on the way",
                   "integrity.digest", {digest, m_summary.digest});
        }
        const auto signature = fromBase64(member("signature", "value"), 64);
        if (!signature || !verifySignature(m_summary.key, reportSignedMessage(m_summary.header, digest), *signature)) {
            refuse("report.bad_signature",
                   "the signature does not match the report and the key of its sender: it was changed or forged",
                   "integrity.signature", {});
        }
    }

    const ReportReaderHooks& m_hooks;
    const ReportValueBuilder::Place m_place = [this] { return path(); };
    std::uintmax_t m_size;
    std::vector<Level> m_levels;
    std::size_t m_topIndex = 0;
    std::string m_top;
    std::size_t m_contentIndex = 0;
    std::string m_member;
    std::string m_recordPlace;
    bool m_headerRead = false;
    ReportValueBuilder m_builder;
    ContentDigest m_digest;
    json m_integrity;
    ReportSummary m_summary;
};

} // namespace

ReportSummary readReport(const std::filesystem::path& file, const ReportReaderHooks& hooks)
{
    FileBytes bytes(file);
    if (!bytes.opened()) {
        refuse("report.unreadable", fmt::format("{} cannot be opened", file.string()), file.string(), {file.string()});
    }
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(file, error);
    ReportSax sax(hooks, error ? 0 : size);
    json::sax_parse(bytes.begin(), FileBytes::end(), &sax, nlohmann::detail::input_format_t::json, true, false);
    ReportSummary summary = sax.finish();
    summary.bytes = size;
    return summary;
}

} // namespace relawas::core
