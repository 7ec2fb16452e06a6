"""Unit tests of the helpers behind the Identitas and Pelaksana rules: the
citation parser, the revoked-regulations table, the NIP reader, the reading of
titles and peringatan, date explanations and pelaksana names."""

from __future__ import annotations

import re

import pytest

from soplint.rules.identitas._aspect import is_aspect, nominalise, read_title
from soplint.rules.identitas._citation import find_citations, normalise_nomor, parse_citation
from soplint.rules.identitas._nip import check_nip
from soplint.rules.identitas._revoked import RevokedDataError, load_table, parse_table
from soplint.rules.identitas.dasar_hukum_format import join, suggestion
from soplint.rules.identitas.dasar_hukum_revoked import MESSAGES as REVOKED_MESSAGES
from soplint.rules.identitas.dasar_hukum_revoked import message_key
from soplint.rules.identitas.date_invalid import explain
from soplint.rules.identitas.peringatan_no_consequence import has_consequence
from soplint.rules.pelaksana._names import did_you_mean, distinct, expand, normalise

# --------------------------------------------------------------------------- citations

#: (entry as written in real SOPs, family, issuer, nomor, tahun, title or None)
CITATIONS = [
    ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah", "UU", "", "23", 2014, "Pemerintahan Daerah"),
    ("Undang-undang Republik Indonesia Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
     "UU", "", "23", 2014, "Pemerintahan Daerah"),
    ("Undang Undang No. 43 Tahun 2009 tentang Kearsipan", "UU", "", "43", 2009, "Kearsipan"),
    ("UU No. 23 Th. 2014 tentang Pemerintahan Daerah", "UU", "", "23", 2014, "Pemerintahan Daerah"),
    ("UU No.23 Thn.2014 ttg Pemda", "UU", "", "23", 2014, "Pemda"),
    ("UU 23/2014", "UU", "", "23", 2014, None),
    ("UU Nomor 17 Tahun 2014 Pasal 366 tentang MD3", "UU", "", "17", 2014, "MD3"),
    ("Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja",
     "PERPPU", "", "2", 2022, "Cipta Kerja"),
    ("Perppu 2/2022 tentang Cipta Kerja", "PERPPU", "", "2", 2022, "Cipta Kerja"),
    ("Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib Dewan Perwakilan Rakyat "
     "Daerah Provinsi, Kabupaten, dan Kota", "PP", "", "12", 2018,
     "Pedoman Penyusunan Tata Tertib Dewan Perwakilan Rakyat Daerah Provinsi, Kabupaten, dan Kota"),
    ("PP No 18 Tahun 2017 tentang Hak Keuangan dan Administratif Pimpinan dan Anggota DPRD",
     "PP", "", "18", 2017, "Hak Keuangan dan Administratif Pimpinan dan Anggota DPRD"),
    ("Peraturan Presiden Nomor 16 Tahun 2018 tentang Pengadaan Barang/Jasa Pemerintah",
     "PERPRES", "", "16", 2018, "Pengadaan Barang/Jasa Pemerintah"),
    ("Keputusan Presiden Nomor 80 Tahun 2003 tentang Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah",
     "KEPPRES", "", "80", 2003, "Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah"),
    ("Instruksi Presiden Nomor 7 Tahun 1999 tentang Akuntabilitas Kinerja Instansi Pemerintah",
     "INPRES", "", "7", 1999, "Akuntabilitas Kinerja Instansi Pemerintah"),
    ("Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah",
     "PERMEN", "dalam negeri", "80", 2015, "Pembentukan Produk Hukum Daerah"),
    ("Peraturan Menteri Dalam Negeri Republik Indonesia Nomor 1 Tahun 2023 tentang Tata Naskah Dinas di "
     "Lingkungan Pemerintah Daerah", "PERMEN", "dalam negeri", "1", 2023,
     "Tata Naskah Dinas di Lingkungan Pemerintah Daerah"),
    ("Permendagri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah",
     "PERMEN", "dalam negeri", "80", 2015, "Pembentukan Produk Hukum Daerah"),
    ("Permendagri No. 52 Th. 2011", "PERMEN", "dalam negeri", "52", 2011, None),
    ("Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang "
     "Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan", "PERMEN", "panrb", "35", 2012,
     "Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan"),
    ("PermenPAN-RB Nomor 35 Tahun 2012", "PERMEN", "panrb", "35", 2012, None),
    ("Permenpan RB No. 35 Tahun 2012", "PERMEN", "panrb", "35", 2012, None),
    ("Peraturan Menteri PANRB Nomor 6 Tahun 2022 tentang Pengelolaan Kinerja Pegawai Aparatur Sipil Negara",
     "PERMEN", "panrb", "6", 2022, "Pengelolaan Kinerja Pegawai Aparatur Sipil Negara"),
    ("Peraturan Menteri Negara Pendayagunaan Aparatur Negara Nomor: PER/21/M.PAN/11/2008 tentang Pedoman "
     "Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan", "PERMEN", "panrb",
     "PER/21/M.PAN/11/2008", 2008, "Pedoman Penyusunan Standar Operasional Prosedur (SOP) Administrasi Pemerintahan"),
    ("Permenpan No. PER/21/M.PAN/11/2008", "PERMEN", "panrb", "PER/21/M.PAN/11/2008", 2008, None),
    ("Peraturan Menteri Keuangan Nomor 113/PMK.05/2012 tentang Perjalanan Dinas Dalam Negeri bagi Pejabat "
     "Negara, Pegawai Negeri, dan Pegawai Tidak Tetap", "PERMEN", "keuangan", "113/PMK.05/2012", 2012,
     "Perjalanan Dinas Dalam Negeri bagi Pejabat Negara, Pegawai Negeri, dan Pegawai Tidak Tetap"),
    ("PMK Nomor 113/PMK.05/2012", "PERMEN", "keuangan", "113/PMK.05/2012", 2012, None),
    ("Permenkeu No. 113/PMK.05/2012", "PERMEN", "keuangan", "113/PMK.05/2012", 2012, None),
    ("Keputusan Menteri Dalam Negeri Nomor 169 Tahun 2004 tentang Pedoman Penyusunan Program Legislasi Daerah",
     "KEPMEN", "dalam negeri", "169", 2004, "Pedoman Penyusunan Program Legislasi Daerah"),
    ("Kepmenpan Nomor KEP/25/M.PAN/2/2004 tentang Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat",
     "KEPMEN", "panrb", "KEP/25/M.PAN/2/2004", 2004, "Pedoman Umum Penyusunan Indeks Kepuasan Masyarakat"),
    ("Peraturan Daerah Kabupaten Contoh Nomor 5 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah",
     "PERDA", "kabupaten contoh", "5", 2016, "Pembentukan dan Susunan Perangkat Daerah"),
    ("Perda Kab. Contoh No. 5 Tahun 2016 tentang Pembentukan dan Susunan Perangkat Daerah",
     "PERDA", "kabupaten contoh", "5", 2016, "Pembentukan dan Susunan Perangkat Daerah"),
    ("Peraturan Daerah Provinsi Jawa Barat Nomor 2 Tahun 2019 tentang Penyelenggaraan Kearsipan",
     "PERDA", "provinsi jawa barat", "2", 2019, "Penyelenggaraan Kearsipan"),
    ("Peraturan Bupati Contoh Nomor 45 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta "
     "Tata Kerja Sekretariat DPRD", "PERBUP", "contoh", "45", 2021,
     "Kedudukan, Susunan Organisasi, Tugas dan Fungsi, serta Tata Kerja Sekretariat DPRD"),
    ("Perbup Contoh No. 45 Tahun 2021", "PERBUP", "contoh", "45", 2021, None),
    ("Peraturan Gubernur Jawa Tengah Nomor 12 Tahun 2020 tentang Tata Naskah Dinas",
     "PERGUB", "jawa tengah", "12", 2020, "Tata Naskah Dinas"),
    ("Peraturan Wali Kota Contoh Nomor 3 Tahun 2022 tentang Standar Operasional Prosedur",
     "PERWALI", "contoh", "3", 2022, "Standar Operasional Prosedur"),
    ("Peraturan Walikota Contoh Nomor 3 Tahun 2022", "PERWALI", "contoh", "3", 2022, None),
    ("Peraturan DPRD Kabupaten Contoh Nomor 1 Tahun 2019 tentang Tata Tertib DPRD",
     "PERDPRD", "kabupaten contoh", "1", 2019, "Tata Tertib DPRD"),
    ("Peraturan Dewan Perwakilan Rakyat Daerah Kabupaten Contoh Nomor 1 Tahun 2019 tentang Tata Tertib",
     "PERDPRD", "kabupaten contoh", "1", 2019, "Tata Tertib"),
    ("Keputusan Sekretaris DPRD Kabupaten Contoh Nomor 800/123/SETWAN/2023 tentang Tim Penyusun SOP",
     "KEPUTUSAN", "sekretaris dprd kabupaten contoh", "800/123/SETWAN/2023", 2023, "Tim Penyusun SOP"),
    ("Keputusan Bupati Contoh Nomor 188.45/12/2020 tentang Pembentukan Tim Reformasi Birokrasi",
     "KEPUTUSAN", "bupati contoh", "188.45/12/2020", 2020, "Pembentukan Tim Reformasi Birokrasi"),
    ("Peraturan Kepala Arsip Nasional Republik Indonesia Nomor 2 Tahun 2014 tentang Pedoman Tata Naskah Dinas",
     "LEMBAGA", "anri", "2", 2014, "Pedoman Tata Naskah Dinas"),
    ("Perka ANRI Nomor 2 Tahun 2014 tentang Pedoman Tata Naskah Dinas",
     "LEMBAGA", "anri", "2", 2014, "Pedoman Tata Naskah Dinas"),
    ("Peraturan Arsip Nasional Republik Indonesia Nomor 5 Tahun 2021 tentang Pedoman Umum Tata Naskah Dinas",
     "LEMBAGA", "anri", "5", 2021, "Pedoman Umum Tata Naskah Dinas"),
    ("Peraturan Badan Kepegawaian Negara Nomor 1 Tahun 2023 tentang Jabatan Fungsional",
     "LEMBAGA", "bkn", "1", 2023, "Jabatan Fungsional"),
    ("Peraturan Kepala Badan Kepegawaian Negara Nomor 22 Tahun 2007 tentang Nomor Identitas Pegawai Negeri Sipil",
     "LEMBAGA", "bkn", "22", 2007, "Nomor Identitas Pegawai Negeri Sipil"),
    ("Peraturan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah Nomor 12 Tahun 2021 tentang Pedoman "
     "Pelaksanaan Pengadaan Barang/Jasa Pemerintah melalui Penyedia", "LEMBAGA", "lkpp", "12", 2021,
     "Pedoman Pelaksanaan Pengadaan Barang/Jasa Pemerintah melalui Penyedia"),
    ("Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik",
     "LEMBAGA", "komisi informasi", "1", 2021, "Standar Layanan Informasi Publik"),
    ("Perki No. 1 Tahun 2010 tentang Standar Layanan Informasi Publik",
     "LEMBAGA", "komisi informasi", "1", 2010, "Standar Layanan Informasi Publik"),
    ("Surat Edaran Menteri Dalam Negeri Nomor 100.3.4/1234/SJ tentang Penyusunan SOP",
     "SE", "dalam negeri", "100.3.4/1234/SJ", None, "Penyusunan SOP"),
]


