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
</TS>
