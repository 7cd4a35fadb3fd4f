<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AddParticipantDialog</name>
    <message>
        <source>Add a person to the list</source>
        <translation>Add a person to the list</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Part of a name, NIK or phone number</source>
        <translation>Part of a name, NIK or phone number</translation>
    </message>
    <message>
        <source>Comes &amp;as</source>
        <translation>Comes &amp;as</translation>
    </message>
</context>
<context>
    <name>AddRoleDialog</name>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Scope</translation>
    </message>
    <message>
        <source>S&amp;tart date</source>
        <translation>S&amp;tart date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DateText</name>
    <message>
        <source>“%1” is not a date: write it as dd/mm/yyyy, e.g. 14/02/2029.</source>
        <translation>“%1” is not a date: write it as dd/mm/yyyy, e.g. 14/02/2029.</translation>
    </message>
    <message>
        <source>“%1” has no month %2: write it as dd/mm/yyyy.</source>
        <translation>“%1” has no month %2: write it as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1 %2 %3 does not exist.</source>
        <extracomment>A day that is not in the calendar, e.g. &quot;29 February 2001 does not exist.&quot;</extracomment>
        <translation>%1 %2 %3 does not exist.</translation>
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
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Kampung coordinator</source>
        <translation>Kampung coordinator</translation>
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
        <source>First-time voters</source>
        <translation>First-time voters</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>People with disabilities</source>
        <translation>People with disabilities</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Religious leaders</source>
        <translation>Religious leaders</translation>
    </message>
    <message>
        <source>Customary leaders</source>
        <translation>Customary leaders</translation>
    </message>
    <message>
        <source>Youth</source>
        <translation>Youth</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <source>Community organisations</source>
        <translation>Community organisations</translation>
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
        <translation>P2P class</translation>
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
        <translation>Participant</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <source>Minimum &amp;score</source>
        <translation>Minimum &amp;score</translation>
    </message>
    <message>
        <source>How alike two records must be to be listed (100: the same name and birth date)</source>
        <translation>How alike two records must be to be listed (100: the same name and birth date)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Look for probable duplicates again</source>
        <translation>Look for probable duplicates again</translation>
    </message>
    <message>
        <source>Enter: compare and merge the chosen pair · Esc: close</source>
        <translation>Enter: compare and merge the chosen pair · Esc: close</translation>
    </message>
    <message>
        <source>Co&amp;mpare and merge…</source>
        <translation>Co&amp;mpare and merge…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EndRoleDialog</name>
    <message>
        <source>End role</source>
        <translation>End role</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>&amp;End date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
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
        <source>The first line must be the header &quot;%1&quot;.</source>
        <translation>The first line must be the header &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Expected %1 fields, found %2.</source>
        <translation>Expected %1 fields, found %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid region code.</source>
        <translation>&quot;%1&quot; is not a valid region code.</translation>
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
    <message>
        <source>The file cannot be written. Choose another folder, or free some disk space.</source>
        <translation>The file cannot be written. Choose another folder, or free some disk space.</translation>
    </message>
    <message>
        <source>%1 people do not fit in one XLSX sheet (at most %2). Narrow the filter, or export CSV.</source>
        <translation>%1 people do not fit in one XLSX sheet (at most %2). Narrow the filter, or export CSV.</translation>
    </message>
    <message>
        <source>The record of %1 was changed, removed or merged meanwhile.</source>
        <translation>The record of %1 was changed, removed or merged meanwhile.</translation>
    </message>
    <message>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>A record cannot be merged into itself.</translation>
    </message>
    <message>
        <source>This role was changed or removed meanwhile, so nothing was saved. Close this window to see the role as it is now.</source>
        <translation>This role was changed or removed meanwhile, so nothing was saved. Close this window to see the role as it is now.</translation>
    </message>
    <message>
        <source>A role cannot end before it starts.</source>
        <translation>A role cannot end before it starts.</translation>
    </message>
    <message>
        <source>The person of this role is no longer in the register.</source>
        <translation>The person of this role is no longer in the register.</translation>
    </message>
    <message>
        <source>Too young for this role on the election day: it needs %1 years, and the person is %2.</source>
        <translation>Too young for this role on the election day: it needs %1 years, and the person is %2.</translation>
    </message>
    <message>
        <source>%1 already holds this role in region %2.</source>
        <translation>%1 already holds this role in region %2.</translation>
    </message>
    <message>
        <source>Another program is writing to the database right now, so nothing was saved. Try again in a moment.</source>
        <translation>Another program is writing to the database right now, so nothing was saved. Try again in a moment.</translation>
    </message>
    <message>
        <source>The database could not finish the work, so nothing was saved. Details: %1</source>
        <translation>The database could not finish the work, so nothing was saved. Details: %1</translation>
    </message>
    <message>
        <source>The database holds the most people it can search (%1): nothing was saved.</source>
        <translation>The database holds the most people it can search (%1): nothing was saved.</translation>
    </message>
    <message>
        <source>Writing stopped on an error, so nothing of this import was kept.</source>
        <translation>Writing stopped on an error, so nothing of this import was kept.</translation>
    </message>
    <message>
        <source>The file cannot be read: it is missing, or this user may not open it.</source>
        <translation>The file cannot be read: it is missing, or this user may not open it.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is an Excel 97-2003 workbook (.xls). Save it in Excel as &quot;Excel Workbook (*.xlsx)&quot; or as CSV, then open that file.</source>
        <translation>This is an Excel 97-2003 workbook (.xls). Save it in Excel as &quot;Excel Workbook (*.xlsx)&quot; or as CSV, then open that file.</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook, although its name ends in .xlsx.</source>
        <translation>The file is not an Excel workbook, although its name ends in .xlsx.</translation>
    </message>
    <message>
        <source>The workbook is damaged or cut short. Open it in Excel, save it again, and open the saved file.</source>
        <translation>The workbook is damaged or cut short. Open it in Excel, save it again, and open the saved file.</translation>
    </message>
    <message>
        <source>The workbook holds no worksheet.</source>
        <translation>The workbook holds no worksheet.</translation>
    </message>
    <message>
        <source>No header row was recognised: choose the line that holds the column names.</source>
        <translation>No header row was recognised: choose the line that holds the column names.</translation>
    </message>
    <message>
        <source>The columns are not set right yet: check the field of each column.</source>
        <translation>The columns are not set right yet: check the field of each column.</translation>
    </message>
    <message>
        <source>Choose the working regency first (Settings): villages are looked up within it.</source>
        <translation>Choose the working regency first (Settings): villages are looked up within it.</translation>
    </message>
    <message>
        <source>There are no villages under %1.</source>
        <translation>There are no villages under %1.</translation>
    </message>
    <message>
        <source>A training needs a title.</source>
        <translation>A training needs a title.</translation>
    </message>
    <message>
        <source>A training needs real start and end dates.</source>
        <translation>A training needs real start and end dates.</translation>
    </message>
    <message>
        <source>A training cannot end before it starts.</source>
        <translation>A training cannot end before it starts.</translation>
    </message>
    <message>
        <source>%1 attendance record(s) fall outside the new dates; remove them first.</source>
        <translation>%1 attendance record(s) fall outside the new dates; remove them first.</translation>
    </message>
    <message>
        <source>The training %1 was changed meanwhile. Reopen it and try again.</source>
        <translation>The training %1 was changed meanwhile. Reopen it and try again.</translation>
    </message>
    <message>
        <source>The training of this attendance no longer exists.</source>
        <translation>The training of this attendance no longer exists.</translation>
    </message>
    <message>
        <source>The person of this attendance is no longer in the register.</source>
        <translation>The person of this attendance is no longer in the register.</translation>
    </message>
    <message>
        <source>This field cannot be merged.</source>
        <translation>This field cannot be merged.</translation>
    </message>
    <message>
        <source>%1 is a file Relawas must not overwrite (%2): choose another name or folder.</source>
        <translation>%1 is a file Relawas must not overwrite (%2): choose another name or folder.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>The workbook is larger than Relawas reads (part %1). Save the sheet as CSV, or split it into smaller files.</source>
        <translation>The workbook is larger than Relawas reads (part %1). Save the sheet as CSV, or split it into smaller files.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a spreadsheet holds: split it into smaller files.</source>
        <translation>The file has more than %1 rows, more than a spreadsheet holds: split it into smaller files.</translation>
    </message>
    <message>
        <source>This is a device or a pipe, not a file: choose a spreadsheet file.</source>
        <translation>This is a device or a pipe, not a file: choose a spreadsheet file.</translation>
    </message>
    <message>
        <source>The text is too long: at most %1 bytes fit in one field.</source>
        <translation>The text is too long: at most %1 bytes fit in one field.</translation>
    </message>
    <message>
        <source>This training no longer exists.</source>
        <translation>This training no longer exists.</translation>
    </message>
    <message>
        <source>The capacity must be at least 1, or left empty.</source>
        <translation>The capacity must be at least 1, or left empty.</translation>
    </message>
    <message>
        <source>The pass mark must be between 0 and 100.</source>
        <translation>The pass mark must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The person invited is no longer in the register.</source>
        <translation>The person invited is no longer in the register.</translation>
    </message>
    <message>
        <source>The invitation was changed meanwhile. Look again and retry.</source>
        <translation>The invitation was changed meanwhile. Look again and retry.</translation>
    </message>
    <message>
        <source>Say whom to invite: choose a role, a region, or both.</source>
        <translation>Say whom to invite: choose a role, a region, or both.</translation>
    </message>
    <message>
        <source>This check-in no longer exists.</source>
        <translation>This check-in no longer exists.</translation>
    </message>
    <message>
        <source>Say why the check-in is annulled.</source>
        <translation>Say why the check-in is annulled.</translation>
    </message>
    <message>
        <source>The holder of this card is no longer in the register.</source>
        <translation>The holder of this card is no longer in the register.</translation>
    </message>
    <message>
        <source>The cryptography library could not be started: the installation is damaged.</source>
        <translation>The cryptography library could not be started: the installation is damaged.</translation>
    </message>
    <message>
        <source>A score is between 0 and 100, not %1.</source>
        <translation>A score is between 0 and 100, not %1.</translation>
    </message>
    <message>
        <source>This graded part of the training no longer exists.</source>
        <translation>This graded part of the training no longer exists.</translation>
    </message>
    <message>
        <source>The components were changed meanwhile. Open the score sheet again.</source>
        <translation>The components were changed meanwhile. Open the score sheet again.</translation>
    </message>
    <message>
        <source>Every component needs a name.</source>
        <translation>Every component needs a name.</translation>
    </message>
    <message>
        <source>A weight is between 0 and 100, not %1.</source>
        <translation>A weight is between 0 and 100, not %1.</translation>
    </message>
    <message>
        <source>The weights add up to %1, not 100.</source>
        <translation>The weights add up to %1, not 100.</translation>
    </message>
    <message>
        <source>The report holds a value JSON cannot write.</source>
        <translation>The report holds a value JSON cannot write.</translation>
    </message>
    <message>
        <source>The report holds a number that is not finite.</source>
        <translation>The report holds a number that is not finite.</translation>
    </message>
    <message>
        <source>The report holds text that is not valid UTF-8.</source>
        <translation>The report holds text that is not valid UTF-8.</translation>
    </message>
    <message>
        <source>The key this database signs its reports with is damaged: restore the database from a backup.</source>
        <translation>The key this database signs its reports with is damaged: restore the database from a backup.</translation>
    </message>
    <message>
        <source>The report %1 cannot be opened.</source>
        <translation>The report %1 cannot be opened.</translation>
    </message>
    <message>
        <source>The report is not valid JSON at byte %1.</source>
        <translation>The report is not valid JSON at byte %1.</translation>
    </message>
    <message>
        <source>The report breaks off at byte %1 (%2): it was cut while being copied or sent. Ask for it again.</source>
        <translation>The report breaks off at byte %1 (%2): it was cut while being copied or sent. Ask for it again.</translation>
    </message>
    <message>
        <source>This file is not a Relawas report.</source>
        <translation>This file is not a Relawas report.</translation>
    </message>
    <message>
        <source>The report is of format version %1, made by a newer Relawas. Update Relawas to read it.</source>
        <translation>The report is of format version %1, made by a newer Relawas. Update Relawas to read it.</translation>
    </message>
    <message>
        <source>The report gives %1 as its format version, which does not exist.</source>
        <translation>The report gives %1 as its format version, which does not exist.</translation>
    </message>
    <message>
        <source>%1 stands out of its place: the report was not written by Relawas, or was edited.</source>
        <translation>%1 stands out of its place: the report was not written by Relawas, or was edited.</translation>
    </message>
    <message>
        <source>%1 is not part of a Relawas report.</source>
        <translation>%1 is not part of a Relawas report.</translation>
    </message>
    <message>
        <source>The report has no %1.</source>
        <translation>The report has no %1.</translation>
    </message>
    <message>
        <source>%1 is given twice in the report.</source>
        <translation>%1 is given twice in the report.</translation>
    </message>
    <message>
        <source>The report&apos;s %1 is not as the format requires.</source>
        <translation>The report&apos;s %1 is not as the format requires.</translation>
    </message>
    <message>
        <source>%1 is not a record as the format requires.</source>
        <translation>%1 is not a record as the format requires.</translation>
    </message>
    <message>
        <source>%1 is larger than a record of a report can be.</source>
        <translation>%1 is larger than a record of a report can be.</translation>
    </message>
    <message>
        <source>%1 holds %2 records, not the number its header announces: records are missing or were added.</source>
        <translation>%1 holds %2 records, not the number its header announces: records are missing or were added.</translation>
    </message>
    <message>
        <source>The records of the report are not those it was signed with: it was changed or damaged on the way. Ask for it again.</source>
        <translation>The records of the report are not those it was signed with: it was changed or damaged on the way. Ask for it again.</translation>
    </message>
    <message>
        <source>The report&apos;s signature does not match its sender&apos;s key: it was changed or forged. Do not use it.</source>
        <translation>The report&apos;s signature does not match its sender&apos;s key: it was changed or forged. Do not use it.</translation>
    </message>
    <message>
        <source>This report comes from this database itself.</source>
        <translation>This report comes from this database itself.</translation>
    </message>
    <message>
        <source>%1 is trusted with another key: this report, signed by %2, is not from it. Ask its sender by phone before doing anything with it.</source>
        <translation>%1 is trusted with another key: this report, signed by %2, is not from it. Ask its sender by phone before doing anything with it.</translation>
    </message>
    <message>
        <source>The fingerprint %1 is not the report&apos;s (%2): compare it with the sender again.</source>
        <translation>The fingerprint %1 is not the report&apos;s (%2): compare it with the sender again.</translation>
    </message>
    <message>
        <source>%1 is not a trusted sender yet. Compare the fingerprint %2 with them by phone, then trust it.</source>
        <translation>%1 is not a trusted sender yet. Compare the fingerprint %2 with them by phone, then trust it.</translation>
    </message>
    <message>
        <source>A public summary holds counts only: it cannot be taken into a database.</source>
        <translation>A public summary holds counts only: it cannot be taken into a database.</translation>
    </message>
    <message>
        <source>Report %1 of %2 was taken in before with other content: two reports carry one number, or one was forged. Ask the sender by phone.</source>
        <translation>Report %1 of %2 was taken in before with other content: two reports carry one number, or one was forged. Ask the sender by phone.</translation>
    </message>
    <message>
        <source>The report holds records this program cannot store.</source>
        <translation>The report holds records this program cannot store.</translation>
    </message>
    <message>
        <source>The report holds records of %1, which this program cannot store.</source>
        <translation>The report holds records of %1, which this program cannot store.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>There is no conflict %1.</translation>
    </message>
    <message>
        <source>Conflict %1 was decided already.</source>
        <translation>Conflict %1 was decided already.</translation>
    </message>
    <message>
        <source>The record of conflict %1 is no longer in this database.</source>
        <translation>The record of conflict %1 is no longer in this database.</translation>
    </message>
    <message>
        <source>Only a field changed on both sides takes a value of your own: choose ours or theirs.</source>
        <translation>Only a field changed on both sides takes a value of your own: choose ours or theirs.</translation>
    </message>
    <message>
        <source>A person has no field %1.</source>
        <translation>A person has no field %1.</translation>
    </message>
    <message>
        <source>%1 cannot be “%2”.</source>
        <translation>%1 cannot be “%2”.</translation>
    </message>
    <message>
        <source>A report of changes is for one receiver: choose whom it is for.</source>
        <translation>A report of changes is for one receiver: choose whom it is for.</translation>
    </message>
    <message>
        <source>No report was sent to this receiver yet: send a full report first.</source>
        <translation>No report was sent to this receiver yet: send a full report first.</translation>
    </message>
    <message>
        <source>%1 (%2) is not a kecamatan.</source>
        <translation>%1 (%2) is not a kecamatan.</translation>
    </message>
    <message>
        <source>%1 (%2) is neither a village nor a kecamatan: a village roster is printed for one village or for every village of a kecamatan.</source>
        <translation>%1 (%2) is neither a village nor a kecamatan: a village roster is printed for one village or for every village of a kecamatan.</translation>
    </message>
    <message>
        <source>The report&apos;s period ends on %2, before it begins on %1: swap the two dates.</source>
        <translation>The report&apos;s period ends on %2, before it begins on %1: swap the two dates.</translation>
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
    <name>ImportMessageText</name>
    <message>
        <source>The same NIK as line %1 of this file.</source>
        <translation>The same NIK as line %1 of this file.</translation>
    </message>
    <message>
        <source>This NIK is already registered for %1.</source>
        <translation>This NIK is already registered for %1.</translation>
    </message>
    <message>
        <source>The same phone number as line %1 (families often share one).</source>
        <translation>The same phone number as line %1 (families often share one).</translation>
    </message>
    <message>
        <source>%1 has the same phone number (families often share one).</source>
        <translation>%1 has the same phone number (families often share one).</translation>
    </message>
    <message>
        <source>No desa or kelurahan of this name in Kecamatan %1.</source>
        <translation>No desa or kelurahan of this name in Kecamatan %1.</translation>
    </message>
    <message>
        <source>Kecamatan %1 has several villages of this name; the import does not guess.</source>
        <translation>Kecamatan %1 has several villages of this name; the import does not guess.</translation>
    </message>
    <message>
        <source>A village is found only within its kecamatan, and the kecamatan is empty.</source>
        <translation>A village is found only within its kecamatan, and the kecamatan is empty.</translation>
    </message>
    <message>
        <source>No kecamatan of this name in the working regency.</source>
        <translation>No kecamatan of this name in the working regency.</translation>
    </message>
    <message>
        <source>Not a date; write dd/mm/yyyy.</source>
        <translation>Not a date; write dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Gender must be L, P, Laki-laki or Perempuan.</source>
        <translation>Gender must be L, P, Laki-laki or Perempuan.</translation>
    </message>
    <message>
        <source>Not a role Relawas knows.</source>
        <translation>Not a role Relawas knows.</translation>
    </message>
    <message>
        <source>Not a target group Relawas knows.</source>
        <translation>Not a target group Relawas knows.</translation>
    </message>
    <message>
        <source>RT and RW are numbers of at most three digits.</source>
        <translation>RT and RW are numbers of at most three digits.</translation>
    </message>
    <message>
        <source>The row could not be stored: %1</source>
        <translation>The row could not be stored: %1</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1 “%2”: %3</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>A village of this name is in Kecamatan %1.</source>
        <translation>A village of this name is in Kecamatan %1.</translation>
    </message>
    <message>
        <source>Skipped: nothing in the columns being imported (only a running number?).</source>
        <translation>Skipped: nothing in the columns being imported (only a running number?).</translation>
    </message>
    <message>
        <source>Skipped: below the table, without NIK, birth date, phone or village: a signature, a date or a note, not a person.</source>
        <translation>Skipped: below the table, without NIK, birth date, phone or village: a signature, a date or a note, not a person.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The cell holds bytes that are not text. Type it again, or save the file as &quot;CSV UTF-8&quot;.</source>
        <translation>The cell holds bytes that are not text. Type it again, or save the file as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>The cell is longer than %1 characters.</source>
        <translation>The cell is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The cell holds an invisible control character: type it again.</source>
        <translation>The cell holds an invisible control character: type it again.</translation>
    </message>
    <message>
        <source>The cell is a formula; its last result is imported. Check it.</source>
        <translation>The cell is a formula; its last result is imported. Check it.</translation>
    </message>
    <message>
        <source>The row is far too large to read (more than 4 MB).</source>
        <translation>The row is far too large to read (more than 4 MB).</translation>
    </message>
    <message>
        <source>The row has more cells than a spreadsheet holds.</source>
        <translation>The row has more cells than a spreadsheet holds.</translation>
    </message>
    <message>
        <source>A quoted cell opened here is never closed, so the rest of the file was read as one cell: close the quote and import again.</source>
        <translation>A quoted cell opened here is never closed, so the rest of the file was read as one cell: close the quote and import again.</translation>
    </message>
    <message>
        <source>The row cannot be read: its XML is damaged.</source>
        <translation>The row cannot be read: its XML is damaged.</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Change invitation</source>
        <translation>Change invitation</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>Comes &amp;as</source>
        <translation>Comes &amp;as</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <source>Invite participants</source>
        <translation>Invite participants</translation>
    </message>
    <message>
        <source>Who holds one of these ro&amp;les</source>
        <translation>Who holds one of these ro&amp;les</translation>
    </message>
    <message>
        <source>In the &amp;region</source>
        <translation>In the &amp;region</translation>
    </message>
    <message>
        <source>Invite &amp;as</source>
        <translation>Invite &amp;as</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Choose, field by field, which value the merged record holds. The other record is then removed (the audit log keeps it) and its roles move to the kept record.</source>
        <translation>Choose, field by field, which value the merged record holds. The other record is then removed (the audit log keeps it) and its roles move to the kept record.</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Record kept</translation>
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Part of a name, NIK or phone number</source>
        <translation>Part of a name, NIK or phone number</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Target &amp;group</source>
        <translation>Target &amp;group</translation>
    </message>
    <message>
        <source>Ge&amp;nder</source>
        <translation>Ge&amp;nder</translation>
    </message>
    <message>
        <source>&amp;Age from</source>
        <translation>&amp;Age from</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Show N&amp;IK</translation>
    </message>
    <message>
        <source>Incl&amp;ude full NIK in exports</source>
        <translation>Incl&amp;ude full NIK in exports</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;XLSX…</source>
        <translation>Export &amp;XLSX…</translation>
    </message>
    <message>
        <source>Regis&amp;ter a person…</source>
        <translation>Regis&amp;ter a person…</translation>
    </message>
    <message>
        <source>Open the registration form (Ctrl+N)</source>
        <translation>Open the registration form (Ctrl+N)</translation>
    </message>
    <message>
        <source>I&amp;mport spreadsheet…</source>
        <translation>I&amp;mport spreadsheet…</translation>
    </message>
    <message>
        <source>Register many people at once from a CSV or XLSX file</source>
        <translation>Register many people at once from a CSV or XLSX file</translation>
    </message>
    <message>
        <source>Pr&amp;obable duplicates…</source>
        <translation>Pr&amp;obable duplicates…</translation>
    </message>
    <message>
        <source>Review the people registered twice under alike names, and merge them</source>
        <translation>Review the people registered twice under alike names, and merge them</translation>
    </message>
    <message>
        <source>&amp;Past trainings</source>
        <translation>&amp;Past trainings</translation>
    </message>
    <message>
        <source>Edit entr&amp;y…</source>
        <translation>Edit entr&amp;y…</translation>
    </message>
    <message>
        <source>Correct the data of the person chosen (Enter)</source>
        <translation>Correct the data of the person chosen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Withdraw entry…</source>
        <translation>&amp;Withdraw entry…</translation>
    </message>
    <message>
        <source>Remove the person chosen from the register, with their roles and attendance (Delete)</source>
        <translation>Remove the person chosen from the register, with their roles and attendance (Delete)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Export the people shown as CSV or XLSX (Ctrl+E)</source>
        <translation>Export the people shown as CSV or XLSX (Ctrl+E)</translation>
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
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Birth place</source>
        <translation>Birth place</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
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
        <translation>Phone/WhatsApp</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Has a disability</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Kind of disability</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Not a party member, declared on</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Consent to data processing on</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
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
        <source>Preparing Relawas</source>
        <translation>Preparing Relawas</translation>
    </message>
    <message>
        <source>Relawas needs the region list to work and will close. Nothing was changed.</source>
        <translation>Relawas needs the region list to work and will close. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Register a person</source>
        <translation>Register a person</translation>
    </message>
    <message>
        <source>&amp;NIK</source>
        <translation>&amp;NIK</translation>
    </message>
    <message>
        <source>16 digits, as on the KTP</source>
        <translation>16 digits, as on the KTP</translation>
    </message>
    <message>
        <source>Full na&amp;me</source>
        <translation>Full na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>&amp;Gender</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>&amp;Birth date</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Birth &amp;place</source>
        <translation>Birth &amp;place</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>Type the name of a desa or kelurahan</source>
        <translation>Type the name of a desa or kelurahan</translation>
    </message>
    <message>
        <source>Dus&amp;un, RT/RW</source>
        <translation>Dus&amp;un, RT/RW</translation>
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
        <translation>P&amp;hone/WhatsApp</translation>
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
        <translation>&amp;Occupation</translation>
    </message>
    <message>
        <source>Educa&amp;tion</source>
        <translation>Educa&amp;tion</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Organi&amp;sation</source>
        <translation>Organi&amp;sation</translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation>Disabilit&amp;y</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>Has a disability</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Kind of disability</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Not a party member, declared on</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Consent to data processing on</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Enter: save and start the next person · Esc: close</source>
        <translation>Enter: save and start the next person · Esc: close</translation>
    </message>