@pytest.mark.parametrize("text, family, issuer, nomor, tahun, tentang", CITATIONS, ids=[c[0][:48] for c in CITATIONS])
def test_citation_parts(text, family, issuer, nomor, tahun, tentang) -> None:
    citation = parse_citation(text)
    assert (citation.family, citation.issuer, citation.nomor, citation.tahun, citation.tentang) == (
        family, issuer, nomor, tahun, tentang)


@pytest.mark.parametrize("text", [
    "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
    "UUD 1945",
    "UUD NRI 1945",
    "Pasal 18 ayat (6) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
])
def test_constitution_is_complete(text: str) -> None:
    citation = parse_citation(text)
    assert citation.is_constitution and citation.tahun == 1945
    assert citation.missing_parts() == ()


def test_spelling_variants_share_one_key() -> None:
    variants = [
        "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah",
        "UU No. 32 Th. 2004 tentang Pemda",
        "UU 32/2004",
        "Undang-undang RI Nomor 32 Tahun 2004",
        "UU Nomor 032 Tahun 2004",
    ]
    assert {parse_citation(v).key for v in variants} == {("UU", "", "32", 2004)}
    assert parse_citation("PP 32/2004").key != parse_citation("UU 32/2004").key
    assert parse_citation("Permendagri 53/2011").key != parse_citation("Permenpan-RB 53/2011").key


