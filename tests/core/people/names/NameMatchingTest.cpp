#include "core/people/names/NameMatching.h"

#include "core/demo/DemoNames.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <span>
#include <string>
#include <vector>

using namespace relawas::core;

namespace {

struct NamePair
{
    const char* a;
    const char* b;
};

} // namespace

TEST_CASE("A name is read the way a clerk would read it", "[names]")
{
    const std::vector<std::pair<std::string, std::string>> table{
        {"  MUHAMMAD   rizky ", "muhammad rizky"},
        {"M. Rizky", "muhammad rizky"},
        {"M.Rizky", "muhammad rizky"},
        {"Muh Rizky", "muhammad rizky"},
        {"Moh. Rizky", "muhammad rizky"},
        {"Mhd. Rizky", "muhammad rizky"},
        {"Mohammad Rizky", "muhammad rizky"},
        {"Muhamad Rizky", "muhammad rizky"},
        {"Mochammad Rizky", "muhammad rizky"},
        {"Nurul Hidayah", "nur hidayah"},
        {"St. Aminah", "siti aminah"},
        {"Sitti Aminah", "siti aminah"},
        {"Abd. Rahman", "abdul rahman"},
        {"Abdoel Rahman", "abdul rahman"},
        {"Rahmat Ja'far", "rahmat jafar"},
        {"Rahmat Ja\u2019far", "rahmat jafar"},
        {"Rahmat Ja`far", "rahmat jafar"},
        {"Nur-Aini", "nur aini"},
        {"Andr\u00e9 Siregar", "andre siregar"},
        {"H. Ahmad Lubis", "ahmad lubis"},
        {"H. Lubis", "h lubis"}, // too short for "H." to be the title Haji: an initial
        {"Hj. Siti Aminah", "siti aminah"},
        {"Dr. Rahmat Hidayat, M.Si.", "rahmat hidayat"},
        {"Drs. Rahmat Hidayat", "rahmat hidayat"},
        {"Rotua br. Sinaga", "rotua sinaga"},
        {"Ahmad bin Hasan", "ahmad hasan"},
        {"Lukman", "lukman"},
        {"", ""},
        {" .,- ", ""},
    };
    for (const auto& [written, read] : table) {
        CAPTURE(written);
        CHECK(canonicalName(written) == read);
    }
}

