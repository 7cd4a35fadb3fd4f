<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Tambahkan orang ke daftar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Part of a name, NIK or phone number</source>
        <translation>Sebagian nama, NIK, atau nomor telepon</translation>
    </message>
    <message>
        <source>Comes &amp;as</source>
        <translation>Se&amp;bagai</translation>
    </message>
</context>
<context>
    <name>AddRoleDialog</name>
    <message>
        <source>Add role</source>
        <translation>Tambah peran</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation>Tanggal &amp;mulai</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>“%1” is not a date: write it as dd/mm/yyyy, e.g. 14/02/2029.</source>
        <translation>“%1” bukan tanggal: tulis sebagai hh/bb/tttt, misalnya 14/02/2029.</translation>
    </message>
    <message>
        <source>“%1” has no month %2: write it as dd/mm/yyyy.</source>
        <translation>“%1” tidak punya bulan ke-%2: tulis sebagai hh/bb/tttt.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <extracomment>A day that is not in the calendar, e.g. &quot;29 February 2001 does not exist.&quot;</extracomment>
        <translation>%1 %2 %3 tidak ada.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A stored moment: the date with the month&apos;s name, then the time, e.g. &quot;3 Desember 2026 17.11&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village (desa)</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Calon</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Sudah dinilai</translation>
    </message>
    <message>
        <source>Designated (SK)</source>
        <translation>Ditetapkan (SK)</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Diluncurkan</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak aktif</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Programme status</source>
        <translation>Status program</translation>
    </message>
    <message>
        <source>SK number</source>
        <translation>Nomor SK</translation>
    </message>
    <message>
        <source>SK date</source>
        <translation>Tanggal SK</translation>
    </message>
    <message>
        <source>Assessment score</source>
        <translation>Skor asesmen</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Tingkat kerawanan</translation>
    </message>
    <message>
        <source>MoU end date</source>
        <translation>Tanggal berakhir MoU</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Kampung coordinator</source>
        <translation>Koordinator kampung</translation>
    </message>
    <message>
        <source>PKD</source>
        <translation>PKD</translation>
    </message>
    <message>
        <source>PTPS</source>
        <translation>PTPS</translation>
    </message>
    <message>
        <source>Panwascam member</source>
        <translation>Anggota Panwascam</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Staf sekretariat</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>First-time voters</source>
        <translation>Pemilih pemula</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Lansia</translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation>Tokoh agama</translation>
    </message>
    <message>
        <source>Customary leaders</source>
        <translation>Tokoh adat</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Pemuda</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Mahasiswa/pelajar</translation>
    </message>
    <message>
        <source>Community organisations</source>
        <translation>Ormas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Who did something: the user&apos;s name, then the computer it was done on</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rakernis</source>
        <translation>Rakernis</translation>
    </message>
    <message>
        <source>P2P class</source>
        <translation>Kelas P2P</translation>
    </message>
    <message>
        <source>Forum Warga</source>
        <translation>Forum Warga</translation>
    </message>
    <message>
        <source>Sosialisasi</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Bimtek</source>
        <translation>Bimtek</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Panitia</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Menolak</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Minimum &amp;score</source>
        <translation>&amp;Skor minimum</translation>
    </message>
    <message>
        <source>How alike two records must be to be listed (100: the same name and birth date)</source>
        <translation>Seberapa mirip dua data agar dicantumkan (100: nama dan tanggal lahir sama)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>M&amp;uat ulang</translation>
    </message>
    <message>
        <source>Look for probable duplicates again</source>
        <translation>Cari lagi kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Enter: compare and merge the chosen pair · Esc: close</source>
        <translation>Enter: bandingkan dan gabungkan pasangan yang dipilih · Esc: tutup</translation>
    </message>
    <message>
        <source>Co&amp;mpare and merge…</source>
        <translation>&amp;Bandingkan dan gabungkan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>EndRoleDialog</name>
    <message>
        <source>End role</source>
        <translation>Akhiri peran</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>Tanggal &amp;selesai</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Alasan</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>Basis data tidak dapat dibuka: %1</translation>
    </message>
    <message>
        <source>This database was made by a newer Relawas (schema %1; this program knows up to %2). Please update Relawas.</source>
        <translation>Basis data ini dibuat oleh Relawas yang lebih baru (skema %1; program ini hanya mengenal sampai %2). Perbarui Relawas.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. Details: %2</source>
        <translation>Pembaruan basis data ke versi %1 gagal; basis data tidak diubah. Rincian: %2</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Ada kolom bertanda kutip yang tidak pernah ditutup.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Berkas %1 tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The file %1 is missing or cannot be read.</source>
        <translation>Berkas %1 tidak ada atau tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>The package description is unreadable: %1</source>
        <translation>Keterangan paket tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>The first line must be the header &quot;%1&quot;.</source>
        <translation>Baris pertama harus berupa judul kolom &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation>Seharusnya %1 kolom, ternyata %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid region code.</source>
        <translation>&quot;%1&quot; bukan kode wilayah yang sah.</translation>
    </message>
    <message>
        <source>Code %1 is a %2 and does not belong in this file.</source>
        <translation>Kode %1 adalah %2 dan tidak semestinya ada di berkas ini.</translation>
    </message>
    <message>
        <source>Code %1 is a %2, which the level column contradicts.</source>
        <translation>Kode %1 adalah %2, tetapi kolom tingkat menyatakan lain.</translation>
    </message>
    <message>
        <source>The parent of code %1 is %2, which the parent column contradicts.</source>
        <translation>Induk kode %1 adalah %2, tetapi kolom induk menyatakan lain.</translation>
    </message>
    <message>
        <source>Region %1 has no name.</source>
        <translation>Wilayah %1 tidak bernama.</translation>
    </message>
    <message>
        <source>Code %1 appears a second time (first at %2).</source>
        <translation>Kode %1 muncul untuk kedua kalinya (pertama di %2).</translation>
    </message>
    <message>
        <source>The parent %1 of code %2 is not in the list: the list is partial.</source>
        <translation>Induk %1 dari kode %2 tidak ada dalam daftar: daftar ini tidak lengkap.</translation>
    </message>
    <message>
        <source>The list holds no regions.</source>
        <translation>Daftar ini tidak berisi wilayah apa pun.</translation>
    </message>
    <message>
        <source>Writing the region list failed; the database was left unchanged. Details: %1</source>
        <translation>Penyimpanan daftar wilayah gagal; basis data tidak diubah. Rincian: %1</translation>
    </message>
    <message>
        <source>%1 is not a region of the current code list.</source>
        <translation>%1 bukan wilayah dalam daftar kode yang berlaku.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a regency or city.</source>
        <translation>%1 (%2) bukan kabupaten atau kota.</translation>
    </message>
    <message>
        <source>%1 is not a village (desa or kelurahan).</source>
        <translation>%1 bukan desa atau kelurahan.</translation>
    </message>
    <message>
        <source>The record of village %1 was changed meanwhile. Reopen it and try again.</source>
        <translation>Data desa %1 telah diubah di tempat lain. Buka kembali lalu coba lagi.</translation>
    </message>
    <message>
        <source>The assessment score must lie between 0 and 100.</source>
        <translation>Skor asesmen harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>An assessed village needs its assessment score.</source>
        <translation>Desa yang sudah dinilai memerlukan skor asesmen.</translation>
    </message>
    <message>
        <source>An assessed village needs its vulnerability level.</source>
        <translation>Desa yang sudah dinilai memerlukan tingkat kerawanan.</translation>
    </message>
    <message>
        <source>An SK number contains at least one digit and only letters, digits, spaces and . / - _ ( ).</source>
        <translation>Nomor SK memuat paling sedikit satu angka dan hanya huruf, angka, spasi serta . / - _ ( ).</translation>
    </message>
    <message>
        <source>Enter the SK number before marking the village as designated or launched.</source>
        <translation>Isi nomor SK sebelum menandai desa sebagai ditetapkan atau diluncurkan.</translation>
    </message>
    <message>
        <source>Enter the SK date before marking the village as designated or launched.</source>
        <translation>Isi tanggal SK sebelum menandai desa sebagai ditetapkan atau diluncurkan.</translation>
    </message>
    <message>
        <source>The SK date lies in the future.</source>
        <translation>Tanggal SK berada di masa depan.</translation>
    </message>
    <message>
        <source>The MoU must end after the SK date.</source>
        <translation>MoU harus berakhir setelah tanggal SK.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Dibatalkan.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, baris %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the current code list; it cannot join the programme.</source>
        <translation>%1 tidak lagi ada dalam daftar kode yang berlaku; wilayah ini tidak dapat masuk program.</translation>
    </message>
    <message>
        <source>The file cannot be written. Choose another folder, or free some disk space.</source>
        <translation>Berkas tidak dapat ditulis. Pilih folder lain, atau kosongkan sebagian ruang disk.</translation>
    </message>
    <message>
        <source>%1 people do not fit in one XLSX sheet (at most %2). Narrow the filter, or export CSV.</source>
        <translation>%1 orang tidak muat dalam satu lembar XLSX (paling banyak %2). Persempit saringan, atau ekspor CSV.</translation>
    </message>
    <message>
        <source>The record of %1 was changed, removed or merged meanwhile.</source>
        <translation>Data %1 telah diubah, dihapus, atau digabungkan sementara itu.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>Orang tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Sebuah data tidak dapat digabungkan dengan dirinya sendiri.</translation>
    </message>
    <message>
        <source>This role was changed or removed meanwhile, so nothing was saved. Close this window to see the role as it is now.</source>
        <translation>Peran ini sudah diubah atau dihapus di tempat lain, jadi tidak ada yang disimpan. Tutup jendela ini untuk melihat peran sebagaimana tersimpan sekarang.</translation>
    </message>
    <message>
        <source>A role cannot end before it starts.</source>
        <translation>Peran tidak bisa berakhir sebelum dimulai.</translation>
    </message>
    <message>
        <source>The person of this role is no longer in the register.</source>
        <translation>Orang yang memegang peran ini sudah tidak ada di daftar.</translation>
    </message>
    <message>
        <source>Too young for this role on the election day: it needs %1 years, and the person is %2.</source>
        <translation>Terlalu muda untuk peran ini pada hari pemungutan suara: minimal %1 tahun, sedangkan usianya %2 tahun.</translation>
    </message>
    <message>
        <source>%1 already holds this role in region %2.</source>
        <translation>%1 sudah memegang peran ini di wilayah %2.</translation>
    </message>
    <message>
        <source>Another program is writing to the database right now, so nothing was saved. Try again in a moment.</source>
        <translation>Program lain sedang menulis ke basis data, jadi tidak ada yang disimpan. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The database could not finish the work, so nothing was saved. Details: %1</source>
        <translation>Basis data tidak dapat menyelesaikan pekerjaan ini, jadi tidak ada yang disimpan. Rincian: %1</translation>
    </message>
    <message>
        <source>The database holds the most people it can search (%1): nothing was saved.</source>
        <translation>Basis data sudah memuat jumlah orang terbanyak yang dapat dicari (%1): tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>Writing stopped on an error, so nothing of this import was kept.</source>
        <translation>Penulisan terhenti karena kesalahan, jadi tidak ada bagian impor ini yang disimpan.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is missing, or this user may not open it.</source>
        <translation>Berkas tidak dapat dibaca: berkas tidak ada, atau pengguna ini tidak boleh membukanya.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas ini kosong.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls). Save it in Excel as &quot;Excel Workbook (*.xlsx)&quot; or as CSV, then open that file.</source>
        <translation>Ini buku kerja Excel 97-2003 (.xls). Simpan di Excel sebagai &quot;Excel Workbook (*.xlsx)&quot; atau sebagai CSV, lalu buka berkas itu.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook, although its name ends in .xlsx.</source>
        <translation>Berkas ini bukan buku kerja Excel, meskipun namanya berakhiran .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged or cut short. Open it in Excel, save it again, and open the saved file.</source>
        <translation>Buku kerja ini rusak atau terpotong. Buka di Excel, simpan lagi, lalu buka berkas yang tersimpan.</translation>
    </message>
    <message>
        <source>The workbook holds no worksheet.</source>
        <translation>Buku kerja ini tidak berisi lembar kerja.</translation>
    </message>
    <message>
        <source>No header row was recognised: choose the line that holds the column names.</source>
        <translation>Baris judul tidak dikenali: pilih baris yang berisi nama-nama kolom.</translation>
    </message>
    <message>
        <source>The columns are not set right yet: check the field of each column.</source>
        <translation>Kolom belum diatur dengan benar: periksa isian setiap kolom.</translation>
    </message>
    <message>
        <source>Choose the working regency first (Settings): villages are looked up within it.</source>
        <translation>Pilih dulu kabupaten/kota kerja (Pengaturan): desa dicari di dalamnya.</translation>
    </message>
    <message>
        <source>There are no villages under %1.</source>
        <translation>Tidak ada desa/kelurahan di bawah %1.</translation>
    </message>
    <message>
        <source>A training needs a title.</source>
        <translation>Pelatihan perlu judul.</translation>
    </message>
    <message>
        <source>A training needs real start and end dates.</source>
        <translation>Pelatihan perlu tanggal mulai dan selesai yang benar.</translation>
    </message>
    <message>
        <source>A training cannot end before it starts.</source>
        <translation>Pelatihan tidak bisa selesai sebelum dimulai.</translation>
    </message>
    <message>
        <source>%1 attendance record(s) fall outside the new dates; remove them first.</source>
        <translation>%1 data kehadiran berada di luar tanggal yang baru; hapus dulu data itu.</translation>
    </message>
    <message>
        <source>The training %1 was changed meanwhile. Reopen it and try again.</source>
        <translation>Pelatihan %1 telah diubah di tempat lain. Buka kembali lalu coba lagi.</translation>
    </message>
    <message>
        <source>The training of this attendance no longer exists.</source>
        <translation>Pelatihan untuk kehadiran ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The person of this attendance is no longer in the register.</source>
        <translation>Orang dalam kehadiran ini sudah tidak ada di daftar.</translation>
    </message>
    <message>
        <source>This field cannot be merged.</source>
        <translation>Isian ini tidak dapat digabungkan.</translation>
    </message>
    <message>
        <source>%1 is a file Relawas must not overwrite (%2): choose another name or folder.</source>
        <translation>%1 adalah berkas yang tidak boleh ditimpa Relawas (%2): pilih nama atau folder lain.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 tidak dapat ditulis: %2</translation>
    </message>
    <message>
        <source>The workbook is larger than Relawas reads (part %1). Save the sheet as CSV, or split it into smaller files.</source>
        <translation>Buku kerja ini lebih besar daripada yang dapat dibaca Relawas (bagian %1). Simpan lembarnya sebagai CSV, atau pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a spreadsheet holds: split it into smaller files.</source>
        <translation>Berkas ini memiliki lebih dari %1 baris, lebih banyak daripada yang dapat dimuat lembar kerja: pecah menjadi beberapa berkas yang lebih kecil.</translation>
    </message>
    <message>
        <source>This is a device or a pipe, not a file: choose a spreadsheet file.</source>
        <translation>Ini perangkat atau pipa, bukan berkas: pilih berkas lembar kerja.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 bytes fit in one field.</source>
        <translation>Teks terlalu panjang: satu isian memuat paling banyak %1 byte.</translation>
    </message>
    <message>
        <source>This training no longer exists.</source>
        <translation>Kegiatan ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1, or left empty.</source>
        <translation>Kapasitas paling sedikit 1, atau dikosongkan.</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and 100.</source>
        <translation>Nilai kelulusan harus antara 0 dan 100.</translation>
    </message>
    <message>
        <source>The person invited is no longer in the register.</source>
        <translation>Orang yang diundang sudah tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>The invitation was changed meanwhile. Look again and retry.</source>
        <translation>Undangan ini baru saja diubah. Periksa kembali lalu ulangi.</translation>
    </message>
    <message>
        <source>Say whom to invite: choose a role, a region, or both.</source>
        <translation>Tentukan siapa yang diundang: pilih peran, wilayah, atau keduanya.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>Presensi ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>Say why the check-in is annulled.</source>
        <translation>Sebutkan alasan presensi dibatalkan.</translation>
    </message>
    <message>
        <source>The holder of this card is no longer in the register.</source>
        <translation>Pemegang kartu ini sudah tidak ada dalam daftar.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started: the installation is damaged.</source>
        <translation>Pustaka kriptografi tidak dapat dijalankan: instalasi rusak.</translation>
    </message>
    <message>
        <source>A score is between 0 and 100, not %1.</source>
        <translation>Nilai harus antara 0 dan 100, bukan %1.</translation>
    </message>
    <message>
        <source>This graded part of the training no longer exists.</source>
        <translation>Komponen penilaian ini sudah tidak ada.</translation>
    </message>
    <message>
        <source>The components were changed meanwhile. Open the score sheet again.</source>
        <translation>Komponen penilaian telah diubah di tempat lain. Buka lembar nilai lagi.</translation>
    </message>
    <message>
        <source>Every component needs a name.</source>
        <translation>Setiap komponen memerlukan nama.</translation>
    </message>
    <message>
        <source>A weight is between 0 and 100, not %1.</source>
        <translation>Bobot harus antara 0 dan 100, bukan %1.</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100.</source>
        <translation>Jumlah bobot %1, bukan 100.</translation>
    </message>
    <message>
        <source>The report holds a value JSON cannot write.</source>
        <translation>Laporan berisi nilai yang tidak dapat ditulis sebagai JSON.</translation>
    </message>
    <message>
        <source>The report holds a number that is not finite.</source>
        <translation>Laporan berisi angka yang tidak terhingga.</translation>
    </message>
    <message>
        <source>The report holds text that is not valid UTF-8.</source>
        <translation>Laporan berisi teks yang bukan UTF-8 yang sah.</translation>
    </message>
    <message>
        <source>The key this database signs its reports with is damaged: restore the database from a backup.</source>
        <translation>Kunci yang dipakai basis data ini untuk menandatangani laporan rusak: pulihkan basis data dari cadangan.</translation>
    </message>
    <message>
        <source>The report %1 cannot be opened.</source>
        <translation>Laporan %1 tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The report is not valid JSON at byte %1.</source>
        <translation>Laporan ini bukan JSON yang sah pada bita ke-%1.</translation>
    </message>
    <message>
        <source>The report breaks off at byte %1 (%2): it was cut while being copied or sent. Ask for it again.</source>
        <translation>Laporan terputus pada bita ke-%1 (%2): berkasnya terpotong saat disalin atau dikirim. Mintalah sekali lagi.</translation>
    </message>
    <message>
        <source>This file is not a Relawas report.</source>
        <translation>Berkas ini bukan laporan Relawas.</translation>
    </message>
    <message>
        <source>The report is of format version %1, made by a newer Relawas. Update Relawas to read it.</source>
        <translation>Laporan ini berformat versi %1, dibuat oleh Relawas yang lebih baru. Perbarui Relawas untuk membacanya.</translation>
    </message>
    <message>
        <source>The report gives %1 as its format version, which does not exist.</source>
        <translation>Laporan menyebut %1 sebagai versi formatnya, padahal versi itu tidak ada.</translation>
    </message>
    <message>
        <source>%1 stands out of its place: the report was not written by Relawas, or was edited.</source>
        <translation>%1 tidak berada di tempatnya: laporan ini tidak ditulis oleh Relawas, atau telah diubah.</translation>
    </message>
    <message>
        <source>%1 is not part of a Relawas report.</source>
        <translation>%1 bukan bagian dari laporan Relawas.</translation>
    </message>
    <message>
        <source>The report has no %1.</source>
        <translation>Laporan ini tidak memuat %1.</translation>
    </message>
    <message>
        <source>%1 is given twice in the report.</source>
        <translation>%1 muncul dua kali di laporan.</translation>
    </message>
    <message>
        <source>The report&apos;s %1 is not as the format requires.</source>
        <translation>%1 pada laporan tidak sesuai dengan format.</translation>
    </message>
    <message>
        <source>%1 is not a record as the format requires.</source>
        <translation>%1 bukan data yang sesuai dengan format.</translation>
    </message>
    <message>
        <source>%1 is larger than a record of a report can be.</source>
        <translation>%1 lebih besar daripada batas satu data laporan.</translation>
    </message>
    <message>
        <source>%1 holds %2 records, not the number its header announces: records are missing or were added.</source>
        <translation>%1 berisi %2 data, tidak sama dengan jumlah yang disebut di kepala laporan: ada data yang hilang atau ditambahkan.</translation>
    </message>
    <message>
        <source>The records of the report are not those it was signed with: it was changed or damaged on the way. Ask for it again.</source>
        <translation>Data laporan tidak sama dengan yang ditandatangani: laporan diubah atau rusak di jalan. Mintalah sekali lagi.</translation>
    </message>
    <message>
        <source>The report&apos;s signature does not match its sender&apos;s key: it was changed or forged. Do not use it.</source>
        <translation>Tanda tangan laporan tidak cocok dengan kunci pengirimnya: laporan telah diubah atau dipalsukan. Jangan dipakai.</translation>
    </message>
    <message>
        <source>This report comes from this database itself.</source>
        <translation>Laporan ini berasal dari basis data ini sendiri.</translation>
    </message>
    <message>
        <source>%1 is trusted with another key: this report, signed by %2, is not from it. Ask its sender by phone before doing anything with it.</source>
        <translation>%1 dipercaya dengan kunci lain: laporan ini, yang ditandatangani %2, bukan darinya. Tanyakan pengirimnya lewat telepon sebelum berbuat apa pun dengan laporan ini.</translation>
    </message>
    <message>
        <source>The fingerprint %1 is not the report&apos;s (%2): compare it with the sender again.</source>
        <translation>Sidik %1 bukan sidik laporan ini (%2): cocokkan lagi dengan pengirimnya.</translation>
    </message>
    <message>
        <source>%1 is not a trusted sender yet. Compare the fingerprint %2 with them by phone, then trust it.</source>
        <translation>%1 belum menjadi pengirim tepercaya. Cocokkan sidik kunci %2 dengan pengirim lewat telepon, lalu percayai.</translation>
    </message>
    <message>
        <source>A public summary holds counts only: it cannot be taken into a database.</source>
        <translation>Ringkasan publik hanya berisi jumlah: tidak dapat dimasukkan ke basis data.</translation>
    </message>
    <message>
        <source>Report %1 of %2 was taken in before with other content: two reports carry one number, or one was forged. Ask the sender by phone.</source>
        <translation>Laporan %1 dari %2 pernah diterima dengan isi lain: dua laporan memakai satu nomor, atau salah satunya dipalsukan. Tanyakan kepada pengirim lewat telepon.</translation>
    </message>
    <message>
        <source>The report holds records this program cannot store.</source>
        <translation>Laporan berisi catatan yang tidak dapat disimpan program ini.</translation>
    </message>
    <message>
        <source>The report holds records of %1, which this program cannot store.</source>
        <translation>Laporan berisi catatan %1 yang tidak dapat disimpan program ini.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Tidak ada konflik %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was decided already.</source>
        <translation>Konflik %1 sudah diputuskan.</translation>
    </message>
    <message>
        <source>The record of conflict %1 is no longer in this database.</source>
        <translation>Data konflik %1 sudah tidak ada di basis data ini.</translation>
    </message>
    <message>
        <source>Only a field changed on both sides takes a value of your own: choose ours or theirs.</source>
        <translation>Hanya isian yang diubah di kedua pihak yang dapat diisi nilai sendiri: pilih milik kita atau milik mereka.</translation>
    </message>
    <message>
        <source>A person has no field %1.</source>
        <translation>Data orang tidak memiliki isian %1.</translation>
    </message>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 tidak boleh “%2”.</translation>
    </message>
    <message>
        <source>A report of changes is for one receiver: choose whom it is for.</source>
        <translation>Laporan perubahan ditujukan kepada satu penerima: pilih penerimanya.</translation>
    </message>
    <message>
        <source>No report was sent to this receiver yet: send a full report first.</source>
        <translation>Belum ada laporan yang dikirim ke penerima ini: kirim laporan lengkap lebih dulu.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a kecamatan.</source>
        <translation>%1 (%2) bukan kecamatan.</translation>
    </message>
    <message>
        <source>%1 (%2) is neither a village nor a kecamatan: a village roster is printed for one village or for every village of a kecamatan.</source>
        <translation>%1 (%2) bukan desa dan bukan kecamatan: daftar relawan desa dicetak untuk satu desa atau untuk semua desa dalam satu kecamatan.</translation>
    </message>
    <message>
        <source>The report&apos;s period ends on %2, before it begins on %1: swap the two dates.</source>
        <translation>Periode laporan berakhir pada %2, sebelum dimulai pada %1: tukar kedua tanggal itu.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Relawas</source>
        <translation>Selamat datang di Relawas</translation>
    </message>
    <message>
        <source>Choose the regency or city (kabupaten/kota) you work in. Relawas shows its districts and villages and keeps your work to it. You can change it later in Settings.</source>
        <translation>Pilih kabupaten/kota tempat Anda bertugas. Relawas menampilkan kecamatan dan desa/kelurahannya serta membatasi pekerjaan Anda pada wilayah itu. Pilihan ini dapat diganti nanti di Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Name, province or code, e.g. Batu Bara or 12.19</source>
        <translation>Nama, provinsi atau kode, mis. Batu Bara atau 12.19</translation>
    </message>
