#pragma once

#include <algorithm>
#include <cstddef>
#include <list>
#include <utility>
#include <vector>

namespace relawas::gui {

// The few most recently read pages of a model that reads its rows from SQL a page at a time: a million rows are
// never in memory, and scrolling back and forth over a few pages reads nothing again.
template<typename Row, int PageSize, int PagesKept>
class PageCache
{
public:
    static constexpr int kPageSize = PageSize;
    static constexpr int kPagesKept = PagesKept;

    // The row at `row`, reading its page with `read(offset, limit)` (which returns the rows) when it is not held;
    // nullptr past the end of what the page holds.
    template<typename Read>
    const Row* at(int row, Read read)
    {
        const int page = row / kPageSize;
        auto found = std::find_if(m_pages.begin(), m_pages.end(), [page](const auto& p) { return p.first == page; });
        if (found == m_pages.end()) {
            m_pages.emplace_front(page, read(static_cast<long long>(page) * kPageSize, kPageSize));
            while (int(m_pages.size()) > kPagesKept) {
                m_pages.pop_back();
            }
            found = m_pages.begin();
        } else if (found != m_pages.begin()) {
            m_pages.splice(m_pages.begin(), m_pages, found); // most recently used first
            found = m_pages.begin();
        }
        const auto offset = std::size_t(row % kPageSize);
        return offset < found->second.size() ? &found->second[offset] : nullptr;
    }

    void clear() { m_pages.clear(); }

    // How many rows are held right now.
    int heldRows() const
    {
        int rows = 0;
        for (const auto& page : m_pages) {
            rows += int(page.second.size());
        }
        return rows;
    }

private:
    std::list<std::pair<int, std::vector<Row>>> m_pages;
};

} // namespace relawas::gui