TEST_CASE("Spellings of one Indonesian name are one name", "[names]")
{
    const NamePair same[] = {
        {"Muhammad Rizky", "M. Rizky"},
        {"Muhammad Rizky", "Muh Rizky"},
        {"Muhammad Rizky", "Muh. Rizky"},
        {"Muhammad Rizky", "Moh. Rizky"},
        {"Muhammad Rizky", "Mhd Rizky"},
        {"Muhammad Rizky", "Mohammad Rizky"},
        {"Muhammad Rizky", "Muhamad Rizky"},
        {"Muhammad Rizky", "MUHAMMAD RIZKI"},
        {"Muhammad Rizky", "muhammad rizqi"},
        {"M. Rizky", "MUHAMMAD RIZKI"},
        {"Nurul Hidayah", "Nur Hidayah"},
        {"Nurul Hidayah", "Noor Hidayah"},
        {"Siti Aminah", "St. Aminah"},
        {"Siti Aminah", "Sitti Aminah"},
        {"Siti Aminah", "Siti Amina"},
        {"Abd. Rahman", "Abdul Rahman"},
        {"Abdul Rahman", "Abdurrahman"},
        {"Abd. Rahman", "Abdurahman"},
        {"Rahmat Ja'far", "Rahmat Jafar"},
        {"Rahmat Ja\u2019far", "Rahmat Jafar"},
        {"Rahmat", "Rahmad"},
        {"Lukman", "LUKMAN"},
        {"lukman", "  Lukman. "},
        {"Nasution Ahmad", "Ahmad Nasution"},
        {"Nurhidayah", "Nur Hidayah"},
        {"Nur Aini", "Nuraini"},
        {"Soekarno", "Sukarno"},
        {"Djoko Susilo", "Joko Susilo"},
        {"Tjipto", "Cipto"},
        {"Achmad Chairul", "Ahmad Khairul"},
        {"Syafrizal", "Safrizal"},
        {"Sjahrul", "Syahrul"},
        {"Ramadhan", "Ramadan"},
        {"Fathur Rahman", "Fatur Rahman"},
        {"Fitrie", "Fitri"},
        {"Andy", "Andi"},
        {"Yakub", "Ya'qub"},
        {"Rotua br. Sinaga", "Rotua Sinaga"},
        {"Hj. Siti Aminah", "Siti Aminah"},
        {"Ahmad Hidayat, S.Pd.", "Ahmad Hidayat"},
        {"Siti Aminah Nasution", "Siti Aminah Nst"},
        {"Siti Aminah Nasution", "Siti Aminah Nst."},
        {"Ali Harahap", "Ali Hrp"},
        {"Rahmat Siregar", "Rahmat Srg"},
        {"Dedi Lubis", "Dedi Lbs."},
        {"Yusuf Hasibuan", "Yusuf Hsb"},
    };
    for (const auto& [a, b] : same) {
        CAPTURE(a, b);
        CHECK(nameSimilarity(a, b) >= 90);
        CHECK(nameSimilarity(b, a) == nameSimilarity(a, b));
    }
    CHECK(nameSimilarity("Lukman", "LUKMAN") == 100);
    CHECK(nameSimilarity("Muhammad Rizky", "M. Rizky") == 100);
    CHECK(nameSimilarity("Nurul Hidayah", "Nur Hidayah") == 100);
    // Order does not matter much, but exactly the same order is more alike: Hasan Ahmad may be Ahmad Hasan's father.
    CHECK(nameSimilarity("Nasution Ahmad", "Ahmad Nasution") < nameSimilarity("Ahmad Nasution", "Ahmad Nasution"));
}

TEST_CASE("An initial stands for a name, a typo in a long part still matches", "[names]")
{
    const NamePair alike[] = {
        {"A. Nasution", "Ahmad Nasution"},
        {"Siti A. Lubis", "Siti Aminah Lubis"},
        {"Ahmad Nasution", "Ahmad Nasutian"},
        {"Siti Aminah", "Siti Aminha"},
        {"Zulkifli Simanjuntak", "Zulkifli Simanjutnak"},
        {"Kurniawan Hasibuan", "Kurniawan Hasibun"},
        // A swap that makes or breaks a folded pair of letters (ph, a final d, kh) is still one typo.
        {"Muh. Saputra Pohan", "MUH. SAPUTRA PHOAN"},
        {"Ahmad Maulana", "AHMDA MAULANA"},
        {"Wahid Ritonga", "Wahdi Ritonga"},
        {"Zulaikha", "Zulaikah"},
        {"Yuliana", "Yulinaa"},
    };
    for (const auto& [a, b] : alike) {
        CAPTURE(a, b);
        CHECK(nameSimilarity(a, b) >= 80);
        CHECK(nameSimilarity(a, b) < 100);
    }
    CHECK(nameSimilarity("A. Nasution", "Budi Nasution") < 80);
}