</context>
<context>
    <name>ReportImportRun</name>
    <message>
        <source>Reading reports</source>
        <translation>Reading reports</translation>
    </message>
    <message>
        <source>Merging reports</source>
        <translation>Merging reports</translation>
    </message>
    <message numerus="yes">
        <source>Reading and checking %Ln report(s)…</source>
        <translation>
            <numerusform>Reading and checking %Ln report…</numerusform>
            <numerusform>Reading and checking %Ln reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merging %Ln report(s)…</source>
        <translation>
            <numerusform>Merging %Ln report…</numerusform>
            <numerusform>Merging %Ln reports…</numerusform>
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
        <translation>not given</translation>
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
    <message>
        <source>&amp;Not set</source>
        <translation>&amp;Not set</translation>
    </message>
    <message>
        <source>Each role&apos;s minimum age (17 for a volunteer, 21 for PKD, PTPS and Panwascam members) is counted on this day. Not set: on the day of registration.</source>
        <translation>Each role&apos;s minimum age (17 for a volunteer, 21 for PKD, PTPS and Panwascam members) is counted on this day. Not set: on the day of registration.</translation>
    </message>
    <message>
        <source>Election da&amp;y</source>
        <translation>Election da&amp;y</translation>
    </message>
    <message>
        <source>dd/mm/yyyy, e.g. 14/02/2029</source>
        <translation>dd/mm/yyyy, e.g. 14/02/2029</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Calendar…</translation>
    </message>
    <message>
        <source>Choose the day on a calendar (F4)</source>
        <translation>Choose the day on a calendar (F4)</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Village programme</source>
        <translation>Village programme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Check-in attempt</source>
        <translation>Check-in attempt</translation>
    </message>
    <message>
        <source>The whole record</source>
        <translation>The whole record</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Reason it ended</source>
        <translation>Reason it ended</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Joins as</source>
        <translation>Joins as</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Changed on both sides</translation>
    </message>
    <message>
        <source>Merged: other fields changed here</source>
        <translation>Merged: other fields changed here</translation>
    </message>
    <message>
        <source>Changed on one side, removed on the other</source>
        <translation>Changed on one side, removed on the other</translation>
    </message>
    <message>
        <source>Checked in on two laptops</source>
        <translation>Checked in on two laptops</translation>
    </message>
    <message>
        <source>The same NIK under another record</source>
        <translation>The same NIK under another record</translation>
    </message>
    <message>
        <source>This laptop and the sender both changed this field since they last exchanged reports. This laptop&apos;s value is kept until you decide; the other is not lost.</source>
        <translation>This laptop and the sender both changed this field since they last exchanged reports. This laptop&apos;s value is kept until you decide; the other is not lost.</translation>
    </message>
    <message>
        <source>One side changed the record while the other removed it. The record stays as this laptop holds it until you decide.</source>
        <translation>One side changed the record while the other removed it. The record stays as this laptop holds it until you decide.</translation>
    </message>
    <message>
        <source>The report holds a person whose NIK a person of another record here holds. Keep this laptop&apos;s record, or take the report&apos;s fields into it.</source>
        <translation>The report holds a person whose NIK a person of another record here holds. Keep this laptop&apos;s record, or take the report&apos;s fields into it.</translation>
    </message>
    <message>
        <source>The same person was checked in for the same day on two laptops: the earlier check-in is kept, the later one annulled.</source>
        <translation>The same person was checked in for the same day on two laptops: the earlier check-in is kept, the later one annulled.</translation>
    </message>
    <message>
        <source>Merged automatically: the sender changed this field while this laptop changed others.</source>
        <translation>Merged automatically: the sender changed this field while this laptop changed others.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Full</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Public summary</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Held: an earlier report is missing</source>
        <translation>Held: an earlier report is missing</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln removed</numerusform>
            <numerusform>%Ln removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) to decide</source>
        <translation>
            <numerusform>%Ln conflict to decide</numerusform>
            <numerusform>%Ln conflicts to decide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln merged automatically</source>
        <translation>
            <numerusform>%Ln merged automatically</numerusform>
            <numerusform>%Ln merged automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln possible duplicate(s)</source>
        <translation>
            <numerusform>%Ln possible duplicate</numerusform>
            <numerusform>%Ln possible duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln double check-in(s)</source>
        <translation>
            <numerusform>%Ln double check-in</numerusform>
            <numerusform>%Ln double check-ins</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>TrainingDetailPanel</name>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>In&amp;vite…</translation>
    </message>
    <message>
        <source>Invite everyone of some roles in a region at once</source>
        <translation>Invite everyone of some roles in a region at once</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>Add one person of the register: a speaker, a committee member, anyone</source>
        <translation>Add one person of the register: a speaker, a committee member, anyone</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Change &amp;status…</translation>
    </message>
    <message>
        <source>Mark the invitation of the person chosen as confirmed or declined, or change their part (Enter)</source>
        <translation>Mark the invitation of the person chosen as confirmed or declined, or change their part (Enter)</translation>
    </message>
    <message>
        <source>Cance&amp;l invitation…</source>
        <translation>Cance&amp;l invitation…</translation>
    </message>
    <message>
        <source>Take the person chosen off the list; they stay on it as cancelled (Delete)</source>
        <translation>Take the person chosen off the list; they stay on it as cancelled (Delete)</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cards</translation>
    </message>
    <message>
        <source>Card codes for the check-in desk</source>
        <translation>Card codes for the check-in desk</translation>
    </message>
    <message>
        <source>&amp;Issue missing cards</source>
        <translation>&amp;Issue missing cards</translation>
    </message>
    <message>
        <source>A card code for everyone on the list who has none yet</source>
        <translation>A card code for everyone on the list who has none yet</translation>
    </message>
    <message>
        <source>&amp;Re-issue the card of the person chosen…</source>
        <translation>&amp;Re-issue the card of the person chosen…</translation>
    </message>
    <message>
        <source>A new card code; the old card stops working at the door</source>
        <translation>A new card code; the old card stops working at the door</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>e.g. Rakernis Pembentukan Kampung Pengawasan Partisipatif</source>
        <translation>e.g. Rakernis Pembentukan Kampung Pengawasan Partisipatif</translation>
    </message>
    <message>
        <source>&amp;Organised for</source>
        <translation>&amp;Organised for</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Venue</translation>
    </message>
    <message>
        <source>Hall or hotel, street, kecamatan</source>
        <translation>Hall or hotel, street, kecamatan</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Last day</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Capacity</translation>
    </message>
    <message>
        <source>not limited</source>
        <translation>not limited</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>&amp;Pass mark</source>
        <translation>&amp;Pass mark</translation>
    </message>
    <message>
        <source>The weighted score a participant of a P2P class needs to pass</source>
        <translation>The weighted score a participant of a P2P class needs to pass</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>TrainingsScreen</name>
    <message>
        <source>&amp;Open check-in desk</source>
        <translation>&amp;Open check-in desk</translation>
    </message>
    <message>
        <source>The check-in desk of the training chosen (Ctrl+D)</source>
        <translation>The check-in desk of the training chosen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>Correct the training chosen (Enter)</source>
        <translation>Correct the training chosen (Enter)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Remove the training chosen, with its list and attendance (Delete)</source>
        <translation>Remove the training chosen, with its list and attendance (Delete)</translation>
    </message>
    <message>
        <source>&amp;New training…</source>
        <translation>&amp;New training…</translation>
    </message>
    <message>
        <source>Create a training or event (Ctrl+N)</source>
        <translation>Create a training or event (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>ValidationText</name>
    <message>
        <source>The NIK is required; only an external speaker may have none.</source>
        <translation>The NIK is required; only an external speaker may have none.</translation>
    </message>
    <message>
        <source>A spreadsheet turned this NIK into a number and digits were lost. Type it again from the KTP.</source>
        <translation>A spreadsheet turned this NIK into a number and digits were lost. Type it again from the KTP.</translation>
    </message>
    <message>
        <source>A NIK is made of digits only.</source>
        <translation>A NIK is made of digits only.</translation>
    </message>
    <message>
        <source>A NIK has 16 digits.</source>
        <translation>A NIK has 16 digits.</translation>
    </message>
    <message>
        <source>The NIK starts with %1, which is not a province code.</source>
        <translation>The NIK starts with %1, which is not a province code.</translation>
    </message>
    <message>
        <source>The birth date in the NIK (%1) is not a real date.</source>
        <translation>The birth date in the NIK (%1) is not a real date.</translation>
    </message>
    <message>
        <source>The NIK gives a birth date in the future.</source>
        <translation>The NIK gives a birth date in the future.</translation>
    </message>
    <message>
        <source>The last four digits of a NIK are never 0000.</source>
        <translation>The last four digits of a NIK are never 0000.</translation>
    </message>
    <message>
        <source>Region %1 of the NIK is not in the current list (it may have been split since).</source>
        <translation>Region %1 of the NIK is not in the current list (it may have been split since).</translation>
    </message>
    <message>
        <source>The NIK was issued in %1, outside %2.</source>
        <translation>The NIK was issued in %1, outside %2.</translation>
    </message>
    <message>
        <source>The birth date differs from the one in the NIK.</source>
        <translation>The birth date differs from the one in the NIK.</translation>
    </message>
    <message>
        <source>The gender differs from the one in the NIK.</source>
        <translation>The gender differs from the one in the NIK.</translation>
    </message>
    <message>
        <source>Not a phone number; write it like 0812-3456-7890.</source>
        <translation>Not a phone number; write it like 0812-3456-7890.</translation>
    </message>
    <message>
        <source>Not a mobile number: no WhatsApp or SMS.</source>
        <translation>Not a mobile number: no WhatsApp or SMS.</translation>
    </message>
    <message>
        <source>A foreign phone number.</source>
        <translation>A foreign phone number.</translation>
    </message>
    <message>
        <source>Not an e-mail address (like nama@contoh.id).</source>
        <translation>Not an e-mail address (like nama@contoh.id).</translation>
    </message>
    <message>
        <source>A %1 must be at least %2 years old on election day; this person will be %3.</source>
        <translation>A %1 must be at least %2 years old on election day; this person will be %3.</translation>
    </message>
    <message>
        <source>Without a birth date the minimum age of %1 cannot be checked.</source>
        <translation>Without a birth date the minimum age of %1 cannot be checked.</translation>
    </message>
    <message>
        <source>The full name is required.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <source>Choose the desa or kelurahan.</source>
        <translation>Choose the desa or kelurahan.</translation>
    </message>
    <message>
        <source>This NIK is already registered for %1.</source>
        <translation>This NIK is already registered for %1.</translation>
    </message>
    <message>
        <source>%1 has the same phone number (families often share one).</source>
        <translation>%1 has the same phone number (families often share one).</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>A person with a similar name is already registered: %1 (%2% alike).</source>
        <translation>A person with a similar name is already registered: %1 (%2% alike).</translation>
    </message>
    <message>
        <source>This village is in Kecamatan %1, but the NIK was issued in Kecamatan %2. Is it the right village?</source>
        <translation>This village is in Kecamatan %1, but the NIK was issued in Kecamatan %2. Is it the right village?</translation>
    </message>
    <message>
        <source>This village is in Kecamatan %1, outside Kecamatan %2 you are working in.</source>
        <translation>This village is in Kecamatan %1, outside Kecamatan %2 you are working in.</translation>
    </message>
    <message>
        <source>Not a party member, declared on</source>
        <translation>Not a party member, declared on</translation>
    </message>
    <message>
        <source>Consent to data processing on</source>
        <translation>Consent to data processing on</translation>
    </message>
    <message>
        <source>A name does not begin with =, +, - or @: a spreadsheet would run it as a formula.</source>
        <translation>A name does not begin with =, +, - or @: a spreadsheet would run it as a formula.</translation>
    </message>
    <message>
        <source>The name holds an invisible control character (copied from another program?). Type it again.</source>
        <translation>The name holds an invisible control character (copied from another program?). Type it again.</translation>
    </message>
    <message>
        <source>The name is %2 characters long; at most %1 are accepted.</source>
        <translation>The name is %2 characters long; at most %1 are accepted.</translation>
    </message>
    <message>
        <source>The text holds bytes that are not letters (a file saved in another encoding?).</source>
        <translation>The text holds bytes that are not letters (a file saved in another encoding?).</translation>
    </message>
    <message>
        <source>The birth date is after today.</source>
        <translation>The birth date is after today.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>The text is longer than %1 characters.</translation>
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
        <translation>Register a walk-in</translation>
    </message>
    <message>
        <source>Someone who is not in the register yet: a name and a village are enough at the door. The NIK can be added later on the People screen.</source>
        <translation>Someone who is not in the register yet: a name and a village are enough at the door. The NIK can be added later on the People screen.</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Full &amp;name</translation>
    </message>
    <message>
        <source>&amp;Village</source>
        <translation>&amp;Village</translation>
    </message>
    <message>
        <source>Type part of the village name</source>
        <translation>Type part of the village name</translation>
    </message>
    <message>
        <source>&amp;Joins as</source>
        <translation>&amp;Joins as</translation>
    </message>
    <message>
        <source>NI&amp;K (optional)</source>
        <translation>NI&amp;K (optional)</translation>
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
    <name>relawas::gui</name>
    <message>
        <source>Village volunteer roster</source>
        <translation>Village volunteer roster</translation>
    </message>
    <message>
        <source>Village volunteer roster — %1</source>
        <translation>Village volunteer roster — %1</translation>
    </message>
    <message>
        <source>village-volunteers-%1.pdf</source>
        <translation>village-volunteers-%1.pdf</translation>
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
        <source>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu&apos;s participatory election monitoring.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Region code list in this database: %4&lt;/p&gt;&lt;p&gt;Region data: &lt;b&gt;idn-area-data&lt;/b&gt; by fityannugroho, from the Kemendagri code list, made available under the &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas is free software under the Apache License 2.0.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Relawas %1&lt;/h2&gt;&lt;p&gt;Registry of volunteers, Kampung Pengawasan Partisipatif villages and trainings for Bawaslu&apos;s participatory election monitoring.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3&lt;/p&gt;&lt;p&gt;Region code list in this database: %4&lt;/p&gt;&lt;p&gt;Region data: &lt;b&gt;idn-area-data&lt;/b&gt; by fityannugroho, from the Kemendagri code list, made available under the &lt;a href=&quot;https://opendatacommons.org/licenses/odbl/1-0/&quot;&gt;Open Database License (ODbL) v1.0&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Relawas is free software under the Apache License 2.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Icons: &lt;b&gt;Tabler Icons&lt;/b&gt; by Paweł Kuna, under the MIT License (below).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Icons: &lt;b&gt;Tabler Icons&lt;/b&gt; by Paweł Kuna, under the MIT License (below).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AddParticipantDialog</name>
    <message>
        <source>Find the person in the register and add them to &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>Find the person in the register and add them to &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>A&amp;dd to the list</source>
        <translation>A&amp;dd to the list</translation>
    </message>
    <message>
        <source>Type part of a name, a NIK or a phone number.</source>
        <translation>Type part of a name, a NIK or a phone number.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>on the list: %1</source>
        <translation>on the list: %1</translation>
    </message>
    <message>
        <source>%1 found; the first %2 are shown. Type more to narrow them.</source>
        <translation>%1 found; the first %2 are shown. Type more to narrow them.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found.</source>
        <translation>
            <numerusform>%Ln found.</numerusform>
            <numerusform>%Ln found.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the list as %2.</source>
        <translation>%1 is on the list as %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::AddRoleDialog</name>
    <message>
        <source>A new role for %1. It is saved as soon as you confirm.</source>
        <translation>A new role for %1. It is saved as soon as you confirm.</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Add role</translation>
    </message>
    <message>
        <source>Type the name of a region</source>
        <translation>Type the name of a region</translation>
    </message>
    <message>
        <source>Choose the region of the role from the list.</source>
        <translation>Choose the region of the role from the list.</translation>
    </message>
    <message>
        <source>Write the start date as dd/mm/yyyy.</source>
        <translation>Write the start date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::BerandaCharts</name>
    <message>
        <source>Volunteers per area, by gender</source>
        <translation>Volunteers per area, by gender</translation>
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
        <source>Not recorded</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Villages with a volunteer, per area (%)</source>
        <translation>Villages with a volunteer, per area (%)</translation>
    </message>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Villages with a volunteer</translation>
    </message>
    <message>
        <source>Volunteers&apos; ages on the election day</source>
        <translation>Volunteers&apos; ages on the election day</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Trainings per month and their attendance</source>
        <translation>Trainings per month and their attendance</translation>
    </message>
    <message>
        <source>Trainings begun</source>
        <translation>Trainings begun</translation>
    </message>
    <message>
        <source>Attendance (%)</source>
        <translation>Attendance (%)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>trainings</source>
        <translation>trainings</translation>
    </message>
</context>
<context>
    <name>relawas::gui::BerandaScreen</name>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Where the programme stands in your area, and what is missing. Click a figure, a bar or a row to see who it counts.</source>
        <translation>Where the programme stands in your area, and what is missing. Click a figure, a bar or a row to see who it counts.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the figures again (F5)</source>
        <translation>Read the figures again (F5)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Villages with a volunteer</source>
        <translation>Villages with a volunteer</translation>
    </message>
    <message>
        <source>Open the villages in Regions &amp; Kampung</source>
        <translation>Open the villages in Regions &amp; Kampung</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Open the volunteers in the roster</source>
        <translation>Open the volunteers in the roster</translation>
    </message>
    <message>
        <source>Last reports received</source>
        <translation>Last reports received</translation>
    </message>
    <message>
        <source>Open Synchronisation</source>
        <translation>Open Synchronisation</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Open the women among the volunteers in the roster</source>
        <translation>Open the women among the volunteers in the roster</translation>
    </message>
    <message>
        <source>First-time voters</source>
        <translation>First-time voters</translation>
    </message>
    <message>
        <source>Open the first-time voters among the volunteers in the roster</source>
        <translation>Open the first-time voters among the volunteers in the roster</translation>
    </message>
    <message>
        <source>With a disability</source>
        <translation>With a disability</translation>
    </message>
    <message>
        <source>Open the volunteers with a disability in the roster</source>
        <translation>Open the volunteers with a disability in the roster</translation>
    </message>
    <message>
        <source>Trainings held</source>
        <translation>Trainings held</translation>
    </message>
    <message>
        <source>Open Trainings</source>
        <translation>Open Trainings</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>People trained</translation>
    </message>
    <message>
        <source>Open the people present at a training in the roster</source>
        <translation>Open the people present at a training in the roster</translation>
    </message>
    <message>
        <source>Coverage per area</source>
        <translation>Coverage per area</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>%1, on %2; ages and roles on the election day, %3.</source>
        <translation>%1, on %2; ages and roles on the election day, %3.</translation>
    </message>
    <message>
        <source>No village in the programme yet</source>
        <translation>No village in the programme yet</translation>
    </message>
    <message>
        <source>holding a volunteer role on the election day</source>
        <translation>holding a volunteer role on the election day</translation>
    </message>
    <message numerus="yes">
        <source>%Ln woman/women among the volunteers</source>
        <translation>
            <numerusform>%Ln woman among the volunteers</numerusform>
            <numerusform>%Ln women among the volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln first-time voter(s) among the volunteers</source>
        <translation>
            <numerusform>%Ln first-time voter among the volunteers</numerusform>
            <numerusform>%Ln first-time voters among the volunteers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln volunteer(s) with a disability</source>
        <translation>
            <numerusform>%Ln volunteer with a disability</numerusform>
            <numerusform>%Ln volunteers with a disability</numerusform>
        </translation>
    </message>
    <message>
        <source>mean attendance %1 %</source>
        <translation>mean attendance %1 %</translation>
    </message>
    <message>
        <source>no attendance recorded yet</source>
        <translation>no attendance recorded yet</translation>
    </message>
    <message>
        <source>people of the area present at a training</source>
        <translation>people of the area present at a training</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No report received yet</source>
        <translation>No report received yet</translation>
    </message>
    <message>
        <source>Kampung Pengawasan</source>
        <translation>Kampung Pengawasan</translation>
    </message>
    <message numerus="yes">
        <source>of %1 villages (%2); %Ln without a PKD</source>
        <translation>
            <numerusform>of %1 villages (%2); %Ln without a PKD</numerusform>
            <numerusform>of %1 villages (%2); %Ln without a PKD</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::CertificateLookupDialog</name>
    <message>
        <source>Check a certificate</source>
        <translation>Check a certificate</translation>
    </message>
    <message>
        <source>Type the number as it is printed on the certificate, then Enter.</source>
        <translation>Type the number as it is printed on the certificate, then Enter.</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>Certificate &amp;number</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>&lt;b&gt;No certificate %1 was issued from this database.&lt;/b&gt;&lt;br&gt;Check the number; a certificate of another office is not known here.</source>
        <translation>&lt;b&gt;No certificate %1 was issued from this database.&lt;/b&gt;&lt;br&gt;Check the number; a certificate of another office is not known here.</translation>
    </message>
    <message>
        <source> (Kec. %1)</source>
        <translation> (Kec. %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Certificate %1 is genuine.&lt;/b&gt;&lt;br&gt;Issued to &lt;b&gt;%2&lt;/b&gt; as %3 for %4 (%5), %6.</source>
        <translation>&lt;b&gt;Certificate %1 is genuine.&lt;/b&gt;&lt;br&gt;Issued to &lt;b&gt;%2&lt;/b&gt; as %3 for %4 (%5), %6.</translation>
    </message>
    <message>
        <source>Final score %1: %2.</source>
        <translation>Final score %1: %2.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Numbered on %1.</source>
        <translation>Numbered on %1.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ComponentWeightsDialog</name>
    <message>
        <source>Components and weights</source>
        <translation>Components and weights</translation>
    </message>
    <message>
        <source>What the training is graded on and how much each part counts. The scores typed so far stay; the results follow the new weights.</source>
        <translation>What the training is graded on and how much each part counts. The scores typed so far stay; the results follow the new weights.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Total %1 %: complete.</source>
        <translation>Total %1 %: complete.</translation>
    </message>
    <message>
        <source>Total %1 %: the weights must add up to 100 %.</source>
        <translation>Total %1 %: the weights must add up to 100 %.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ConflictPanel</name>
    <message>
        <source>&amp;Keep this laptop&apos;s</source>
        <translation>&amp;Keep this laptop&apos;s</translation>
    </message>
    <message>
        <source>&amp;Take the report&apos;s</source>
        <translation>&amp;Take the report&apos;s</translation>
    </message>
    <message>
        <source>&amp;Use this value</source>
        <translation>&amp;Use this value</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>When both last agreed</source>
        <translation>When both last agreed</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <source>Another value, typed here</source>
        <translation>Another value, typed here</translation>
    </message>
    <message>
        <source>No conflict waits for a decision. Conflicts appear here when a report changes a field this laptop changed too, or removes a record changed here.</source>
        <translation>No conflict waits for a decision. Conflicts appear here when a report changes a field this laptop changed too, or removes a record changed here.</translation>
    </message>
    <message>
        <source>From %1, report no. %2 (%3).</source>
        <translation>From %1, report no. %2 (%3).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(removed)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The conflict was not decided</source>
        <translation>The conflict was not decided</translation>
    </message>
</context>
<context>
    <name>relawas::gui::CoverageTable</name>
    <message>
        <source>Area</source>
        <translation>Area</translation>
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
        <source>Volunteers</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Enter or double-click: the area in Regions &amp; Kampung</source>
        <translation>Enter or double-click: the area in Regions &amp; Kampung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s) without a volunteer</source>
        <translation>
            <numerusform>%Ln village without a volunteer</numerusform>
            <numerusform>%Ln villages without a volunteer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln village(s) without a PKD</source>
        <translation>
            <numerusform>%Ln village without a PKD</numerusform>
            <numerusform>%Ln villages without a PKD</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>No Kampung Pengawasan Partisipatif village in this area yet</source>
        <translation>No Kampung Pengawasan Partisipatif village in this area yet</translation>
    </message>
</context>
<context>
    <name>relawas::gui::DeskScreen</name>
    <message>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <source>Checking participants in at the door: scan a card, type a NIK or a name.</source>
        <translation>Checking participants in at the door: scan a card, type a NIK or a name.</translation>
    </message>
    <message>
        <source>The training</source>
        <translation>The training</translation>
    </message>
    <message>
        <source>The day at the door</source>
        <translation>The day at the door</translation>
    </message>
    <message>
        <source>Sound on or off (Ctrl+M)</source>
        <translation>Sound on or off (Ctrl+M)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sound off</translation>
    </message>
    <message>
        <source>Sound on</source>
        <translation>Sound on</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>Da&amp;y</translation>
    </message>
    <message>
        <source>Card code, NIK or name</source>
        <translation>Card code, NIK or name</translation>
    </message>
    <message>
        <source>Admit as walk-in (F2)</source>
        <translation>Admit as walk-in (F2)</translation>
    </message>
    <message>
        <source>Register a newcomer (F3)</source>
        <translation>Register a newcomer (F3)</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Walk-ins</translation>
    </message>
    <message>
        <source>Join as</source>
        <translation>Join as</translation>
    </message>
    <message>
        <source>Latest check-ins</source>
        <translation>Latest check-ins</translation>
    </message>
    <message>
        <source>The trainings could not be read</source>
        <translation>The trainings could not be read</translation>
    </message>
    <message>
        <source>No training to check in to</source>
        <translation>No training to check in to</translation>
    </message>
    <message>
        <source>Create a training and invite people on the Trainings screen first.</source>
        <translation>Create a training and invite people on the Trainings screen first.</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Day %1 — %2</translation>
    </message>
    <message>
        <source>This training could not be opened</source>
        <translation>This training could not be opened</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Not today</translation>
    </message>
    <message>
        <source>This computer&apos;s date is not a day of the training: check the day chosen above.</source>
        <translation>This computer&apos;s date is not a day of the training: check the day chosen above.</translation>
    </message>
    <message>
        <source>Present %1 of %2</source>
        <translation>Present %1 of %2</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>%1 — not on the list</source>
        <translation>%1 — not on the list</translation>
    </message>
    <message>
        <source>%1 — invitation cancelled</source>
        <translation>%1 — invitation cancelled</translation>
    </message>
    <message>
        <source>Undo a check-in</source>
        <translation>Undo a check-in</translation>
    </message>
    <message>
        <source>The check-in of %1 is annulled: it stays in the record with the reason, and no longer counts. Why?</source>
        <translation>The check-in of %1 is annulled: it stays in the record with the reason, and no longer counts. Why?</translation>
    </message>
    <message>
        <source>Check-in annulled</source>
        <translation>Check-in annulled</translation>
    </message>
    <message>
        <source>%1 is no longer counted as present today.</source>
        <translation>%1 is no longer counted as present today.</translation>
    </message>
    <message>
        <source>Not annulled</source>
        <translation>Not annulled</translation>
    </message>
    <message>
        <source>Trai&amp;ning</source>
        <translation>Trai&amp;ning</translation>
    </message>
    <message>
        <source>Undo a check-&amp;in…</source>
        <translation>Undo a check-&amp;in…</translation>
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
        <translation>name %1% alike, same birth date</translation>
    </message>
    <message>
        <source>same village</source>
        <translation>same village</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>same phone</translation>
    </message>
    <message>
        <source>different gender</source>
        <translation>different gender</translation>
    </message>
    <message>
        <source>different NIK</source>
        <translation>different NIK</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Name (A)</source>
        <translation>Name (A)</translation>
    </message>
    <message>
        <source>Name (B)</source>
        <translation>Name (B)</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
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
        <translation>Why</translation>
    </message>
    <message>
        <source>another kecamatan</source>
        <translation>another kecamatan</translation>
    </message>
    <message>
        <source>a name many share</source>
        <translation>a name many share</translation>
    </message>
</context>
<context>
    <name>relawas::gui::DuplicatesDialog</name>
    <message>
        <source>all regions</source>
        <translation>all regions</translation>
    </message>
    <message>
        <source>Probable duplicates — %1</source>
        <translation>Probable duplicates — %1</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Probable duplicates</translation>
    </message>
    <message>
        <source>Looking for probable duplicates…</source>
        <translation>Looking for probable duplicates…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pair(s) to review</source>
        <translation>
            <numerusform>%Ln pair to review</numerusform>
            <numerusform>%Ln pairs to review</numerusform>
        </translation>
    </message>
    <message>
        <source>No probable duplicates in %1 at a score of %2 or more.</source>
        <translation>No probable duplicates in %1 at a score of %2 or more.</translation>
    </message>
    <message>
        <source>The search was cancelled. Press Refresh to search again.</source>
        <translation>The search was cancelled. Press Refresh to search again.</translation>
    </message>
    <message>
        <source>The search failed. Press Refresh to try again.</source>
        <translation>The search failed. Press Refresh to try again.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists: it was removed or merged meanwhile. The list is read again.</source>
        <translation>One of the two records no longer exists: it was removed or merged meanwhile. The list is read again.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::EndRoleDialog</name>
    <message>
        <source>End the role %1? It stays in the person&apos;s history, with its end date and reason.</source>
        <translation>End the role %1? It stays in the person&apos;s history, with its end date and reason.</translation>
    </message>
    <message>
        <source>End role</source>
        <translation>End role</translation>
    </message>
    <message>
        <source>Term of office ended</source>
        <translation>Term of office ended</translation>
    </message>
    <message>
        <source>Moved to another place</source>
        <translation>Moved to another place</translation>
    </message>
    <message>
        <source>Resigned</source>
        <translation>Resigned</translation>
    </message>
    <message>
        <source>Passed away</source>
        <translation>Passed away</translation>
    </message>
    <message>
        <source>Type a reason or choose one</source>
        <translation>Type a reason or choose one</translation>
    </message>
    <message>
        <source>Write the end date as dd/mm/yyyy.</source>
        <translation>Write the end date as dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Say why the role ends: type a reason or choose one from the list.</source>
        <translation>Say why the role ends: type a reason or choose one from the list.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ExportDialog</name>
    <message>
        <source>&amp;Everything in the region (a full report)</source>
        <translation>&amp;Everything in the region (a full report)</translation>
    </message>
    <message>
        <source>Only what &amp;changed since the last report to the receiver</source>
        <translation>Only what &amp;changed since the last report to the receiver</translation>
    </message>
    <message>
        <source>A &amp;public summary: counts only, no personal data</source>
        <translation>A &amp;public summary: counts only, no personal data</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Export a report</translation>
    </message>
    <message>
        <source>Anyone (the district, a new laptop)</source>
        <translation>Anyone (the district, a new laptop)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Region</translation>
    </message>
    <message>
        <source>For &amp;whom</source>
        <translation>For &amp;whom</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>The name the receiver sees this laptop by: its history and its list of trusted senders show it</source>
        <translation>The name the receiver sees this laptop by: its history and its list of trusted senders show it</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Counts per kecamatan, village and training only: no NIK, name, phone, birth date or address is written. It can be shared with anyone.</source>
        <translation>Counts per kecamatan, village and training only: no NIK, name, phone, birth date or address is written. It can be shared with anyone.</translation>
    </message>
    <message>
        <source>Only the records the receiver does not hold yet. The receiver merges it after the last report this laptop sent it.</source>
        <translation>Only the records the receiver does not hold yet. The receiver merges it after the last report this laptop sent it.</translation>
    </message>
    <message>
        <source>Every village, person, role, training, invitation and check-in of the region, signed by this laptop. The file holds personal data: hand it to the receiver only.</source>
        <translation>Every village, person, role, training, invitation and check-in of the region, signed by this laptop. The file holds personal data: hand it to the receiver only.</translation>
    </message>
    <message>
        <source>Relawas reports (*.relawas.json)</source>
        <translation>Relawas reports (*.relawas.json)</translation>
    </message>
    <message>
        <source>Choose the file to write the report to.</source>
        <translation>Choose the file to write the report to.</translation>
    </message>
    <message>
        <source>Give the name the receiver will know this laptop by.</source>
        <translation>Give the name the receiver will know this laptop by.</translation>
    </message>
    <message>
        <source>This laptop is ca&amp;lled</source>
        <translation>This laptop is ca&amp;lled</translation>
    </message>
    <message>
        <source>Choose a receiver this laptop has sent a full report to before</source>
        <translation>Choose a receiver this laptop has sent a full report to before</translation>
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
    <message>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <source>Making synthetic people to try Relawas with…</source>
        <translation>Making synthetic people to try Relawas with…</translation>
    </message>
    <message>
        <source>Try it with sample data: %1 synthetic people in the chosen regency</source>
        <translation>Try it with sample data: %1 synthetic people in the chosen regency</translation>
    </message>
</context>
<context>
    <name>relawas::gui::GuardedApplication</name>
    <message>
        <source>The last action could not be completed. Everything saved before it is kept; the action itself saved nothing.</source>
        <translation>The last action could not be completed. Everything saved before it is kept; the action itself saved nothing.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
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
        <translation>Reports to merge</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>What merging it does</source>
        <translation>What merging it does</translation>
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
            <numerusform>%Ln report read and checked; nothing is written until you press Merge. Together they bring: %1.</numerusform>
            <numerusform>%Ln reports read and checked; nothing is written until you press Merge. Together they bring: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) refused: they are left out.</source>
        <translation>
            <numerusform>%Ln file refused: they are left out.</numerusform>
            <numerusform>%Ln files refused: they are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged before: nothing to do</source>
        <translation>Merged before: nothing to do</translation>
    </message>
    <message>
        <source>Merged after report no. %1 of the same sender, which is among these files</source>
        <translation>Merged after report no. %1 of the same sender, which is among these files</translation>
    </message>
    <message>
        <source>Held: it continues report no. %1, which has not arrived; offer it again once that one is in</source>
        <translation>Held: it continues report no. %1, which has not arrived; offer it again once that one is in</translation>
    </message>
    <message>
        <source>New senders</source>
        <translation>New senders</translation>
    </message>
    <message>
        <source>Reports from these senders are merged only once you trust them. Phone the sender and compare the fingerprint their Synchronisation screen shows with the one below.</source>
        <translation>Reports from these senders are merged only once you trust them. Phone the sender and compare the fingerprint their Synchronisation screen shows with the one below.</translation>
    </message>
    <message>
        <source>%1 (%2): fingerprint %3 — I compared it with the sender; trust it</source>
        <translation>%1 (%2): fingerprint %3 — I compared it with the sender; trust it</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln report(s)</source>
        <translation>
            <numerusform>&amp;Merge %Ln report</numerusform>
            <numerusform>&amp;Merge %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relawas::gui::ImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Import a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <source>Place and date of birth</source>
        <translation>Place and date of birth</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
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
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Disability</translation>
    </message>
    <message>
        <source>Kind of disability</source>
        <translation>Kind of disability</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date of the no-party declaration</source>
        <translation>Date of the no-party declaration</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Choose the spreadsheet</source>
        <translation>Choose the spreadsheet</translation>
    </message>
    <message>
        <source>A CSV file (comma, semicolon or tab) or an Excel XLSX workbook with one person per row.</source>
        <translation>A CSV file (comma, semicolon or tab) or an Excel XLSX workbook with one person per row.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>What each column holds</translation>
    </message>
    <message>
        <source>Check the field of every column; columns set to &quot;(ignore)&quot; are not imported.</source>
        <translation>Check the field of every column; columns set to &quot;(ignore)&quot; are not imported.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet.</source>
        <translation>What the import would do. Nothing has been written yet.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>&amp;Save refused rows…</source>
        <translation>&amp;Save refused rows…</translation>
    </message>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Spreadsheets (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Choose a file first.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX), sheet &quot;%1&quot;.</source>
        <translation>Excel workbook (XLSX), sheet &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>semicolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>comma</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>Text file (CSV), encoding %1, columns separated by %2.</source>
        <translation>Text file (CSV), encoding %1, columns separated by %2.</translation>
    </message>
    <message numerus="yes">
        <source>No header row was recognised in the first %n line(s).</source>
        <translation>
            <numerusform>No header row was recognised in the first line.</numerusform>
            <numerusform>No header row was recognised in the first %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <source>No column holds the full name.</source>
        <translation>No column holds the full name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; both hold %3; set one of them to &quot;(ignore)&quot;.</source>
        <translation>&quot;%1&quot; and &quot;%2&quot; both hold %3; set one of them to &quot;(ignore)&quot;.</translation>
    </message>
    <message>
        <source>No column holds the NIK: only speakers may be registered without one.</source>
        <translation>No column holds the NIK: only speakers may be registered without one.</translation>
    </message>
    <message>
        <source>No column holds the kecamatan: villages are looked up in the kecamatan of the current scope.</source>
        <translation>No column holds the kecamatan: villages are looked up in the kecamatan of the current scope.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Dry run failed</source>
        <translation>Dry run failed</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) imported.</source>
        <translation>
            <numerusform>%n person imported.</numerusform>
            <numerusform>%n people imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: save them, fix them in the spreadsheet and import that file again.</source>
        <translation>
            <numerusform>%n row refused: save it, fix it in the spreadsheet and import that file again.</numerusform>
            <numerusform>%n rows refused: save them, fix them in the spreadsheet and import that file again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) not imported.</source>
        <translation>
            <numerusform>%n duplicate not imported.</numerusform>
            <numerusform>%n duplicates not imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>-refused</source>
        <translation>-refused</translation>
    </message>
    <message>
        <source>Save refused rows</source>
        <translation>Save refused rows</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Header line:</source>
        <translation>&amp;Header line:</translation>
    </message>
    <message>
        <source>&amp;Reset to detected</source>
        <translation>&amp;Reset to detected</translation>
    </message>
    <message>
        <source>Take the header line and the columns as found in the file, without the changes made here or remembered from earlier imports.</source>
        <translation>Take the header line and the columns as found in the file, without the changes made here or remembered from earlier imports.</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>&amp;Columns:</translation>
    </message>
    <message>
        <source>Pre&amp;view of the first rows:</source>
        <translation>Pre&amp;view of the first rows:</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>A line of the file offered as its header: the line&apos;s number, then its cells</extracomment>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semicolon (;)</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Comma (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Options for text files (CSV)</source>
        <translation>Options for text files (CSV)</translation>
    </message>
    <message>
        <source>R&amp;ole of the rows whose role cell is empty:</source>
        <translation>R&amp;ole of the rows whose role cell is empty:</translation>
    </message>
    <message>
        <source>R&amp;ole of everyone in this file:</source>
        <translation>R&amp;ole of everyone in this file:</translation>
    </message>
    <message>
        <source>Reason refused</source>
        <translation>Reason refused</translation>
    </message>
    <message>
        <source>Would be imported: %1 without remarks, %2 with warnings. Not imported: %3 duplicates, %4 refused. Skipped (blank lines and rows that are not people): %5.</source>
        <translation>Would be imported: %1 without remarks, %2 with warnings. Not imported: %3 duplicates, %4 refused. Skipped (blank lines and rows that are not people): %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) saved in %1. Fix them in the spreadsheet, then import that file.</source>
        <translation>
            <numerusform>%n refused row saved in %1. Fix them in the spreadsheet, then import that file.</numerusform>
            <numerusform>%n refused rows saved in %1. Fix them in the spreadsheet, then import that file.</numerusform>
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
        <translation>The invitation of &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>relawas::gui::InviteDialog</name>
    <message>
        <source>Invite to &lt;b&gt;%1&lt;/b&gt; everyone who holds one of the roles ticked in the region chosen. People already on the list keep their part.</source>
        <translation>Invite to &lt;b&gt;%1&lt;/b&gt; everyone who holds one of the roles ticked in the region chosen. People already on the list keep their part.</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invite</translation>
    </message>
    <message numerus="yes">
        <source>No role ticked: everyone living in the region. %Ln person(s) match.</source>
        <translation>
            <numerusform>No role ticked: everyone living in the region. %Ln person match.</numerusform>
            <numerusform>No role ticked: everyone living in the region. %Ln persons match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) match.</source>
        <translation>
            <numerusform>%Ln person match.</numerusform>
            <numerusform>%Ln persons match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already on the list.</source>
        <translation>
            <numerusform>%Ln of them already on the list.</numerusform>
            <numerusform>%Ln of them already on the list.</numerusform>
        </translation>
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
    <name>relawas::gui::LaporanScreen</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>What goes to Bawaslu, and what may be published.</source>
        <translation>What goes to Bawaslu, and what may be published.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Only the trainings &amp;between</source>
        <translation>Only the trainings &amp;between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Laporan Pengawasan Partisipatif (PDF)</source>
        <translation>Laporan Pengawasan Partisipatif (PDF)</translation>
    </message>
    <message>
        <source>A cover, the figures at a glance, the charts, a table per kecamatan, the trainings with their attendance and the programme villages with their SK and MoU. Counts only: it names no person, so it may also be published as the public summary.</source>
        <translation>A cover, the figures at a glance, the charts, a table per kecamatan, the trainings with their attendance and the programme villages with their SK and MoU. Counts only: it names no person, so it may also be published as the public summary.</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Preview and print…</translation>
    </message>
    <message>
        <source>Workbook (XLSX)</source>
        <translation>Workbook (XLSX)</translation>
    </message>
    <message>
        <source>Sheets Ringkasan, Relawan, Kampung, Pelatihan and Presensi, with real numbers and dates to work on in a spreadsheet program. NIKs are masked unless you ask for them.</source>
        <translation>Sheets Ringkasan, Relawan, Kampung, Pelatihan and Presensi, with real numbers and dates to work on in a spreadsheet program. NIKs are masked unless you ask for them.</translation>
    </message>
    <message>
        <source>Include the &amp;full NIK (recorded in the audit log under your name)</source>
        <translation>Include the &amp;full NIK (recorded in the audit log under your name)</translation>
    </message>
    <message>
        <source>Save the &amp;workbook…</source>
        <translation>Save the &amp;workbook…</translation>
    </message>
    <message>
        <source>Public summary (JSON)</source>
        <translation>Public summary (JSON)</translation>
    </message>
    <message>
        <source>Per kecamatan and village: the programme status, the people, the roles and the people by gender; per training: the invited and the present. No name, NIK or phone.</source>
        <translation>Per kecamatan and village: the programme status, the people, the roles and the people by gender; per training: the invited and the present. No name, NIK or phone.</translation>
    </message>
    <message>
        <source>Save the &amp;summary…</source>
        <translation>Save the &amp;summary…</translation>
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
        <translation>Save the workbook</translation>
    </message>
    <message>
        <source>laporan-%1.xlsx</source>
        <translation>laporan-%1.xlsx</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Workbook with full NIK</source>
        <translation>Workbook with full NIK</translation>
    </message>
    <message>
        <source>The workbook will hold the full NIK of every volunteer of %1. A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Write the full NIK?</source>
        <translation>The workbook will hold the full NIK of every volunteer of %1. A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Write the full NIK?</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Workbook</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message numerus="yes">
        <source>Workbook written to %1: %Ln person(s), %2 training(s).</source>
        <translation>
            <numerusform>Workbook written to %1: %Ln person, %2 training.</numerusform>
            <numerusform>Workbook written to %1: %Ln persons, %2 trainings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the public summary</source>
        <translation>Save the public summary</translation>
    </message>
    <message>
        <source>ringkasan-publik-%1.json</source>
        <translation>ringkasan-publik-%1.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Public summary</source>
        <translation>Public summary</translation>
    </message>
    <message>
        <source>Public summary written to %1.</source>
        <translation>Public summary written to %1.</translation>
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
        <source>Regions &amp; Kampung</source>
        <translation>Regions &amp; Kampung</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Check-in Desk</source>
        <translation>Check-in Desk</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
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
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>%1 districts · %2 villages · %3 in Kampung Pengawasan</source>
        <translation>%1 districts · %2 villages · %3 in Kampung Pengawasan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) exported to %1</source>
        <translation>
            <numerusform>%Ln person exported to %1</numerusform>
            <numerusform>%Ln people exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Last report taken in: never</source>
        <translation>Last report taken in: never</translation>
    </message>
    <message>
        <source>Last report taken in: %1</source>
        <translation>Last report taken in: %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::MergeDialog</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Record A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <source>Record B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <source>After the merge</source>
        <translation>After the merge</translation>
    </message>
    <message>
        <source>Keep record &amp;A: %1, registered %2</source>
        <translation>Keep record &amp;A: %1, registered %2</translation>
    </message>
    <message>
        <source>Keep record &amp;B: %1, registered %2</source>
        <translation>Keep record &amp;B: %1, registered %2</translation>
    </message>
    <message>
        <source>Merge failed</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Nothing was changed.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. The list of probable duplicates will be read again.</source>
        <translation>%1

