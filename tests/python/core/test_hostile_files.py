"""Exports come from other people's machines: a crafted workbook or an outsized CSV is refused
with the library's error, in bounded time and memory."""

import time
import zipfile

import pytest

import storeops

pytest.importorskip("openpyxl")
pytest.importorskip("defusedxml")  # openpyxl parses through it when it is installed

BOMB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [<!ENTITY lol "lollollollollollollollollollol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData>
</worksheet>"""


def bomb_workbook(path):
    """A real workbook (written by openpyxl) whose sheet is swapped for an entity bomb."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active["A1"] = "日期"
    book.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = BOMB.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_an_xml_bomb_in_a_workbook_is_refused_quickly(tmp_path):
    path = bomb_workbook(tmp_path / "daily.xlsx")
    start = time.perf_counter()
    with pytest.raises(storeops.Error, match=r"is not a readable xlsx workbook \(EntitiesForbidden"):
        storeops.read_daily(path)
    assert time.perf_counter() - start < 10  # expanded, it would be 3 GB of text


def test_an_outsized_cell_is_refused_by_name(tmp_path):
    path = tmp_path / "daily.csv"
    path.write_text("日期,浏览量,访客数,销售额,成交件数,支付买家数\n2014-02-01,1,1,"
                    + "9" * 2_000_000 + ",1,1\n", encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"has a line of 2,000,\d+ characters \(a cell of "
                                             r"more than 128 KB is no export's\)"):
        storeops.read_daily(path)
    store_like = tmp_path / "chats.csv"
    store_like.write_text("时间,客服,买家,内容\n" + '"' + "x" * 200_000 + '"\n', encoding="utf-8")
    with pytest.raises(storeops.Error, match=r"chats.csv' row \d+: field larger than field limit"):
        storeops.readers.table.read_rows(store_like, "test")


def test_an_outsized_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    from storeops.readers import table as report_files

    path = tmp_path / "daily.csv"
    path.write_text("日期,浏览量,访客数,销售额,成交件数,支付买家数\n" + "2014-02-01,1,1,1,1,1\n" * 100,
                    encoding="utf-8")
    monkeypatch.setattr(report_files, "MAX_EXPORT_BYTES", 1024)  # a small limit, same rule
    with pytest.raises(storeops.Error, match=r"is 0 MiB, more than the 0 MiB an export is read up "
                                             r"to: split it by months"):
        storeops.read_daily(path)