TEST_CASE("Different names stay apart, even one letter apart", "[names]")
{
    const NamePair different[] = {
        {"Sri Wahyuni", "Sri Wahyudi"}, // one letter, but two names (and often twins)
        {"Rina", "Rini"},
        {"Putri", "Putra"},
        {"Hendra", "Hendri"},
        {"Dedi", "Dodi"},
        {"Wahyu", "Wahyudi"},
        {"Siti Rina Lubis", "Siti Rini Lubis"},
        {"Muhammad Rizky", "Muhammad Fajar"},
        {"Muhammad Rizky", "Muhammad Rizal"},
        {"Siti Aminah", "Siti Khadijah"},
        {"Nur Hidayah", "Nur Hidayat"},
        {"Ahmad Nasution", "Ahmad Siregar"},
        {"Ahmad Nasution", "Budi Nasution"},
        {"Dewi", "Dewi Sartika"},
        {"Lukman", "Lukman Hakim"},
        {"Muhammad", "Muhammad Rizky"},
        {"Siti", "Siti Aminah"},
        {"Budi", "Badu"},
        {"Lukman", ""},
    };
    for (const auto& [a, b] : different) {
        CAPTURE(a, b);
        CHECK(nameSimilarity(a, b) < 80);
        CHECK(nameSimilarity(b, a) == nameSimilarity(a, b));
    }
    // One letter in a short name is another name; a part missing is less alike than a part misspelt.
    CHECK(nameSimilarity("Rina", "Rini") < 50);
    CHECK(nameSimilarity("Dewi", "Dewi Sartika") >= 50);
    CHECK(nameSimilarity("Dewi", "Dewi Sartika") < nameSimilarity("Dewi Sartika", "Dewi Sartika"));
    CHECK(nameSimilarity("Dewi", "Dewi Sartika") > nameSimilarity("Dewi", "Sartika Lubis"));
    CHECK(nameSimilarity("Muhammad Rizky", "Muhammad Rizky Saputra") >
          nameSimilarity("Muhammad Rizky", "Muhammad Fajar Saputra"));
}

TEST_CASE("The edit distance counts inserts, deletes, changes and swaps of neighbours", "[names]")
{
    CHECK(editDistance("", "") == 0);
    CHECK(editDistance("", "abc") == 3);
    CHECK(editDistance("rizky", "rizki") == 1);
    CHECK(editDistance("aminah", "aminha") == 1);
    CHECK(editDistance("wahyuni", "wahyudi") == 1);
    CHECK(editDistance("kitten", "sitting") == 3);
    CHECK(editDistance("ca", "abc") == 3); // optimal string alignment: no edit of a swapped pair
    const std::string longer(200, 'a');
    CHECK(editDistance(longer, longer + "b") == 1);
}

TEST_CASE("Alike names share a blocking key, so the review list finds them without comparing all", "[names]")
{
    // Names as the demo generator builds them, with the typos and variants clerks make.
    std::mt19937 random(7);
    const auto pick = [&random](std::span<const std::string_view> list) {
        return std::string(list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)]);
    };
    const auto mutate = [&random](std::string name) {
        if (name.size() < 3) {
            return name;
        }
        const std::size_t at = std::uniform_int_distribution<std::size_t>(1, name.size() - 2)(random);
        switch (random() % 4) {
        case 0:
            std::swap(name[at], name[at + 1]);
            break;
        case 1:
            name.erase(at, 1);
            break;
        case 2:
            name.insert(at, 1, 'a');
            break;
        default:
            name[at] = 'e';
        }
        return name;
    };
    std::vector<std::string> names;
    for (int i = 0; i < 120; ++i) {
        const bool female = i % 2 == 1;
        std::string name = pick(female ? demo::femaleGivenNames() : demo::maleGivenNames()) + " " +
                           pick(demo::secondNames(female)) + (i % 3 == 0 ? " " + pick(demo::familyNames()) : "");
        names.push_back(name);
        names.push_back(mutate(name));
    }
    std::vector<NameKey> keys;
    std::vector<std::vector<std::uint64_t>> blocking;
    for (const auto& name : names) {
        keys.push_back(nameKey(name));
        blocking.push_back(nameBlockingKeys(keys.back()));
    }
    int alikePairs = 0;
    int asymmetric = 0;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        for (std::size_t j = i + 1; j < keys.size(); ++j) {
            const int score = nameSimilarity(keys[i], keys[j]);
            asymmetric += score != nameSimilarity(keys[j], keys[i]) ? 1 : 0;
            if (score < 70) {
                continue;
            }
            ++alikePairs;
            std::vector<std::uint64_t> shared;
            std::set_intersection(blocking[i].begin(), blocking[i].end(), blocking[j].begin(), blocking[j].end(),
                                  std::back_inserter(shared));
            if (shared.empty() && !hasInitial(keys[i]) && !hasInitial(keys[j])) {
                FAIL_CHECK(names[i] << " / " << names[j] << " score " << score << " but share no blocking key");
            }
        }
    }
    CHECK(asymmetric == 0);
    CHECK(alikePairs > 80);
}
