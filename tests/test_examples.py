"""The bundled example repository stays true to what it claims.

- ``examples/sekretariat-dprd/``: clean SOPs. Each gives no finding with the
  ``recommended`` preset, and together they form one consistent repository
  (one nomor pattern, no repeated nomor or nama, keterkaitan naming SOPs of
  the set).
- ``examples/sop-bermasalah/``: SOPs with the defects seen in real SOPs. Each
  defect is named by a ``# cacat: <rule>[, <rule>...]`` comment on the line
  where its finding points. For every named rule that is installed there is a
  finding of that rule on that line, and every finding of the file is named
  by such a comment. Rules not installed yet are skipped, not failed: the
  examples are written ahead of some rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from soplint.config import Config, build_config
from soplint.engine import FileResult, lint_file
from soplint.findings import Finding
from soplint.loader import load
from soplint.model import build_document
from soplint.registry import Registry, default_registry

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CLEAN = sorted((EXAMPLES / "sekretariat-dprd").glob("*.yaml"))
DEFECTIVE = sorted((EXAMPLES / "sop-bermasalah").glob("*.yaml"))
SCHEMA_MODELINE = "# yaml-language-server: $schema=../../schemas/sop-ap.schema.json"

#: The agency's nomor pattern (its own tata naskah dinas): klasifikasi/urut/SETWAN/tahun.
NOMOR_PATTERN = r"^100\.3\.4/\d{3}/SETWAN/\d{4}$"

#: Every rule name of RULES.md, so that a misspelt ``# cacat:`` comment fails
#: even while its rule is not installed.
KNOWN_RULES = frozenset(
    """
    yaml-syntax duplicate-key schema encoding yaml-feature-not-allowed too-large
    identitas-missing-field date-invalid date-order nip-invalid nomor-format dasar-hukum-format
    dasar-hukum-date dasar-hukum-revoked peringatan-no-consequence nama-not-activity
    actor-undeclared actor-unused actor-duplicate multi-actor-step jenis-mismatch
    symbol-not-allowed step-ref-unknown step-number-mismatch start-terminator end-terminator
    end-has-successor decision-branches decision-same-target decision-not-question self-loop
    dead-end unreachable-step no-path-to-end hidden-decision
    mutu-baku-missing waktu-unparseable activity-passive activity-has-subject
    duplicate-nomor duplicate-nama keterkaitan-unresolved
    monitoring-overdue monitoring-invalid evaluation-incomplete review-overdue
    rule-error suppression-unused suppression-no-reason
    """.split()
)

# "# cacat: activity-passive, mutu-baku-missing" at the end of a line (or alone on it).
_CACAT = re.compile(r"(?:^|\s)#\s*cacat:\s*(?P<rules>.+?)\s*$")


@lru_cache(maxsize=1)
def _registry() -> Registry:
    return default_registry()


@lru_cache(maxsize=1)
def _recommended() -> Config:
    return build_config(_registry())


def _lint(path: Path, config: Config | None = None) -> FileResult:
    if config is None:
        return _lint_recommended(path)
    return lint_file(path, config, _registry())


@lru_cache(maxsize=None)
def _lint_recommended(path: Path) -> FileResult:
    return lint_file(path, _recommended(), _registry())


def _show(findings: tuple[Finding, ...] | list[Finding]) -> str:
    return "\n".join(f"  line {f.line}: {f.rule} at {f.path}: {f.message}" for f in findings)


def named_defects(text: str) -> list[tuple[int, str]]:
    """(1-based line, rule) for every rule named by a ``# cacat:`` comment."""
    named = []
    for number, line in enumerate(text.splitlines(), start=1):
        if m := _CACAT.search(line):
            named.extend((number, rule.strip()) for rule in m["rules"].split(",") if rule.strip())
    return named


def _plain(path: Path):
    loaded = load(path.read_bytes())
    assert loaded.data is not None, f"{path.name} did not load"
    return loaded.data


def _ids(paths: list[Path]) -> list[str]:
    return [p.stem for p in paths]


def test_the_example_folders_are_there() -> None:
    assert len(CLEAN) >= 10
    assert len(DEFECTIVE) >= 5


# --------------------------------------------------------------------------- clean SOPs


@pytest.mark.parametrize("path", CLEAN, ids=_ids(CLEAN))
def test_clean_sop_has_no_finding(path: Path) -> None:
    result = _lint(path)
    assert result.checked
    assert not result.findings, f"{path.name} should be clean but has:\n{_show(result.findings)}"


@pytest.mark.parametrize("path", CLEAN, ids=_ids(CLEAN))
def test_clean_sop_follows_the_agency_nomor_pattern(path: Path) -> None:
    """nomor-format is off until an agency configures its pattern: configure ours."""
    if "nomor-format" not in _registry().rules:
        pytest.skip("nomor-format is not installed yet")
    config = build_config(_registry(), {"rules": {"nomor-format": {"pattern": NOMOR_PATTERN}}})
    result = _lint(path, config)
    assert not result.findings, f"{path.name}:\n{_show(result.findings)}"


@pytest.mark.parametrize("path", CLEAN + DEFECTIVE, ids=_ids(CLEAN + DEFECTIVE))
def test_every_example_names_its_schema(path: Path) -> None:
    assert path.read_text(encoding="utf-8").splitlines()[0] == SCHEMA_MODELINE