</context>
<context>
    <name>ImportMessageText</name>
    <message>
        <source>The same NIK as line %1 of this file.</source>
        <translation>NIK sama dengan baris %1 berkas ini.</translation>
    </message>
    <message>
        <source>This NIK is already registered for %1.</source>
        <translation>NIK ini sudah terdaftar untuk %1.</translation>
    </message>
    <message>
        <source>The same phone number as line %1 (families often share one).</source>
        <translation>Nomor HP sama dengan baris %1 (satu keluarga sering berbagi nomor).</translation>
    </message>
    <message>
        <source>%1 has the same phone number (families often share one).</source>
        <translation>%1 memakai nomor HP yang sama (satu keluarga sering berbagi nomor).</translation>
    </message>
    <message>
        <source>No desa or kelurahan of this name in Kecamatan %1.</source>
        <translation>Tidak ada desa atau kelurahan bernama ini di Kecamatan %1.</translation>
    </message>
    <message>
        <source>Kecamatan %1 has several villages of this name; the import does not guess.</source>
        <translation>Kecamatan %1 memiliki beberapa desa dengan nama ini; impor tidak menebak.</translation>
    </message>
    <message>
        <source>A village is found only within its kecamatan, and the kecamatan is empty.</source>
        <translation>Desa hanya dicari di dalam kecamatannya, dan kolom kecamatan kosong.</translation>
    </message>
    <message>
        <source>No kecamatan of this name in the working regency.</source>
        <translation>Tidak ada kecamatan bernama ini di kabupaten/kota kerja.</translation>
    </message>
    <message>
        <source>Not a date; write dd/mm/yyyy.</source>
        <translation>Bukan tanggal; tulis hh/bb/tttt.</translation>
    </message>
    <message>
        <source>Gender must be L, P, Laki-laki or Perempuan.</source>
        <translation>Jenis kelamin harus L, P, Laki-laki, atau Perempuan.</translation>
    </message>
    <message>
        <source>Not a role Relawas knows.</source>
        <translation>Bukan peran yang dikenal Relawas.</translation>
    </message>
    <message>
        <source>Not a target group Relawas knows.</source>
        <translation>Bukan kelompok sasaran yang dikenal Relawas.</translation>
    </message>
    <message>
        <source>RT and RW are numbers of at most three digits.</source>
        <translation>RT dan RW berupa angka paling banyak tiga digit.</translation>
    </message>
    <message>
        <source>The row could not be stored: %1</source>
        <translation>Baris ini tidak dapat disimpan: %1</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Maksud Anda %1?</translation>
    </message>
    <message>
        <source>A village of this name is in Kecamatan %1.</source>
        <translation>Desa dengan nama ini ada di Kecamatan %1.</translation>
    </message>
    <message>
        <source>Skipped: nothing in the columns being imported (only a running number?).</source>
        <translation>Dilewati: kolom yang diimpor kosong semua (hanya nomor urut?).</translation>
    </message>
    <message>
        <source>Skipped: below the table, without NIK, birth date, phone or village: a signature, a date or a note, not a person.</source>
        <translation>Dilewati: di bawah tabel, tanpa NIK, tanggal lahir, telepon, atau desa: tanda tangan, tanggal, atau catatan, bukan orang.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cell holds bytes that are not text. Type it again, or save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>Sel ini memuat byte yang bukan teks. Ketik ulang, atau simpan berkas sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The cell is longer than %1 characters.</source>
        <translation>Sel ini lebih panjang dari %1 karakter.</translation>
    </message>
    <message>
        <source>The cell holds an invisible control character: type it again.</source>
        <translation>Sel ini memuat karakter kendali yang tidak terlihat: ketik ulang.</translation>
    </message>
    <message>
        <source>The cell is a formula; its last result is imported. Check it.</source>
        <translation>Sel ini berisi rumus; hasil terakhirnya yang diimpor. Periksa kembali.</translation>
    </message>
    <message>
        <source>The row is far too large to read (more than 4 MB).</source>
        <translation>Baris ini terlalu besar untuk dibaca (lebih dari 4 MB).</translation>
    </message>
    <message>
        <source>The row has more cells than a spreadsheet holds.</source>
        <translation>Baris ini memiliki lebih banyak sel daripada yang dapat dimuat lembar kerja.</translation>
    </message>
    <message>
        <source>A quoted cell opened here is never closed, so the rest of the file was read as one cell: close the quote and import again.</source>
        <translation>Sel bertanda kutip yang dibuka di sini tidak pernah ditutup, sehingga sisa berkas terbaca sebagai satu sel: tutup tanda kutipnya lalu impor lagi.</translation>
    </message>
    <message>
        <source>The row cannot be read: its XML is damaged.</source>
        <translation>Baris ini tidak dapat dibaca: XML-nya rusak.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Change invitation</source>
        <translation>Ubah undangan</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Comes &amp;as</source>
        <translation>Se&amp;bagai</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite participants</source>
        <translation>Undang peserta</translation>
    </message>
    <message>
        <source>Who holds one of these ro&amp;les</source>
        <translation>Yang memegang salah satu &amp;peran ini</translation>
    </message>
    <message>
        <source>In the &amp;region</source>
        <translation>Di &amp;wilayah</translation>
    </message>
    <message>
        <source>Invite &amp;as</source>
        <translation>Diundang &amp;sebagai</translation>
    </message>
