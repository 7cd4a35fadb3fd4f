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
