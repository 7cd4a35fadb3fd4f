#!/usr/bin/env python3
"""Writes the bad-input corpus: spreadsheets built the way an attacker or an unlucky clerk would send them.

The files are committed; this script says how each was made, so that one can be remade or a new one added. Run it from
anywhere: it writes next to itself. What the import must do with each file is in outcomes.tsv, beside it.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# Valid people of Batu Bara (kecamatan Sei Balai 12.19.07, village Durian): the NIK's digits 7-12 are the birth date,
# women +40 on the day.
GOOD = [
    ("Siti Aminah", "1219074404930006"),
    ("Rina Wati", "1219074404930007"),
    ("Dewi Lestari", "1219074404930008"),
    ("Lina Marlina", "1219074404930009"),
    ("Budi Santoso", "1219070202920010"),
]
HEADER = ["Nama Lengkap", "NIK", "Desa/Kelurahan", "Kecamatan"]


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, name), mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as f:
        f.write(data)


def csv_text(rows, sep=";", end="\r\n"):
    return "".join(sep.join(row) + end for row in rows)


def person(i, name=None):
    n, nik = GOOD[i]
    return [name if name is not None else n, nik, "Durian", "Sei Balai"]


# ---------------------------------------------------------------------------------------------------------- XLSX

def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def col(i):
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def inline_row(r, cells):
    out = '<row r="%d">' % r
    for i, value in enumerate(cells):
        if value is None:
            continue
        if isinstance(value, tuple):  # raw cell XML
            out += value[0] % {"ref": "%s%d" % (col(i), r)}
        else:
            out += '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (col(i), r, xml_escape(value))
    return out + "</row>"


def sheet(rows_xml, before="", after=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>%s<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>%s'
            % (before, MAIN, rows_xml, after))


def good_rows(first_line=2, count=2):
    return "".join(inline_row(first_line + i, person(i)) for i in range(count))


def xlsx(name, sheet_xml, shared=None, styles=None, workbook=None, rels=None, extra=None, omit=(), compress=True):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types '
                               'xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": workbook or ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="%s" xmlns:r="%s">'
                                        '<sheets><sheet name="Relawan" sheetId="1" r:id="rId1"/></sheets></workbook>'
                                        % (MAIN, REL)),
        "xl/_rels/workbook.xml.rels": rels or (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships '
            'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>'
            '<Relationship Id="rId2" Type="%s/sharedStrings" Target="sharedStrings.xml"/>'
            '<Relationship Id="rId3" Type="%s/styles" Target="styles.xml"/></Relationships>' % (REL, REL, REL)),
        "xl/worksheets/sheet1.xml": sheet_xml,
    }
    if shared is not None:
        parts["xl/sharedStrings.xml"] = shared
    if styles is not None:
        parts["xl/styles.xml"] = styles
    parts.update(extra or {})
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(os.path.join(HERE, name), "w", method, compresslevel=9 if compress else None) as z:
        for part, content in parts.items():
            if part in omit:
                continue
            z.writestr(part, content.encode("utf-8") if isinstance(content, str) else content)


def shared_strings(items):
    return ('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (MAIN, len(items), len(items), "".join("<si>%s</si>" % item for item in items)))


def shared_row(r, indexes):
    return '<row r="%d">%s</row>' % (r, "".join('<c r="%s%d" t="s"><v>%d</v></c>' % (col(i), r, index)
                                                for i, index in enumerate(indexes)))


HEAD_XML = inline_row(1, HEADER)


def make_xlsx():
    # Rich text nested 50,000 runs deep, in a shared string and in an inline string (a recursive reader overflows).
    deep = "<r>" * 50000 + "<t>Siti Aminah</t>" + "</r>" * 50000
    items = ["<t>%s</t>" % h for h in HEADER] + [deep, "<t>1219074404930006</t>", "<t>Durian</t>", "<t>Sei Balai</t>"]
    xlsx("xlsx-deep-rich-text-shared.xlsx", sheet(shared_row(1, [0, 1, 2, 3]) + shared_row(2, [4, 5, 6, 7])),
         shared=shared_strings(items))
    xlsx("xlsx-deep-rich-text-inline.xlsx", sheet(HEAD_XML + '<row r="2"><c r="A2" t="inlineStr"><is>' + deep +
                                                  '</is></c><c r="B2" t="inlineStr"><is><t>1219074404930006</t></is>'
                                                  '</c><c r="C2" t="inlineStr"><is><t>Durian</t></is></c>'
                                                  '<c r="D2" t="inlineStr"><is><t>Sei Balai</t></is></c></row>'))
    # One cell of 50 MB (the row is refused, the next one imported) and one of 100 KB (cut: its row refused).
    xlsx("xlsx-cell-50mb-inline.xlsx", sheet(HEAD_XML + inline_row(2, person(0, "A" * (50 << 20))) +
                                             inline_row(3, person(1))))
    xlsx("xlsx-cell-100kb-shared.xlsx", sheet(shared_row(1, [0, 1, 2, 3]) + shared_row(2, [4, 5, 6, 7]) +
                                              inline_row(3, person(1))),
         shared=shared_strings(["<t>%s</t>" % h for h in HEADER] +
                               ["<t>%s</t>" % ("B" * 100000), "<t>1219074404930006</t>", "<t>Durian</t>",
                                "<t>Sei Balai</t>"]))
    # Bombs: parts that unpack a thousandfold.
    xlsx("xlsx-shared-strings-bomb.xlsx", sheet(HEAD_XML + good_rows()),
         shared=shared_strings(["<t>x</t>"] * 12_000_000))
    xlsx("xlsx-styles-bomb.xlsx", sheet(HEAD_XML + good_rows()),
         styles='<styleSheet xmlns="%s"><cellXfs>%s</cellXfs></styleSheet>' % (MAIN, '<xf numFmtId="14"/>' * 4_000_000))
    xlsx("xlsx-sheet-bomb.xlsx", sheet(HEAD_XML + good_rows() + " " * (200 << 20)))
    xlsx("xlsx-many-shared-strings.xlsx", sheet(HEAD_XML + good_rows()),
         shared=shared_strings(["<t>%d</t>" % i for i in range(100_000)]))
    # Styles within the limits but more formats than Excel allows: read, the extra formats ignored.
    xlsx("xlsx-many-styles.xlsx", sheet(HEAD_XML + good_rows()),
         styles='<styleSheet xmlns="%s"><cellXfs>%s</cellXfs></styleSheet>' % (MAIN, '<xf numFmtId="14"/>' * 100_000))
    # A sheet that names the last row of a sheet, and one that names a row past it.
    xlsx("xlsx-last-row.xlsx", sheet(HEAD_XML + inline_row(2, person(0)) + inline_row(1048576, person(1))))
    xlsx("xlsx-row-past-last.xlsx", sheet(HEAD_XML + inline_row(2, person(0)) + inline_row(5000000, person(1))))
    # Text that is not text.
    xlsx("xlsx-lone-surrogate.xlsx", sheet(HEAD_XML + inline_row(2, person(0, "Siti _xD800_ Aminah")) +
                                           inline_row(3, person(1))))
    xlsx("xlsx-raw-ff.xlsx", sheet(HEAD_XML + inline_row(2, person(0, "Siti")) + inline_row(3, person(1))).encode()
         .replace(b"Siti", b"Siti\xff\xfe"))
    xlsx("xlsx-nul-escape.xlsx", sheet(HEAD_XML + inline_row(2, person(0, "Siti_x0000_Aminah")) +
                                       inline_row(3, person(1))))
    xlsx("xlsx-escape-sequence.xlsx", sheet(HEAD_XML + inline_row(2, person(0, "Siti _x001B_[2J Aminah")) +
                                            inline_row(3, person(1))))
    # Formulas: a computed name (imported with a warning), a text that starts like a formula (refused).
    formula = ('<c r="%(ref)s" t="str"><f>"Siti "&amp;"Aminah"</f><v>Siti Aminah</v></c>',)
    xlsx("xlsx-formula-cell.xlsx", sheet(HEAD_XML + inline_row(2, [formula] + person(0)[1:]) +
                                         inline_row(3, person(1))))
    xlsx("xlsx-formula-text.xlsx", sheet(HEAD_XML + inline_row(2, person(0, '=HYPERLINK("http://x","Klik")')) +
                                         inline_row(3, person(1))))
    cmd = ('<c r="%(ref)s" t="str"><f>cmd|\' /C calc\'!A0</f><v>=cmd|\' /C calc\'!A0</v></c>',)
    xlsx("xlsx-formula-dde.xlsx", sheet(HEAD_XML + inline_row(2, [cmd] + person(0)[1:]) + inline_row(3, person(1))))
    # Entities: an external entity and a billion laughs stay text (pugixml expands no DTD).
    xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    xlsx("xlsx-xxe.xlsx", sheet(HEAD_XML + inline_row(2, person(0)) +
                                '<row r="3"><c r="A3" t="inlineStr"><is><t>&xxe;</t></is></c></row>', before=xxe))
    laughs = ('<!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
        '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10)) + ']>')
    xlsx("xlsx-billion-laughs.xlsx", sheet(HEAD_XML + inline_row(2, person(0)) +
                                           '<row r="3"><c r="A3" t="inlineStr"><is><t>&lol9;</t></is></c></row>',
                                           before=laughs))
    # ZIP tricks: an entry that climbs out of the folder, an encrypted-looking entry, entries stored uncompressed.
    xlsx("xlsx-zip-traversal.xlsx", sheet(HEAD_XML + good_rows()), extra={"../../relawas-evil.txt": "owned",
                                                                          "/tmp/relawas-evil.txt": "owned"})
    xlsx("xlsx-stored.xlsx", sheet(HEAD_XML + good_rows()), compress=False)
    # Damaged workbooks.
    xlsx("xlsx-no-workbook.xlsx", sheet(HEAD_XML), omit=("xl/workbook.xml",))
    xlsx("xlsx-opendocument.xlsx", sheet(HEAD_XML), omit=("xl/workbook.xml",), extra={"content.xml": "<x/>"})
    xlsx("xlsx-no-sheet.xlsx", sheet(HEAD_XML), workbook='<workbook xmlns="%s"><sheets/></workbook>' % MAIN)
    xlsx("xlsx-sheet-missing.xlsx", sheet(HEAD_XML), omit=("xl/worksheets/sheet1.xml",))
    xlsx("xlsx-bad-row-xml.xlsx", sheet(HEAD_XML + '<row r="2"><c r="A2" t="inlineStr"><is><t>Siti</x></is></c></row>'
                                        + inline_row(3, person(1))))
    whole = sheet(HEAD_XML + "".join(inline_row(2 + i, person(i % 5)) for i in range(200)))
    xlsx("xlsx-sheet-cut.xlsx", whole[: len(whole) // 2])
    xlsx("xlsx-workbook-not-xml.xlsx", sheet(HEAD_XML), workbook="this is no XML <<<")
    xlsx("xlsx-rels-climb.xlsx", sheet(HEAD_XML + good_rows()),
         rels='<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="%s/worksheet" Target="../../../../etc/passwd"/></Relationships>' % REL)
    with open(os.path.join(HERE, "xlsx-cut-archive.xlsx"), "wb") as f:
        f.write(open(os.path.join(HERE, "xlsx-stored.xlsx"), "rb").read()[:700])
    write("xlsx-not-zip.xlsx", b"PK\x03\x04" + bytes(range(256)) * 8)
    # Cells that point nowhere or hold what no cell holds.
    xlsx("xlsx-shared-index-out-of-range.xlsx", sheet(shared_row(1, [0, 1, 2, 3]) + shared_row(2, [999999, 5, 6, 7])
                                                      + inline_row(3, person(1))),
         shared=shared_strings(["<t>%s</t>" % h for h in HEADER] + ["<t>x</t>", "<t>1219074404930006</t>",
                                                                    "<t>Durian</t>", "<t>Sei Balai</t>"]))
    xlsx("xlsx-column-past-xfd.xlsx", sheet(HEAD_XML + inline_row(2, person(0)).replace(
        "</row>", '<c r="XFE2" t="inlineStr"><is><t>far</t></is></c><c r="ZZZZ2"><v>1</v></c></row>')))
    xlsx("xlsx-nik-as-number.xlsx", sheet(HEAD_XML + inline_row(2, ["Siti Aminah", ('<c r="%(ref)s"><v>1.21907E+15</v>'
                                                                                    '</c>',), "Durian", "Sei Balai"])
                                          + inline_row(3, person(1))))
    xlsx("xlsx-huge-date-serial.xlsx",
         sheet(inline_row(1, HEADER + ["Tanggal Lahir"]) + inline_row(2, person(0) + [('<c r="%(ref)s" s="1"><v>1e308'
                                                                                        '</v></c>',)]) +
               inline_row(3, person(1))),
         styles='<styleSheet xmlns="%s"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>' % MAIN)
    xlsx("xlsx-tag-too-large.xlsx", sheet(HEAD_XML + '<row r="2" x="' + "y" * (5 << 20) + '"></row>'))


# ----------------------------------------------------------------------------------------------------------- CSV

def make_csv():
    head = [HEADER]
    write("csv-utf8-one-bad-byte.csv", b"\xef\xbb\xbf" + csv_text(head + [person(0, "Öz Çelik")]).encode() +
          csv_text([person(1, "Rina")]).encode().replace(b"Rina", b"Rina\xff") + csv_text([person(2)]).encode())
    write("csv-windows-1252.csv", csv_text(head + [person(0, "José Muñoz"), person(1, "Ja’far")]).encode("cp1252"))
    write("csv-cr-only.csv", csv_text(head + [person(0), person(1)], end="\r").encode())
    write("csv-mixed-line-endings.csv", (csv_text(head, end="\n") + csv_text([person(0)], end="\r") +
                                         csv_text([person(1)], end="\r\n")).encode())
    text = csv_text(head + [person(0), person(1)])
    write("csv-utf16le-bom.csv", b"\xff\xfe" + text.encode("utf-16-le"))
    write("csv-utf16le-no-bom.csv", text.encode("utf-16-le"))
    write("csv-utf16be-bom.csv", b"\xfe\xff" + text.encode("utf-16-be"))
    write("csv-utf16be-no-bom.csv", text.encode("utf-16-be"))
    write("csv-tab-delimited.csv", csv_text(head + [person(0), person(1)], sep="\t"))
    write("csv-unterminated-quote.csv", csv_text(head + [person(0)]) + '"Rina;1219074404930007;Durian;Sei Balai\r\n' +
          csv_text([person(2)]))
    write("csv-cell-40kb.csv", csv_text(head + [person(0, "C" * 40000), person(1)]))
    write("csv-row-5mb.csv", csv_text(head + [person(0) + ["D" * 30000] * 170, person(1)]))
    write("csv-20000-columns.csv", csv_text(head + [person(0) + ["x"] * 20000, person(1)]))
    write("csv-1048577-rows.csv", csv_text(head + [person(0)]) + "\n" * 1048577)
    names = {
        "csv-name-escape-sequence.csv": "Siti \x1b[31mAminah",
        "csv-name-bidi-override.csv": "Siti \u202eanimA",
        "csv-name-zero-width.csv": "\u200b\u200b\u200b",
        "csv-name-200-chars.csv": "Siti " + "A" * 195,
        "csv-name-nul.csv": "Siti\x00Aminah",
        "csv-name-formula-equals.csv": "=1+1",
        "csv-name-formula-plus.csv": "+SUM(A1)",
        "csv-name-formula-minus.csv": "-2+3",
        "csv-name-formula-at.csv": "@SUM(A1)",
        "csv-name-leading-tab.csv": "\t=1+1",
        "csv-name-dde.csv": "=cmd|' /C calc'!A0",
    }
    for file, name in names.items():
        quoted = '"%s"' % name if "\t" in name else name
        write(file, csv_text(head) + ";".join([quoted] + person(0)[1:]) + "\r\n" + csv_text([person(1)]))
    write("csv-name-sql.csv", csv_text(head + [person(0, "\"Robert'); DROP TABLE person;--\""), person(1)]))
    write("csv-nik-tricky.csv", csv_text(head + [
        ["Satu", "12190744049300061", "Durian", "Sei Balai"],   # 17 digits
        ["Dua", "121907440493000A", "Durian", "Sei Balai"],     # a letter
        ["Tiga", "9999994404930006", "Durian", "Sei Balai"],    # no such region
        ["Empat", "1219073202930006", "Durian", "Sei Balai"],   # day 32
        ["Lima", "0000000000000000", "Durian", "Sei Balai"],
        person(1)]))
    write("csv-birth-in-future.csv", csv_text([HEADER + ["Tanggal Lahir"], person(0) + ["01/01/2099"],
                                               person(1) + ["04/04/1993"]]))
    write("csv-duplicate-nik.csv", csv_text(head + [person(0), person(0, "Siti Aminah Kedua"), person(1)]))
    write("csv-header-only.csv", csv_text(head))
    write("csv-no-header.csv", csv_text([person(0), person(1)]))
    write("csv-bom-only.csv", b"\xef\xbb\xbf")
    write("csv-empty.csv", b"")
    write("csv-binary-garbage.csv", bytes((i * 7919 + 13) % 256 for i in range(20000)))
    write("csv-blank-lines.csv", csv_text(head + [person(0)]) + ";;;\r\n" * 500 + csv_text([person(1)]))
    write("csv-only-quotes.csv", '"' * 5000)
    write("csv-xls-disguised.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))


if __name__ == "__main__":
    make_xlsx()
    make_csv()
