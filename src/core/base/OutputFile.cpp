#include "core/base/OutputFile.h"

#include "core/base/Error.h"

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

namespace relawas::core {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kBufferSize = 1 << 20;

// Two names of one file: the same inode when both exist, else the same absolute path with links resolved.
bool samePlace(const fs::path& a, const fs::path& b)
{
    std::error_code error;
    if (fs::exists(a, error) && fs::exists(b, error)) {
        const bool same = fs::equivalent(a, b, error);
        return !error && same;
    }
    const fs::path left = fs::weakly_canonical(fs::absolute(a, error), error);
    const fs::path right = fs::weakly_canonical(fs::absolute(b, error), error);
    return !error && left == right;
}

[[noreturn]] void notWritable(const fs::path& output, const std::string& reason)
{
    throw Error(ErrorKind::UserInput, "output.not_writable",
                fmt::format("{} cannot be written: {}", output.string(), reason), output.string(),
                {output.string(), reason});
}

// A new file beside `output`, open for writing, private to its owner; its path in `temporary`.
int openTemporaryBeside(const fs::path& output, fs::path& temporary)
{
    const fs::path folder = output.has_parent_path() ? output.parent_path() : fs::path(".");
    std::string name = (folder / ("." + output.filename().string() + ".XXXXXX")).string();
    const int fd = ::mkstemp(name.data()); // created 0600
    if (fd < 0) {
        notWritable(output, std::strerror(errno));
    }
    temporary = name;
    return fd;
}

} // namespace

void checkOutputPath(const fs::path& output, const fs::path& database, const std::vector<fs::path>& inputs)
{
    if (output.empty()) {
        throw Error(ErrorKind::UserInput, "output.not_writable", "no file named to write", {}, {"", "no file named"});
    }
    const auto refuse = [&output](const fs::path& other, const char* what) {
        throw Error(ErrorKind::UserInput, "output.would_overwrite",
                    fmt::format("{} is {} ({}): choose another file", output.string(), what, other.string()),
                    output.string(), {output.string(), other.string()});
    };
    if (!database.empty()) {
        if (samePlace(output, database)) {
            refuse(database, "the database");
        }
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            const fs::path companion = database.string() + suffix;
            if (samePlace(output, companion)) {
                refuse(companion, "a file of the database");
            }
        }
    }
    for (const fs::path& input : inputs) {
        if (!input.empty() && samePlace(output, input)) {
            refuse(input, "the file being read");
        }
    }
}

void checkOutputWritable(const fs::path& output)
{
    std::error_code error;
    if (fs::is_directory(output, error)) {
        notWritable(output, "it is a folder");
    }
    fs::path temporary;
    ::close(openTemporaryBeside(output, temporary));
    fs::remove(temporary, error);
}

PrivateFileWriter::PrivateFileWriter(fs::path output)
    : m_output(std::move(output))
{
    std::error_code error;
    if (fs::is_directory(m_output, error)) {
        notWritable(m_output, "it is a folder");
    }
    m_fd = openTemporaryBeside(m_output, m_temporary);
    m_buffer.reserve(kBufferSize);
}

PrivateFileWriter::~PrivateFileWriter()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_temporary.empty()) {
        std::error_code error;
        fs::remove(m_temporary, error);
    }
}

void PrivateFileWriter::write(std::string_view bytes)
{
    m_buffer.append(bytes);
    if (m_buffer.size() >= kBufferSize) {
        flush();
    }
}

void PrivateFileWriter::flush()
{
    if (!writeWhole(m_fd, m_buffer)) {
        fail(std::strerror(errno));
    }
    m_buffer.clear();
}

void PrivateFileWriter::fail(const std::string& reason)
{
    ::close(m_fd);
    m_fd = -1;
    std::error_code error;
    fs::remove(m_temporary, error);
    m_temporary.clear();
    notWritable(m_output, reason);
}

void PrivateFileWriter::commit()
{
    flush();
    if (::fsync(m_fd) != 0) {
        fail(std::strerror(errno));
    }
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0) {
        m_fd = -1;
        const std::string reason = std::strerror(errno);
        std::error_code error;
        fs::remove(m_temporary, error);
        m_temporary.clear();
        notWritable(m_output, reason);
    }
    std::error_code error;
    fs::rename(m_temporary, m_output, error);
    if (error) {
        fs::remove(m_temporary, error);
        m_temporary.clear();
        notWritable(m_output, error.message());
    }
    m_temporary.clear();
}

void writePrivateFile(const fs::path& output, std::string_view bytes)
{
    PrivateFileWriter file(output);
    file.write(bytes);
    file.commit();
}

void createPrivateFolders(const fs::path& folder)
{
    if (folder.empty()) {
        return;
    }
    std::error_code error;
    if (fs::exists(folder, error)) {
        return;
    }
    createPrivateFolders(folder.parent_path() == folder ? fs::path() : folder.parent_path());
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST) {
        throw Error(ErrorKind::UserInput, "output.not_writable",
                    fmt::format("{} cannot be created: {}", folder.string(), std::strerror(errno)), folder.string(),
                    {folder.string(), std::strerror(errno)});
    }
}

bool writeWhole(int fd, std::string_view bytes)
{
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            if (n == 0) {
                errno = ENOSPC;
            }
            return false;
        }
        written += std::size_t(n);
    }
    return true;
}

void keepPrivate(const fs::path& file)
{
    struct stat info
    {};
    if (::stat(file.c_str(), &info) == 0 && (info.st_mode & 077U) != 0) {
        ::chmod(file.c_str(), info.st_mode & 0700U);
    }
}

} // namespace relawas::core
