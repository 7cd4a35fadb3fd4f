#pragma once

#include "core/import/sheet/TextDecoding.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <streambuf>
#include <string>

namespace relawas::core {

// A read-only stream buffer that gives the text of a file as UTF-8 whatever its encoding, one chunk at a time, so a
// CSV reader can stream a Windows-1252 or UTF-16 file like any other. It counts the bytes of the file consumed for
// progress reports.
class DecodingStreamBuf final : public std::streambuf
{
public:
    DecodingStreamBuf(const std::filesystem::path& file, TextEncoding encoding);
    DecodingStreamBuf(const DecodingStreamBuf&) = delete;
    DecodingStreamBuf& operator=(const DecodingStreamBuf&) = delete;

    std::uint64_t bytesRead() const { return m_bytesRead; }
    std::uint64_t fileSize() const { return m_fileSize; }

protected:
    int_type underflow() override;

private:
    std::ifstream m_in;
    TextEncoding m_encoding;
    std::string m_decoded;
    std::string m_carry; // the first bytes of a UTF-16 unit or surrogate pair cut off by the chunk's end
    std::uint64_t m_bytesRead = 0;
    std::uint64_t m_fileSize = 0;
    bool m_atStart = true;
};

} // namespace relawas::core