Nothing was changed. The list of probable duplicates will be read again.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed. Both records have been read again: check the choices and merge again.</source>
        <translation>%1

Nothing was changed. Both records have been read again: check the choices and merge again.</translation>
    </message>
    <message>
        <source>The merge failed; nothing was changed. Details: %1</source>
        <translation>The merge failed; nothing was changed. Details: %1</translation>
    </message>
    <message>
        <source>Show both &amp;NIKs</source>
        <translation>Show both &amp;NIKs</translation>
    </message>
    <message>
        <source>Show both NIKs</source>
        <translation>Show both NIKs</translation>
    </message>
    <message>
        <source>Show the full NIKs of both records?

A NIK is personal data. Showing it is recorded in the audit log under your name, for each record.</source>
        <translation>Show the full NIKs of both records?

A NIK is personal data. Showing it is recorded in the audit log under your name, for each record.</translation>
    </message>
    <message>
        <source>The NIKs stay hidden: recording that they were shown failed (%1).</source>
        <translation>The NIKs stay hidden: recording that they were shown failed (%1).</translation>
    </message>
    <message>
        <source>Hide the &amp;NIKs</source>
        <translation>Hide the &amp;NIKs</translation>
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
        <translation>Screens</translation>
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
        <translation>Ready</translation>
    </message>
    <message>
        <source>Scan a card, or type a NIK or a name, then Enter.</source>
        <translation>Scan a card, or type a NIK or a name, then Enter.</translation>
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
        <translation>Checked in at %1</translation>
    </message>
    <message>
        <source>Already checked in at %1</source>
        <translation>Already checked in at %1</translation>
    </message>
    <message>
        <source>Not on the list</source>
        <translation>Not on the list</translation>
    </message>
    <message>
        <source>%1. Press F2 to add as a walk-in.</source>
        <translation>%1. Press F2 to add as a walk-in.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Nobody is called &quot;%1&quot;. Press F3 to register a walk-in.</source>
        <translation>Nobody is called &quot;%1&quot;. Press F3 to register a walk-in.</translation>
    </message>
    <message>
        <source>No card or NIK &quot;%1&quot;. Try the name.</source>
        <translation>No card or NIK &quot;%1&quot;. Try the name.</translation>
    </message>
    <message>
        <source>Invitation cancelled</source>
        <translation>Invitation cancelled</translation>
    </message>
    <message>
        <source>%1. Press F2 to admit anyway as a walk-in.</source>
        <translation>%1. Press F2 to admit anyway as a walk-in.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Not a day of this training</source>
        <translation>Not a day of this training</translation>
    </message>
    <message>
        <source>%1 is held on %2.</source>
        <translation>%1 is held on %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match: pick one</source>
        <translation>
            <numerusform>%n people match: pick one</numerusform>
            <numerusform>%n people match: pick one</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the arrow keys and Enter, or type more of the name.</source>
        <translation>Use the arrow keys and Enter, or type more of the name.</translation>
    </message>
    <message>
        <source>This card was replaced</source>
        <translation>This card was replaced</translation>
    </message>
    <message>
        <source>%1. Ask for the new card, or type the NIK.</source>
        <translation>%1. Ask for the new card, or type the NIK.</translation>
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
        <translation>%1 (walk-in)</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>District / Village</source>
        <translation>District / Village</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>Card code</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PeopleScreen</name>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>All target groups</source>
        <translation>All target groups</translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation>Men and women</translation>
    </message>
    <message>
        <source>All villages</source>
        <translation>All villages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide N&amp;IK</source>
        <translation>Hide N&amp;IK</translation>
    </message>
    <message>
        <source>Show N&amp;IK</source>
        <translation>Show N&amp;IK</translation>
    </message>
    <message>
        <source>Show NIK</source>
        <translation>Show NIK</translation>
    </message>
    <message>
        <source>Show the full NIK of %1?