def test_missing_parts_named() -> None:
    assert parse_citation("Undang-Undang Nomor 23 Tahun 2014").missing_parts() == ("tentang",)
    assert parse_citation("Undang-Undang tentang Pemerintahan Daerah").missing_parts() == ("nomor", "tahun")
    assert parse_citation("Nomor 12 Tahun 2018 tentang Tata Tertib DPRD").missing_parts() == ("jenis",)
    assert parse_citation("Rencana Strategis Sekretariat DPRD 2021-2026").missing_parts() == (
        "jenis", "nomor", "tahun", "tentang")
    # The year carried by a slash nomor counts as the Tahun.
    assert parse_citation("Keputusan Bupati Contoh Nomor 188.45/12/2020 tentang Tim").missing_parts() == ()


def test_amendment_chain_is_secondary_and_titles_are_not_citations() -> None:
    text = ("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah (Lembaran Negara Republik Indonesia "
            "Tahun 2014 Nomor 244, Tambahan Lembaran Negara Republik Indonesia Nomor 5587) sebagaimana telah diubah "
            "beberapa kali terakhir dengan Undang-Undang Nomor 9 Tahun 2015 tentang Perubahan Kedua atas "
            "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah")
    citations = find_citations(text)
    assert [(c.key, c.primary) for c in citations] == [(("UU", "", "23", 2014), True), (("UU", "", "9", 2015), False)]
    assert citations[0].tentang == "Pemerintahan Daerah"
    title_only = find_citations("Undang-Undang Nomor 12 Tahun 2008 tentang Perubahan Kedua Atas Undang-Undang "
                                "Nomor 32 Tahun 2004 tentang Pemerintahan Daerah")
    assert [c.key for c in title_only] == [("UU", "", "12", 2008)]


