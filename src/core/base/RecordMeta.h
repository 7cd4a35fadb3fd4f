#pragma once

#include <string>

namespace relawas::core {

// What every record a user can change carries for sync: a UUIDv7, a revision that grows with each change, and who
// changed it when. A record not yet stored has an empty uuid and revision 0.
struct RecordMeta
{
    std::string uuid;
    long long revision = 0;
    std::string createdAt;
    std::string createdBy;
    std::string updatedAt;
    std::string updatedBy;
};

} // namespace relawas::core