</context>
<context>
    <name>KampungDetailPanel</name>
    <message>
        <source>No village selected</source>
        <translation>Belum ada desa yang dipilih</translation>
    </message>
    <message>
        <source>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</source>
        <translation>Pilih desa atau kelurahan pada daftar untuk melihat dan mengatur status Kampung Pengawasan Partisipatif-nya.</translation>
    </message>
    <message>
        <source>Kampung Pengawasan Partisipatif</source>
        <translation>Kampung Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Assessment s&amp;core</source>
        <translation>Sk&amp;or asesmen</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>Tingkat ke&amp;rawanan</translation>
    </message>
    <message>
        <source>SK &amp;number</source>
        <translation>&amp;Nomor SK</translation>
    </message>
    <message>
        <source>e.g. 188/PP.01.02/K.SU-19/09/2024</source>
        <translation>mis. 188/PP.01.02/K.SU-19/09/2024</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>&amp;MoU ends</source>
        <translation>&amp;MoU berakhir</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>SK da&amp;te</source>
        <translation>Tangga&amp;l SK</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Gabungkan dua data</translation>
    </message>
    <message>
        <source>Choose, field by field, which value the merged record holds. The other record is then removed (the audit log keeps it) and its roles move to the kept record.</source>
        <translation>Pilih, kolom demi kolom, nilai mana yang disimpan data hasil penggabungan. Data yang lain kemudian dihapus (log audit tetap menyimpannya) dan perannya pindah ke data yang dipertahankan.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Data yang dipertahankan</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>&amp;Search</source>
        <translation>C&amp;ari</translation>
    </message>
    <message>
        <source>Part of a name, NIK or phone number</source>
        <translation>Sebagian nama, NIK, atau nomor telepon</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Desa</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>Target &amp;group</source>
        <translation>Kelompok &amp;sasaran</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Age from</source>
        <translation>Us&amp;ia dari</translation>
    </message>
    <message>
        <source>any</source>
        <translation>semua</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Hapus filter</translation>
    </message>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message>
    <message>
        <source>Incl&amp;ude full NIK in exports</source>
        <translation>Sertakan NIK &amp;lengkap di ekspor</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Ekspor &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Ekspor &amp;XLSX…</translation>
    </message>
    <message>
        <source>Regis&amp;ter a person…</source>
        <translation>Dafta&amp;rkan orang…</translation>
    </message>
    <message>
        <source>Open the registration form (Ctrl+N)</source>
        <translation>Buka formulir pendaftaran (Ctrl+N)</translation>
    </message>
    <message>
        <source>I&amp;mport spreadsheet…</source>
        <translation>I&amp;mpor spreadsheet…</translation>
    </message>
    <message>
        <source>Register many people at once from a CSV or XLSX file</source>
        <translation>Daftarkan banyak orang sekaligus dari berkas CSV atau XLSX</translation>
    </message>
    <message>
        <source>Pr&amp;obable duplicates…</source>
        <translation>Kemun&amp;gkinan duplikat…</translation>
    </message>
    <message>
        <source>Review the people registered twice under alike names, and merge them</source>
        <translation>Periksa orang yang terdaftar dua kali dengan nama mirip, lalu gabungkan</translation>
    </message>
    <message>
        <source>&amp;Past trainings</source>
        <translation>Pe&amp;latihan diikuti</translation>
    </message>
    <message>
        <source>Edit entr&amp;y…</source>
        <translation>Ubah data &amp;orang…</translation>
    </message>
    <message>
        <source>Correct the data of the person chosen (Enter)</source>
        <translation>Perbaiki data orang yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw entry…</source>
        <translation>Hapus dari da&amp;ftar…</translation>
    </message>
    <message>
        <source>Remove the person chosen from the register, with their roles and attendance (Delete)</source>
        <translation>Hapus orang yang dipilih dari daftar, beserta peran dan kehadirannya (Delete)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Ekspor</translation>
    </message>
    <message>
        <source>Export the people shown as CSV or XLSX (Ctrl+E)</source>
        <translation>Ekspor orang yang ditampilkan sebagai CSV atau XLSX (Ctrl+E)</translation>
    </message>
</context>
<context>
    <name>PersonFieldText</name>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>Phone/WhatsApp</source>
        <translation>No. HP/WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Jenis disabilitas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Pernyataan bukan anggota partai, tanggal</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Persetujuan pemrosesan data, tanggal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Relawas</source>
        <translation>Relawas</translation>
    </message>
</context>
<context>
    <name>RegionListLoader</name>
    <message>
        <source>Loading the official list of provinces, regencies, districts and villages…</source>
        <translation>Memuat daftar resmi provinsi, kabupaten/kota, kecamatan, dan desa/kelurahan…</translation>
    </message>
    <message>
        <source>Preparing Relawas</source>
        <translation>Menyiapkan Relawas</translation>
    </message>
    <message>
        <source>Relawas needs the region list to work and will close. Nothing was changed.</source>
        <translation>Relawas memerlukan daftar wilayah untuk bekerja dan akan ditutup. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a person</source>
        <translation>Daftarkan orang</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digit, sesuai KTP</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>Na&amp;ma lengkap</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Jenis kelamin</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Tanggal lahir</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>hh/bb/tttt</translation>
    </message>
    <message>
        <source>Birth &amp;place</source>
        <translation>Tem&amp;pat lahir</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Type the name of a desa or kelurahan</source>
        <translation>Ketik nama desa atau kelurahan</translation>
    </message>
    <message>
        <source>Dus&amp;un, RT/RW</source>
        <translation>D&amp;usun, RT/RW</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>P&amp;hone/WhatsApp</source>
        <translation>No. &amp;HP/WhatsApp</translation>
    </message>
    <message>
        <source>0812-3456-7890</source>
        <translation>0812-3456-7890</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;Occupation</source>
        <translation>Pe&amp;kerjaan</translation>
    </message>
    <message>
        <source>Educa&amp;tion</source>
        <translation>P&amp;endidikan</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>Pe&amp;ran</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation>Disa&amp;bilitas</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Jenis disabilitas</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Pernyataan bukan anggota parpol, tanggal</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Persetujuan pemrosesan data, tanggal</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Enter: save and start the next person · Esc: close</source>
        <translation>Enter: simpan dan lanjut ke orang berikutnya · Esc: tutup</translation>
    </message>