def test_articles_are_read() -> None:
    assert parse_citation("Pasal 5 dan Pasal 366 Undang-Undang Nomor 17 Tahun 2014").pasal == (5, 366)
    assert parse_citation("Undang-Undang Nomor 17 Tahun 2014 tentang MD3").pasal == ()


def test_normalise_nomor() -> None:
    assert normalise_nomor(" 05 ") == "5"
    assert normalise_nomor("per/21/m.pan/11/2008") == "PER/21/M.PAN/11/2008"
    assert normalise_nomor("0") == "0"


def test_format_suggestion_and_join() -> None:
    assert suggestion(parse_citation("UU tentang Pemerintahan Daerah")) == "UU Nomor ... Tahun ... tentang Pemerintahan Daerah"
    assert suggestion(parse_citation("Permenpan Nomor PER/21/M.PAN/11/2008")) == "Permenpan Nomor PER/21/M.PAN/11/2008 tentang ..."
    assert join(["Nomor", "Tahun", "judul"], "dan") == "Nomor, Tahun dan judul"
    assert join(["Nomor"], "and") == "Nomor"


def test_parser_never_raises_on_odd_text() -> None:
    for text in ["", "-", "UU", "Nomor", "Tahun 2014", "tentang", "PP No.", "Perda ;;; Nomor", "UU 23/", "()", "UUD"]:
        find_citations(text)

# --------------------------------------------------------------------------- revoked table

