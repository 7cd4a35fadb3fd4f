#include "core/import/sheet/DecodingStreamBuf.h"

#include "core/base/Error.h"

#include <array>

namespace relawas::core {

namespace {

// Decodes whole UTF-16 units from `bytes` and returns how many bytes it used; a lone surrogate becomes U+FFFD.
std::size_t decodeUtf16(std::string_view bytes, bool bigEndian, bool atEnd, std::string& out)
{
    const auto unit = [&bytes, bigEndian](std::size_t i) {
        const auto first = static_cast<unsigned char>(bytes[i]);
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        return static_cast<char16_t>(bigEndian ? (first << 8) | second : first | (second << 8));
    };
    std::size_t i = 0;
    while (i + 1 < bytes.size()) {
        const char16_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF) {
            if (i + 3 >= bytes.size()) {
                if (!atEnd) {
                    break; // the low surrogate is in the next chunk
                }
                appendUtf8(out, 0xFFFD);
                i += 2;
                continue;
            }
            const char16_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(low) - 0xDC00));
                i += 4;
                continue;
            }
            appendUtf8(out, 0xFFFD);
            i += 2;
            continue;
        }
        appendUtf8(out, (u >= 0xDC00 && u <= 0xDFFF) ? char32_t(0xFFFD) : char32_t(u));
        i += 2;
    }
    return i;
}

} // namespace

DecodingStreamBuf::DecodingStreamBuf(const std::filesystem::path& file, TextEncoding encoding)
    : m_in(file, std::ios::binary)
    , m_encoding(encoding)
{
    if (!m_in) {
        throw Error(ErrorKind::UserInput, "import.unreadable", "the file cannot be read", file.string(),
                    {file.string()});
    }
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    m_fileSize = error ? 0 : size;
}

DecodingStreamBuf::int_type DecodingStreamBuf::underflow()
{
    if (gptr() < egptr()) {
        return traits_type::to_int_type(*gptr());
    }
    std::array<char, 65536> buffer{};
    m_decoded.clear();
    while (m_decoded.empty()) {
        m_in.read(buffer.data(), buffer.size());
        const auto count = static_cast<std::size_t>(m_in.gcount());
        const bool atEnd = count < buffer.size();
        m_bytesRead += count;
        std::string_view chunk(buffer.data(), count);
        switch (m_encoding) {
        case TextEncoding::Utf8:
            m_decoded.assign(chunk);
            break;
        case TextEncoding::Windows1252:
            m_decoded = windows1252ToUtf8(chunk);
            break;
        case TextEncoding::Utf16Le:
        case TextEncoding::Utf16Be: {
            const bool bigEndian = m_encoding == TextEncoding::Utf16Be;
            std::string bytes = m_carry + std::string(chunk);
            std::size_t start = 0;
            if (m_atStart && bytes.starts_with(bigEndian ? "\xFE\xFF" : "\xFF\xFE")) {
                start = 2; // the byte-order mark says which encoding, it is no text
            }
            const std::size_t used =
                start + decodeUtf16(std::string_view(bytes).substr(start), bigEndian, atEnd, m_decoded);
            m_carry = atEnd ? std::string() : bytes.substr(used);
            break;
        }
        }
        if (count > 0) {
            m_atStart = false;
        }
        if (atEnd) {
            break;
        }
    }
    if (m_decoded.empty()) {
        return traits_type::eof();
    }
    setg(m_decoded.data(), m_decoded.data(), m_decoded.data() + m_decoded.size());
    return traits_type::to_int_type(*gptr());
}

} // namespace relawas::core