</context>
<context>
    <name>ReportImportRun</name>
    <message>
        <source>Reading reports</source>
        <translation>Membaca laporan</translation>
    </message>
    <message>
        <source>Merging reports</source>
        <translation>Menggabungkan laporan</translation>
    </message>
    <message numerus="yes">
        <source>Reading and checking %Ln report(s)…</source>
        <translation>
            <numerusform>Membaca dan memeriksa %Ln laporan…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %Ln report(s)…</source>
        <translation>
            <numerusform>Menggabungkan %Ln laporan…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleScopes</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ScopeChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>tidak disebutkan</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>Ba&amp;hasa program</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Wilayah kerja</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Kabupaten/kota</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <source>Region code list</source>
        <translation>Daftar kode wilayah</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>&amp;Ganti…</translation>
    </message>
    <message>
        <source>&amp;Not set</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <source>Each role&apos;s minimum age (17 for a volunteer, 21 for PKD, PTPS and Panwascam members) is counted on this day. Not set: on the day of registration.</source>
        <translation>Usia minimum setiap peran (17 tahun untuk relawan, 21 tahun untuk PKD, PTPS, dan anggota Panwascam) dihitung pada hari ini. Bila kosong: pada hari pendaftaran.</translation>
    </message>
    <message>
        <source>Election da&amp;y</source>
        <translation>Hari pemungutan &amp;suara</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, e.g. 14/02/2029</source>
        <translation>hh/bb/tttt, mis. 14/02/2029</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (F4)</source>
        <translation>Pilih hari pada kalender (F4)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Village programme</source>
        <translation>Program desa</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Undangan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Check-in attempt</source>
        <translation>Percobaan presensi</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>Seluruh data</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Alasan berakhir</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Joins as</source>
        <translation>Ikut sebagai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Diubah di kedua pihak</translation>
    </message>
    <message>
        <source>Merged: other fields changed here</source>
        <translation>Digabung: isian lain diubah di sini</translation>
    </message>
    <message>
        <source>Changed on one side, removed on the other</source>
        <translation>Diubah di satu pihak, dihapus di pihak lain</translation>
    </message>
    <message>
        <source>Checked in on two laptops</source>
        <translation>Presensi di dua laptop</translation>
    </message>
    <message>
        <source>The same NIK under another record</source>
        <translation>NIK yang sama pada data lain</translation>
    </message>
    <message>
        <source>This laptop and the sender both changed this field since they last exchanged reports. This laptop&apos;s value is kept until you decide; the other is not lost.</source>
        <translation>Laptop ini dan pengirim sama-sama mengubah isian ini sejak terakhir bertukar laporan. Nilai laptop ini dipakai sampai Anda memutuskan; nilai yang lain tidak hilang.</translation>
    </message>
    <message>
        <source>One side changed the record while the other removed it. The record stays as this laptop holds it until you decide.</source>
        <translation>Satu pihak mengubah data ini sementara pihak lain menghapusnya. Data tetap seperti di laptop ini sampai Anda memutuskan.</translation>
    </message>
    <message>
        <source>The report holds a person whose NIK a person of another record here holds. Keep this laptop&apos;s record, or take the report&apos;s fields into it.</source>
        <translation>Laporan memuat orang yang NIK-nya dipegang orang pada data lain di sini. Pertahankan data laptop ini, atau ambil isian dari laporan ke dalamnya.</translation>
    </message>
    <message>
        <source>The same person was checked in for the same day on two laptops: the earlier check-in is kept, the later one annulled.</source>
        <translation>Orang yang sama dipresensi untuk hari yang sama di dua laptop: presensi yang lebih awal dipakai, yang kemudian dibatalkan.</translation>
    </message>
    <message>
        <source>Merged automatically: the sender changed this field while this laptop changed others.</source>
        <translation>Digabung otomatis: pengirim mengubah isian ini sementara laptop ini mengubah isian lain.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>data</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Lengkap</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Ringkasan publik</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabung</translation>
    </message>
    <message>
        <source>Held: an earlier report is missing</source>
        <translation>Ditahan: laporan sebelumnya belum ada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln baru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln diperbarui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln tidak berubah</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln dihapus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to decide</source>
        <translation>
            <numerusform>%Ln konflik perlu diputuskan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged automatically</source>
        <translation>
            <numerusform>%Ln digabung otomatis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln kemungkinan duplikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln double check-in(s)</source>
        <translation>
            <numerusform>%Ln presensi ganda</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>TrainingDetailPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>Tampilka&amp;n</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>Un&amp;dang peserta…</translation>
    </message>
    <message>
        <source>Invite everyone of some roles in a region at once</source>
        <translation>Undang sekaligus semua pemegang peran tertentu di suatu wilayah</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Tambah &amp;orang…</translation>
    </message>
    <message>
        <source>Add one person of the register: a speaker, a committee member, anyone</source>
        <translation>Tambahkan satu orang dari daftar: narasumber, panitia, siapa saja</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Ubah &amp;status…</translation>
    </message>
    <message>
        <source>Mark the invitation of the person chosen as confirmed or declined, or change their part (Enter)</source>
        <translation>Tandai undangan orang yang dipilih sebagai dikonfirmasi atau menolak, atau ubah perannya di kegiatan (Enter)</translation>
    </message>
    <message>
        <source>Cance&amp;l invitation…</source>
        <translation>Bata&amp;lkan undangan…</translation>
    </message>
    <message>
        <source>Take the person chosen off the list; they stay on it as cancelled (Delete)</source>
        <translation>Keluarkan orang yang dipilih dari daftar; ia tetap tercantum dengan status dibatalkan (Delete)</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>Ka&amp;rtu</translation>
    </message>
    <message>
        <source>Card codes for the check-in desk</source>
        <translation>Kode kartu untuk meja presensi</translation>
    </message>
    <message>
        <source>&amp;Issue missing cards</source>
        <translation>&amp;Terbitkan kartu yang belum ada</translation>
    </message>
    <message>
        <source>A card code for everyone on the list who has none yet</source>
        <translation>Kode kartu untuk semua yang ada di daftar dan belum punya kartu</translation>
    </message>
    <message>
        <source>&amp;Re-issue the card of the person chosen…</source>
        <translation>Terbitkan &amp;ulang kartu orang yang dipilih…</translation>
    </message>
    <message>
        <source>A new card code; the old card stops working at the door</source>
        <translation>Kode kartu baru; kartu lama tidak berlaku lagi di pintu</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Ju&amp;dul</translation>
    </message>
    <message>
        <source>e.g. Rakernis Pembentukan Kampung Pengawasan Partisipatif</source>
        <translation>mis. Rakernis Pembentukan Kampung Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>&amp;Organised for</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <source>Hall or hotel, street, kecamatan</source>
        <translation>Aula atau hotel, jalan, kecamatan</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Hari &amp;pertama</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>Hari t&amp;erakhir</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Kapasitas</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>tidak dibatasi</translation>
    </message>
    <message>
        <source> people</source>
        <translation> orang</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>&amp;Nilai lulus</translation>
    </message>
    <message>
        <source>The weighted score a participant of a P2P class needs to pass</source>
        <translation>Nilai berbobot yang harus dicapai peserta kelas P2P agar lulus</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>&amp;Open check-in desk</source>
        <translation>Buka &amp;meja presensi</translation>
    </message>
    <message>
        <source>The check-in desk of the training chosen (Ctrl+D)</source>
        <translation>Meja presensi pelatihan yang dipilih (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ub&amp;ah…</translation>
    </message>
    <message>
        <source>Correct the training chosen (Enter)</source>
        <translation>Perbaiki pelatihan yang dipilih (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Remove the training chosen, with its list and attendance (Delete)</source>
        <translation>Hapus pelatihan yang dipilih, beserta daftar peserta dan presensinya (Delete)</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;Pelatihan baru…</translation>
    </message>
    <message>
        <source>Create a training or event (Ctrl+N)</source>
        <translation>Buat pelatihan atau kegiatan (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>The NIK is required; only an external speaker may have none.</source>
        <translation>NIK wajib diisi; hanya narasumber dari luar yang boleh tanpa NIK.</translation>
    </message>
    <message>
        <source>A spreadsheet turned this NIK into a number and digits were lost. Type it again from the KTP.</source>
        <translation>Spreadsheet mengubah NIK ini menjadi angka sehingga ada digit yang hilang. Ketik ulang dari KTP.</translation>
    </message>
    <message>
        <source>A NIK is made of digits only.</source>
        <translation>NIK hanya terdiri dari angka.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits.</source>
        <translation>NIK terdiri dari 16 digit.</translation>
    </message>
    <message>
        <source>The NIK starts with %1, which is not a province code.</source>
        <translation>NIK diawali %1, yang bukan kode provinsi.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (%1) is not a real date.</source>
        <translation>Tanggal lahir dalam NIK (%1) bukan tanggal yang benar.</translation>
    </message>
    <message>
        <source>The NIK gives a birth date in the future.</source>
        <translation>NIK menunjukkan tanggal lahir di masa depan.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK are never 0000.</source>
        <translation>Empat digit terakhir NIK tidak pernah 0000.</translation>
    </message>
    <message>
        <source>Region %1 of the NIK is not in the current list (it may have been split since).</source>
        <translation>Wilayah %1 pada NIK tidak ada dalam daftar yang berlaku (mungkin sudah dimekarkan).</translation>
    </message>
    <message>
        <source>The NIK was issued in %1, outside %2.</source>
        <translation>NIK diterbitkan di %1, di luar %2.</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the NIK.</source>
        <translation>Tanggal lahir berbeda dengan yang tercantum dalam NIK.</translation>
    </message>
    <message>
        <source>The gender differs from the one in the NIK.</source>
        <translation>Jenis kelamin berbeda dengan yang tercantum dalam NIK.</translation>
    </message>
    <message>
        <source>Not a phone number; write it like 0812-3456-7890.</source>
        <translation>Bukan nomor telepon; tulis seperti 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Not a mobile number: no WhatsApp or SMS.</source>
        <translation>Bukan nomor HP: tidak bisa WhatsApp atau SMS.</translation>
    </message>
    <message>
        <source>A foreign phone number.</source>
        <translation>Nomor telepon luar negeri.</translation>
    </message>
    <message>
        <source>Not an e-mail address (like nama@contoh.id).</source>
        <translation>Bukan alamat e-mail (seperti nama@contoh.id).</translation>
    </message>
    <message>
        <source>A %1 must be at least %2 years old on election day; this person will be %3.</source>
        <translation>%1 harus berusia paling sedikit %2 tahun pada hari pemungutan suara; orang ini baru %3 tahun.</translation>
    </message>
    <message>
        <source>Without a birth date the minimum age of %1 cannot be checked.</source>
        <translation>Tanpa tanggal lahir, batas usia minimal %1 tahun tidak dapat diperiksa.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>Nama lengkap wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the desa or kelurahan.</source>
        <translation>Pilih desa atau kelurahan.</translation>
    </message>
    <message>
        <source>This NIK is already registered for %1.</source>
        <translation>NIK ini sudah terdaftar untuk %1.</translation>
    </message>
    <message>
        <source>%1 has the same phone number (families often share one).</source>
        <translation>%1 memakai nomor HP yang sama (satu keluarga sering berbagi nomor).</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>A person with a similar name is already registered: %1 (%2% alike).</source>
        <translation>Orang dengan nama serupa sudah terdaftar: %1 (%2% mirip).</translation>
    </message>
    <message>
        <source>This village is in Kecamatan %1, but the NIK was issued in Kecamatan %2. Is it the right village?</source>
        <translation>Desa ini ada di Kecamatan %1, sedangkan NIK-nya diterbitkan di Kecamatan %2. Benar desa ini?</translation>
    </message>
    <message>
        <source>This village is in Kecamatan %1, outside Kecamatan %2 you are working in.</source>
        <translation>Desa ini ada di Kecamatan %1, di luar Kecamatan %2 tempat Anda bekerja.</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Pernyataan bukan anggota partai, tanggal</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Persetujuan pengolahan data, tanggal</translation>
    </message>
    <message>
        <source>A name does not begin with =, +, - or @: a spreadsheet would run it as a formula.</source>
        <translation>Nama tidak boleh diawali =, +, - atau @: spreadsheet akan menjalankannya sebagai rumus.</translation>
    </message>
    <message>
        <source>The name holds an invisible control character (copied from another program?). Type it again.</source>
        <translation>Nama berisi karakter kendali yang tak terlihat (tersalin dari program lain?). Ketik ulang.</translation>
    </message>
    <message>
        <source>The name is %2 characters long; at most %1 are accepted.</source>
        <translation>Nama ini panjangnya %2 karakter; paling banyak %1 karakter.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not letters (a file saved in another encoding?).</source>
        <translation>Teks berisi bita yang bukan huruf (berkas disimpan dengan pengodean lain?).</translation>
    </message>
    <message>
        <source>The birth date is after today.</source>
        <translation>Tanggal lahir jatuh setelah hari ini.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Teks ini lebih panjang dari %1 karakter.</translation>
    </message>
</context>
<context>
    <name>VillageNames</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Daftarkan peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Someone who is not in the register yet: a name and a village are enough at the door. The NIK can be added later on the People screen.</source>
        <translation>Orang yang belum terdaftar: di pintu masuk cukup nama dan desa. NIK dapat dilengkapi nanti di layar Orang.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>&amp;Nama lengkap</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Type part of the village name</source>
        <translation>Ketik sebagian nama desa</translation>
    </message>
    <message>
        <source>&amp;Joins as</source>
        <translation>&amp;Hadir sebagai</translation>
    </message>
    <message>
        <source>NI&amp;K (optional)</source>
        <translation>NI&amp;K (tidak wajib)</translation>
    </message>
</context>
<context>
    <name>WilayahScreen</name>
    <message>
        <source>Name or code of a kecamatan, desa or kelurahan</source>
        <translation>Nama atau kode kecamatan, desa, atau kelurahan</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>C&amp;ari</translation>
    </message>
</context>
<context>
    <name>relawas::gui</name>
    <message>
        <source>Village volunteer roster</source>
        <translation>Daftar Relawan Desa</translation>
    </message>
    <message>
        <source>Village volunteer roster — %1</source>
        <translation>Daftar Relawan Desa — %1</translation>
    </message>
    <message>
        <source>village-volunteers-%1.pdf</source>
        <translation>daftar-relawan-desa-%1.pdf</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AboutDialog</name>
    <message>
        <source>About Relawas</source>
        <translation>Tentang Relawas</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>belum dimuat</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu&apos;s participatory election monitoring.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Region code list in this database: %4&lt;/p&gt;&lt;p&gt;Region data: &lt;b&gt;idn-area-data&lt;/b&gt; by fityannugroho, from the Kemendagri code list, made available under the &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Pendataan relawan, Kampung Pengawasan Partisipatif, dan pelatihan untuk pengawasan partisipatif Bawaslu.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Daftar kode wilayah dalam basis data ini: %4&lt;/p&gt;&lt;p&gt;Data wilayah: &lt;b&gt;idn-area-data&lt;/b&gt; oleh fityannugroho, bersumber dari daftar kode Kemendagri, tersedia di bawah &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas adalah perangkat lunak bebas di bawah Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Icons: &lt;b&gt;Tabler Icons&lt;/b&gt; by Paweł Kuna, under the MIT License (below).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ikon: &lt;b&gt;Tabler Icons&lt;/b&gt; karya Paweł Kuna, di bawah Lisensi MIT (di bawah).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AddParticipantDialog</name>
    <message>
        <source>Find the person in the register and add them to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Cari orangnya di daftar orang dan tambahkan ke &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A&amp;dd to the list</source>
        <translation>&amp;Tambahkan ke daftar</translation>
    </message>
    <message>
        <source>Type part of a name, a NIK or a phone number.</source>
        <translation>Ketik sebagian nama, NIK, atau nomor telepon.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on the list: %1</source>
        <translation>sudah di daftar: %1</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are shown. Type more to narrow them.</source>
        <translation>%1 ditemukan; %2 yang pertama ditampilkan. Ketik lebih banyak untuk mempersempit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found.</source>
        <translation>
            <numerusform>%Ln ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the list as %2.</source>
        <translation>%1 masuk daftar sebagai %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AddRoleDialog</name>
    <message>
        <source>A new role for %1. It is saved as soon as you confirm.</source>
        <translation>Peran baru untuk %1. Peran langsung disimpan begitu Anda mengonfirmasi.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Tambah peran</translation>
    </message>
    <message>
        <source>Type the name of a region</source>
        <translation>Ketik nama wilayah</translation>
    </message>
    <message>
        <source>Choose the region of the role from the list.</source>
        <translation>Pilih wilayah peran dari daftar.</translation>
    </message>
    <message>
        <source>Write the start date as dd/mm/yyyy.</source>
        <translation>Tulis tanggal mulai dengan format hh/bb/tttt.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::BerandaCharts</name>
    <message>
        <source>Volunteers per area, by gender</source>
        <translation>Relawan per wilayah, menurut jenis kelamin</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak tercatat</translation>
    </message>
    <message>
        <source>Villages with a volunteer, per area (%)</source>
        <translation>Desa yang punya relawan, per wilayah (%)</translation>
    </message>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Desa dengan relawan</translation>
    </message>
    <message>
        <source>Volunteers&apos; ages on the election day</source>
        <translation>Usia relawan pada hari pemungutan suara</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Trainings per month and their attendance</source>
        <translation>Pelatihan per bulan dan kehadirannya</translation>
    </message>
    <message>
        <source>Trainings begun</source>
        <translation>Pelatihan dimulai</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>Kehadiran (%)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>pelatihan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::BerandaScreen</name>
    <message>
        <source>today</source>
        <translation>hari ini</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>kemarin</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln hari lalu</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Where the programme stands in your area, and what is missing. Click a figure, a bar or a row to see who it counts.</source>
        <translation>Posisi program di wilayah Anda, dan apa yang masih kurang. Klik angka, batang, atau baris untuk melihat siapa yang dihitung.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>M&amp;uat ulang</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Hitung ulang angka-angka (F5)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Desa dengan relawan</translation>
    </message>
    <message>
        <source>Open the villages in Regions &amp; Kampung</source>
        <translation>Buka desa-desanya di Wilayah &amp; Kampung</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Open the volunteers in the roster</source>
        <translation>Buka para relawan di daftar orang</translation>
    </message>
    <message>
        <source>Last reports received</source>
        <translation>Laporan terakhir diterima</translation>
    </message>
    <message>
        <source>Open Synchronisation</source>
        <translation>Buka Sinkronisasi</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Open the women among the volunteers in the roster</source>
        <translation>Buka relawan perempuan di daftar orang</translation>
    </message>
    <message>
        <source>First-time voters</source>
        <translation>Pemilih pemula</translation>
    </message>
    <message>
        <source>Open the first-time voters among the volunteers in the roster</source>
        <translation>Buka relawan pemilih pemula di daftar orang</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Open the volunteers with a disability in the roster</source>
        <translation>Buka relawan penyandang disabilitas di daftar orang</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>Pelatihan terlaksana</translation>
    </message>
    <message>
        <source>Open Trainings</source>
        <translation>Buka Pelatihan</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Orang terlatih</translation>
    </message>
    <message>
        <source>Open the people present at a training in the roster</source>
        <translation>Buka orang yang pernah hadir di pelatihan di daftar orang</translation>
    </message>
    <message>
        <source>Coverage per area</source>
        <translation>Cakupan per wilayah</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Angka-angka tidak dapat dibaca: %1</translation>
    </message>
    <message>
        <source>%1, on %2; ages and roles on the election day, %3.</source>
        <translation>%1, per %2; usia dan peran pada hari pemungutan suara, %3.</translation>
    </message>
    <message>
        <source>No village in the programme yet</source>
        <translation>Belum ada desa dalam program</translation>
    </message>
    <message>
        <source>holding a volunteer role on the election day</source>
        <translation>memegang peran relawan pada hari pemungutan suara</translation>
    </message>
    <message numerus="yes">
        <source>%Ln woman/women among the volunteers</source>
        <translation>
            <numerusform>%Ln perempuan di antara relawan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln first-time voter(s) among the volunteers</source>
        <translation>
            <numerusform>%Ln pemilih pemula di antara relawan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) with a disability</source>
        <translation>
            <numerusform>%Ln relawan penyandang disabilitas</numerusform>
        </translation>
    </message>
    <message>
        <source>mean attendance %1 %</source>
        <translation>kehadiran rata-rata %1 %</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <translation>belum ada kehadiran tercatat</translation>
    </message>
    <message>
        <source>people of the area present at a training</source>
        <translation>warga wilayah ini yang pernah hadir di pelatihan</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No report received yet</source>
        <translation>Belum ada laporan diterima</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message numerus="yes">
        <source>of %1 villages (%2); %Ln without a PKD</source>
        <translation>
            <numerusform>dari %1 desa (%2); %Ln tanpa PKD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::CertificateLookupDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Periksa sertifikat</translation>
    </message>
    <message>
        <source>Type the number as it is printed on the certificate, then Enter.</source>
        <translation>Ketik nomor sesuai yang tercetak di sertifikat, lalu Enter.</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>&amp;Nomor sertifikat</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Periksa</translation>
    </message>
    <message>
        <source>&lt;b&gt;No certificate %1 was issued from this database.&lt;/b&gt;&lt;br&gt;Check the number; a certificate of another office is not known here.</source>
        <translation>&lt;b&gt;Sertifikat %1 tidak pernah diterbitkan dari basis data ini.&lt;/b&gt;&lt;br&gt;Periksa nomornya; sertifikat dari kantor lain tidak dikenal di sini.</translation>
    </message>
    <message>
        <source> (Kec. %1)</source>
        <translation> (Kec. %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate %1 is genuine.&lt;/b&gt;&lt;br&gt;Issued to &lt;b&gt;%2&lt;/b&gt; as %3 for %4 (%5), %6.</source>
        <translation>&lt;b&gt;Sertifikat %1 asli.&lt;/b&gt;&lt;br&gt;Diterbitkan untuk &lt;b&gt;%2&lt;/b&gt; sebagai %3 pada %4 (%5), %6.</translation>
    </message>
    <message>
        <source>Final score %1: %2.</source>
        <translation>Nilai akhir %1: %2.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>lulus</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>tidak lulus</translation>
    </message>
    <message>
        <source>Numbered on %1.</source>
        <translation>Diberi nomor pada %1.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ComponentWeightsDialog</name>
    <message>
        <source>Components and weights</source>
        <translation>Komponen dan bobot</translation>
    </message>
    <message>
        <source>What the training is graded on and how much each part counts. The scores typed so far stay; the results follow the new weights.</source>
        <translation>Apa saja yang dinilai dalam pelatihan dan berapa bobot masing-masing. Nilai yang sudah diketik tetap; nilai akhir mengikuti bobot yang baru.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponen</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>Total %1 %: complete.</source>
        <translation>Jumlah %1 %: lengkap.</translation>
    </message>
    <message>
        <source>Total %1 %: the weights must add up to 100 %.</source>
        <translation>Jumlah %1 %: bobot harus berjumlah 100 %.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ConflictPanel</name>
    <message>
        <source>&amp;Keep this laptop&apos;s</source>
        <translation>&amp;Pertahankan milik laptop ini</translation>
    </message>
    <message>
        <source>&amp;Take the report&apos;s</source>
        <translation>&amp;Ambil dari laporan</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>Pakai &amp;nilai ini</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>When both last agreed</source>
        <translation>Saat terakhir sepakat</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Another value, typed here</source>
        <translation>Nilai lain, ketik di sini</translation>
    </message>
    <message>
        <source>No conflict waits for a decision. Conflicts appear here when a report changes a field this laptop changed too, or removes a record changed here.</source>
        <translation>Tidak ada konflik yang menunggu keputusan. Konflik muncul di sini bila laporan mengubah isian yang juga diubah di laptop ini, atau menghapus data yang diubah di sini.</translation>
    </message>
    <message>
        <source>From %1, report no. %2 (%3).</source>
        <translation>Dari %1, laporan no. %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(dihapus)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>The conflict was not decided</source>
        <translation>Konflik tidak diputuskan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::CoverageTable</name>
    <message>
        <source>Area</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Desa</translation>
    </message>
    <message>
        <source>With a volunteer</source>
        <translation>Dengan relawan</translation>
    </message>
    <message>
        <source>Without a volunteer</source>
        <translation>Tanpa relawan</translation>
    </message>
    <message>
        <source>Without a PKD</source>
        <translation>Tanpa PKD</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Enter or double-click: the area in Regions &amp; Kampung</source>
        <translation>Enter atau klik ganda: wilayah ini di Wilayah &amp; Kampung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s) without a volunteer</source>
        <translation>
            <numerusform>%Ln desa tanpa relawan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s) without a PKD</source>
        <translation>
            <numerusform>%Ln desa tanpa PKD</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>No Kampung Pengawasan Partisipatif village in this area yet</source>
        <translation>Belum ada desa Kampung Pengawasan Partisipatif di wilayah ini</translation>
    </message>
</context>
<context>
    <name>relawas::gui::DeskScreen</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Meja Presensi</translation>
    </message>
    <message>
        <source>Checking participants in at the door: scan a card, type a NIK or a name.</source>
        <translation>Mencatat kehadiran peserta di pintu masuk: pindai kartu, ketik NIK atau nama.</translation>
    </message>
    <message>
        <source>The training</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>The day at the door</source>
        <translation>Hari pelaksanaan</translation>
    </message>
    <message>
        <source>Sound on or off (Ctrl+M)</source>
        <translation>Suara hidup atau mati (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Suara mati</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Suara hidup</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>Card code, NIK or name</source>
        <translation>Kode kartu, NIK atau nama</translation>
    </message>
    <message>
        <source>Admit as walk-in (F2)</source>
        <translation>Terima tanpa undangan (F2)</translation>
    </message>
    <message>
        <source>Register a newcomer (F3)</source>
        <translation>Daftarkan orang baru (F3)</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Peserta tanpa undangan</translation>
    </message>
    <message>
        <source>Join as</source>
        <translation>Hadir sebagai</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Presensi terakhir</translation>
    </message>
    <message>
        <source>The trainings could not be read</source>
        <translation>Daftar kegiatan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>No training to check in to</source>
        <translation>Belum ada kegiatan untuk presensi</translation>
    </message>
    <message>
        <source>Create a training and invite people on the Trainings screen first.</source>
        <translation>Buat kegiatan dan undang peserta di layar Pelatihan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Hari ke-%1 — %2</translation>
    </message>
    <message>
        <source>This training could not be opened</source>
        <translation>Kegiatan ini tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Bukan hari ini</translation>
    </message>
    <message>
        <source>This computer&apos;s date is not a day of the training: check the day chosen above.</source>
        <translation>Tanggal komputer ini bukan hari pelaksanaan kegiatan: periksa hari yang dipilih di atas.</translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation>Hadir %1 dari %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
    <message>
        <source>%1 — not on the list</source>
        <translation>%1 — tidak ada dalam daftar</translation>
    </message>
    <message>
        <source>%1 — invitation cancelled</source>
        <translation>%1 — undangan dibatalkan</translation>
    </message>
    <message>
        <source>Undo a check-in</source>
        <translation>Batalkan presensi</translation>
    </message>
    <message>
        <source>The check-in of %1 is annulled: it stays in the record with the reason, and no longer counts. Why?</source>
        <translation>Presensi %1 dibatalkan: tetap tercatat beserta alasannya, tetapi tidak lagi dihitung. Apa alasannya?</translation>
    </message>
    <message>
        <source>Check-in annulled</source>
        <translation>Presensi dibatalkan</translation>
    </message>
    <message>
        <source>%1 is no longer counted as present today.</source>
        <translation>%1 tidak lagi dihitung hadir hari ini.</translation>
    </message>
    <message>
        <source>Not annulled</source>
        <translation>Tidak dibatalkan</translation>
    </message>
    <message>
        <source>Trai&amp;ning</source>
        <translation>Ke&amp;giatan</translation>
    </message>
    <message>
        <source>Undo a check-&amp;in…</source>
        <translation>Batalkan &amp;presensi…</translation>
    </message>
</context>
<context>
    <name>relawas::gui::DuplicatePairModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>name %1% alike, same birth date</source>
        <translation>nama %1% mirip, tanggal lahir sama</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>desa sama</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>nomor HP sama</translation>
    </message>
    <message>
        <source>different gender</source>
        <translation>jenis kelamin berbeda</translation>
    </message>
    <message>
        <source>different NIK</source>
        <translation>NIK berbeda</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Skor</translation>
    </message>
    <message>
        <source>Name (A)</source>
        <translation>Nama (A)</translation>
    </message>
    <message>
        <source>Name (B)</source>
        <translation>Nama (B)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>NIK (A)</source>
        <translation>NIK (A)</translation>
    </message>
    <message>
        <source>NIK (B)</source>
        <translation>NIK (B)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>another kecamatan</source>
        <translation>kecamatan lain</translation>
    </message>
    <message>
        <source>a name many share</source>
        <translation>nama yang dipakai banyak orang</translation>
    </message>
</context>
<context>
    <name>relawas::gui::DuplicatesDialog</name>
    <message>
        <source>all regions</source>
        <translation>semua wilayah</translation>
    </message>
    <message>
        <source>Probable duplicates — %1</source>
        <translation>Kemungkinan duplikat — %1</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Kemungkinan duplikat</translation>
    </message>
    <message>
        <source>Looking for probable duplicates…</source>
        <translation>Mencari kemungkinan duplikat…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) to review</source>
        <translation>
            <numerusform>%Ln pasangan untuk diperiksa</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates in %1 at a score of %2 or more.</source>
        <translation>Tidak ada kemungkinan duplikat di %1 dengan skor %2 atau lebih.</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Refresh to search again.</source>
        <translation>Pencarian dibatalkan. Tekan Muat ulang untuk mencari lagi.</translation>
    </message>
    <message>
        <source>The search failed. Press Refresh to try again.</source>
        <translation>Pencarian gagal. Tekan Muat ulang untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists: it was removed or merged meanwhile. The list is read again.</source>
        <translation>Salah satu dari kedua data sudah tidak ada: telah dihapus atau digabungkan sementara itu. Daftar dibaca ulang.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::EndRoleDialog</name>
    <message>
        <source>End the role %1? It stays in the person&apos;s history, with its end date and reason.</source>
        <translation>Akhiri peran %1? Peran ini tetap tercatat dalam riwayat orang tersebut, beserta tanggal selesai dan alasannya.</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>Akhiri peran</translation>
    </message>
    <message>
        <source>Term of office ended</source>
        <translation>Masa jabatan berakhir</translation>
    </message>
    <message>
        <source>Moved to another place</source>
        <translation>Pindah domisili</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Mengundurkan diri</translation>
    </message>
    <message>
        <source>Passed away</source>
        <translation>Meninggal dunia</translation>
    </message>
    <message>
        <source>Type a reason or choose one</source>
        <translation>Ketik alasan atau pilih dari daftar</translation>
    </message>
    <message>
        <source>Write the end date as dd/mm/yyyy.</source>
        <translation>Tulis tanggal selesai dengan format hh/bb/tttt.</translation>
    </message>
    <message>
        <source>Say why the role ends: type a reason or choose one from the list.</source>
        <translation>Sebutkan alasan peran ini berakhir: ketik sendiri atau pilih dari daftar.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ExportDialog</name>
    <message>
        <source>&amp;Everything in the region (a full report)</source>
        <translation>&amp;Semua data wilayah (laporan lengkap)</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last report to the receiver</source>
        <translation>Hanya yang &amp;berubah sejak laporan terakhir ke penerima</translation>
    </message>
    <message>
        <source>A &amp;public summary: counts only, no personal data</source>
        <translation>&amp;Ringkasan publik: hanya jumlah, tanpa data pribadi</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Anyone (the district, a new laptop)</source>
        <translation>Siapa saja (kabupaten, laptop baru)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Pili&amp;h…</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Wilayah</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>&amp;Untuk siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Berk&amp;as</translation>
    </message>
    <message>
        <source>The name the receiver sees this laptop by: its history and its list of trusted senders show it</source>
        <translation>Nama laptop ini di mata penerima: tampil di riwayat dan daftar pengirim tepercayanya</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;kspor</translation>
    </message>
    <message>
        <source>Counts per kecamatan, village and training only: no NIK, name, phone, birth date or address is written. It can be shared with anyone.</source>
        <translation>Hanya jumlah per kecamatan, desa dan pelatihan: tidak ada NIK, nama, telepon, tanggal lahir atau alamat. Boleh dibagikan kepada siapa saja.</translation>
    </message>
    <message>
        <source>Only the records the receiver does not hold yet. The receiver merges it after the last report this laptop sent it.</source>
        <translation>Hanya data yang belum dimiliki penerima. Penerima menggabungkannya setelah laporan terakhir yang dikirim laptop ini kepadanya.</translation>
    </message>
    <message>
        <source>Every village, person, role, training, invitation and check-in of the region, signed by this laptop. The file holds personal data: hand it to the receiver only.</source>
        <translation>Semua desa, orang, peran, pelatihan, undangan dan presensi wilayah ini, ditandatangani laptop ini. Berkas memuat data pribadi: serahkan hanya kepada penerima.</translation>
    </message>
    <message>
        <source>Relawas reports (*.relawas.json)</source>
        <translation>Laporan Relawas (*.relawas.json)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Pilih berkas tempat laporan ditulis.</translation>
    </message>
    <message>
        <source>Give the name the receiver will know this laptop by.</source>
        <translation>Isi nama laptop ini yang akan dilihat penerima.</translation>
    </message>
    <message>
        <source>This laptop is ca&amp;lled</source>
        <translation>&amp;Nama laptop ini</translation>
    </message>
    <message>
        <source>Choose a receiver this laptop has sent a full report to before</source>
        <translation>Pilih penerima yang sudah pernah dikirimi laporan lengkap dari laptop ini</translation>
    </message>
</context>
<context>
    <name>relawas::gui::FirstRunDialog</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 regencies and cities shown</source>
        <translation>%1 dari %2 kabupaten/kota ditampilkan</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Data contoh</translation>
    </message>
    <message>
        <source>Making synthetic people to try Relawas with…</source>
        <translation>Membuat data orang rekaan untuk mencoba Relawas…</translation>
    </message>
    <message>
        <source>Try it with sample data: %1 synthetic people in the chosen regency</source>
        <translation>Coba dengan data contoh: %1 orang rekaan di kabupaten/kota yang dipilih</translation>
    </message>
</context>
<context>
    <name>relawas::gui::GuardedApplication</name>
    <message>
        <source>The last action could not be completed. Everything saved before it is kept; the action itself saved nothing.</source>
        <translation>Tindakan terakhir tidak dapat diselesaikan. Semua yang sudah disimpan sebelumnya tetap aman; tindakan ini sendiri tidak menyimpan apa pun.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Rincian: %1</translation>
    </message>
    <message>
        <source>Relawas</source>
        <translation>Relawas</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ImportPreviewDialog</name>
    <message>
        <source>Reports to merge</source>
        <translation>Laporan yang akan digabung</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>What merging it does</source>
        <translation>Hasil bila digabung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) read and checked; nothing is written until you press Merge. Together they bring: %1.</source>
        <translation>
            <numerusform>%Ln laporan dibaca dan diperiksa; belum ada yang ditulis sampai Anda menekan Gabungkan. Seluruhnya membawa: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: they are left out.</source>
        <translation>
            <numerusform>%Ln berkas ditolak: tidak diikutkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged before: nothing to do</source>
        <translation>Sudah digabung sebelumnya: tidak ada yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Merged after report no. %1 of the same sender, which is among these files</source>
        <translation>Digabung setelah laporan no. %1 dari pengirim yang sama, yang ada di antara berkas ini</translation>
    </message>
    <message>
        <source>Held: it continues report no. %1, which has not arrived; offer it again once that one is in</source>
        <translation>Ditahan: lanjutan laporan no. %1 yang belum diterima; ajukan lagi setelah laporan itu masuk</translation>
    </message>
    <message>
        <source>New senders</source>
        <translation>Pengirim baru</translation>
    </message>
    <message>
        <source>Reports from these senders are merged only once you trust them. Phone the sender and compare the fingerprint their Synchronisation screen shows with the one below.</source>
        <translation>Laporan dari pengirim ini baru digabung setelah Anda memercayainya. Telepon pengirim dan cocokkan sidik kunci di layar Sinkronisasi mereka dengan yang di bawah ini.</translation>
    </message>
    <message>
        <source>%1 (%2): fingerprint %3 — I compared it with the sender; trust it</source>
        <translation>%1 (%2): sidik kunci %3 — sudah saya cocokkan dengan pengirim; percayai</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln report(s)</source>
        <translation>
            <numerusform>&amp;Gabungkan %Ln laporan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Impor spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>diterima</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplikat</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation>Tempat dan tanggal lahir</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>No. HP</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Dusun</source>
        <translation>Dusun</translation>
    </message>
    <message>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disabilitas</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Jenis disabilitas</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Kelompok sasaran</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Date of the no-party declaration</source>
        <translation>Tanggal pernyataan tidak menjadi anggota partai</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Tanggal persetujuan</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Pilih spreadsheet</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab) or an Excel XLSX workbook with one person per row.</source>
        <translation>Berkas CSV (dipisah koma, titik koma atau tab) atau buku kerja Excel XLSX, satu orang per baris.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Be&amp;rkas:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih berkas…</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Isi setiap kolom</translation>
    </message>
    <message>
        <source>Check the field of every column; columns set to &quot;(ignore)&quot; are not imported.</source>
        <translation>Periksa isian setiap kolom; kolom yang diatur &quot;(abaikan)&quot; tidak diimpor.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Uji coba</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>Hasil impor jika dijalankan. Belum ada yang disimpan.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Selesai diimpor</translation>
    </message>
    <message>
        <source>&amp;Save refused rows…</source>
        <translation>Simpan baris yang &amp;ditolak…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Pilih spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheet (*.csv *.txt *.xlsx);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Pilih berkas terlebih dahulu.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet &quot;%1&quot;.</source>
        <translation>Buku kerja Excel (XLSX), lembar &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>titik koma</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>koma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Text file (CSV), encoding %1, columns separated by %2.</source>
        <translation>Berkas teks (CSV), pengodean %1, kolom dipisah dengan %2.</translation>
    </message>
    <message numerus="yes">
        <source>No header row was recognised in the first %n line(s).</source>
        <translation>
            <numerusform>Baris judul kolom tidak ditemukan dalam %n baris pertama.</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <source>No column holds the full name.</source>
        <translation>Tidak ada kolom yang berisi nama lengkap.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both hold %3; set one of them to &quot;(ignore)&quot;.</source>
        <translation>&quot;%1&quot; dan &quot;%2&quot; sama-sama berisi %3; atur salah satunya ke &quot;(abaikan)&quot;.</translation>
    </message>
    <message>
        <source>No column holds the NIK: only speakers may be registered without one.</source>
        <translation>Tidak ada kolom yang berisi NIK: hanya narasumber yang boleh didaftarkan tanpa NIK.</translation>
    </message>
    <message>
        <source>No column holds the kecamatan: villages are looked up in the kecamatan of the current scope.</source>
        <translation>Tidak ada kolom yang berisi kecamatan: desa dicari di kecamatan cakupan yang sedang dipilih.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Galat: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Peringatan: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimpor %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Memeriksa %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Dry run failed</source>
        <translation>Uji coba gagal</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>%n orang diimpor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: save them, fix them in the spreadsheet and import that file again.</source>
        <translation>
            <numerusform>%n baris ditolak: simpan, perbaiki di spreadsheet, lalu impor berkas itu lagi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) not imported.</source>
        <translation>
            <numerusform>%n duplikat tidak diimpor.</numerusform>
        </translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-ditolak</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Header line:</source>
        <translation>Baris &amp;judul:</translation>
    </message>
    <message>
        <source>&amp;Reset to detected</source>
        <translation>Ke&amp;mbalikan ke hasil deteksi</translation>
    </message>
    <message>
        <source>Take the header line and the columns as found in the file, without the changes made here or remembered from earlier imports.</source>
        <translation>Gunakan baris judul dan kolom seperti yang ditemukan di berkas, tanpa perubahan yang dibuat di sini atau yang diingat dari impor sebelumnya.</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>K&amp;olom:</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows:</source>
        <translation>&amp;Pratinjau baris pertama:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A line of the file offered as its header: the line&apos;s number, then its cells</extracomment>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>Pen&amp;godean:</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Titik koma (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Koma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Pe&amp;misah:</translation>
    </message>
    <message>
        <source>Options for text files (CSV)</source>
        <translation>Pilihan untuk berkas teks (CSV)</translation>
    </message>
    <message>
        <source>R&amp;ole of the rows whose role cell is empty:</source>
        <translation>Pe&amp;ran bagi baris yang kolom perannya kosong:</translation>
    </message>
    <message>
        <source>R&amp;ole of everyone in this file:</source>
        <translation>Pe&amp;ran semua orang dalam berkas ini:</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Alasan ditolak</translation>
    </message>
    <message>
        <source>Would be imported: %1 without remarks, %2 with warnings. Not imported: %3 duplicates, %4 refused. Skipped (blank lines and rows that are not people): %5.</source>
        <translation>Akan diimpor: %1 tanpa catatan, %2 dengan peringatan. Tidak diimpor: %3 duplikat, %4 ditolak. Dilewati (baris kosong dan baris yang bukan orang): %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved in %1. Fix them in the spreadsheet, then import that file.</source>
        <translation>
            <numerusform>%n baris yang ditolak tersimpan di %1. Perbaiki di spreadsheet, lalu impor berkas itu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
</context>
<context>
    <name>relawas::gui::InvitationDialog</name>
    <message>
        <source>The invitation of &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Undangan untuk &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::InviteDialog</name>
    <message>
        <source>Invite to &lt;b&gt;%1&lt;/b&gt; everyone who holds one of the roles ticked in the region chosen. People already on the list keep their part.</source>
        <translation>Undang ke &lt;b&gt;%1&lt;/b&gt; semua orang yang memegang salah satu peran yang dicentang di wilayah yang dipilih. Yang sudah ada di daftar tetap pada perannya.</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Undang</translation>
    </message>
    <message numerus="yes">
        <source>No role ticked: everyone living in the region. %Ln person(s) match.</source>
        <translation>
            <numerusform>Tidak ada peran yang dicentang: semua yang tinggal di wilayah ini. %Ln orang cocok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) match.</source>
        <translation>
            <numerusform>%Ln orang cocok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already on the list.</source>
        <translation>
            <numerusform>%Ln di antaranya sudah ada di daftar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::KampungDetailPanel</name>
    <message>
        <source>Not in the programme</source>
        <translation>Tidak ikut program</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Belum dinilai</translation>
    </message>
    <message>
        <source>No village selected</source>
        <translation>Belum ada desa yang dipilih</translation>
    </message>
    <message>
        <source>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</source>
        <translation>Pilih desa atau kelurahan pada daftar untuk melihat dan mengatur status Kampung Pengawasan Partisipatif-nya.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 villages, %4 in the Kampung Pengawasan programme. Choose a village to set its status.</source>
        <translation>%1 %2 · %3 desa/kelurahan, %4 ikut program Kampung Pengawasan. Pilih desa untuk mengatur statusnya.</translation>
    </message>
    <message>
        <source>%1 · code %2 · district %3 (%4)</source>
        <translation>%1 · kode %2 · kecamatan %3 (%4)</translation>
    </message>
    <message>
        <source>Saved: revision %1, %2 by %3.</source>
        <translation>Tersimpan: revisi %1, %2 oleh %3.</translation>
    </message>
    <message>
        <source>This village is not in the programme yet.</source>
        <translation>Desa ini belum ikut program.</translation>
    </message>
    <message>
        <source>The assessment score must be a number from 0 to 100.</source>
        <translation>Skor asesmen harus berupa angka 0 sampai 100.</translation>
    </message>
    <message>
        <source>The SK date is not a real date; write it as dd/mm/yyyy.</source>
        <translation>Tanggal SK tidak valid; tulis sebagai hh/bb/tttt.</translation>
    </message>
    <message>
        <source>The MoU end date is not a real date; write it as dd/mm/yyyy.</source>
        <translation>Tanggal berakhir MoU tidak valid; tulis sebagai hh/bb/tttt.</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>status %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::LaporanScreen</name>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>What goes to Bawaslu, and what may be published.</source>
        <translation>Apa yang dikirim ke Bawaslu, dan apa yang boleh dipublikasikan.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Only the trainings &amp;between</source>
        <translation>Hanya pelatihan &amp;antara</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Laporan Pengawasan Partisipatif (PDF)</source>
        <translation>Laporan Pengawasan Partisipatif (PDF)</translation>
    </message>
    <message>
        <source>A cover, the figures at a glance, the charts, a table per kecamatan, the trainings with their attendance and the programme villages with their SK and MoU. Counts only: it names no person, so it may also be published as the public summary.</source>
        <translation>Sampul, ringkasan angka, grafik, tabel per kecamatan, pelatihan dengan kehadirannya, dan desa Kampung Pengawasan dengan SK dan MoU-nya. Hanya jumlah: tidak menyebut nama siapa pun, sehingga juga boleh dipublikasikan sebagai ringkasan publik.</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Pratinjau dan cetak…</translation>
    </message>
    <message>
        <source>Workbook (XLSX)</source>
        <translation>Buku kerja (XLSX)</translation>
    </message>
    <message>
        <source>Sheets Ringkasan, Relawan, Kampung, Pelatihan and Presensi, with real numbers and dates to work on in a spreadsheet program. NIKs are masked unless you ask for them.</source>
        <translation>Lembar Ringkasan, Relawan, Kampung, Pelatihan, dan Presensi, dengan angka dan tanggal sungguhan untuk diolah di program spreadsheet. NIK tersamar kecuali Anda memintanya.</translation>
    </message>
    <message>
        <source>Include the &amp;full NIK (recorded in the audit log under your name)</source>
        <translation>Sertakan NIK &amp;lengkap (dicatat di log audit atas nama Anda)</translation>
    </message>
    <message>
        <source>Save the &amp;workbook…</source>
        <translation>Simpan &amp;buku kerja…</translation>
    </message>
    <message>
        <source>Public summary (JSON)</source>
        <translation>Ringkasan publik (JSON)</translation>
    </message>
    <message>
        <source>Per kecamatan and village: the programme status, the people, the roles and the people by gender; per training: the invited and the present. No name, NIK or phone.</source>
        <translation>Per kecamatan dan desa: status program, jumlah orang, peran, dan orang menurut jenis kelamin; per pelatihan: yang diundang dan yang hadir. Tanpa nama, NIK, atau telepon.</translation>
    </message>
    <message>
        <source>Save the &amp;summary…</source>
        <translation>Simpan &amp;ringkasan…</translation>
    </message>
    <message>
        <source>Laporan Pengawasan Partisipatif</source>
        <translation>Laporan Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>Laporan Pengawasan Partisipatif — %1</source>
        <translation>Laporan Pengawasan Partisipatif — %1</translation>
    </message>
    <message>
        <source>laporan-pengawasan-%1.pdf</source>
        <translation>laporan-pengawasan-%1.pdf</translation>
    </message>
    <message>
        <source>Save the workbook</source>
        <translation>Simpan buku kerja</translation>
    </message>
    <message>
        <source>laporan-%1.xlsx</source>
        <translation>laporan-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook with full NIK</source>
        <translation>Buku kerja dengan NIK lengkap</translation>
    </message>
    <message>
        <source>The workbook will hold the full NIK of every volunteer of %1. A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Write the full NIK?</source>
        <translation>Buku kerja akan memuat NIK lengkap setiap relawan %1. NIK adalah data pribadi: simpan berkas dengan aman dan bagikan hanya kepada yang memerlukannya. Ekspor ini dicatat di log audit atas nama Anda.