FULL_TYPE = {
    "UU": "Undang-Undang",
    "PP": "Peraturan Pemerintah",
    "Perpres": "Peraturan Presiden",
    "Keppres": "Keputusan Presiden",
    "Permendagri": "Peraturan Menteri Dalam Negeri",
    "Kepmendagri": "Keputusan Menteri Dalam Negeri",
    "Permenpan-RB": "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
    "Perka ANRI": "Peraturan Kepala Arsip Nasional Republik Indonesia",
    "Perki": "Peraturan Komisi Informasi",
}
TABLE = load_table()
URL = re.compile(r"^https?://[^\s/]+\.[^\s/]+/\S*$")


def test_table_is_loaded_once_from_package_data() -> None:
    assert load_table() is TABLE
    assert len(TABLE.entries) >= 70


@pytest.mark.parametrize("entry", TABLE.entries, ids=[e.regulation.short for e in TABLE.entries])
def test_every_entry_has_source_successor_status(entry) -> None:
    assert entry.sources and all(URL.match(s) for s in entry.sources)
    assert entry.successor.strip() and entry.revoked_by.strip()
    assert entry.status in ("dicabut", "dicabut sebagian", "diganti")
    assert re.fullmatch(r"\d{4}(-\d{2}-\d{2})?", entry.since)
    assert entry.regulation.type in FULL_TYPE
    if entry.status == "dicabut sebagian":
        assert entry.articles and entry.article_ranges
    # Shown to users in both languages: citations only, no English prose.
    for shown in (entry.revoked_by, entry.successor, entry.successor_citation, entry.regulation.title):
        assert not re.search(r"\b(itself|revoked|replaced|amended|the|only|and)\b", shown), shown


@pytest.mark.parametrize("entry", TABLE.entries, ids=[e.regulation.short for e in TABLE.entries])
def test_matcher_finds_each_entry_from_realistic_citations(entry) -> None:
    regulation = entry.regulation
    full = f"{FULL_TYPE[regulation.type]} Nomor {regulation.nomor} Tahun {regulation.tahun} tentang {regulation.title}"
    abbreviated = f"{regulation.type} No. {regulation.nomor} Th. {regulation.tahun} tentang {regulation.title}"
    for text in (full, abbreviated, f"{full} (Lembaran Negara Tahun {regulation.tahun} Nomor 1)"):
        found = TABLE.match_entry(text, include_unverified=True)
        assert found is not None and found[1] is entry, text
    if regulation.nomor.isdigit():
        found = TABLE.match_entry(f"{regulation.type} {regulation.nomor}/{regulation.tahun}", include_unverified=True)
        assert found is not None and found[1] is entry
    found = TABLE.match_entry(full)
    assert (found is not None) == entry.verified, "unverified rows only on request"


IN_FORCE_LOOK_ALIKES = [
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah diubah beberapa kali terakhir "
    "dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu 2/2022 tentang Cipta Kerja menjadi Undang-Undang",
    "Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib DPRD Provinsi, Kabupaten, dan Kota",
    "Pasal 5 Undang-Undang Nomor 17 Tahun 2014 tentang MPR, DPR, DPD, dan DPRD",
    "Undang-Undang Nomor 17 Tahun 2014 Pasal 71 tentang MD3",
    "Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
    "Peraturan Pemerintah Nomor 61 Tahun 2010 tentang Pelaksanaan Undang-Undang Nomor 14 Tahun 2008",
    "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009",
    "Peraturan Pemerintah Nomor 28 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
    "Permenpan-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan SOP Administrasi Pemerintahan",
    "Permendagri Nomor 52 Tahun 2011 tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi",
    "Permendagri Nomor 78 Tahun 2012 tentang Tata Kearsipan di Lingkungan Kementerian Dalam Negeri",
    "Peraturan Pemerintah Nomor 18 Tahun 2016 tentang Perangkat Daerah",
    "Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen PNS",
    # Same numbers, other types or issuers:
    "Peraturan Pemerintah Nomor 32 Tahun 2004 tentang Pedoman Tugas dan Fungsi",
    "Peraturan Daerah Kabupaten Contoh Nomor 32 Tahun 2004 tentang Retribusi",
    "Permenpan-RB Nomor 16 Tahun 2006",
    "Peraturan Menteri Keuangan Nomor 113/PMK.05/2012 tentang Perjalanan Dinas Dalam Negeri",
]