A NIK is personal data. Showing it is recorded in the audit log under your name.</source>
        <translation>Show the full NIK of %1?

A NIK is personal data. Showing it is recorded in the audit log under your name.</translation>
    </message>
    <message>
        <source>The NIK stays hidden: recording that it was shown failed (%1).</source>
        <translation>The NIK stays hidden: recording that it was shown failed (%1).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Village code</source>
        <translation>Village code</translation>
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
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Export with full NIK</source>
        <translation>Export with full NIK</translation>
    </message>
    <message numerus="yes">
        <source>The file will hold the full NIK of %Ln person(s). A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Export with full NIK?</source>
        <translation>
            <numerusform>The file will hold the full NIK of %Ln person. A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Export with full NIK?</numerusform>
            <numerusform>The file will hold the full NIK of %Ln people. A NIK is personal data: keep the file safe and share it only with those who need it. The export is recorded in the audit log under your name.

Export with full NIK?</numerusform>
        </translation>
    </message>
    <message>
        <source>roster</source>
        <translation>roster</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Export the roster</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Roster export</source>
        <translation>Roster export</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %Ln person(s)…</source>
        <translation>
            <numerusform>Exporting %Ln person…</numerusform>
            <numerusform>Exporting %Ln people…</numerusform>
        </translation>
    </message>
    <message>
        <source>Any number</source>
        <translation>Any number</translation>
    </message>
    <message>
        <source>At least one</source>
        <translation>At least one</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the register?

