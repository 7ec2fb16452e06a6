"""The repository index: compact, exact, and read back only for what is reported."""

from __future__ import annotations

import difflib
import gc
import os
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from soplint import repository
from soplint.config import build_config
from soplint.engine import collect, lint_paths
from soplint.registry import default_registry
from soplint.repository import IndexEntry, Mention, RepositoryIndex
from soplint.suggest import TitleFinder, closest


def _write(root: Path, files: dict[str, str]) -> None:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).write_text(text + "\n", encoding="utf-8")


def _findings(root: Path, *rules: str):
    registry = default_registry()
    config = build_config(registry, {}, cli_select=list(rules))
    kept = collect(lint_paths([root], config, registry), config, registry)
    return kept, sorted((f for r in kept.results for f in r.findings), key=lambda f: f.sort_key)


def _entry(file: str, nomor: str | None = None, nama: str | None = None, related: tuple[str, ...] = ()) -> IndexEntry:
    return IndexEntry(
        file,
        Mention(nomor, ("identitas", "nomor"), 5, 9) if nomor else None,
        Mention(nama, ("identitas", "nama"), 6, 8) if nama else None,
        " / sekretariat dprd",
        tuple(Mention(text, ("identitas", "keterkaitan", k), 20 + k, 6) for k, text in enumerate(related)),
    )


@pytest.mark.parametrize(
    "name",
    ["a.yaml", "dir/a.yaml", "a//b.yaml", "/abs/x/y.yaml", "./rel.yaml", "unit kerja/Surat Masuk – 2024.yaml",
     os.fsdecode(b"bad-\xff-name.yaml"), "dir/"],
)
def test_file_names_come_back_exactly(name: str) -> None:
    # findings are merged into the results by file name: it must round-trip
    index = RepositoryIndex.of([_entry("first/x.yaml"), _entry(name), _entry("first/z.yaml")])
    assert [index.file(n) for n in range(3)] == ["first/x.yaml", name, "first/z.yaml"]


def test_positions_rows_and_titles_are_per_sop() -> None:
    index = RepositoryIndex.of([
        _entry("a.yaml", "1/A", "SOP Surat  Masuk", ("Surat Keluar", "Arsip")),
        _entry("b.yaml"),
        _entry("c.yaml", None, "Surat Keluar.", ("Surat Masuk",)),
    ])
    assert [list(index.related(n)) for n in range(3)] == [[0, 1], [], [2]]
    # the nama as written is the one text kept (the did-you-mean shows it); keys are of the normalised form
    assert list(index.titles()) == [(0, "SOP Surat  Masuk"), (2, "Surat Keluar.")]
    assert index.title(1) is None
    assert index.nomor_keys[1] == repository.NONE and index.title_keys[1] == repository.NONE
    # a mention resolves by key: the title keys of the SOPs and of the mentions agree
    assert index.related_title_keys[2] == index.title_keys[0]
    assert index.related_title_keys[0] == index.title_keys[2]


def test_the_index_keeps_no_texts() -> None:
    """The texts are read back for findings only: an SOP's cost does not depend
    on how long its nomor, nama and keterkaitan are."""
    long = "x" * 2000

    def entries(count: int):
        for n in range(count):
            yield _entry(f"unit/sop-{n:05}.yaml", f"{long}/{n}", f"{long} {n}", (f"{long} a{n}", f"{long} b{n}"))

    index = RepositoryIndex()
    index.add(next(entries(1)))  # the first entry sizes the tables
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for entry in entries(2000):
            index.add(entry)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 8 kB of text per SOP; what stays is the keys, positions and the title
    # (the title of each SOP is the one text kept: the did-you-mean candidates)
    assert grown / 2000 < 2000 + 300, grown / 2000
    assert grown / 2000 > 2000, "the normalised title is expected to be kept"