@pytest.mark.parametrize("text", IN_FORCE_LOOK_ALIKES)
def test_in_force_look_alikes_not_flagged(text: str) -> None:
    assert TABLE.match_entry(text, include_unverified=True) is None


@pytest.mark.parametrize("regulation", TABLE.amended, ids=[r.short for r in TABLE.amended])
def test_amended_regulations_never_match(regulation) -> None:
    assert TABLE.match(regulation.citation) is None


def test_partial_revocation_message_says_only_the_articles() -> None:
    found = TABLE.match_entry("Pasal 366 Undang-Undang Nomor 17 Tahun 2014 tentang MD3")
    assert found is not None
    entry = found[1]
    assert entry.status == "dicabut sebagian" and message_key(entry) == "dicabut_sebagian"
    for lang, marker in (("id", "pasal lainnya masih berlaku"), ("en", "its other articles are in force")):
        text = REVOKED_MESSAGES[lang]["dicabut_sebagian"]
        assert "{articles}" in text and marker in text
    assert "Pasal 314" in (entry.articles or "")


def test_revoked_message_names_the_successor() -> None:
    _, entry = TABLE.match_entry("Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah")
    message = REVOKED_MESSAGES["id"][message_key(entry)].format(
        cited=entry.regulation.short, title=entry.regulation.title, by=entry.revoked_by, since=entry.since,
        successor=entry.successor_citation, articles="", source=entry.sources[0])
    assert "UU 32/2004" in message and "UU 23/2014 Pasal 409 huruf b" in message
    assert "rujuk UU 23/2014 tentang Pemerintahan Daerah" in message


def test_amendment_chain_revoked_member_found() -> None:
    found = TABLE.match_entry("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah "
                              "diubah terakhir dengan Undang-Undang Nomor 11 Tahun 2020 tentang Cipta Kerja")
    assert found is not None and found[1].regulation.short == "UU 11/2020" and not found[0].primary


def test_malformed_table_is_rejected() -> None:
    good = ("entries:\n  - regulation: {type: UU, nomor: '1', tahun: 2000, title: X}\n    status: dicabut\n"
            "    revoked_by: UU 2/2001\n    successor: UU 2/2001\n    since: '2001'\n"
            "    sources: ['https://example.org/a']\n    verified: true\n")
    assert len(parse_table(good).entries) == 1
    for broken in (
        good.replace("status: dicabut", "status: diubah"),
        good.replace("sources: ['https://example.org/a']", "sources: []"),
        good.replace("sources: ['https://example.org/a']", "sources: [not a url]"),
        "entries: [unclosed",
        good.replace("    successor: UU 2/2001\n", ""),
        good.replace("type: UU", "type: Buku"),
        good + good.split("entries:\n", 1)[1],
    ):
        with pytest.raises(RevokedDataError):
            parse_table(broken)

# --------------------------------------------------------------------------- NIP


@pytest.mark.parametrize("nip", [
    "19680101 199003 1 005", "196801011990031005", "19720229 200003 2 002", "19680515 198605 1 001",
])
def test_nip_well_formed(nip: str) -> None:
    assert check_nip(nip) == []


@pytest.mark.parametrize("nip, keys", [
    ("19681301 199003 1 005", ["birth_month"]),
    ("19680230 199003 1 005", ["birth_day"]),
    ("18680101 199003 1 005", ["birth_year"]),
    ("19680101 199013 1 005", ["appointment_month"]),
    ("19680101 199000 1 005", ["appointment_month"]),
    ("19680101 198003 1 005", ["too_young"]),
    ("19680515 198604 1 001", ["too_young"]),
    ("19680101 196712 1 005", ["appointment_before_birth"]),
    ("19680101 199003 0 005", ["gender"]),
    ("19650417 198900 0 006", ["appointment_month", "gender"]),
    ("19681301 199013 3 005", ["birth_month", "appointment_month", "gender"]),
    ("1968010119900310", ["length"]),
    ("19680101 199003 1 0051", ["length"]),
    ("19650417.198903.1.006", ["characters"]),
])
def test_nip_problems(nip: str, keys: list[str]) -> None:
    assert [p.key for p in check_nip(nip)] == keys