Tulis NIK lengkap?</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Buku kerja</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Menulis buku kerja…</translation>
    </message>
    <message numerus="yes">
        <source>Workbook written to %1: %Ln person(s), %2 training(s).</source>
        <translation>
            <numerusform>Buku kerja ditulis ke %1: %Ln orang, %2 pelatihan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the public summary</source>
        <translation>Simpan ringkasan publik</translation>
    </message>
    <message>
        <source>ringkasan-publik-%1.json</source>
        <translation>ringkasan-publik-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Berkas JSON (*.json)</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Ringkasan publik</translation>
    </message>
    <message>
        <source>Public summary written to %1.</source>
        <translation>Ringkasan publik ditulis ke %1.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::MainWindow</name>
    <message>
        <source>Relawas</source>
        <translation>Relawas</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Cakupan</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Beranda</translation>
    </message>
    <message>
        <source>Regions &amp; Kampung</source>
        <translation>Wilayah &amp; Kampung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang/Relawan</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Check-in Desk</source>
        <translation>Meja Presensi</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>S&amp;unting</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About Relawas</source>
        <translation>&amp;Tentang Relawas</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>%1 districts · %2 villages · %3 in Kampung Pengawasan</source>
        <translation>%1 kecamatan · %2 desa/kelurahan · %3 Kampung Pengawasan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) exported to %1</source>
        <translation>
            <numerusform>%Ln orang diekspor ke %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last report taken in: never</source>
        <translation>Laporan terakhir diterima: belum pernah</translation>
    </message>
    <message>
        <source>Last report taken in: %1</source>
        <translation>Laporan terakhir diterima: %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Data A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Data B</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>Setelah digabung</translation>
    </message>
    <message>
        <source>Keep record &amp;A: %1, registered %2</source>
        <translation>Pertahankan data &amp;A: %1, didaftarkan %2</translation>
    </message>
    <message>
        <source>Keep record &amp;B: %1, registered %2</source>
        <translation>Pertahankan data &amp;B: %1, didaftarkan %2</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Penggabungan gagal</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. The list of probable duplicates will be read again.</source>
        <translation>%1

