#include "core/demo/DemoNames.h"

#include <array>

namespace relawas::core::demo {

namespace {
using namespace std::string_view_literals;

constexpr std::array kMaleGiven{
    "Muhammad"sv,     "M."sv,    "Muh."sv,    "Ahmad"sv,    "Abdul"sv,  "Rizky"sv,   "Fajar"sv,   "Budi"sv,
    "Agus"sv,         "Andi"sv,  "Dedi"sv,    "Hendra"sv,   "Irfan"sv,  "Joko"sv,    "Rahmat"sv,  "Syahrul"sv,
    "Taufik"sv,       "Wahyu"sv, "Yusuf"sv,   "Zulkifli"sv, "Ilham"sv,  "Arif"sv,    "Bambang"sv, "Darma"sv,
    "Edi"sv,          "Fadli"sv, "Gunawan"sv, "Hasan"sv,    "Indra"sv,  "Khairul"sv, "Lukman"sv,  "Mahmud"sv,
    "Nasrul"sv,       "Putra"sv, "Ridwan"sv,  "Safrizal"sv, "Teguh"sv,  "Usman"sv,   "Wahid"sv,   "Yoga"sv,
    "Amri"sv,         "Bima"sv,  "Darwin"sv,  "Erwin"sv,    "Firman"sv, "Hotman"sv,  "Juli"sv,    "Marihot"sv,
    "Parlindungan"sv, "Sahat"sv};
constexpr std::array kFemaleGiven{"Siti"sv,      "Nur"sv,       "Nurul"sv,   "Dewi"sv,     "Sri"sv,     "Putri"sv,
                                  "Ayu"sv,       "Rina"sv,      "Wati"sv,    "Fitri"sv,    "Indah"sv,   "Lestari"sv,
                                  "Maya"sv,      "Nadia"sv,     "Rahma"sv,   "Sari"sv,     "Yuliana"sv, "Zahra"sv,
                                  "Aisyah"sv,    "Dian"sv,      "Eka"sv,     "Fatimah"sv,  "Hanifah"sv, "Intan"sv,
                                  "Juwita"sv,    "Kartika"sv,   "Lina"sv,    "Mawar"sv,    "Novita"sv,  "Ratna"sv,
                                  "Suryani"sv,   "Tuti"sv,      "Umi"sv,     "Wulan"sv,    "Yanti"sv,   "Zulaikha"sv,
                                  "Rosmawati"sv, "Nurhayati"sv, "Marlina"sv, "Hotmauli"sv, "Rotua"sv,   "Sondang"sv};
constexpr std::array kMaleSecond{"Syahputra"sv, "Hidayat"sv, "Ramadhan"sv, "Saputra"sv, "Pratama"sv, "Kurniawan"sv,
                                 "Hakim"sv,     "Fauzi"sv,   "Iskandar"sv, "Maulana"sv, "Akbar"sv,   "Firdaus"sv};
constexpr std::array kFemaleSecond{"Aminah"sv,  "Handayani"sv, "Rahmawati"sv, "Safitri"sv, "Wahyuni"sv,  "Anggraini"sv,
                                   "Puspita"sv, "Kusuma"sv,    "Ningsih"sv,   "Hasanah"sv, "Khadijah"sv, "Utami"sv};
constexpr std::array kFamily{"Siregar"sv,  "Nasution"sv, "Lubis"sv,    "Harahap"sv,   "Sitorus"sv,    "Simanjuntak"sv,
                             "Tanjung"sv,  "Pane"sv,     "Sinaga"sv,   "Panjaitan"sv, "Hutagalung"sv, "Damanik"sv,
                             "Saragih"sv,  "Purba"sv,    "Manurung"sv, "Pohan"sv,     "Batubara"sv,   "Rangkuti"sv,
                             "Hasibuan"sv, "Ritonga"sv,  "Tambunan"sv, "Sihombing"sv};
constexpr std::array kOccupations{"Petani"sv,          "Nelayan"sv,      "Pedagang"sv,       "Guru"sv,
                                  "Wiraswasta"sv,      "Mahasiswa"sv,    "Pelajar"sv,        "Ibu rumah tangga"sv,
                                  "Karyawan swasta"sv, "Buruh harian"sv, "Perangkat desa"sv, "Tenaga kesehatan"sv,
                                  "Pensiunan"sv};
constexpr std::array kEducation{"SD"sv, "SMP"sv, "SMA/SMK"sv, "D3"sv, "S1"sv, "S2"sv};
constexpr std::array kOrganisations{"Karang Taruna"sv, "PKK"sv,          "Remaja Masjid"sv, "Naposo Bulung"sv,
                                    "Muslimat NU"sv,   "Aisyiyah"sv,     "GMKI"sv,          "HMI"sv,
                                    "Pramuka"sv,       "Kelompok Tani"sv};
constexpr std::array kDisabilities{"Disabilitas fisik"sv, "Disabilitas sensorik netra"sv,
                                   "Disabilitas sensorik rungu"sv, "Disabilitas intelektual"sv};
} // namespace

std::span<const std::string_view> maleGivenNames()
{
    return kMaleGiven;
}
std::span<const std::string_view> femaleGivenNames()
{
    return kFemaleGiven;
}
std::span<const std::string_view> secondNames(bool female)
{
    return female ? std::span<const std::string_view>(kFemaleSecond) : std::span<const std::string_view>(kMaleSecond);
}
std::span<const std::string_view> familyNames()
{
    return kFamily;
}
std::span<const std::string_view> occupations()
{
    return kOccupations;
}
std::span<const std::string_view> educationLevels()
{
    return kEducation;
}
std::span<const std::string_view> organisations()
{
    return kOrganisations;
}
std::span<const std::string_view> disabilityKinds()
{
    return kDisabilities;
}

} // namespace relawas::core::demo