def test_nip_says_which_part() -> None:
    [problem] = check_nip("19680101 199013 1 005")
    assert problem.args == {"part": "199013", "month": 13}
    [problem] = check_nip("19680101 198003 1 005")
    assert problem.args["age"] == 12 and problem.args["min_age"] == 18


def test_nip_minimum_age_is_an_option() -> None:
    assert [p.key for p in check_nip("19680101 198703 1 005", min_age=20)] == ["too_young"]
    assert check_nip("19680101 198003 1 005", min_age=0) == []

# --------------------------------------------------------------------------- titles, peringatan, dates


@pytest.mark.parametrize("title", [
    "Penyusunan Risalah Rapat Paripurna", "Pelaksanaan Reses Anggota DPRD", "Evaluasi Kinerja Pegawai",
    "Pelaporan Keuangan", "Publikasi Hasil Rapat", "Distribusi Surat", "Pengelolaan Surat Masuk",
    "Penerimaan Aspirasi Masyarakat", "Penyelenggaraan Rapat Paripurna", "Pelayanan Permohonan Informasi Publik",
    "Pengiriman Undangan Rapat", "Fasilitasi Rapat Alat Kelengkapan DPRD", "Verifikasi SPJ Perjalanan Dinas",
    "Koordinasi Kunjungan Kerja", "Inventarisasi Barang Milik Daerah", "Monitoring dan Evaluasi SOP",
    "SOP Pengelolaan Surat Keluar", "Standar Operasional Prosedur Penyusunan Propemperda",
    "Standar Operasional Prosedur (SOP) Pengelolaan Arsip",
])
def test_titles_with_an_aspect(title: str) -> None:
    assert read_title(title).kind == "aspect"


@pytest.mark.parametrize("title, kind, suggested", [
    ("SOP Surat Masuk", "other", "Pengelolaan Surat Masuk"),
    ("Rapat Paripurna", "other", "Penyelenggaraan Rapat Paripurna"),
    ("Perjalanan Dinas", "other", "Pelaksanaan Perjalanan Dinas"),
    ("Aspirasi Masyarakat", "other", "Penerimaan Aspirasi Masyarakat"),
    ("Menyusun Risalah Rapat", "verb", "Penyusunan Risalah Rapat"),
    ("Melaksanakan Reses", "verb", "Pelaksanaan Reses"),
    ("Mengelola Arsip Dinamis", "verb", "Pengelolaan Arsip Dinamis"),
    ("Memverifikasi SPJ", "verb", "Verifikasi SPJ"),
    ("Tata Cara Penerimaan Tamu", "filler", "Penerimaan Tamu"),
    ("Prosedur Surat Masuk", "filler", "Pengelolaan Surat Masuk"),
])
def test_titles_without_an_aspect(title: str, kind: str, suggested: str) -> None:
    reading = read_title(title)
    assert (reading.kind, reading.suggestion) == (kind, suggested)


def test_title_prefix_and_extra_words() -> None:
    assert read_title("SOP Surat Masuk").prefix == "SOP"
    assert read_title("Standar Operasional Prosedur (SOP) Pengelolaan Arsip").prefix.startswith("Standar")
    assert read_title("Reses Anggota DPRD").kind == "other"
    assert read_title("Reses Anggota DPRD", extra=["reses"]).kind == "aspect"
    assert not is_aspect("Peraturan") and not is_aspect("Informasi") and is_aspect("Pengadaan")
    assert nominalise("Media") is None and nominalise("menerima") == "Penerimaan"


@pytest.mark.parametrize("text", [
    "Apabila SOP ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu.",
    "Jika SOP ini tidak dilaksanakan, proses pelayanan tidak akan berjalan secara optimal dan tepat waktu.",
    "Keterlambatan pengiriman undangan menyebabkan rapat tertunda.",
    "Dapat mengakibatkan temuan pemeriksaan BPK.",
    "Surat masuk dapat hilang atau TERLAMBAT ditindaklanjuti.",
])
def test_consequence_found(text: str) -> None:
    assert has_consequence(text)