Tidak ada yang diubah. Daftar kemungkinan duplikat akan dibaca ulang.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Both records have been read again: check the choices and merge again.</source>
        <translation>%1

Tidak ada yang diubah. Kedua data telah dibaca ulang: periksa pilihan lalu gabungkan lagi.</translation>
    </message>
    <message>
        <source>The merge failed; nothing was changed. Details: %1</source>
        <translation>Penggabungan gagal; tidak ada yang diubah. Rincian: %1</translation>
    </message>
    <message>
        <source>Show both &amp;NIKs</source>
        <translation>Tampilkan kedua &amp;NIK</translation>
    </message>
    <message>
        <source>Show both NIKs</source>
        <translation>Tampilkan kedua NIK</translation>
    </message>
    <message>
        <source>Show the full NIKs of both records?

A NIK is personal data. Showing it is recorded in the audit log under your name, for each record.</source>
        <translation>Tampilkan NIK lengkap kedua data?

NIK adalah data pribadi. Penampilannya dicatat di log audit atas nama Anda, untuk setiap data.</translation>
    </message>
    <message>
        <source>The NIKs stay hidden: recording that they were shown failed (%1).</source>
        <translation>NIK tetap tersembunyi: pencatatan bahwa NIK ditampilkan gagal (%1).</translation>
    </message>
    <message>
        <source>Hide the &amp;NIKs</source>
        <translation>Sembunyikan &amp;NIK</translation>
    </message>
