<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>DomainText</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Regency</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Village (desa)</source>
        <translation>Village (desa)</translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation>Urban village (kelurahan)</translation>
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
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Programme status</source>
        <translation>Programme status</translation>
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
        <source>Assessment score</source>
        <translation>Assessment score</translation>
    </message>
    <message>
        <source>Vulnerability</source>
        <translation>Vulnerability</translation>
    </message>
    <message>
        <source>MoU end date</source>
        <translation>MoU end date</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The database cannot be opened: %1</source>
        <translation>The database cannot be opened: %1</translation>
    </message>
    <message>
        <source>This database was made by a newer Relawas (schema %1; this program knows up to %2). Please update Relawas.</source>
        <translation>This database was made by a newer Relawas (schema %1; this program knows up to %2). Please update Relawas.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed; it was left unchanged. Details: %2</source>
        <translation>Upgrading the database to version %1 failed; it was left unchanged. Details: %2</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>A quoted field is never closed.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>The file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The file %1 is missing or cannot be read.</source>
        <translation>The file %1 is missing or cannot be read.</translation>
    </message>
    <message>
        <source>The package description is unreadable: %1</source>
        <translation>The package description is unreadable: %1</translation>
    </message>
    <message>
        <source>The first line must be the header "%1".</source>
        <translation>The first line must be the header "%1".</translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation>Expected %1 fields, found %2.</translation>
    </message>
    <message>
        <source>"%1" is not a valid region code.</source>
        <translation>"%1" is not a valid region code.</translation>
    </message>
    <message>
        <source>Code %1 is a %2 and does not belong in this file.</source>
        <translation>Code %1 is a %2 and does not belong in this file.</translation>
    </message>
    <message>
        <source>Code %1 is a %2, which the level column contradicts.</source>
        <translation>Code %1 is a %2, which the level column contradicts.</translation>
    </message>
    <message>
        <source>The parent of code %1 is %2, which the parent column contradicts.</source>
        <translation>The parent of code %1 is %2, which the parent column contradicts.</translation>
    </message>
    <message>
        <source>Region %1 has no name.</source>
        <translation>Region %1 has no name.</translation>
    </message>
    <message>
        <source>Code %1 appears a second time (first at %2).</source>
        <translation>Code %1 appears a second time (first at %2).</translation>
    </message>
    <message>
        <source>The parent %1 of code %2 is not in the list: the list is partial.</source>
        <translation>The parent %1 of code %2 is not in the list: the list is partial.</translation>
    </message>
    <message>
        <source>The list holds no regions.</source>
        <translation>The list holds no regions.</translation>
    </message>
    <message>
        <source>Writing the region list failed; the database was left unchanged. Details: %1</source>
        <translation>Writing the region list failed; the database was left unchanged. Details: %1</translation>
    </message>
    <message>
        <source>%1 is not a region of the current code list.</source>
        <translation>%1 is not a region of the current code list.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a regency or city.</source>
        <translation>%1 (%2) is not a regency or city.</translation>
    </message>
    <message>
        <source>%1 is not a village (desa or kelurahan).</source>
        <translation>%1 is not a village (desa or kelurahan).</translation>
    </message>
    <message>
        <source>The record of village %1 was changed meanwhile. Reopen it and try again.</source>
        <translation>The record of village %1 was changed meanwhile. Reopen it and try again.</translation>
    </message>
    <message>
        <source>The assessment score must lie between 0 and 100.</source>
        <translation>The assessment score must lie between 0 and 100.</translation>
    </message>
    <message>
        <source>An assessed village needs its assessment score.</source>
        <translation>An assessed village needs its assessment score.</translation>
    </message>
    <message>
        <source>An assessed village needs its vulnerability level.</source>
        <translation>An assessed village needs its vulnerability level.</translation>
    </message>
    <message>
        <source>An SK number contains at least one digit and only letters, digits, spaces and . / - _ ( ).</source>
        <translation>An SK number contains at least one digit and only letters, digits, spaces and . / - _ ( ).</translation>
    </message>
    <message>
        <source>Enter the SK number before marking the village as designated or launched.</source>
        <translation>Enter the SK number before marking the village as designated or launched.</translation>
    </message>
    <message>
        <source>Enter the SK date before marking the village as designated or launched.</source>
        <translation>Enter the SK date before marking the village as designated or launched.</translation>
    </message>
    <message>
        <source>The SK date lies in the future.</source>
        <translation>The SK date lies in the future.</translation>
    </message>
    <message>
        <source>The MoU must end after the SK date.</source>
        <translation>The MoU must end after the SK date.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is no longer in the current code list; it cannot join the programme.</source>
        <translation>%1 is no longer in the current code list; it cannot join the programme.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Relawas</source>
        <translation>Welcome to Relawas</translation>
    </message>
    <message>
        <source>Choose the regency or city (kabupaten/kota) you work in. Relawas shows its districts and villages and keeps your work to it. You can change it later in Settings.</source>
        <translation>Choose the regency or city (kabupaten/kota) you work in. Relawas shows its districts and villages and keeps your work to it. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Name, province or code, e.g. Batu Bara or 12.19</source>
        <translation>Name, province or code, e.g. Batu Bara or 12.19</translation>
    </message>
