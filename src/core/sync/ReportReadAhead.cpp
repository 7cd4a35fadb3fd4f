#include "core/sync/ReportReadAhead.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace relawas::core {

namespace {

using json = nlohmann::json;

constexpr std::size_t kRecordsPerHandover = 128;
constexpr std::size_t kHandoversAhead = 8;

// What the reader hands over, in the order it read it.
struct Handover
{
    std::optional<std::pair<json, PublicKey>> header;
    std::vector<std::pair<std::string, json>> records; // member, record
    std::optional<ReportSummary> summary;              // the reader finished
    std::exception_ptr error;                          // the reader failed
};

// Thrown on the reader's thread when the caller stopped taking what it reads.
struct Stopped
{};

// The queue between the two threads.
class Handovers
{
public:
    // The reader's side: waits while the queue is full; throws Stopped once the caller stopped.
    void put(Handover handover)
    {
        std::unique_lock lock(m_mutex);
        m_taken.wait(lock, [this] { return m_stopped || m_queue.size() < kHandoversAhead; });
        if (m_stopped) {
            throw Stopped{};
        }
        m_queue.push_back(std::move(handover));
        m_put.notify_one();
    }

    // The reader's last word (its summary or its error): never waits, the caller takes it after the rest.
    void putLast(Handover handover)
    {
        const std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(handover));
        m_put.notify_one();
    }

    Handover take()
    {
        std::unique_lock lock(m_mutex);
        m_put.wait(lock, [this] { return !m_queue.empty(); });
        Handover next = std::move(m_queue.front());
        m_queue.pop_front();
        m_taken.notify_one();
        return next;
    }

    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_taken.notify_one();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_put;
    std::condition_variable m_taken;
    std::deque<Handover> m_queue;
    bool m_stopped = false;
};

void readInto(const std::filesystem::path& file, Handovers& handovers)
{
    Handover pending;
    const auto handOver = [&] {
        if (pending.header || !pending.records.empty()) {
            handovers.put(std::exchange(pending, Handover{}));
        }
    };
    try {
        ReportReaderHooks aside;
        aside.header = [&](const json& header, const PublicKey& key) {
            pending.header.emplace(header, key);
            handOver();
        };
        aside.record = [&](std::string_view member, json& record) {
            pending.records.emplace_back(std::string(member), std::move(record));
            if (pending.records.size() == kRecordsPerHandover) {
                handOver();
            }
        };
        ReportSummary summary = readReport(file, aside);
        handOver();
        handovers.putLast(Handover{{}, {}, std::move(summary), {}});
    } catch (const Stopped&) {
        // The caller threw; it no longer takes anything.
    } catch (...) {
        const std::exception_ptr error = std::current_exception();
        try {
            handOver(); // the records read before the error come first
            handovers.putLast(Handover{{}, {}, {}, error});
        } catch (const Stopped&) {
        }
    }
}

} // namespace

ReportSummary readReportAhead(const std::filesystem::path& file, const ReportReaderHooks& hooks)
{
    Handovers handovers;
    std::thread reader(readInto, file, std::ref(handovers));
    try {
        for (;;) {
            Handover next = handovers.take();
            if (next.header && hooks.header) {
                hooks.header(next.header->first, next.header->second);
            }
            for (auto& [member, record] : next.records) {
                if (hooks.record) {
                    hooks.record(member, record);
                }
            }
            if (next.error) {
                reader.join();
                std::rethrow_exception(next.error);
            }
            if (next.summary) {
                reader.join();
                return std::move(*next.summary);
            }
        }
    } catch (...) {
        if (reader.joinable()) {
            handovers.stop();
            reader.join();
        }
        throw;
    }
}

} // namespace relawas::core