</context>
<context>
    <name>relawas::gui::NavigationSidebar</name>
    <message>
        <source>Relawas</source>
        <translation>Relawas</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Layar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>relawas::gui::OutcomePanel</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Scan a card, or type a NIK or a name, then Enter.</source>
        <translation>Pindai kartu, atau ketik NIK atau nama, lalu tekan Enter.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::OutcomeText</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Tercatat hadir pukul %1</translation>
    </message>
    <message>
        <source>Already checked in at %1</source>
        <translation>Sudah hadir sejak pukul %1</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Tidak ada dalam daftar undangan</translation>
    </message>
    <message>
        <source>%1. Press F2 to add as a walk-in.</source>
        <translation>%1. Tekan F2 untuk menambahkan sebagai peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Tidak ditemukan</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;. Press F3 to register a walk-in.</source>
        <translation>Tidak ada yang bernama &quot;%1&quot;. Tekan F3 untuk mendaftarkan peserta baru.</translation>
    </message>
    <message>
        <source>No card or NIK &quot;%1&quot;. Try the name.</source>
        <translation>Tidak ada kartu atau NIK &quot;%1&quot;. Coba dengan nama.</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Undangan dibatalkan</translation>
    </message>
    <message>
        <source>%1. Press F2 to admit anyway as a walk-in.</source>
        <translation>%1. Tekan F2 untuk tetap menerima sebagai peserta tanpa undangan.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>Not a day of this training</source>
        <translation>Bukan hari pelaksanaan kegiatan ini</translation>
    </message>
    <message>
        <source>%1 is held on %2.</source>
        <translation>%1 dilaksanakan pada %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: pick one</source>
        <translation>
            <numerusform>%n orang cocok: pilih satu</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the arrow keys and Enter, or type more of the name.</source>
        <translation>Gunakan tombol panah dan Enter, atau ketik nama lebih lengkap.</translation>
    </message>
    <message>
        <source>This card was replaced</source>
        <translation>Kartu ini sudah diganti</translation>
    </message>
    <message>
        <source>%1. Ask for the new card, or type the NIK.</source>
        <translation>%1. Minta kartu yang baru, atau ketik NIK.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ParticipantModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (datang langsung)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <extracomment>Where a participant lives: the kecamatan, then the village, e.g. &quot;Sei Balai / Durian&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>The column of row numbers in a list of people</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District / Village</source>
        <translation>Kecamatan / Desa</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Kode kartu</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Presensi</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Hari %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PeopleScreen</name>
    <message>
        <source>All roles</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>Semua kelompok sasaran</translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation>Laki-laki dan perempuan</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>Semua desa/kelurahan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln orang</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide N&amp;IK</source>
        <translation>Sembunyikan &amp;NIK</translation>
    </message>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Tampilkan &amp;NIK</translation>
    </message>
    <message>
        <source>Show NIK</source>
        <translation>Tampilkan NIK</translation>
    </message>
    <message>
        <source>Show the full NIK of %1?

A NIK is personal data. Showing it is recorded in the audit log under your name.</source>
        <translation>Tampilkan NIK lengkap %1?

NIK adalah data pribadi. Penampilannya dicatat di log audit atas nama Anda.</translation>
    </message>
    <message>
        <source>The NIK stays hidden: recording that it was shown failed (%1).</source>
        <translation>NIK tetap disembunyikan: pencatatan penampilannya gagal (%1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Kode desa</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Export with full NIK</source>
        <translation>Ekspor dengan NIK lengkap</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold the full NIK of %Ln person(s). A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Export with full NIK?</source>
        <translation>
            <numerusform>Berkas ini akan memuat NIK lengkap %Ln orang. NIK adalah data pribadi: simpan berkas dengan aman dan bagikan hanya kepada yang memerlukannya. Ekspor ini dicatat di log audit atas nama Anda.

Ekspor dengan NIK lengkap?</numerusform>
        </translation>
    </message>
    <message>
        <source>roster</source>
        <translation>daftar-orang</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Ekspor daftar orang</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Ekspor gagal</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>Ekspor daftar orang</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln person(s)…</source>
        <translation>
            <numerusform>Mengekspor %Ln orang…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Berapa pun</translation>
    </message>
    <message>
        <source>At least one</source>
        <translation>Minimal satu</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Hapus orang</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the register?

Their roles and their attendance at trainings are removed with them. Use this for a person registered by mistake; the audit log keeps the record.</source>
        <translation>Hapus %1 (%2) dari daftar?

Peran dan kehadiran pelatihannya ikut terhapus. Gunakan ini untuk orang yang terdaftar karena keliru; log audit tetap menyimpan datanya.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 tidak terhapus: %2</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.
Clear filters (Alt+L) shows everyone again.</source>
        <translation>Tidak ada orang yang cocok dengan pencarian dan saringan ini.
Hapus filter (Alt+H) menampilkan semua orang lagi.</translation>
    </message>
    <message>
        <source>Nobody is registered here yet.
Register a person (Ctrl+N) or import a spreadsheet.</source>
        <translation>Belum ada orang yang terdaftar di sini.
Daftarkan orang (Ctrl+N) atau impor spreadsheet.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang/Relawan</translation>
    </message>
    <message>
        <source>Everyone registered in the scope: find, filter, register, correct, export.</source>
        <translation>Semua orang yang terdaftar di cakupan ini: cari, saring, daftarkan, perbaiki, ekspor.</translation>
    </message>
    <message>
        <source>Kecamatan %1 (every village)</source>
        <translation>Kecamatan %1 (semua desa)</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PersonRolesModel</name>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PersonRolesPanel</name>
    <message>
        <source>A&amp;dd role…</source>
        <translation>T&amp;ambah peran…</translation>
    </message>
    <message>
        <source>End &amp;role…</source>
        <translation>Akhiri pe&amp;ran…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>%1 in %2, since %3</source>
        <translation>%1 di %2, sejak %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 di %2</translation>
    </message>
    <message>
        <source>Role added: %1.</source>
        <translation>Peran ditambahkan: %1.</translation>
    </message>
    <message>
        <source>Role ended on %1: %2 in %3.</source>
        <translation>Peran diakhiri pada %1: %2 di %3.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PrintoutPreview</name>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (%1)</source>
        <translation>Simpan sebagai PDF (%1)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>%n halaman disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>Tidak ada yang dicetak.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Berkas tidak dapat ditulis: %1</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF tidak disimpan</translation>
    </message>
    <message>
        <source>%1 was not saved.
%2</source>
        <translation>%1 tidak disimpan.
%2</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RegionTreeModel</name>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n desa/kelurahan</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Kampung Pengawasan status</source>
        <translation>Kampung Pengawasan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RegistrationDialog</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Kemungkinan duplikat&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Check the warnings, then press Enter again to save anyway.</source>
        <translation>Periksa peringatannya, lalu tekan Enter sekali lagi untuk tetap menyimpan.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n person(s) in this session).</source>
        <translation>
            <numerusform>Tersimpan: %1 (%n orang dalam sesi ini).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Tutup formulir</translation>
    </message>
    <message>
        <source>The person being typed is not saved. Close and discard it?</source>
        <translation>Data orang yang sedang diketik belum disimpan. Tutup dan buang isiannya?</translation>
    </message>
    <message>
        <source>Save and &amp;continue</source>
        <translation>Simpan lalu &amp;lanjut</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Close and discard them?</source>
        <translation>Perubahan data %1 belum disimpan. Tutup dan buang perubahannya?</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Ubah data orang</translation>
    </message>
    <message>
        <source>Save ch&amp;anges</source>
        <translation>&amp;Simpan perubahan</translation>
    </message>
    <message>
        <source>Enter: save the changes · Esc: close</source>
        <translation>Enter: simpan perubahan · Esc: tutup</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>%1

Nothing was saved: the person is no longer in the register.</source>
        <translation>%1

Tidak ada yang disimpan: orang ini sudah tidak ada di daftar.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. The form now shows the record as stored: check it and make your changes again.</source>
        <translation>%1

Tidak ada yang disimpan. Formulir kini menampilkan data yang tersimpan: periksa lalu ulangi perubahan Anda.</translation>
    </message>
    <message>
        <source>Move roles</source>
        <translation>Pindahkan peran</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3 and holds these roles in %2: %4.

Do the roles move to %3 as well? Yes: they cover %3 from now on. No: they stay in %2.</source>
        <translation>%1 pindah dari %2 ke %3 dan memegang peran berikut di %2: %4.

Apakah peran itu ikut pindah ke %3? Ya: mulai sekarang peran itu mencakup %3. Tidak: peran tetap di %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Usia</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ScopeSelector</name>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Kecamatan:</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Semua kecamatan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ScoreSheetDialog</name>
    <message>
        <source>Scores — %1</source>
        <translation>Nilai — %1</translation>
    </message>
    <message>
        <source>Type a score and press Enter to go to the next participant, Tab to the next component; Delete clears a score. Each score is saved as it is entered.</source>
        <translation>Ketik nilai lalu tekan Enter untuk pindah ke peserta berikutnya, Tab ke komponen berikutnya; Delete mengosongkan nilai. Setiap nilai langsung tersimpan begitu dimasukkan.</translation>
    </message>
    <message>
        <source>%1 participants · complete %2 · passed %3</source>
        <translation>%1 peserta · lengkap %2 · lulus %3</translation>
    </message>
    <message>
        <source>Components and &amp;weights…</source>
        <translation>Komponen dan &amp;bobot…</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ScoreSheetModel</name>
    <message>
        <source>incomplete</source>
        <translation>belum lengkap</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Tidak lulus</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number from 0 to 100 (a decimal comma is fine), or leave the cell empty.</source>
        <translation>“%1” bukan nilai: ketik angka 0 sampai 100 (boleh dengan koma desimal), atau kosongkan selnya.</translation>
    </message>
    <message>
        <source>%1
%2%</source>
        <extracomment>A component&apos;s column: its name, and its weight on a second line</extracomment>
        <translation>%1
%2%</translation>
    </message>
    <message>
        <source>Pass mark
%1</source>
        <translation>Batas lulus