@pytest.mark.parametrize("text", [
    "Harap dilaksanakan dengan teliti.",
    "SOP ini wajib dipedomani oleh seluruh pegawai.",
    "Perhatikan kelengkapan berkas.",
    "Laksanakan sesuai ketentuan yang berlaku.",
])
def test_no_consequence(text: str) -> None:
    assert not has_consequence(text)
    assert has_consequence(text + " Jika tidak, berkas kedaluwarsa.", extra_words=["kedaluwarsa"])


@pytest.mark.parametrize("raw, key, args", [
    ("31 Februari 2024", "no_such_day", {"last": 29, "year": 2024, "month_id": "Februari", "month_en": "February"}),
    ("2023-02-29", "no_such_day", {"last": 28, "year": 2023, "month_id": "Februari", "month_en": "February"}),
    ("31/04/2024", "no_such_day", {"last": 30, "year": 2024, "month_id": "April", "month_en": "April"}),
    ("2024-13-01", "no_such_month", {"month": 13}),
    ("10-00-2024", "no_such_month", {"month": 0}),
    ("kemarin", "not_a_date", {}),
])
def test_date_explanations(raw: str, key: str, args: dict) -> None:
    assert explain(raw) == (key, args)

# --------------------------------------------------------------------------- pelaksana names


def test_names_fold_case_and_spaces() -> None:
    assert normalise("  Kepala  subbagian Umum ") == "kepala subbagian umum"
    assert distinct(["Sekretaris DPRD", "sekretaris  dprd", "Kepala Bagian"]) == ["Sekretaris DPRD", "Kepala Bagian"]


@pytest.mark.parametrize("written, meant", [
    ("Kasubag Umum", "Kepala Subbagian Umum"),
    ("Kasubbag. Umum", "Kepala Subbagian Umum"),
    ("Kepala Sub Bagian Umum", "Kepala Subbagian Umum"),
    ("Kabag Persidangan", "Kepala Bagian Persidangan"),
    ("Sekwan", "Sekretaris DPRD"),
    ("Kepala Bagian Persidangn", "Kepala Bagian Persidangan"),
    ("Kasubbag Keuangan", "Kepala Subbagian Keuangan dan Aset"),
    ("Pramu Bakti", None),
    ("Kepala Bagian", None),
])
def test_did_you_mean(written: str, meant: str | None) -> None:
    declared = ["Sekretaris DPRD", "Kepala Bagian Persidangan", "Kepala Bagian Umum", "Kepala Subbagian Umum",
                "Kepala Subbagian Keuangan dan Aset", "Pengadministrasi Umum"]
    assert did_you_mean(written, declared) == meant


def test_expand_abbreviations() -> None:
    assert expand("Kasubag Umum") == "kepala subbagian umum"
    assert expand("Ka. Sub Bag. Umum") == "kepala subbagian umum"
    assert expand("Sekretaris Dewan Perwakilan Rakyat Daerah") == "sekretaris dprd"

# --------------------------------------------------------------------------- never raising

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from([
    "Undang-Undang", "UU", "PP", "Permendagri", "Peraturan", "Menteri", "Nomor", "No.", "Tahun", "Th.", "tentang",
    "Pasal", "sebagaimana", "diubah", "(Lembaran", "Negara", "23", "2014", "PER/21/M.PAN/11/2008", "1945", "UUD",
    "Perka", "ANRI", "Kabupaten", ";", ",", "-", "/", "Kasubag", "SOP", "Menyusun", "tidak", "akan", "9" * 40,
])
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_helpers_never_raise(text: str) -> None:
    for citation in find_citations(text):
        citation.missing_parts()
        citation.key
        citation.short
        TABLE.match(citation)
    check_nip(text)
    read_title(text)
    has_consequence(text)
    explain(text)
    did_you_mean(text, ["Kepala Subbagian Umum", "Sekretaris DPRD"])