Their roles and their attendance at trainings are removed with them. Use this for a person registered by mistake; the audit log keeps the record.</source>
        <translation>Remove %1 (%2) from the register?

Their roles and their attendance at trainings are removed with them. Use this for a person registered by mistake; the audit log keeps the record.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 was not removed: %2</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.
Clear filters (Alt+L) shows everyone again.</source>
        <translation>Nobody matches this search and these filters.
Clear filters (Alt+L) shows everyone again.</translation>
    </message>
    <message>
        <source>Nobody is registered here yet.
Register a person (Ctrl+N) or import a spreadsheet.</source>
        <translation>Nobody is registered here yet.
Register a person (Ctrl+N) or import a spreadsheet.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Everyone registered in the scope: find, filter, register, correct, export.</source>
        <translation>Everyone registered in the scope: find, filter, register, correct, export.</translation>
    </message>
    <message>
        <source>Kecamatan %1 (every village)</source>
        <translation>Kecamatan %1 (every village)</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PersonRolesModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PersonRolesPanel</name>
    <message>
        <source>A&amp;dd role…</source>
        <translation>A&amp;dd role…</translation>
    </message>
    <message>
        <source>End &amp;role…</source>
        <translation>End &amp;role…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>%1 in %2, since %3</source>
        <translation>%1 in %2, since %3</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Role added: %1.</source>
        <translation>Role added: %1.</translation>
    </message>
    <message>
        <source>Role ended on %1: %2 in %3.</source>
        <translation>Role ended on %1: %2 in %3.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::PrintoutPreview</name>
    <message>
        <source>Save PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>Save as PDF (%1)</source>
        <translation>Save as PDF (%1)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation>
            <numerusform>Saved %n page to %1.</numerusform>
            <numerusform>Saved %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to print.</source>
        <translation>There is nothing to print.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <source>%1 was not saved.