%1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SendersPanel</name>
    <message>
        <source>This laptop</source>
        <translation>Laptop ini</translation>
    </message>
    <message>
        <source>A receiver trusts this laptop&apos;s reports once they have compared this fingerprint with you, by phone or face to face. Read it out when they ask.</source>
        <translation>Penerima memercayai laporan laptop ini setelah mencocokkan sidik kunci ini dengan Anda, lewat telepon atau bertatap muka. Bacakan bila mereka menanyakannya.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Sidik kunci</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Dipercaya</translation>
    </message>
    <message>
        <source>Last report merged</source>
        <translation>Laporan terakhir digabung</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Pengirim tepercaya</translation>
    </message>
    <message>
        <source>Reports are merged only from these laptops. A new sender is trusted when its first report is merged and you confirm its fingerprint.</source>
        <translation>Laporan hanya digabung dari laptop-laptop ini. Pengirim baru dipercaya saat laporan pertamanya digabung dan Anda mengonfirmasi sidik kuncinya.</translation>
    </message>
    <message>
        <source>Installation %1 · database %2</source>
        <translation>Instalasi %1 · basis data %2</translation>
    </message>
    <message>
        <source>Installation %1</source>
        <translation>Instalasi %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SettingsScreen</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>belum dipilih</translation>
    </message>
    <message>
        <source>%1 %2, loaded %3</source>
        <translation>%1 %2, dimuat %3</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>belum dimuat</translation>
    </message>
    <message>
        <source>The new language applies the next time Relawas starts.</source>
        <translation>Bahasa baru berlaku saat Relawas dibuka berikutnya.</translation>
    </message>
    <message>
        <source>Change regency/city</source>
        <translation>Ganti kabupaten/kota</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The language, the working area, the election day and where the data is kept.</source>
        <translation>Bahasa, wilayah kerja, hari pemungutan suara, dan tempat data disimpan.</translation>
    </message>
    <message>
        <source>%1 The election day was not changed.</source>
        <translation>%1 Hari pemungutan suara tidak diubah.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SheetOptionsDialog</name>
    <message>
        <source>Fill in the check-in &amp;times of those who came</source>
        <translation>Isi &amp;jam presensi peserta yang hadir</translation>
    </message>
    <message>
        <source>Print the attendance list</source>
        <translation>Cetak daftar hadir</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Hari ke-%1 — %2</translation>
    </message>
    <message>
        <source>Unticked, the list is blank for signing; ticked, it records who came and when.</source>
        <translation>Tanpa centang, daftar kosong untuk ditandatangani; dengan centang, daftar mencatat siapa yang hadir dan pukul berapa.</translation>
    </message>
    <message>
        <source>Numbered blank rows after the list, for those who come without being listed.</source>
        <translation>Baris kosong bernomor setelah daftar, untuk yang datang tanpa terdaftar.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>&amp;Spare rows</source>
        <translation>Baris &amp;cadangan</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Pratinjau…</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SyncScreen</name>
    <message>
        <source>Conflict decided: the new value travels back with the next report.</source>
        <translation>Konflik diputuskan: nilai baru ikut dikirim balik bersama laporan berikutnya.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>&amp;Export a report…</source>
        <translation>&amp;Ekspor laporan…</translation>
    </message>
    <message>
        <source>Write a signed report of a region for the district or a kecamatan (Ctrl+E)</source>
        <translation>Tulis laporan bertanda tangan suatu wilayah untuk kabupaten atau kecamatan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Impor &amp;folder…</translation>
    </message>
    <message>
        <source>Every report file (*.relawas.json) of a folder, in the order of their numbers</source>
        <translation>Semua berkas laporan (*.relawas.json) dalam satu folder, urut menurut nomornya</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Impor laporan…</translation>
    </message>
    <message>
        <source>Read report files, see what they bring, then merge them (Ctrl+O)</source>
        <translation>Baca berkas laporan, lihat isinya, lalu gabungkan (Ctrl+O)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>Yang dibawa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Reports taken in</source>
        <translation>Laporan diterima</translation>
    </message>
    <message>
        <source>Senders and this laptop</source>
        <translation>Pengirim dan laptop ini</translation>
    </message>
    <message>
        <source>Conflicts to decide (%1)</source>
        <translation>Konflik perlu diputuskan (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflik</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 oleh %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 no. %2</source>
        <translation>%1 no. %2</translation>
    </message>
    <message>
        <source>Import reports</source>
        <translation>Impor laporan</translation>
    </message>
    <message>
        <source>Relawas reports (*.relawas.json);;All files (*)</source>
        <translation>Laporan Relawas (*.relawas.json);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Import every report of a folder</source>
        <translation>Impor semua laporan dalam satu folder</translation>
    </message>
    <message>
        <source>No report file (*.relawas.json) was found there.</source>
        <translation>Tidak ada berkas laporan (*.relawas.json) di sana.</translation>
    </message>
    <message>
        <source>Reading the reports was cancelled: nothing was merged.</source>
        <translation>Pembacaan laporan dibatalkan: tidak ada yang digabung.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Tidak ada yang digabung.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) merged: %1.</source>
        <translation>
            <numerusform>%Ln laporan digabung: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the report being read when you cancelled was not merged, nor those after it.</source>
        <translation>Dibatalkan: laporan yang sedang dibaca saat Anda membatalkan tidak digabung, begitu pula yang sesudahnya.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln report(s) refused: nothing of them was written.</source>
        <translation>
            <numerusform>%1 %Ln laporan ditolak: tidak ada isinya yang ditulis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Menulis %1…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>Ekspor dibatalkan: tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Public summary no. %1 written to %2: counts only, no personal data.</source>
        <translation>Ringkasan publik no. %1 ditulis ke %2: hanya jumlah, tanpa data pribadi.</translation>
    </message>
    <message numerus="yes">
        <source>Report no. %1 written to %2: %Ln person(s), %3 role(s), %4 training(s).</source>
        <translation>
            <numerusform>Laporan no. %1 ditulis ke %2: %Ln orang, %3 peran, %4 pelatihan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports between the kecamatan laptops and the district: send, take in, settle conflicts.</source>
        <translation>Laporan antarlaptop kecamatan dan kabupaten: kirim, terima, selesaikan konflik.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingDetailPanel</name>
    <message>
        <source>Everyone on the list</source>
        <translation>Semua yang ada di daftar</translation>
    </message>
    <message>
        <source>No training chosen</source>
        <translation>Belum ada pelatihan yang dipilih</translation>
    </message>
    <message>
        <source>Choose a training in the list above to see who is invited and who came, or create one (Ctrl+N).</source>
        <translation>Pilih pelatihan di daftar atas untuk melihat siapa yang diundang dan siapa yang hadir, atau buat pelatihan baru (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s))</source>
        <translation>
            <numerusform>%1 (%Ln hari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised for %1</source>
        <translation>Diselenggarakan untuk %1</translation>
    </message>
    <message numerus="yes">
        <source>room for %Ln people</source>
        <translation>
            <numerusform>kapasitas %Ln orang</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>nilai lulus %1</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>Diundang %1</translation>
    </message>
    <message>
        <source>Present day %1: %2</source>
        <translation>Hadir hari %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled or declined</source>
        <translation>
            <numerusform>%Ln dibatalkan atau menolak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than the %Ln places</source>
        <translation>
            <numerusform>melebihi kapasitas %Ln tempat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) invited.</source>
        <translation>
            <numerusform>%Ln orang diundang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) added to the list.</source>
        <translation>
            <numerusform>%Ln orang ditambahkan ke daftar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, as %3.</source>
        <translation>%1: %2, sebagai %3.</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Batalkan undangan</translation>
    </message>
    <message>
        <source>Take %1 off the list?

The invitation is cancelled, not deleted: %1 stays on the list as cancelled, and the check-in desk will say so at the door. Change status can invite them again.</source>
        <translation>Keluarkan %1 dari daftar?

Undangannya dibatalkan, tidak dihapus: %1 tetap ada di daftar dengan status dibatalkan, dan meja presensi akan memberitahukannya di pintu. Lewat Ubah status, ia bisa diundang lagi.</translation>
    </message>
    <message>
        <source>The invitation of %1 is cancelled.</source>
        <translation>Undangan %1 sudah dibatalkan.</translation>
    </message>
    <message>
        <source>Issue missing cards</source>
        <translation>Terbitkan kartu yang belum ada</translation>
    </message>
    <message>
        <source>Everyone on the list has a card already.</source>
        <translation>Semua yang ada di daftar sudah punya kartu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) issued.</source>
        <translation>
            <numerusform>%Ln kartu diterbitkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>Terbitkan ulang kartu</translation>
    </message>
    <message>
        <source>Issue a new card for %1?

The old card (%2) stops working at the door at once, at every training. Print the new card and hand it over.</source>
        <translation>Terbitkan kartu baru untuk %1?

Kartu lama (%2) langsung tidak berlaku lagi di pintu, untuk semua pelatihan. Cetak kartu baru dan serahkan kepadanya.</translation>
    </message>
    <message>
        <source>New card for %1: %2.</source>
        <translation>Kartu baru untuk %1: %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Ubah pelatihan</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln day(s)</source>
        <translation>
            <numerusform>%1 · %Ln hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingListModel</name>
    <message>
        <source>%1%</source>
        <extracomment>An attendance rate in percent, e.g. &quot;87%&quot;</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Diundang</translation>
    </message>
    <message>
        <source>Present per day</source>
        <translation>Hadir per hari</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Tingkat kehadiran</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingPapers</name>
    <message>
        <source>Attendance list</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Attendance list, day %1 — %2</source>
        <translation>Daftar hadir hari ke-%1 — %2</translation>
    </message>
    <message>
        <source>attendance-list-day-%1.pdf</source>
        <translation>daftar-hadir-hari-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n new card code(s) issued.</source>
        <translation>
            <numerusform>%n kode kartu baru diterbitkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant cards</source>
        <translation>Kartu peserta</translation>
    </message>
    <message>
        <source>Nobody is expected at this training yet: invite people first.</source>
        <translation>Belum ada yang diundang ke pelatihan ini: undang peserta dulu.</translation>
    </message>
    <message>
        <source>Participant cards — %1</source>
        <translation>Kartu peserta — %1</translation>
    </message>
    <message>
        <source>participant-cards.pdf</source>
        <translation>kartu-peserta.pdf</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet: it goes to participants present on every day whose final score passes.</source>
        <translation>Belum ada yang berhak atas sertifikat: sertifikat diberikan kepada peserta yang hadir setiap hari dan nilai akhirnya lulus.</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet: it goes to participants present on every day.</source>
        <translation>Belum ada yang berhak atas sertifikat: sertifikat diberikan kepada peserta yang hadir setiap hari.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), each with its own number.</source>
        <translation>
            <numerusform>%n sertifikat, masing-masing dengan nomornya sendiri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation>Sertifikat — %1</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>sertifikat.pdf</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingsScreen</name>
    <message>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Events and trainings: who is invited, who came, day by day.</source>
        <translation>Kegiatan dan pelatihan: siapa diundang, siapa hadir, hari demi hari.</translation>
    </message>
    <message>
        <source>No training or event in this scope yet.
Create one with New training (Ctrl+N).</source>
        <translation>Belum ada pelatihan atau kegiatan di cakupan ini.
Buat dengan Pelatihan baru (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 is created. Invite its participants next.</source>
        <translation>%1 sudah dibuat. Selanjutnya undang pesertanya.</translation>
    </message>
    <message>
        <source>%1 is created for a region outside the scope shown.</source>
        <translation>%1 sudah dibuat untuk wilayah di luar cakupan yang ditampilkan.</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Ubah pelatihan</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 sudah disimpan.</translation>
    </message>
    <message>
        <source>Remove training</source>
        <translation>Hapus pelatihan</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%2)?

Its list of %Ln person(s) and its attendance are removed with it. Use this for a training entered by mistake; the audit log keeps the record.</source>
        <translation>
            <numerusform>Hapus %1 (%2)?

Daftar %Ln orang dan presensinya ikut terhapus. Gunakan ini untuk pelatihan yang salah dimasukkan; log audit tetap menyimpan catatannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 tidak dihapus: %2</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 sudah dihapus.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>The attendance list (Ctrl+P), participant cards and certificates of the training chosen</source>
        <translation>Daftar hadir (Ctrl+P), kartu peserta, dan sertifikat pelatihan yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Attendance list…</source>
        <translation>&amp;Daftar hadir…</translation>
    </message>
    <message>
        <source>Participant &amp;cards…</source>
        <translation>&amp;Kartu peserta…</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>&amp;Sertifikat…</translation>
    </message>
    <message>
        <source>C&amp;heck a certificate number…</source>
        <translation>&amp;Periksa nomor sertifikat…</translation>
    </message>
    <message>
        <source>&amp;Grading…</source>
        <translation>N&amp;ilai…</translation>
    </message>
    <message>
        <source>The score sheet of the P2P class chosen: each participant&apos;s scores, the weighted result and pass or fail (Ctrl+G)</source>
        <translation>Lembar nilai kelas P2P yang dipilih: nilai tiap peserta, nilai akhir berbobot, dan lulus atau tidak (Ctrl+G)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>relawas::gui::VillagePicker</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>relawas::gui::VillageReviewDialog</name>
    <message>
        <source>Village review — %1</source>
        <translation>Tinjauan desa — %1</translation>
    </message>
    <message>
        <source>%1, Kecamatan %2</source>
        <translation>%1, Kecamatan %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) living here; %1 volunteer(s), %2 PKD; roles on %3</source>
        <translation>
            <numerusform>%Ln orang tinggal di sini; %1 relawan, %2 PKD; peran per %3</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>&amp;Print this village…</source>
        <translation>&amp;Cetak desa ini…</translation>
    </message>
    <message>
        <source>Print every village of the &amp;kecamatan…</source>
        <translation>Cetak semua desa di &amp;kecamatan…</translation>
    </message>
    <message>
        <source>Open in the &amp;roster</source>
        <translation>Buka di &amp;daftar orang</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Bukan Kampung Pengawasan</translation>
    </message>
    <message>
        <source>SK %1</source>
        <translation>SK %1</translation>
    </message>
    <message>
        <source>SK of %1</source>
        <translation>SK tanggal %1</translation>
    </message>
    <message>
        <source>MoU until %1</source>
        <translation>MoU s.d. %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::WalkInDialog</name>
    <message>
        <source>Register and check in</source>
        <translation>Daftarkan dan catat hadir</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already registered? Pick the person to admit them instead, or press Enter again to register a new person.</source>
        <translation>Sudah terdaftar? Pilih orangnya untuk menerimanya, atau tekan Enter sekali lagi untuk mendaftarkan orang baru.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::WilayahScreen</name>
    <message>
        <source>%1 districts, %2 villages</source>
        <translation>%1 kecamatan, %2 desa/kelurahan</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) match, of %1</source>
        <translation>
            <numerusform>%n desa/kelurahan cocok, dari %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;people of this village</source>
        <translation>Lihat &amp;daftar orang desa ini</translation>
    </message>
    <message>
        <source>Regions &amp; Kampung</source>
        <translation>Wilayah &amp; Kampung</translation>
    </message>
    <message>
        <source>The districts and villages of the scope, and where Kampung Pengawasan Partisipatif stands in each.</source>
        <translation>Kecamatan dan desa di cakupan ini, dan sejauh mana Kampung Pengawasan Partisipatif di masing-masing.</translation>
    </message>
    <message>
        <source>&amp;Review and print this village…</source>
        <translation>Tin&amp;jau dan cetak desa ini…</translation>
    </message>
    <message>
        <source>Print the volunteer rosters of every &amp;village…</source>
        <translation>Cetak daftar relawan &amp;semua desa…</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Village review</source>
        <translation>Tinjauan desa</translation>
    </message>
</context>
</TS>
