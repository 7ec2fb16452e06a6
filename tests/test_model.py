"""The model: FORMAT.md's defaults applied, built from whatever is well-formed."""

from __future__ import annotations

from datetime import date

from soplint.dates import INVALID, format_date_id, parse_date
from soplint.graph import ProcedureGraph
from soplint.loader import load
from soplint.model import build_document


def _doc(text: str):
    return build_document(load(text.encode("utf-8")).data)


FLOW = """
pelaksana: [A, B]
prosedur:
  - kegiatan: Menerima berkas
    pelaksana: A
  - id: periksa
    kegiatan: Memeriksa berkas
    pelaksana: B
  - kegiatan: Apakah berkas lengkap?
    pelaksana: B
    simbol: keputusan
    ya: 5
    tidak: periksa
  - kegiatan: Mengembalikan berkas
    pelaksana: A
    ke: 2
  - kegiatan: Mengarsipkan berkas
    pelaksana: A
"""


def test_symbol_defaults() -> None:
    doc = _doc(FLOW)
    assert [s.simbol for s in doc.steps] == ["mulai", "proses", "keputusan", "proses", "selesai"]
    assert [s.simbol_raw for s in doc.steps] == [None, None, "keputusan", None, None]


def test_last_step_with_ke_is_a_process() -> None:
    doc = _doc("prosedur:\n  - kegiatan: A\n  - kegiatan: B\n    ke: 1\n")
    assert doc.steps[1].simbol == "proses"


def test_ya_tidak_are_answers() -> None:
    step = _doc(FLOW).steps[2]
    assert [(a.label, a.ref.raw, a.ref.target) for a in step.answers] == [("Ya", 5, 4), ("Tidak", "periksa", 1)]
    assert step.answers_written_as == "ya-tidak"
    assert step.answers[1].path == ("prosedur", 2, "tidak")


def test_cabang_answers() -> None:
    doc = _doc("prosedur:\n  - kegiatan: A\n  - kegiatan: Lengkap?\n    simbol: keputusan\n    cabang: {Lengkap: 3, Tidak lengkap: 1}\n  - kegiatan: C\n")
    step = doc.steps[1]
    assert [(a.label, a.ref.target, a.path) for a in step.answers] == [
        ("Lengkap", 2, ("prosedur", 1, "cabang", "Lengkap")), ("Tidak lengkap", 0, ("prosedur", 1, "cabang", "Tidak lengkap"))]


def test_references_by_number_id_and_digit_string() -> None:
    doc = _doc("prosedur:\n  - kegiatan: A\n    ke: '3'\n  - id: b\n    kegiatan: B\n  - kegiatan: C\n    ke: 9\n  - kegiatan: D\n    ke: b\n")
    assert [s.ke.target if s.ke else None for s in doc.steps] == [2, None, None, 1]


def test_graph_edges_follow_the_flow() -> None:
    graph = ProcedureGraph(_doc(FLOW))
    assert sorted(graph.nx.edges) == [(0, 1), (1, 2), (2, 1), (2, 4), (3, 1)]
    assert graph.starts == (0,) and graph.ends == (4,)
    assert graph.unreachable == (3,)
    assert graph.trapped == ()


def test_broken_parts_do_not_hide_the_rest() -> None:
    doc = _doc("identitas: [not, a, mapping]\nprosedur:\n  - kegiatan: Menerima berkas\n  - 12\n  - kegiatan: [x]\n    pelaksana: A\n")
    assert doc.identitas.present is False
    assert [s.kegiatan for s in doc.steps] == ["Menerima berkas", None, None]
    assert doc.steps[2].pelaksana == ("A",)


def test_list_fields_accept_a_string_and_dash() -> None:
    doc = _doc("identitas:\n  dasar_hukum: UU 23/2014\n  keterkaitan: '-'\n  peralatan_perlengkapan: []\n")
    ident = doc.identitas
    assert [e.text for e in ident.dasar_hukum] == ["UU 23/2014"]
    assert ident.keterkaitan == () and ident.peralatan_perlengkapan == ()
    assert ident.kualifikasi_pelaksana is None


def test_dates() -> None:
    assert parse_date("2024-01-10") == date(2024, 1, 10)
    assert parse_date("10 Januari 2024") == date(2024, 1, 10)
    assert parse_date("2 Juni 2025") == date(2025, 6, 2)
    assert parse_date("17 Agt 2025") == date(2025, 8, 17)
    assert parse_date("10/01/2024") == date(2024, 1, 10)
    assert parse_date("31 Februari 2024") is INVALID
    assert parse_date("2024-13-01") is INVALID
    assert parse_date("segera") is None
    assert format_date_id(date(2024, 1, 10)) == "10 Januari 2024"
    doc = _doc("identitas:\n  tanggal_pembuatan: 2024-01-10\n  tanggal_efektif: 31 Februari 2024\n  tanggal_revisi: '-'\n")
    ident = doc.identitas
    assert ident.tanggal_pembuatan.value == date(2024, 1, 10)
    assert ident.tanggal_efektif.value is None and not ident.tanggal_efektif.unrecognised
    assert ident.tanggal_revisi.is_dash


def test_odd_digit_strings_name_no_step() -> None:
    doc = _doc('prosedur:\n  - kegiatan: A\n    ke: "²"\n  - kegiatan: B\n    ke: "' + "1" * 5000 + '"\n  - kegiatan: C\n    ke: " 1 "\n')
    assert [s.ke.target for s in doc.steps] == [None, None, 0]