%2</source>
        <translation>%1 was not saved.
%2</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RegionTreeModel</name>
    <message numerus="yes">
        <source>%n village(s)</source>
        <translation>
            <numerusform>%n village</numerusform>
            <numerusform>%n villages</numerusform>
        </translation>
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
    <name>relawas::gui::RegistrationDialog</name>
    <message>
        <source>&lt;b&gt;Possible duplicates&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Possible duplicates&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Check the warnings, then press Enter again to save anyway.</source>
        <translation>Check the warnings, then press Enter again to save anyway.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %1 (%n person(s) in this session).</source>
        <translation>
            <numerusform>Saved: %1 (%n person in this session).</numerusform>
            <numerusform>Saved: %1 (%n people in this session).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the form</source>
        <translation>Close the form</translation>
    </message>
    <message>
        <source>The person being typed is not saved. Close and discard it?</source>
        <translation>The person being typed is not saved. Close and discard it?</translation>
    </message>
    <message>
        <source>Save and &amp;continue</source>
        <translation>Save and &amp;continue</translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Close and discard them?</source>
        <translation>The changes to %1 are not saved. Close and discard them?</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>Save ch&amp;anges</source>
        <translation>Save ch&amp;anges</translation>
    </message>
    <message>
        <source>Enter: save the changes · Esc: close</source>
        <translation>Enter: save the changes · Esc: close</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>%1