def test_clean_sops_form_one_consistent_repository() -> None:
    """Stricter than the repository rules: the nomor carries the file's number
    and the year the SOP was made, and keterkaitan gives another SOP's nama exactly."""
    docs = {path.name: build_document(_plain(path)) for path in CLEAN}
    nomors = [doc.identitas.nomor for doc in docs.values()]
    namas = [doc.identitas.nama for doc in docs.values()]
    assert len(set(nomors)) == len(nomors), "two clean SOPs share a nomor"
    assert len(set(namas)) == len(namas), "two clean SOPs share a nama"
    for name, doc in docs.items():
        identitas = doc.identitas
        assert re.match(NOMOR_PATTERN, identitas.nomor or ""), f"{name}: nomor {identitas.nomor!r}"
        # the nomor's sequence number is the file's, and its year the year the SOP was made
        sequence, year = identitas.nomor.split("/")[1], identitas.nomor.split("/")[3]
        assert name.startswith(sequence[1:] + "-"), f"{name}: nomor {identitas.nomor} does not match the file number"
        assert identitas.tanggal_pembuatan and identitas.tanggal_pembuatan.value
        assert int(year) == identitas.tanggal_pembuatan.value.year, f"{name}: nomor year {year}"
        for entry in identitas.keterkaitan or ():
            assert entry.text in namas, f"{name}: keterkaitan {entry.text!r} names no SOP of the set"
            assert entry.text != identitas.nama, f"{name}: an SOP is not related to itself"


@pytest.mark.parametrize("folder", [CLEAN, CLEAN + DEFECTIVE], ids=["sekretariat-dprd", "both-folders"])
def test_repository_rules_find_nothing_across_the_examples(folder: list[Path]) -> None:
    """Across files (duplicate nomor or nama, keterkaitan naming no SOP of the set)
    the examples are clean too, alone and checked together with the defective set."""
    from soplint.repository import lint_repository

    registry = _registry()
    if not any(rule.stage == "repository" and name in _recommended().rules for name, rule in registry.rules.items()):
        pytest.skip("no repository rule is installed yet")
    entries = [result.index for result in map(_lint, folder) if result.index is not None]
    assert len(entries) == len(folder)
    by_file = lint_repository(entries, _recommended(), registry)
    findings = [f for found in by_file.values() for f in found]
    assert not findings, "\n".join(f"{f.file}:{f.line}: {f.rule}: {f.message}" for f in findings)


# --------------------------------------------------------------------------- defective SOPs


def _expectations() -> list[tuple[Path, int, str]]:
    return [(path, line, rule) for path in DEFECTIVE for line, rule in named_defects(path.read_text(encoding="utf-8"))]


EXPECTATIONS = _expectations()


@pytest.mark.parametrize("path", DEFECTIVE, ids=_ids(DEFECTIVE))
def test_defective_sop_names_known_rules_and_lists_them_up_front(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    named = named_defects(text)
    assert named, f"{path.name} names no defect (# cacat: <rule>)"
    unknown = sorted({rule for _, rule in named} - KNOWN_RULES)
    assert not unknown, f"{path.name}: no such rule {unknown}"
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    listed = set(re.findall(r"[a-z]+(?:-[a-z]+)+", "\n".join(header)))
    missing = sorted({rule for _, rule in named} - listed)
    assert not missing, f"{path.name}: the opening comment does not list {missing}"


@pytest.mark.parametrize(
    "path, line, rule", EXPECTATIONS, ids=[f"{p.stem}:{line}:{rule}" for p, line, rule in EXPECTATIONS]
)
def test_named_defect_is_found_on_its_line(path: Path, line: int, rule: str) -> None:
    if rule not in _registry().rules:
        pytest.skip(f"{rule} is not installed yet")
    if rule not in _recommended().rules:
        pytest.skip(f"{rule} is not in the recommended preset")
    result = _lint(path)
    found = [f for f in result.findings if f.rule == rule]
    assert any(f.line == line for f in found), (
        f"{path.name}: expected {rule} on line {line}; {rule} found on "
        f"{[f.line for f in found] or 'no line'}; all findings:\n{_show(result.findings)}"
    )


@pytest.mark.parametrize("path", DEFECTIVE, ids=_ids(DEFECTIVE))
def test_every_finding_of_a_defective_sop_is_named(path: Path) -> None:
    named = set(named_defects(path.read_text(encoding="utf-8")))
    result = _lint(path)
    unnamed = [f for f in result.findings if (f.line, f.rule) not in named]
    assert not unnamed, f"{path.name} has findings no '# cacat:' comment names:\n{_show(unnamed)}"


def test_named_defects_parse() -> None:
    text = (
        "# Berkas ini memuat cacat berikut:\n"
        "  - kegiatan: Surat diterima  # cacat: activity-passive, mutu-baku-missing\n"
        "    waktu: segera #cacat: waktu-unparseable\n"
        "    kegiatan: 'Mencatat # bukan komentar'\n"
    )
    assert named_defects(text) == [(2, "activity-passive"), (2, "mutu-baku-missing"), (3, "waktu-unparseable")]