def test_colliding_keys_are_confirmed_on_the_texts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # every text gets one key: only the texts read back can tell duplicates apart
    monkeypatch.setattr(repository, "key", lambda text: 7)
    _write(tmp_path, {
        "a.yaml": "identitas: {nomor: 1/A/2024, nama: Surat Masuk}",
        "b.yaml": "identitas: {nomor: 2/A/2024, nama: Surat Keluar}",
        "c.yaml": "identitas: {nomor: 1/a/2024, nama: Reses}",
        "d.yaml": "identitas: {nomor: 3/A/2024, nama: SOP surat masuk}",
    })
    _, found = _findings(tmp_path, "duplicate-nomor", "duplicate-nama")
    assert [(Path(f.file).name, f.rule, f.line) for f in found] == [
        ("c.yaml", "duplicate-nomor", 1),
        ("d.yaml", "duplicate-nama", 1),
    ]
    assert "a.yaml" in found[0].message and "1/a/2024" in found[0].message


def test_a_finding_in_every_sop_reads_them_back_within_a_bound(tmp_path: Path) -> None:
    _write(tmp_path, {f"sop-{n:03}.yaml": f"identitas: {{nomor: 1/A/2024, nama: Judul {n}}}" for n in range(150)})
    kept, found = _findings(tmp_path, "duplicate-nomor")
    assert len(found) == 149
    assert all("sop-000.yaml" in f.message and f.snippet.startswith("identitas:") for f in found)
    assert len(kept.index._reread) <= 64


def test_a_file_changed_before_the_read_back_is_no_crash(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.yaml": "identitas: {nomor: 1/A/2024, nama: Surat Masuk}",
        "b.yaml": "identitas: {nomor: 1/A/2024, nama: Surat Keluar, keterkaitan: [Arsip]}",
    })
    registry = default_registry()
    config = build_config(registry, {}, cli_select=["duplicate-nomor", "keterkaitan-unresolved"])
    index = RepositoryIndex.of((r.index for r in lint_paths([tmp_path], config, registry)), config.limits)
    (tmp_path / "b.yaml").write_text("not: [an sop\n", encoding="utf-8")
    found = repository.lint_repository(index, config, registry)
    # decided on the first reading; shown with what can be read now
    assert {f.rule for f in found[str(tmp_path / "b.yaml")]} == {"keterkaitan-unresolved"}
    assert "'?'" in found[str(tmp_path / "b.yaml")][0].message


def test_suggestions_exclude_the_sop_itself_and_show_its_title_as_written(tmp_path: Path) -> None:
    _write(tmp_path, {
        "a.yaml": "identitas: {nama: Pengelolaan Surat Masuk, keterkaitan: [Pengelolaan Surat Masok]}",
        "b.yaml": "identitas: {nama: PENGELOLAAN Surat Keluar, keterkaitan: [SOP Pengelolaan Surat Kluar]}",
    })
    _, found = _findings(tmp_path, "keterkaitan-unresolved")
    assert [(Path(f.file).name, f.message.split("?")[0].rsplit("'", 2)[-2]) for f in found] == [
        ("a.yaml", "PENGELOLAAN Surat Keluar"),
        ("b.yaml", "Pengelolaan Surat Masuk"),
    ]


_titles = st.text(alphabet="abcdeku ", min_size=0, max_size=12)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(word=_titles, candidates=st.lists(_titles, max_size=12, unique=True), cutoff=st.sampled_from([0.6, 0.75]))
def test_closest_agrees_with_get_close_matches(word: str, candidates: list[str], cutoff: float) -> None:
    expected = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    found = closest(word, enumerate(candidates), cutoff=cutoff)
    assert (candidates[found] if found is not None else None) == (expected[0] if expected else None)


@settings(max_examples=200, derandomize=True, deadline=None)
@given(word=_titles, candidates=st.lists(_titles, max_size=40, unique=True), exclude=_titles)
def test_a_small_finder_is_exact(word: str, candidates: list[str], exclude: str) -> None:
    """Up to its shortlist, the finder compares every title: exactly closest()."""
    finder = TitleFinder(enumerate(candidates), shortlist=40)
    kept = [(n, text) for n, text in enumerate(candidates) if text != exclude]
    assert finder.closest(word, 0.75, exclude=exclude) == closest(word, kept, 0.75)


