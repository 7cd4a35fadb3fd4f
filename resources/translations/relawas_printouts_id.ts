<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>relawas::paperwork</name>
    <message>
        <source>Volunteer</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Kampung coordinator</source>
        <translation>Koordinator Kampung</translation>
    </message>
    <message>
        <source>Village supervisor (PKD)</source>
        <translation>Pengawas Kelurahan/Desa (PKD)</translation>
    </message>
    <message>
        <source>Polling station supervisor (PTPS)</source>
        <translation>Pengawas TPS (PTPS)</translation>
    </message>
    <message>
        <source>Panwascam member</source>
        <translation>Anggota Panwascam</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Staf Sekretariat</translation>
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
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Panitia</translation>
    </message>
    <message>
        <source>Kec. %1</source>
        <translation>Kec. %1</translation>
    </message>
    <message>
        <source>PANITIA PENGAWAS PEMILIHAN UMUM</source>
        <translation>PANITIA PENGAWAS PEMILIHAN UMUM</translation>
    </message>
    <message>
        <source>KECAMATAN %1</source>
        <translation>KECAMATAN %1</translation>
    </message>
    <message>
        <source>Panwaslu Kecamatan %1</source>
        <translation>Panwaslu Kecamatan %1</translation>
    </message>
    <message>
        <source>Chair of Panwaslu Kecamatan %1</source>
        <translation>Ketua Panwaslu Kecamatan %1</translation>
    </message>
    <message>
        <source>BADAN PENGAWAS PEMILIHAN UMUM</source>
        <translation>BADAN PENGAWAS PEMILIHAN UMUM</translation>
    </message>
    <message>
        <source>Bawaslu</source>
        <translation>Bawaslu</translation>
    </message>
    <message>
        <source>Bawaslu %1</source>
        <translation>Bawaslu %1</translation>
    </message>
    <message>
        <source>Chair of Bawaslu</source>
        <translation>Ketua Bawaslu</translation>
    </message>
    <message>
        <source>Chair of Bawaslu %1</source>
        <translation>Ketua Bawaslu %1</translation>
    </message>
    <message>
        <source>F</source>
        <extracomment>One letter for a woman in the roster&apos;s gender column: &quot;P&quot; (perempuan)</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>One letter for a man in the roster&apos;s gender column: &quot;L&quot; (laki-laki)</extracomment>
        <translation>L</translation>
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
        <source>Province</source>
        <translation>Provinsi</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An age band of the volunteers whose birth date is not recorded</extracomment>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>Rakernis</source>
        <translation>Rakernis</translation>
    </message>
    <message>
        <source>P2P</source>
        <translation>P2P</translation>
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
</context>
<context>
    <name>relawas::printouts::AttendanceSheet</name>
    <message>
        <source>No</source>
        <extracomment>The column of the row numbers: &quot;No&quot;</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit/Position</source>
        <translation>Unsur/Jabatan</translation>
    </message>
    <message>
        <source>Origin (District/Village)</source>
        <translation>Asal (Kecamatan/Desa)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda Tangan</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <extracomment>After the date when a training lasts more than one day: &quot;(hari ke-1 dari 2)&quot;</extracomment>
        <translation>hari ke-%1 dari %2</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>DAFTAR HADIR</translation>
    </message>
    <message>
        <source>Day/Date</source>
        <translation>Hari/Tanggal</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Present %1</source>
        <translation>Hadir %1</translation>
    </message>
    <message>
        <source>Organising Committee</source>
        <translation>Panitia Pelaksana</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::Certificates</name>
    <message>
        <source>CERTIFICATE</source>
        <translation>SERTIFIKAT</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <source>awarded to</source>
        <translation>diberikan kepada</translation>
    </message>
    <message>
        <source>as %1</source>
        <extracomment>On a certificate, the part the person had, in bold: &quot;sebagai Peserta&quot;</extracomment>
        <translation>sebagai %1</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>On a certificate, the line before the training&apos;s title: &quot;pada&quot;</extracomment>
        <translation>pada</translation>
    </message>
    <message>
        <source>held by %1 on %2 at %3</source>
        <extracomment>On a certificate: &quot;held by &lt;organiser&gt; on &lt;dates&gt; at &lt;venue&gt;&quot;</extracomment>
        <translation>yang diselenggarakan oleh %1 pada %2 di %3</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>LULUS</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>TIDAK LULUS</translation>
    </message>
    <message>
        <source>with a final score of %1 — %2</source>
        <extracomment>On a certificate: &quot;with a final score of 82,50 — PASSED&quot;</extracomment>
        <translation>dengan nilai akhir %1 — %2</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::IdCards</name>
    <message>
        <source>PARTICIPANT CARD</source>
        <translation>KARTU PESERTA</translation>
    </message>
    <message>
        <source>Cut along the marks.</source>
        <translation>Gunting mengikuti tanda potong.</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::PdfOutput</name>
    <message>
        <source>Attendance list — %1 — %2</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Daftar hadir — &lt;training&gt; — Minggu, 15 September 2024&quot;</extracomment>
        <translation>Daftar hadir — %1 — %2</translation>
    </message>
    <message>
        <source>Participant cards — %1</source>
        <translation>Kartu peserta — %1</translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation>Sertifikat — %1</translation>
    </message>
    <message>
        <source>Village volunteer roster — %1, District %2</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Daftar Relawan Desa — Durian, Kec. Medang Deras&quot;, or &quot;— Kec. Sei Balai&quot; for every village of a kecamatan</extracomment>
        <translation>Daftar Relawan Desa — %1, Kec. %2</translation>
    </message>
    <message>
        <source>Village volunteer rosters — District %1</source>
        <translation>Daftar Relawan Desa — Kec. %1</translation>
    </message>
    <message>
        <source>Participatory monitoring report — %1</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Laporan Pengawasan Partisipatif — Kabupaten Batu Bara&quot;</extracomment>
        <translation>Laporan Pengawasan Partisipatif — %1</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::Printouts</name>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose day and month names and decimal separator the printouts use: id_ID in Indonesian.</extracomment>
        <translation>id_ID</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 dari %2</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::ProgrammeReport</name>
    <message>
        <source>%1 %</source>
        <extracomment>A share in per cent: &quot;57,6 %&quot;</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <extracomment>&quot;87 of 151 (57,6 %)&quot;</extracomment>
        <translation>%1 dari %2 (%3)</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>A period without an end: &quot;sejak 1 Januari 2024&quot;</extracomment>
        <translation>sejak %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>A period without a start: &quot;sampai dengan 30 November 2024&quot;</extracomment>
        <translation>sampai %1</translation>
    </message>
    <message>
        <source>all records to date</source>
        <extracomment>The period of a report bounded on neither side</extracomment>
        <translation>seluruh data sampai saat ini</translation>
    </message>
    <message>
        <source>Participatory monitoring report</source>
        <extracomment>The title of the report: &quot;Laporan Pengawasan Partisipatif&quot;</extracomment>
        <translation>Laporan Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <extracomment>The period of the report on its cover: &quot;Periode: 1 Januari – 30 November 2024&quot;</extracomment>
        <translation>Periode: %1</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Dilaporkan oleh</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Dicetak pada</translation>
    </message>
    <message>
        <source>Volunteers as of</source>
        <extracomment>The day the volunteers&apos; roles and ages are counted on (the election day)</extracomment>
        <translation>Relawan per</translation>
    </message>
    <message>
        <source>Counts only: this report names no person.</source>
        <translation>Hanya jumlah: laporan ini tidak menyebut nama siapa pun.</translation>
    </message>
    <message>
        <source>Volunteers per %1 by gender</source>
        <extracomment>Chart title: &quot;Relawan per kecamatan menurut jenis kelamin&quot;</extracomment>
        <translation>Relawan per %1 menurut jenis kelamin</translation>
    </message>
    <message>
        <source>No volunteer is registered yet.</source>
        <translation>Belum ada relawan terdaftar.</translation>
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
        <source>Gender not recorded</source>
        <translation>Jenis kelamin tidak tercatat</translation>
    </message>
    <message>
        <source>Coverage per %1: villages with a volunteer</source>
        <extracomment>Chart title: &quot;Cakupan per kecamatan: desa dengan relawan&quot;</extracomment>
        <translation>Cakupan per %1: desa yang punya relawan</translation>
    </message>
    <message>
        <source>Age pyramid of the volunteers</source>
        <extracomment>Chart title: the volunteers by age band and gender</extracomment>
        <translation>Piramida usia relawan</translation>
    </message>
    <message>
        <source>Trainings per month</source>
        <translation>Pelatihan per bulan</translation>
    </message>
    <message>
        <source>No training is recorded in this period.</source>
        <translation>Tidak ada pelatihan tercatat pada periode ini.</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::ReportPainter</name>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Desa dengan relawan</translation>
    </message>
    <message>
        <source>Villages with a PKD</source>
        <translation>Desa dengan PKD</translation>
    </message>
    <message>
        <source>Kampung Pengawasan villages</source>
        <translation>Desa Kampung Pengawasan</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Relawan</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>First-time voters</source>
        <translation>Pemilih pemula</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>Penyandang disabilitas</translation>
    </message>
    <message>
        <source>Trainings held in the period</source>
        <translation>Pelatihan terlaksana dalam periode</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>The attendance of the trainings: participant-days present over those expected</extracomment>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Orang terlatih</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Ringkasan angka</translation>
    </message>
    <message>
        <source>Figures per %1</source>
        <extracomment>The heading of the table per kecamatan: &quot;Rekapitulasi per kecamatan&quot;</extracomment>
        <translation>Angka per %1</translation>
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
        <source>Volunteers M</source>
        <extracomment>Volunteers who are men: &quot;Relawan L&quot;</extracomment>
        <translation>Relawan L</translation>
    </message>
    <message>
        <source>Volunteers F</source>
        <extracomment>Volunteers who are women: &quot;Relawan P&quot;</extracomment>
        <translation>Relawan P</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Trainings and their attendance</source>
        <translation>Pelatihan dan kehadirannya</translation>
    </message>
    <message>
        <source>No training is recorded in this period.</source>
        <translation>Tidak ada pelatihan tercatat pada periode ini.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Present / expected days</source>
        <extracomment>Participant-days present over those expected: &quot;Hadir/seharusnya (orang-hari)&quot;</extracomment>
        <translation>Hari hadir / hari seharusnya</translation>
    </message>
    <message>
        <source>Kampung Pengawasan Partisipatif villages</source>
        <translation>Desa Kampung Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>No village of this region is in the programme yet.</source>
        <translation>Belum ada desa di wilayah ini yang masuk program.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Desa/Kelurahan</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Tahap</translation>
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
        <source>MoU until</source>
        <translation>MoU s.d.</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::VillageRosterSheet</name>
    <message>
        <source>No.</source>
        <extracomment>The column of the row numbers: &quot;No.&quot;</extracomment>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>M/F</source>
        <extracomment>The gender column, one letter per person: &quot;L/P&quot; (laki-laki, perempuan)</extracomment>
        <translation>L/P</translation>
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
        <extracomment>The column of the masked NIK (only its last four digits show)</extracomment>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Bukan Kampung Pengawasan</translation>
    </message>
    <message>
        <source>SK %1 of %2</source>
        <extracomment>The decree of a Kampung Pengawasan: &quot;SK 300/12/2024 tanggal 1 Agustus 2024&quot;</extracomment>
        <translation>SK %1 tanggal %2</translation>
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
        <extracomment>The end of the MoU with the village government: &quot;MoU s.d. 31 Juli 2029&quot;</extracomment>
        <translation>MoU s.d. %1</translation>
    </message>
    <message>
        <source>%1 (roles as of %2)</source>
        <extracomment>When the roles are counted on another day (the election day): &quot;15 September 2024 (peran per 27 November 2024)&quot;</extracomment>
        <translation>%1 (peran per %2)</translation>
    </message>
    <message>
        <source>Village volunteer roster</source>
        <extracomment>The title of the printout: &quot;Daftar Relawan Desa&quot;</extracomment>
        <translation>Daftar Relawan Desa</translation>
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
        <source>Regency/City</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <extracomment>The label of the village&apos;s programme status: &quot;Kampung Pengawasan&quot;</extracomment>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Jumlah orang</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Dicetak</translation>
    </message>
    <message>
        <source>Village volunteer roster · %1, District %2</source>
        <extracomment>The running head of a roster&apos;s further pages: &quot;Daftar Relawan Desa · Durian, Kec. Medang Deras&quot;</extracomment>
        <translation>Daftar Relawan Desa · %1, Kec. %2</translation>
    </message>
    <message>
        <source>No one living in this village is registered yet.</source>
        <translation>Belum ada warga desa ini yang terdaftar.</translation>
    </message>
</context>
</TS>