</context>
<context>
    <name>KampungDetailPanel</name>
    <message>
        <source>No village selected</source>
        <translation>No village selected</translation>
    </message>
    <message>
        <source>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</source>
        <translation>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</translation>
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
        <translation>Assessment s&amp;core</translation>
    </message>
    <message>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <source>&amp;Vulnerability</source>
        <translation>&amp;Vulnerability</translation>
    </message>
    <message>
        <source>SK &amp;number</source>
        <translation>SK &amp;number</translation>
    </message>
    <message>
        <source>e.g. 188/PP.01.02/K.SU-19/09/2024</source>
        <translation>e.g. 188/PP.01.02/K.SU-19/09/2024</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;MoU ends</source>
        <translation>&amp;MoU ends</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>SK da&amp;te</source>
        <translation>SK da&amp;te</translation>
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
        <translation>Loading the official list of provinces, regencies, districts and villages…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Preparing Relawas</source>
        <translation>Preparing Relawas</translation>
    </message>
    <message>
        <source>Relawas needs the region list to work and will close. Nothing was changed.</source>
        <translation>Relawas needs the region list to work and will close. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Language of the program</source>
        <translation>&amp;Language of the program</translation>
    </message>
    <message>
        <source>Working area</source>
        <translation>Working area</translation>
    </message>
    <message>
        <source>Regency/city</source>
        <translation>Regency/city</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Region code list</source>
        <translation>Region code list</translation>
    </message>
    <message>
        <source>Ch&amp;ange…</source>
        <translation>Ch&amp;ange…</translation>
    </message>
</context>
<context>
    <name>WilayahScreen</name>
    <message>
        <source>Name or code of a kecamatan, desa or kelurahan</source>
        <translation>Name or code of a kecamatan, desa or kelurahan</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>F&amp;ind</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AboutDialog</name>
    <message>
        <source>About Relawas</source>
        <translation>About Relawas</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>none loaded</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu's participatory election monitoring.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Region code list in this database: %4&lt;/p&gt;&lt;p&gt;Region data: &lt;b&gt;idn-area-data&lt;/b&gt; by fityannugroho, from the Kemendagri code list, made available under the &lt;a href="https://opendatacommons.org/licenses/odbl/1-0/"&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu's participatory election monitoring.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Region code list in this database: %4&lt;/p&gt;&lt;p&gt;Region data: &lt;b&gt;idn-area-data&lt;/b&gt; by fityannugroho, from the Kemendagri code list, made available under the &lt;a href="https://opendatacommons.org/licenses/odbl/1-0/"&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas is free software under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relawas::gui::EmptyStateScreen</name>
    <message>
        <source>This screen is not available yet.</source>
        <translation>This screen is not available yet.</translation>
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
        <translation>%1 of %2 regencies and cities shown</translation>
    </message>