def test_a_large_finder_finds_typos_among_thousands() -> None:
    units = ["Sekretariat", "Bagian Umum", "Bagian Keuangan", "Dinas Pendidikan", "Dinas Kesehatan"]
    subjects = ["Surat Masuk", "Surat Keluar", "Arsip Dinamis", "Cuti Pegawai", "Perjalanan Dinas", "Aset Daerah",
                "Pengaduan Masyarakat", "Rapat Koordinasi", "Kenaikan Pangkat", "Permohonan Informasi"]
    titles = [f"pengelolaan {s} {u} wilayah {n}".lower() for n in range(60) for u in units for s in subjects]
    finder = TitleFinder(enumerate(titles))
    typos = {
        "pengelolaan surat masok sekretariat wilayah 17": "pengelolaan surat masuk sekretariat wilayah 17",
        "pengelolan cuti pegawai dinas kesehatan wilayah 42": "pengelolaan cuti pegawai dinas kesehatan wilayah 42",
        "pengelolaan aset daerah bagian keuangan wilayah 5": "pengelolaan aset daerah bagian keuangan wilayah 5",
    }
    for typo, meant in typos.items():
        found = finder.closest(typo, 0.75)
        assert found is not None and titles[found] == meant, (typo, found is not None and titles[found])
    assert finder.closest("sesuatu yang sama sekali lain", 0.75) is None


def test_every_found_title_reaches_the_cutoff() -> None:
    import random

    rng = random.Random(5)
    words = ["surat", "masuk", "keluar", "arsip", "cuti", "dinas", "aset", "rapat", "pangkat", "informasi"]
    titles = [" ".join(rng.sample(words, 4)) + f" {n}" for n in range(3000)]
    finder = TitleFinder(enumerate(titles))
    for _ in range(200):
        word = " ".join(rng.sample(words, 4)) + f" {rng.randrange(3000)}"
        found = finder.closest(word, 0.75)
        if found is not None:
            assert difflib.SequenceMatcher(None, titles[found], word).ratio() >= 0.75


# --------------------------------------------------------------------------- foreign repository rules


def _repository_run(tmp_path: Path, check, count: int = 3):
    from dataclasses import replace

    from soplint.registry import _installed_sources, build_registry
    from soplint.rule import Rule
    from soplint.findings import Severity

    doc = (
        "Across SOPs.\n\nWhat it checks\n--------------\nNothing.\n\nWhy\n---\nBasis: —.\n\n"
        "Fails\n-----\n::\n\n    # a.yaml: identitas: {nama: A}\n\nPasses\n------\n::\n\n    # a.yaml: identitas: {nama: A}\n"
    )
    rule = Rule(name="lintas-sop", code="X990", severity=Severity.WARNING, basis="—", stage="repository",
                messages={"id": {"m": "pesan"}, "en": {"m": "message"}}, check=check, doc=doc)
    registry = build_registry([*_installed_sources(), ("test plugin", rule)])
    config = build_config(registry, {}, cli_select=["lintas-sop", "rule-error"])
    _write(tmp_path, {f"sop-{n}.yaml": f"identitas: {{nomor: {n}/A, nama: Judul {n}}}" for n in range(count)})
    index = RepositoryIndex.of((r.index for r in lint_paths([tmp_path], config, registry)), config.limits)
    found = repository.lint_repository(index, config, registry)
    return sorted(((Path(f.file).name, f.rule, f.message) for fs in found.values() for f in fs))


def _at(number: int):
    from soplint.findings import Violation

    return number, Violation(("identitas", "nama"), "m", {}, line=0, column=0)


def test_a_repository_rule_that_raises_keeps_what_it_found(tmp_path: Path) -> None:
    def check(index, graph, options):
        yield _at(1)
        raise ValueError("rusak")

    found = _repository_run(tmp_path, check)
    assert [(f, r) for f, r, _ in found] == [("sop-0.yaml", "rule-error"), ("sop-1.yaml", "lintas-sop")]
    assert "rusak" in found[0][2]