Nothing was saved: the person is no longer in the register.</source>
        <translation>%1

Nothing was saved: the person is no longer in the register.</translation>
    </message>
    <message>
        <source>%1

Nothing was saved. The form now shows the record as stored: check it and make your changes again.</source>
        <translation>%1

Nothing was saved. The form now shows the record as stored: check it and make your changes again.</translation>
    </message>
    <message>
        <source>Move roles</source>
        <translation>Move roles</translation>
    </message>
    <message>
        <source>%1 moves from %2 to %3 and holds these roles in %2: %4.

Do the roles move to %3 as well? Yes: they cover %3 from now on. No: they stay in %2.</source>
        <translation>%1 moves from %2 to %3 and holds these roles in %2: %4.

Do the roles move to %3 as well? Yes: they cover %3 from now on. No: they stay in %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
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
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
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
    <name>relawas::gui::ScoreSheetDialog</name>
    <message>
        <source>Scores — %1</source>
        <translation>Scores — %1</translation>
    </message>
    <message>
        <source>Type a score and press Enter to go to the next participant, Tab to the next component; Delete clears a score. Each score is saved as it is entered.</source>
        <translation>Type a score and press Enter to go to the next participant, Tab to the next component; Delete clears a score. Each score is saved as it is entered.</translation>
    </message>
    <message>
        <source>%1 participants · complete %2 · passed %3</source>
        <translation>%1 participants · complete %2 · passed %3</translation>
    </message>
    <message>
        <source>Components and &amp;weights…</source>
        <translation>Components and &amp;weights…</translation>
    </message>
</context>
<context>
    <name>relawas::gui::ScoreSheetModel</name>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Not passed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>“%1” is not a score: type a number from 0 to 100 (a decimal comma is fine), or leave the cell empty.</source>
        <translation>“%1” is not a score: type a number from 0 to 100 (a decimal comma is fine), or leave the cell empty.</translation>
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
        <translation>Pass mark
%1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SendersPanel</name>
    <message>
        <source>This laptop</source>
        <translation>This laptop</translation>
    </message>
    <message>
        <source>A receiver trusts this laptop&apos;s reports once they have compared this fingerprint with you, by phone or face to face. Read it out when they ask.</source>
        <translation>A receiver trusts this laptop&apos;s reports once they have compared this fingerprint with you, by phone or face to face. Read it out when they ask.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Last report merged</source>
        <translation>Last report merged</translation>
    </message>
    <message>
        <source>Trusted senders</source>
        <translation>Trusted senders</translation>
    </message>
    <message>
        <source>Reports are merged only from these laptops. A new sender is trusted when its first report is merged and you confirm its fingerprint.</source>
        <translation>Reports are merged only from these laptops. A new sender is trusted when its first report is merged and you confirm its fingerprint.</translation>
    </message>
    <message>
        <source>Installation %1 · database %2</source>
        <translation>Installation %1 · database %2</translation>
    </message>
    <message>
        <source>Installation %1</source>
        <translation>Installation %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
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
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The language, the working area, the election day and where the data is kept.</source>
        <translation>The language, the working area, the election day and where the data is kept.</translation>
    </message>
    <message>
        <source>%1 The election day was not changed.</source>
        <translation>%1 The election day was not changed.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SheetOptionsDialog</name>
    <message>
        <source>Fill in the check-in &amp;times of those who came</source>
        <translation>Fill in the check-in &amp;times of those who came</translation>
    </message>
    <message>
        <source>Print the attendance list</source>
        <translation>Print the attendance list</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <translation>Day %1 — %2</translation>
    </message>
    <message>
        <source>Unticked, the list is blank for signing; ticked, it records who came and when.</source>
        <translation>Unticked, the list is blank for signing; ticked, it records who came and when.</translation>
    </message>
    <message>
        <source>Numbered blank rows after the list, for those who come without being listed.</source>
        <translation>Numbered blank rows after the list, for those who come without being listed.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <source>&amp;Spare rows</source>
        <translation>&amp;Spare rows</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Preview…</translation>
    </message>
