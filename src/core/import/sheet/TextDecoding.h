#pragma once

#include "core/base/TextUtil.h" // scanUtf8, isValidUtf8

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace relawas::core {

// How the bytes of a text file are to be read. Excel on Windows saves "CSV (Comma delimited)" in the ANSI code page
// (Windows-1252 on an Indonesian or English system), "CSV UTF-8" with a byte-order mark, and "Unicode Text" as
// UTF-16LE with a byte-order mark.
enum class TextEncoding
{
    Utf8,
    Windows1252,
    Utf16Le,
    Utf16Be
};

std::string_view textEncodingId(TextEncoding encoding); // "utf-8", "windows-1252", "utf-16le", "utf-16be"

// Windows-1252 to UTF-8. The five bytes the code page leaves undefined map to the C1 controls of the same value, as
// the WHATWG encoding standard does, so that no byte is ever lost.
std::string windows1252ToUtf8(std::string_view bytes);

// Appends the UTF-8 bytes of one code point.
void appendUtf8(std::string& out, char32_t codePoint);

// Reads the file in chunks (memory stays flat): a UTF-16 byte-order mark says UTF-16LE or BE, a UTF-8 one UTF-8.
// Without one: UTF-16 when the first chunk has a zero byte in most odd (LE) or even (BE) places, as text in Latin
// letters has in UTF-16; else UTF-8 unless the bytes that are not UTF-8 outnumber the UTF-8 sequences of more than one
// byte (a Windows-1252 file has no such sequences, a UTF-8 file with one damaged byte has its other letters). In a
// file read as UTF-8 the damaged bytes stay as they are, for the import to refuse their rows. Throws Error
// "import.unreadable" when the file cannot be opened.
TextEncoding detectTextEncoding(const std::filesystem::path& file);

} // namespace relawas::core
