#pragma once

// The people of the founding Rakernis, as the trainings tests and the screenshots set them up: the Panwascam of every
// kecamatan of Kabupaten Batu Bara (12.19) with its secretariat, and outside speakers, each registered through the
// people service with a current role scoped as the role editor scopes it.
#include "core/people/Person.h"

#include <vector>

namespace relawas::core {
class Database;
}

namespace relawas::testing {

struct RakernisPeople
{
    std::vector<core::Person> members;  // anggota Panwascam, kecamatan by kecamatan
    std::vector<core::Person> staff;    // staf sekretariat
    std::vector<core::Person> speakers; // narasumber of the kabupaten, without a NIK
};

// In each of the 12 kecamatan `members` anggota Panwascam and `staff` staf sekretariat living in one of its villages,
// and `speakers` narasumber; all adults with NIKs that match their kecamatan, birth date and gender.
RakernisPeople addRakernisPeople(core::Database& db, int members, int staff, int speakers);

} // namespace relawas::testing