</context>
<context>
    <name>relawas::gui::SyncScreen</name>
    <message>
        <source>Conflict decided: the new value travels back with the next report.</source>
        <translation>Conflict decided: the new value travels back with the next report.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Export a report…</source>
        <translation>&amp;Export a report…</translation>
    </message>
    <message>
        <source>Write a signed report of a region for the district or a kecamatan (Ctrl+E)</source>
        <translation>Write a signed report of a region for the district or a kecamatan (Ctrl+E)</translation>
    </message>
    <message>
        <source>Import a &amp;folder…</source>
        <translation>Import a &amp;folder…</translation>
    </message>
    <message>
        <source>Every report file (*.relawas.json) of a folder, in the order of their numbers</source>
        <translation>Every report file (*.relawas.json) of a folder, in the order of their numbers</translation>
    </message>
    <message>
        <source>&amp;Import reports…</source>
        <translation>&amp;Import reports…</translation>
    </message>
    <message>
        <source>Read report files, see what they bring, then merge them (Ctrl+O)</source>
        <translation>Read report files, see what they bring, then merge them (Ctrl+O)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>What it brought</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reports taken in</source>
        <translation>Reports taken in</translation>
    </message>
    <message>
        <source>Senders and this laptop</source>
        <translation>Senders and this laptop</translation>
    </message>
    <message>
        <source>Conflicts to decide (%1)</source>
        <translation>Conflicts to decide (%1)</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
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
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Relawas reports (*.relawas.json);;All files (*)</source>
        <translation>Relawas reports (*.relawas.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import every report of a folder</source>
        <translation>Import every report of a folder</translation>
    </message>
    <message>
        <source>No report file (*.relawas.json) was found there.</source>
        <translation>No report file (*.relawas.json) was found there.</translation>
    </message>
    <message>
        <source>Reading the reports was cancelled: nothing was merged.</source>
        <translation>Reading the reports was cancelled: nothing was merged.</translation>
    </message>
    <message>
        <source>Nothing was merged.</source>
        <translation>Nothing was merged.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln report(s) merged: %1.</source>
        <translation>
            <numerusform>%Ln report merged: %1.</numerusform>
            <numerusform>%Ln reports merged: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the report being read when you cancelled was not merged, nor those after it.</source>
        <translation>Cancelled: the report being read when you cancelled was not merged, nor those after it.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln report(s) refused: nothing of them was written.</source>
        <translation>
            <numerusform>%1 %Ln report refused: nothing of them was written.</numerusform>
            <numerusform>%1 %Ln reports refused: nothing of them was written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Export a report</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>The export was cancelled: no file was written.</source>
        <translation>The export was cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Public summary no. %1 written to %2: counts only, no personal data.</source>
        <translation>Public summary no. %1 written to %2: counts only, no personal data.</translation>
    </message>
    <message numerus="yes">
        <source>Report no. %1 written to %2: %Ln person(s), %3 role(s), %4 training(s).</source>
        <translation>
            <numerusform>Report no. %1 written to %2: %Ln person, %3 role, %4 training.</numerusform>
            <numerusform>Report no. %1 written to %2: %Ln persons, %3 roles, %4 trainings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports between the kecamatan laptops and the district: send, take in, settle conflicts.</source>
        <translation>Reports between the kecamatan laptops and the district: send, take in, settle conflicts.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingDetailPanel</name>
    <message>
        <source>Everyone on the list</source>
        <translation>Everyone on the list</translation>
    </message>
    <message>
        <source>No training chosen</source>
        <translation>No training chosen</translation>
    </message>
    <message>
        <source>Choose a training in the list above to see who is invited and who came, or create one (Ctrl+N).</source>
        <translation>Choose a training in the list above to see who is invited and who came, or create one (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s))</source>
        <translation>
            <numerusform>%1 (%Ln day)</numerusform>
            <numerusform>%1 (%Ln days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Organised for %1</source>
        <translation>Organised for %1</translation>
    </message>
    <message numerus="yes">
        <source>room for %Ln people</source>
        <translation>
            <numerusform>room for %Ln people</numerusform>
            <numerusform>room for %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>pass mark %1</source>
        <translation>pass mark %1</translation>
    </message>
    <message>
        <source>Invited %1</source>
        <translation>Invited %1</translation>
    </message>
    <message>
        <source>Present day %1: %2</source>
        <translation>Present day %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled or declined</source>
        <translation>
            <numerusform>%Ln cancelled or declined</numerusform>
            <numerusform>%Ln cancelled or declined</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than the %Ln places</source>
        <translation>
            <numerusform>more than the %Ln places</numerusform>
            <numerusform>more than the %Ln places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) invited.</source>
        <translation>
            <numerusform>%Ln person invited.</numerusform>
            <numerusform>%Ln persons invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) added to the list.</source>
        <translation>
            <numerusform>%Ln person added to the list.</numerusform>
            <numerusform>%Ln persons added to the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, as %3.</source>
        <translation>%1: %2, as %3.</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Cancel invitation</translation>
    </message>
    <message>
        <source>Take %1 off the list?

The invitation is cancelled, not deleted: %1 stays on the list as cancelled, and the check-in desk will say so at the door. Change status can invite them again.</source>
        <translation>Take %1 off the list?

The invitation is cancelled, not deleted: %1 stays on the list as cancelled, and the check-in desk will say so at the door. Change status can invite them again.</translation>
    </message>
    <message>
        <source>The invitation of %1 is cancelled.</source>
        <translation>The invitation of %1 is cancelled.</translation>
    </message>
    <message>
        <source>Issue missing cards</source>
        <translation>Issue missing cards</translation>
    </message>
    <message>
        <source>Everyone on the list has a card already.</source>
        <translation>Everyone on the list has a card already.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) issued.</source>
        <translation>
            <numerusform>%Ln card issued.</numerusform>
            <numerusform>%Ln cards issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-issue card</source>
        <translation>Re-issue card</translation>
    </message>
    <message>
        <source>Issue a new card for %1?

The old card (%2) stops working at the door at once, at every training. Print the new card and hand it over.</source>
        <translation>Issue a new card for %1?

The old card (%2) stops working at the door at once, at every training. Print the new card and hand it over.</translation>
    </message>
    <message>
        <source>New card for %1: %2.</source>
        <translation>New card for %1: %2.</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingDialog</name>
    <message>
        <source>New training</source>
        <translation>New training</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln day(s)</source>
        <translation>
            <numerusform>%1 · %Ln day</numerusform>
            <numerusform>%1 · %Ln days</numerusform>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>Present per day</source>
        <translation>Present per day</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Attendance rate</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingPapers</name>
    <message>
        <source>Attendance list</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <source>Attendance list, day %1 — %2</source>
        <translation>Attendance list, day %1 — %2</translation>
    </message>
    <message>
        <source>attendance-list-day-%1.pdf</source>
        <translation>attendance-list-day-%1.pdf</translation>
    </message>
    <message numerus="yes">
        <source>%n new card code(s) issued.</source>
        <translation>
            <numerusform>%n new card code issued.</numerusform>
            <numerusform>%n new card codes issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Participant cards</source>
        <translation>Participant cards</translation>
    </message>
    <message>
        <source>Nobody is expected at this training yet: invite people first.</source>
        <translation>Nobody is expected at this training yet: invite people first.</translation>
    </message>
    <message>
        <source>Participant cards — %1</source>
        <translation>Participant cards — %1</translation>
    </message>
    <message>
        <source>participant-cards.pdf</source>
        <translation>participant-cards.pdf</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet: it goes to participants present on every day whose final score passes.</source>
        <translation>Nobody has earned a certificate yet: it goes to participants present on every day whose final score passes.</translation>
    </message>
    <message>
        <source>Nobody has earned a certificate yet: it goes to participants present on every day.</source>
        <translation>Nobody has earned a certificate yet: it goes to participants present on every day.</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s), each with its own number.</source>
        <translation>
            <numerusform>%n certificate, each with its own number.</numerusform>
            <numerusform>%n certificates, each with its own number.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates — %1</source>
        <translation>Certificates — %1</translation>
    </message>
    <message>
        <source>certificates.pdf</source>
        <translation>certificates.pdf</translation>
    </message>
</context>
<context>
    <name>relawas::gui::TrainingsScreen</name>
    <message>
        <source>Trainings</source>
        <translation>Trainings</translation>
    </message>
    <message>
        <source>Events and trainings: who is invited, who came, day by day.</source>
        <translation>Events and trainings: who is invited, who came, day by day.</translation>
    </message>
    <message>
        <source>No training or event in this scope yet.
Create one with New training (Ctrl+N).</source>
        <translation>No training or event in this scope yet.
Create one with New training (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 is created. Invite its participants next.</source>
        <translation>%1 is created. Invite its participants next.</translation>
    </message>
    <message>
        <source>%1 is created for a region outside the scope shown.</source>
        <translation>%1 is created for a region outside the scope shown.</translation>
    </message>
    <message>
        <source>Edit training</source>
        <translation>Edit training</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 is saved.</translation>
    </message>
    <message>
        <source>Remove training</source>
        <translation>Remove training</translation>
    </message>
    <message numerus="yes">
        <source>Remove %1 (%2)?

Its list of %Ln person(s) and its attendance are removed with it. Use this for a training entered by mistake; the audit log keeps the record.</source>
        <translation>
            <numerusform>Remove %1 (%2)?

Its list of %Ln person and its attendance are removed with it. Use this for a training entered by mistake; the audit log keeps the record.</numerusform>
            <numerusform>Remove %1 (%2)?

Its list of %Ln persons and its attendance are removed with it. Use this for a training entered by mistake; the audit log keeps the record.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 was not removed: %2</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 is removed.</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>The attendance list (Ctrl+P), participant cards and certificates of the training chosen</source>
        <translation>The attendance list (Ctrl+P), participant cards and certificates of the training chosen</translation>
    </message>
    <message>
        <source>&amp;Attendance list…</source>
        <translation>&amp;Attendance list…</translation>
    </message>
    <message>
        <source>Participant &amp;cards…</source>
        <translation>Participant &amp;cards…</translation>
    </message>
    <message>
        <source>C&amp;ertificates…</source>
        <translation>C&amp;ertificates…</translation>
    </message>
    <message>
        <source>C&amp;heck a certificate number…</source>
        <translation>C&amp;heck a certificate number…</translation>
    </message>
    <message>
        <source>&amp;Grading…</source>
        <translation>&amp;Grading…</translation>
    </message>
    <message>
        <source>The score sheet of the P2P class chosen: each participant&apos;s scores, the weighted result and pass or fail (Ctrl+G)</source>
        <translation>The score sheet of the P2P class chosen: each participant&apos;s scores, the weighted result and pass or fail (Ctrl+G)</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
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
        <translation>Village review — %1</translation>
    </message>
    <message>
        <source>%1, Kecamatan %2</source>
        <translation>%1, Kecamatan %2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
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
            <numerusform>%Ln person living here; %1 volunteer, %2 PKD; roles on %3</numerusform>
            <numerusform>%Ln persons living here; %1 volunteers, %2 PKD; roles on %3</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
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
        <translation>NIK</translation>
    </message>
    <message>
        <source>&amp;Print this village…</source>
        <translation>&amp;Print this village…</translation>
    </message>
    <message>
        <source>Print every village of the &amp;kecamatan…</source>
        <translation>Print every village of the &amp;kecamatan…</translation>
    </message>
    <message>
        <source>Open in the &amp;roster</source>
        <translation>Open in the &amp;roster</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Not in the programme</source>
        <translation>Not in the programme</translation>
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
        <translation>MoU until %1</translation>
    </message>
</context>
<context>
    <name>relawas::gui::WalkInDialog</name>
    <message>
        <source>Register and check in</source>
        <translation>Register and check in</translation>
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
        <translation>Already registered? Pick the person to admit them instead, or press Enter again to register a new person.</translation>
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
            <numerusform>%n village matches, of %1</numerusform>
            <numerusform>%n villages match, of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the &amp;people of this village</source>
        <translation>Show the &amp;people of this village</translation>
    </message>
    <message>
        <source>Regions &amp; Kampung</source>
        <translation>Regions &amp; Kampung</translation>
    </message>
    <message>
        <source>The districts and villages of the scope, and where Kampung Pengawasan Partisipatif stands in each.</source>
        <translation>The districts and villages of the scope, and where Kampung Pengawasan Partisipatif stands in each.</translation>
    </message>
    <message>
        <source>&amp;Review and print this village…</source>
        <translation>&amp;Review and print this village…</translation>
    </message>
    <message>
        <source>Print the volunteer rosters of every &amp;village…</source>
        <translation>Print the volunteer rosters of every &amp;village…</translation>
    </message>
    <message>
        <source>Kecamatan %1</source>
        <translation>Kecamatan %1</translation>
    </message>
    <message>
        <source>Village review</source>
        <translation>Village review</translation>
    </message>
</context>
</TS>
