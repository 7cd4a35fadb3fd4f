<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>relawas::paperwork</name>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Kampung coordinator</source>
        <translation>Kampung coordinator</translation>
    </message>
    <message>
        <source>Village supervisor (PKD)</source>
        <translation>Village supervisor (PKD)</translation>
    </message>
    <message>
        <source>Polling station supervisor (PTPS)</source>
        <translation>Polling station supervisor (PTPS)</translation>
    </message>
    <message>
        <source>Panwascam member</source>
        <translation>Panwascam member</translation>
    </message>
    <message>
        <source>Secretariat staff</source>
        <translation>Secretariat staff</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
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
        <translation>Chair of Panwaslu Kecamatan %1</translation>
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
        <translation>Chair of Bawaslu</translation>
    </message>
    <message>
        <source>Chair of Bawaslu %1</source>
        <translation>Chair of Bawaslu %1</translation>
    </message>
    <message>
        <source>F</source>
        <extracomment>One letter for a woman in the roster&apos;s gender column: &quot;P&quot; (perempuan)</extracomment>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>One letter for a man in the roster&apos;s gender column: &quot;L&quot; (laki-laki)</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Designated (SK)</source>
        <translation>Designated (SK)</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Launched</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>An age band of the volunteers whose birth date is not recorded</extracomment>
        <translation>unknown</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit/Position</source>
        <translation>Unit/Position</translation>
    </message>
    <message>
        <source>Origin (District/Village)</source>
        <translation>Origin (District/Village)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>day %1 of %2</source>
        <extracomment>After the date when a training lasts more than one day: &quot;(hari ke-1 dari 2)&quot;</extracomment>
        <translation>day %1 of %2</translation>
    </message>
    <message>
        <source>ATTENDANCE LIST</source>
        <translation>ATTENDANCE LIST</translation>
    </message>
    <message>
        <source>Day/Date</source>
        <translation>Day/Date</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Present %1</source>
        <translation>Present %1</translation>
    </message>
    <message>
        <source>Organising Committee</source>
        <translation>Organising Committee</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::Certificates</name>
    <message>
        <source>CERTIFICATE</source>
        <translation>CERTIFICATE</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Number: %1</translation>
    </message>
    <message>
        <source>awarded to</source>
        <translation>awarded to</translation>
    </message>
    <message>
        <source>as %1</source>
        <extracomment>On a certificate, the part the person had, in bold: &quot;sebagai Peserta&quot;</extracomment>
        <translation>as %1</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>On a certificate, the line before the training&apos;s title: &quot;pada&quot;</extracomment>
        <translation>in</translation>
    </message>
    <message>
        <source>held by %1 on %2 at %3</source>
        <extracomment>On a certificate: &quot;held by &lt;organiser&gt; on &lt;dates&gt; at &lt;venue&gt;&quot;</extracomment>
        <translation>held by %1 on %2 at %3</translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message>
        <source>NOT PASSED</source>
        <translation>NOT PASSED</translation>
    </message>
    <message>
        <source>with a final score of %1 — %2</source>
        <extracomment>On a certificate: &quot;with a final score of 82,50 — PASSED&quot;</extracomment>
        <translation>with a final score of %1 — %2</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::IdCards</name>
    <message>
        <source>PARTICIPANT CARD</source>
        <translation>PARTICIPANT CARD</translation>
    </message>
    <message>
        <source>Cut along the marks.</source>
        <translation>Cut along the marks.</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::PdfOutput</name>
    <message>
        <source>Attendance list — %1 — %2</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Daftar hadir — &lt;training&gt; — Minggu, 15 September 2024&quot;</extracomment>
        <translation>Attendance list — %1 — %2</translation>
    </message>
    <message>
        <source>Participant cards — %1</source>
        <translation>Participant cards — %1</translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation>Certificates — %1</translation>
    </message>
    <message>
        <source>Village volunteer roster — %1, District %2</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Daftar Relawan Desa — Durian, Kec. Medang Deras&quot;, or &quot;— Kec. Sei Balai&quot; for every village of a kecamatan</extracomment>
        <translation>Village volunteer roster — %1, District %2</translation>
    </message>
    <message>
        <source>Village volunteer rosters — District %1</source>
        <translation>Village volunteer rosters — District %1</translation>
    </message>
    <message>
        <source>Participatory monitoring report — %1</source>
        <extracomment>The title in the PDF&apos;s properties: &quot;Laporan Pengawasan Partisipatif — Kabupaten Batu Bara&quot;</extracomment>
        <translation>Participatory monitoring report — %1</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::Printouts</name>
    <message>
        <source>en_GB</source>
        <extracomment>The locale whose day and month names and decimal separator the printouts use: id_ID in Indonesian.</extracomment>
        <translation>en_GB</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
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
        <translation>%1 of %2 (%3)</translation>
    </message>
    <message>
        <source>since %1</source>
        <extracomment>A period without an end: &quot;sejak 1 Januari 2024&quot;</extracomment>
        <translation>since %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>A period without a start: &quot;sampai dengan 30 November 2024&quot;</extracomment>
        <translation>until %1</translation>
    </message>
    <message>
        <source>all records to date</source>
        <extracomment>The period of a report bounded on neither side</extracomment>
        <translation>all records to date</translation>
    </message>
    <message>
        <source>Participatory monitoring report</source>
        <extracomment>The title of the report: &quot;Laporan Pengawasan Partisipatif&quot;</extracomment>
        <translation>Participatory monitoring report</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <extracomment>The period of the report on its cover: &quot;Periode: 1 Januari – 30 November 2024&quot;</extracomment>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Volunteers as of</source>
        <extracomment>The day the volunteers&apos; roles and ages are counted on (the election day)</extracomment>
        <translation>Volunteers as of</translation>
    </message>
    <message>
        <source>Counts only: this report names no person.</source>
        <translation>Counts only: this report names no person.</translation>
    </message>
    <message>
        <source>Volunteers per %1 by gender</source>
        <extracomment>Chart title: &quot;Relawan per kecamatan menurut jenis kelamin&quot;</extracomment>
        <translation>Volunteers per %1 by gender</translation>
    </message>
    <message>
        <source>No volunteer is registered yet.</source>
        <translation>No volunteer is registered yet.</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>Gender not recorded</translation>
    </message>
    <message>
        <source>Coverage per %1: villages with a volunteer</source>
        <extracomment>Chart title: &quot;Cakupan per kecamatan: desa dengan relawan&quot;</extracomment>
        <translation>Coverage per %1: villages with a volunteer</translation>
    </message>
    <message>
        <source>Age pyramid of the volunteers</source>
        <extracomment>Chart title: the volunteers by age band and gender</extracomment>
        <translation>Age pyramid of the volunteers</translation>
    </message>
    <message>
        <source>Trainings per month</source>
        <translation>Trainings per month</translation>
    </message>
    <message>
        <source>No training is recorded in this period.</source>
        <translation>No training is recorded in this period.</translation>
    </message>
