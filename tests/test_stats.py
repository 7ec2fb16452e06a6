"""Procedure figures on hand-computed cases: a decision loop, two end
terminators, a range waktu, calendar time, unknown waktu, no path at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from soplint.graph import ProcedureGraph
from soplint.loader import load
from soplint.model import build_document
from soplint.stats import ProcedureStats, compute_stats, render_json, render_text

HERE = Path(__file__).parent
DAY = 8 * 60


def step(kegiatan, pelaksana, waktu=None, **extra):
    data = {"kegiatan": kegiatan, "pelaksana": pelaksana, **extra}
    if waktu is not None:
        data["mutu_baku"] = {"kelengkapan": "Berkas", "waktu": waktu, "output": "Berkas"}
    return data


def stats_of(steps, pelaksana=("Staf", "Kasubbag", "Sekretaris"), config=None, **identitas) -> ProcedureStats:
    doc = build_document({"identitas": identitas, "pelaksana": list(pelaksana), "prosedur": steps})
    return compute_stats(doc, ProcedureGraph(doc), config)


def test_the_format_example():
    # 10 menit + 2 hari kerja + 1 jam + 30 menit, with the rework loop 3 -> 2 taken out
    doc = build_document(load((HERE / "data" / "format-example.yaml").read_bytes()).data)
    stats = compute_stats(doc, ProcedureGraph(doc), {"jam_kerja_per_hari": 8, "hari_kerja_per_minggu": 5})
    assert (stats.steps, stats.decisions, stats.pelaksana, stats.pelaksana_used) == (4, 1, 3, 3)
    assert stats.arrows == 4  # 1->2, 2->3, 3->4 (ya), 3->2 (tidak)
    assert stats.handoffs == 4  # every arrow joins two different pelaksana
    assert stats.cyclomatic == 4 - 4 + 2
    assert stats.shortest.minutes == stats.longest.minutes == 10 + 2 * DAY + 60 + 30
    assert stats.longest.steps == (1, 2, 3, 4)
    assert stats.waktu_unknown_steps == ()


def test_nested_decision_loops_count_each_step_once():
    steps = [
        step("Menerima berkas", "Staf", "10 menit"),
        step("Menyusun draf", "Staf", "1 jam"),
        step("Memeriksa draf", "Kasubbag", "30 menit"),
        step("Apakah draf benar?", "Kasubbag", "15 menit", simbol="keputusan", ya=5, tidak=3),
        step("Apakah draf disetujui?", "Sekretaris", "15 menit", simbol="keputusan", ya=6, tidak=2),
        step("Menandatangani surat", "Sekretaris", "5 menit"),
    ]
    stats = stats_of(steps)
    assert stats.longest.steps == stats.shortest.steps == (1, 2, 3, 4, 5, 6)
    assert stats.longest.minutes == stats.shortest.minutes == 10 + 60 + 30 + 15 + 15 + 5
    # arrows: 1-2, 2-3, 3-4, 4-5, 4-3, 5-6, 5-2
    assert stats.arrows == 7
    assert stats.cyclomatic == 7 - 6 + 2 == 3  # two decisions + 1
    # hand-offs: 2->3 (Staf->Kasubbag), 4->5 (Kasubbag->Sekretaris), 5->2 (Sekretaris->Staf)
    assert stats.handoffs == 3


def test_two_end_terminators_give_the_shortest_and_the_longest_path():
    steps = [
        step("Menerima berkas permohonan", "Staf", "10 menit"),
        step("Apakah berkas lengkap?", "Kasubbag", "5 menit", simbol="keputusan", ya=4, tidak=3),
        step("Mengembalikan berkas", "Staf", "15 menit", simbol="selesai"),
        step("Memproses permohonan", "Staf", "1 - 2 jam"),
        step("Mengarsipkan berkas", "Staf", "1 hari kerja", simbol="selesai"),
    ]
    stats = stats_of(steps)
    assert stats.shortest.steps == (1, 2, 3)
    assert stats.shortest.minutes == 10 + 5 + 15
    assert stats.longest.steps == (1, 2, 4, 5)
    assert stats.longest.minutes == 10 + 5 + 120 + DAY  # the range at its upper bound
    assert stats.cyclomatic == 4 - 5 + 2


def test_a_range_uses_its_lower_bound_for_the_shortest_and_upper_for_the_longest():
    steps = [
        step("Menerima usulan", "Staf", "15 menit"),
        step("Menyusun telaahan", "Kasubbag", "1 - 3 hari kerja"),
        step("Menandatangani telaahan", "Sekretaris", "30 menit - 1 jam"),
    ]
    stats = stats_of(steps)
    assert stats.shortest.minutes == 15 + DAY + 30
    assert stats.longest.minutes == 15 + 3 * DAY + 60
    assert not stats.longest.calendar


def test_calendar_time_is_converted_and_flagged():
    steps = [step("Menerima usulan", "Staf", "1 hari kerja"), step("Menunggu tanggapan", "Staf", "7 hari")]
    stats = stats_of(steps)
    assert stats.longest.minutes == pytest.approx(DAY + 5 * DAY)  # 7 hari = 5 hari kerja
    assert stats.longest.calendar


def test_unknown_waktu_counts_zero_and_is_counted():
    steps = [
        step("Menerima surat", "Staf", "10 menit"),
        step("Mencatat surat", "Staf", "segera"),
        step("Mengarsipkan surat", "Staf"),
    ]
    stats = stats_of(steps)
    assert stats.waktu_known == 1
    assert stats.waktu_unknown_steps == (2, 3)
    assert stats.longest.minutes == 10
    assert stats.longest.unknown_waktu == 2


def test_no_path_from_mulai_to_selesai():
    steps = [step("Menyusun draf", "Staf", "1 jam"), step("Memeriksa draf", "Kasubbag", "1 jam", ke=1), step("Mengarsipkan", "Staf")]
    stats = stats_of(steps)
    assert stats.shortest is None and stats.longest is None
    assert "tidak ada jalur dari mulai ke selesai" in render_text([("sop.yaml", stats)])


def test_the_working_day_comes_from_the_configuration():
    steps = [step("Menerima usulan", "Staf", "2 hari kerja"), step("Mengarsipkan usulan", "Staf", "1 jam")]
    stats = stats_of(steps, config={"jam_kerja_per_hari": 7.5, "hari_kerja_per_minggu": 5})
    assert stats.longest.minutes == 2 * 450 + 60
    assert stats.jam_kerja_per_hari == 7.5


def test_handoffs_ignore_steps_without_pelaksana():
    steps = [step("Menerima", "Staf", "1 menit"), {"kegiatan": "Mencatat"}, step("Mengarsipkan", "Kasubbag", "1 menit")]
    assert stats_of(steps).handoffs == 0


def test_render_text_in_both_languages():
    steps = [
        step("Menerima berkas", "Staf", "10 menit"),
        step("Apakah berkas lengkap?", "Kasubbag", "5 mnt", simbol="keputusan", ya=3, tidak=1),
        step("Mengarsipkan berkas", "Staf", "1 - 2 hari"),
    ]
    stats = stats_of(steps, nama="Pengelolaan Surat Masuk", nomor="100.3.4/006/SETWAN/2023")
    text = render_text([("surat-masuk.yaml", stats.as_dict())])
    assert text.startswith("surat-masuk.yaml: Pengelolaan Surat Masuk (100.3.4/006/SETWAN/2023)\n")
    assert "Langkah: 3   Keputusan: 1   Pelaksana: 3 (dipakai 2)" in text
    # 10 + 5 + 2 hari (= 2 * 480 * 5/7 working minutes) = 700.7 minutes
    assert "Waktu terpanjang: 1 hari kerja 3 jam 41 menit (langkah 1, 2, 3)" in text
    assert "termasuk waktu kalender" in text
    english = render_text([("surat-masuk.yaml", stats)], lang="en")
    assert "Longest time: 1 working day 3 h 41 min (steps 1, 2, 3)" in english
    assert render_text([]) == "Tidak ada prosedur untuk dihitung.\n"


def test_render_json_matches_check_documents():
    stats = stats_of([step("Menerima berkas", "Staf", "10 menit"), step("Mengarsipkan berkas", "Staf", "5 menit")])
    payload = json.loads(render_json([("a.yaml", stats)]))
    assert payload["version"] == 1
    (document,) = payload["documents"]
    assert document["file"] == "a.yaml"
    figures = document["stats"]
    assert figures["longest"] == {"minutes": 15.0, "steps": [1, 2], "unknown_waktu": 0, "calendar": False}
    assert figures["time_basis"] == {"jam_kerja_per_hari": 8.0, "hari_kerja_per_minggu": 5.0}
    assert figures == stats.as_dict()