</context>
<context>
    <name>relawas::gui::KampungDetailPanel</name>
    <message>
        <source>Not in the programme</source>
        <translation>Not in the programme</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>No village selected</source>
        <translation>No village selected</translation>
    </message>
    <message>
        <source>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</source>
        <translation>Choose a desa or kelurahan in the tree to see and set its Kampung Pengawasan Partisipatif status.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 villages, %4 in the Kampung Pengawasan programme. Choose a village to set its status.</source>
        <translation>%1 %2 · %3 villages, %4 in the Kampung Pengawasan programme. Choose a village to set its status.</translation>
    </message>
    <message>
        <source>%1 · code %2 · district %3 (%4)</source>
        <translation>%1 · code %2 · district %3 (%4)</translation>
    </message>
    <message>
        <source>Saved: revision %1, %2 by %3.</source>
        <translation>Saved: revision %1, %2 by %3.</translation>
    </message>
    <message>
        <source>This village is not in the programme yet.</source>
        <translation>This village is not in the programme yet.</translation>
    </message>
    <message>
        <source>The assessment score must be a number from 0 to 100.</source>
        <translation>The assessment score must be a number from 0 to 100.</translation>
    </message>
    <message>
        <source>The SK date is not a real date; write it as dd/mm/yyyy.</source>
        <translation>The SK date is not a real date; write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>The MoU end date is not a real date; write it as dd/mm/yyyy.</source>
        <translation>The MoU end date is not a real date; write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>status of %1</source>
        <translation>status of %1</translation>
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
        <translation>Scope</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>The dashboard: volunteers per district and target group, Kampung Pengawasan villages by status, trainings held, and the gaps to close.</source>
        <translation>The dashboard: volunteers per district and target group, Kampung Pengawasan villages by status, trainings held, and the gaps to close.</translation>
    </message>
    <message>
        <source>Regions &amp; Kampung</source>
        <translation>Regions &amp; Kampung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>The roster of volunteers, PKD, PTPS, Panwascam members and speakers: registration with NIK and phone checks, duplicates, search and spreadsheet import.</source>
        <translation>The roster of volunteers, PKD, PTPS, Panwascam members and speakers: registration with NIK and phone checks, duplicates, search and spreadsheet import.</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Rakernis, P2P classes, Forum Warga and sosialisasi: participants, days, pre- and post-test scores and certificates.</source>
        <translation>Rakernis, P2P classes, Forum Warga and sosialisasi: participants, days, pre- and post-test scores and certificates.</translation>
    </message>
    <message>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <source>Fast check-in at the door of an event, by name, NIK or barcode, and the printed attendance sheet (daftar hadir).</source>
        <translation>Fast check-in at the door of an event, by name, NIK or barcode, and the printed attendance sheet (daftar hadir).</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Export a signed report file for the district, import the reports of every district, review what is new, changed or in conflict.</source>
        <translation>Export a signed report file for the district, import the reports of every district, review what is new, changed or in conflict.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Reports for Bawaslu: rosters per village, Kampung Pengawasan status, trainings, and a public summary without personal data.</source>
        <translation>Reports for Bawaslu: rosters per village, Kampung Pengawasan status, trainings, and a public summary without personal data.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Relawas</source>
        <translation>&amp;About Relawas</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>Last sync: never</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 districts · %2 villages · %3 in Kampung Pengawasan</source>
        <translation>%1 districts · %2 villages · %3 in Kampung Pengawasan</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RegionTreeModel</name>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n village</numerusform><numerusform>%n villages</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kampung Pengawasan status</source>
        <translation>Kampung Pengawasan status</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ScopeSelector</name>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;District:</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>All districts</translation>
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
        <translation>not chosen</translation>
    </message>
    <message>
        <source>%1 %2, loaded %3</source>
        <translation>%1 %2, loaded %3</translation>
    </message>
    <message>
        <source>none loaded</source>
        <translation>none loaded</translation>
    </message>
    <message>
        <source>The new language applies the next time Relawas starts.</source>
        <translation>The new language applies the next time Relawas starts.</translation>
    </message>
    <message>
        <source>Change regency/city</source>
        <translation>Change regency/city</translation>
    </message>
</context>
<context>
    <name>relawas::gui::WilayahScreen</name>
    <message>
        <source>%1 districts, %2 villages</source>
        <translation>%1 districts, %2 villages</translation>
    </message>
    <message numerus="yes">
        <source>%n village(s) match, of %1</source>
        <translation>
            <numerusform>%n village matches, of %1</numerusform><numerusform>%n villages match, of %1</numerusform></translation>
    </message>
</context>
</TS>
