#pragma once

#include "core/base/Clock.h"
#include "core/people/Person.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relawas::core {

// The calendar day of an Excel date serial (the fraction, a time of day, is dropped). In the 1900 system serial 1 is
// 1900-01-01 and 60 is Excel's 29 February 1900, a day that never was (nullopt); in the 1904 system 0 is 1904-01-01.
// Serials outside 1900-01-01..9999-12-31 give nullopt.
std::optional<Date> excelSerialToDate(double serial, bool date1904 = false);

// A date as people type it in an Indonesian spreadsheet: "dd/mm/yyyy", "dd-mm-yyyy", "dd.mm.yyyy", "yyyy-mm-dd",
// "d Agustus 1990" / "d-Agu-1990" (Indonesian or English month names), or an Excel serial number (a date cell saved
// to CSV without its format). Day before month always: an American "05/23/1990" is no date. Two-digit years are
// refused rather than guessed. nullopt when the text is no real date.
std::optional<Date> parseSheetDate(std::string_view text);

// "L", "P", "Laki-laki", "Laki - Laki", "Lk", "Pria", "Perempuan", "Pr", "Wanita", "Male", "Female", in any case.
std::optional<Gender> parseGenderText(std::string_view text);

// A role by its identifier ("anggota-panwascam") or its Indonesian name ("Anggota Panwascam", "Relawan", "Kader",
// "PKD", "Pengawas TPS", "Koordinator Kampung", "Staf Sekretariat", "Narasumber", "Pelatih"), in any case.
std::optional<RoleKind> parseRoleName(std::string_view text);

// A target group by its identifier or Indonesian name ("Pemilih Pemula", "Penyandang Disabilitas", "Lansia",
// "Tokoh Agama", "Mahasiswa/Pelajar", ...), in any case.
std::optional<TargetGroup> parseTargetGroupName(std::string_view text);

// "Ya"/"Y"/"Yes"/"Ada"/"1" -> true; "Tidak"/"Tdk"/"T"/"No"/"-"/"0"/"Tidak ada"/"" -> false; anything else nullopt.
std::optional<bool> parseYesNo(std::string_view text);

// The items of a list cell ("Relawan, PKD"; "Perempuan; Lansia"), trimmed, empty ones dropped.
std::vector<std::string> splitListCell(std::string_view text);

// Folds a name for comparing: ASCII letters lowercased, every run of spaces and punctuation one space, ends trimmed.
// "  Sei  BALAI " and "Sei-Balai" both become "sei balai".
std::string foldName(std::string_view text);

// Trims spaces (also no-break spaces) at both ends and unwraps Excel's text-forcing forms: `="0812..."` (what the
// refused-rows CSV writes so that Excel keeps the digits) and a leading apostrophe `'1219...`.
std::string cleanCellText(std::string_view text);

} // namespace relawas::core
