#include "core/base/Uuid.h"

#include <array>
#include <chrono>
#include <cstdint>
#include <mutex>

#include <fmt/format.h>
#include <sodium.h>

namespace relawas::core {

std::string newUuidV7()
{
    static std::mutex mutex;
    static std::uint64_t lastMillis = 0;
    static std::uint16_t counter = 0;

    static const bool sodiumReady = sodium_init() >= 0;
    (void)sodiumReady;
    std::array<std::uint8_t, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());

    const auto millis = std::uint64_t(
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count());
    std::uint16_t sequence = 0;
    {
        // RFC 9562 method 1: a 12-bit counter in rand_a, seeded randomly each millisecond, keeps ids monotonic.
        const std::lock_guard lock(mutex);
        if (millis == lastMillis && counter < 0x0FFF) {
            ++counter;
        } else {
            lastMillis = millis;
            counter = std::uint16_t((bytes[6] << 8 | bytes[7]) & 0x07FF);
        }
        sequence = counter;
    }
    for (int i = 0; i < 6; ++i) {
        bytes[std::size_t(i)] = std::uint8_t(millis >> (40 - 8 * i));
    }
    bytes[6] = std::uint8_t(0x70 | ((sequence >> 8) & 0x0F));
    bytes[7] = std::uint8_t(sequence & 0xFF);
    bytes[8] = std::uint8_t(0x80 | (bytes[8] & 0x3F));

    std::string text;
    text.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) {
            text += '-';
        }
        text += fmt::format("{:02x}", bytes[i]);
    }
    return text;
}

bool isUuid(const std::string& text)
{
    if (text.size() != 36) {
        return false;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace relawas::core