@pytest.mark.parametrize("junk", [42, (1,), ("a", None), (7, None), (-1, "x"), (True, "x"), (99, "v")])
def test_a_repository_rule_yielding_junk_is_a_rule_error(tmp_path: Path, junk) -> None:
    def check(index, graph, options):
        if junk[1:] == ("v",):
            yield _at(99)  # no SOP 99 among three
        else:
            yield junk

    assert [r for _, r, _ in _repository_run(tmp_path, check)] == ["rule-error"]


def test_a_repository_rule_calling_exit_is_a_rule_error(tmp_path: Path) -> None:
    def check(index, graph, options):
        raise SystemExit(3)
        yield  # pragma: no cover

    assert [r for _, r, _ in _repository_run(tmp_path, check)] == ["rule-error"]


def test_a_repository_rule_yielding_without_end_is_stopped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from soplint import engine

    monkeypatch.setattr(engine, "MAX_VIOLATIONS_PER_RULE", 1000)

    def check(index, graph, options):
        while True:
            yield _at(2)

    found = _repository_run(tmp_path, check)
    # 100 kept, the rest counted in one, and the rule reported as broken
    assert [r for _, r, _ in found].count("lintas-sop") == 101
    assert [r for _, r, _ in found].count("rule-error") == 1
    # the limit is 1,000 + 100 a file for 3 files: 1,300 yielded, 100 shown
    assert [m for _, r, m in found if r == "lintas-sop" and m != "pesan"] == [
        "... dan 1200 temuan lain dari aturan ini di berkas ini (hanya 100 pertama yang ditampilkan)."
    ]


# --------------------------------------------------------------------------- linear time


def _sops(kind: str, size: int) -> dict[str, str]:
    if kind == "keterkaitan":  # one SOP naming thousands of unknown SOPs, and one more to compare with
        related = ", ".join(f"Prosedur Tidak Dikenal {n}" for n in range(size))
        return {"a.yaml": f"identitas: {{nama: Surat Masuk, keterkaitan: [{related}]}}",
                "b.yaml": "identitas: {nama: Surat Keluar}"}
    if kind == "unknown":  # every SOP names two unknown SOPs, every title distinct
        return {f"sop-{n:05}.yaml": f"identitas: {{nama: Pengelolaan Surat Seksi {n}, "
                                    f"keterkaitan: [Pengelolaan Surat Wilayah {n}, Arsip Seksi {n}]}}" for n in range(size)}
    return {f"sop-{n:05}.yaml": f"identitas: {{nomor: 1/A/2024, nama: Surat {n}}}" for n in range(size)}


def _stage_seconds(root: Path, kind: str, size: int) -> float:
    import time

    _write(root, _sops(kind, size))
    registry = default_registry()
    config = build_config(registry, {}, cli_select=["duplicate-nomor", "duplicate-nama", "keterkaitan-unresolved"])
    entries = [r.index for r in lint_paths([root], config, registry)]
    best = float("inf")
    for _ in range(2):
        index = RepositoryIndex.of(entries, config.limits)  # fresh: nothing read back yet
        start = time.perf_counter()
        repository.lint_repository(index, config, registry)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("kind, small, large", [("keterkaitan", 2000, 8000), ("unknown", 100, 400), ("duplicate", 100, 400)])
def test_the_repository_stage_takes_linear_time(tmp_path: Path, kind: str, small: int, large: int) -> None:
    """Four times the SOPs (or the keterkaitan of one) may cost the repository
    stage about four times the time, with room for noise: not sixteen."""
    t_small = _stage_seconds(tmp_path / "small", kind, small)
    t_large = _stage_seconds(tmp_path / "large", kind, large)
    assert t_large < 0.05 or t_large < 9 * max(t_small, 0.002), f"{t_small * 1000:.1f} ms -> {t_large * 1000:.1f} ms"