</context>
<context>
    <name>relawas::printouts::ReportPainter</name>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Villages with a volunteer</translation>
    </message>
    <message>
        <source>Villages with a PKD</source>
        <translation>Villages with a PKD</translation>
    </message>
    <message>
        <source>Kampung Pengawasan villages</source>
        <translation>Kampung Pengawasan villages</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>First-time voters</source>
        <translation>First-time voters</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>With a disability</translation>
    </message>
    <message>
        <source>Trainings held in the period</source>
        <translation>Trainings held in the period</translation>
    </message>
    <message>
        <source>Attendance</source>
        <extracomment>The attendance of the trainings: participant-days present over those expected</extracomment>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>People trained</translation>
    </message>
    <message>
        <source>Summary figures</source>
        <translation>Summary figures</translation>
    </message>
    <message>
        <source>Figures per %1</source>
        <extracomment>The heading of the table per kecamatan: &quot;Rekapitulasi per kecamatan&quot;</extracomment>
        <translation>Figures per %1</translation>
    </message>
    <message>
        <source>Villages</source>
        <translation>Villages</translation>
    </message>
    <message>
        <source>With a volunteer</source>
        <translation>With a volunteer</translation>
    </message>
    <message>
        <source>Without a volunteer</source>
        <translation>Without a volunteer</translation>
    </message>
    <message>
        <source>Without a PKD</source>
        <translation>Without a PKD</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message>
        <source>Volunteers M</source>
        <extracomment>Volunteers who are men: &quot;Relawan L&quot;</extracomment>
        <translation>Volunteers M</translation>
    </message>
    <message>
        <source>Volunteers F</source>
        <extracomment>Volunteers who are women: &quot;Relawan P&quot;</extracomment>
        <translation>Volunteers F</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Trainings and their attendance</source>
        <translation>Trainings and their attendance</translation>
    </message>
    <message>
        <source>No training is recorded in this period.</source>
        <translation>No training is recorded in this period.</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Present / expected days</source>
        <extracomment>Participant-days present over those expected: &quot;Hadir/seharusnya (orang-hari)&quot;</extracomment>
        <translation>Present / expected days</translation>
    </message>
    <message>
        <source>Kampung Pengawasan Partisipatif villages</source>
        <translation>Kampung Pengawasan Partisipatif villages</translation>
    </message>
    <message>
        <source>No village of this region is in the programme yet.</source>
        <translation>No village of this region is in the programme yet.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>SK number</source>
        <translation>SK number</translation>
    </message>
    <message>
        <source>SK date</source>
        <translation>SK date</translation>
    </message>
    <message>
        <source>MoU until</source>
        <translation>MoU until</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>M/F</source>
        <extracomment>The gender column, one letter per person: &quot;L/P&quot; (laki-laki, perempuan)</extracomment>
        <translation>M/F</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>NIK</source>
        <extracomment>The column of the masked NIK (only its last four digits show)</extracomment>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Not in the programme</translation>
    </message>
    <message>
        <source>SK %1 of %2</source>
        <extracomment>The decree of a Kampung Pengawasan: &quot;SK 300/12/2024 tanggal 1 Agustus 2024&quot;</extracomment>
        <translation>SK %1 of %2</translation>
    </message>
    <message>
        <source>SK %1</source>
        <translation>SK %1</translation>
    </message>
    <message>
        <source>SK of %1</source>
        <translation>SK of %1</translation>
    </message>
    <message>
        <source>MoU until %1</source>
        <extracomment>The end of the MoU with the village government: &quot;MoU s.d. 31 Juli 2029&quot;</extracomment>
        <translation>MoU until %1</translation>
    </message>
    <message>
        <source>%1 (roles as of %2)</source>
        <extracomment>When the roles are counted on another day (the election day): &quot;15 September 2024 (peran per 27 November 2024)&quot;</extracomment>
        <translation>%1 (roles as of %2)</translation>
    </message>
    <message>
        <source>Village volunteer roster</source>
        <extracomment>The title of the printout: &quot;Daftar Relawan Desa&quot;</extracomment>
        <translation>Village volunteer roster</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Regency/City</source>
        <translation>Regency/City</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <extracomment>The label of the village&apos;s programme status: &quot;Kampung Pengawasan&quot;</extracomment>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Village volunteer roster · %1, District %2</source>
        <extracomment>The running head of a roster&apos;s further pages: &quot;Daftar Relawan Desa · Durian, Kec. Medang Deras&quot;</extracomment>
        <translation>Village volunteer roster · %1, District %2</translation>
    </message>
    <message>
        <source>No one living in this village is registered yet.</source>
        <translation>No one living in this village is registered yet.</translation>
    </message>
</context>
</TS>
