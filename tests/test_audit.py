"""``soplint audit``: the Inspektorat's report over tests/data/audit/, a small
fixed inventory of two units of Pemerintah Kabupaten Contoh, audited on
1 Desember 2026:

    setwan/01-pengelolaan-surat-masuk.yaml         clean: monitored 13 Juli 2026, evaluated
    setwan/02-penyusunan-risalah-rapat.yaml        tanggal_revisi 30 Juni 2025 passed, last evaluation before it
    setwan/03-penerimaan-aspirasi-masyarakat.yaml  cites UU 32/2004 (revoked); a suppression with a reason
    organisasi/01-penyusunan-analisis-jabatan.yaml in force since 3 Maret 2025, never monitored;
                                                   a suppression without a reason
    organisasi/02-penyusunan-laporan-kinerja.yaml  markup in nama, a formula in nomor, a keputusan with only
                                                   ya (error), a monitoring record dated after the audit date (error)
    organisasi/daftar-unit.yaml                    not an SOP: passed over

Golden files: tests/golden/audit-*; regenerate with
``SOPLINT_UPDATE_GOLDEN=1 python -m pytest tests/test_audit.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from soplint import __version__
from soplint.audit import render
from soplint.audit.collect import run_audit
from soplint.audit.csv import BOM, FINDING_COLUMNS, SOP_COLUMNS, safe_cell
from soplint.audit.model import AuditFinding, RuleInfo, RuleSet, SopFacts, build_audit, summarise_sop
from soplint.audit.options import csv_delimiter, report_format
from soplint.cli import main
from soplint.config import build_config
from soplint.findings import Severity
from soplint.registry import default_registry

DATA = Path(__file__).parent / "data" / "audit"
GOLDEN = Path(__file__).parent / "golden"
AUDIT_DATE = "2026-12-01"
INJECTION = "<script>alert(1)</script>"
ORG = "Bagian Organisasi Sekretariat Daerah Kabupaten Contoh"
SETWAN = "Sekretariat DPRD Kabupaten Contoh"
INSTANSI = "Pemerintah Kabupaten Contoh"


def _run(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _report(tmp_path: Path, capsys, *extra: str, name: str = "report.out") -> bytes:
    target = tmp_path / name
    code, _, err = _run(["audit", "--isolated", "--tanggal-audit", AUDIT_DATE, *extra, "-o", str(target), "."], capsys)
    assert code == 0, err
    return target.read_bytes()


@pytest.fixture
def inventory(monkeypatch) -> Path:
    """Run from inside the inventory, so that file names are short and relative."""
    monkeypatch.chdir(DATA)
    monkeypatch.setenv("NO_COLOR", "1")
    return DATA


@pytest.fixture(scope="module")
def audit():
    registry = default_registry()
    config = build_config(registry, {"extends": "audit"}, cli_audit_date=AUDIT_DATE)
    here = Path.cwd()
    os.chdir(DATA)
    try:
        return run_audit(["."], config, registry, tanggal_audit=date(2026, 12, 1), version=__version__,
                         how=RuleSet("audit", None, len(config.rules)))
    finally:
        os.chdir(here)


# --------------------------------------------------------------------------- golden files


GOLDENS = [
    ("audit-id.html", ["--format", "html"]),
    ("audit-en.html", ["--format", "html", "--lang", "en"]),
    ("audit-findings.csv", ["--format", "csv"]),
    ("audit-sop.csv", ["--format", "csv-sop"]),
    ("audit-report.json", ["--format", "json"]),
]


@pytest.mark.parametrize("name, extra", GOLDENS, ids=[g[0] for g in GOLDENS])
def test_golden(inventory, tmp_path, capsys, name, extra) -> None:
    output = _report(tmp_path, capsys, *extra)
    golden = GOLDEN / name
    if os.environ.get("SOPLINT_UPDATE_GOLDEN"):
        golden.write_bytes(output)
    assert output == golden.read_bytes(), f"{name} is stale: SOPLINT_UPDATE_GOLDEN=1 python -m pytest tests/test_audit.py"


@pytest.mark.parametrize("fmt", ["html", "csv", "csv-sop", "json", "text"])
def test_two_runs_give_the_same_bytes(inventory, tmp_path, capsys, fmt) -> None:
    first = _report(tmp_path, capsys, "--format", fmt, name="first")
    second = _report(tmp_path, capsys, "--format", fmt, name="second")
    assert first == second
    # no absolute path: the report does not depend on where the repository lies
    assert str(DATA.resolve()).encode() not in first


def test_same_report_from_another_folder(monkeypatch, tmp_path, capsys) -> None:
    """Paths are shown as given: from the repository root they carry the prefix, nothing else changes."""
    monkeypatch.chdir(DATA.parent)
    target = tmp_path / "a.json"
    assert main(["audit", "--isolated", "--tanggal-audit", AUDIT_DATE, "--format", "json", "-o", str(target), "audit"]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [s["file"] for s in data["sops"]][0] == "audit/organisasi/01-penyusunan-analisis-jabatan.yaml"
    golden = json.loads((GOLDEN / "audit-report.json").read_text(encoding="utf-8"))
    assert data["summary"] == golden["summary"] and data["units"] == golden["units"]


# --------------------------------------------------------------------------- figures by hand


def test_summary_figures(audit) -> None:
    assert audit.checked == 5
    assert audit.skipped == 1  # organisasi/daftar-unit.yaml
    assert audit.flagged("invalid") == 1
    assert audit.flagged("review_overdue") == 1
    assert audit.flagged("monitoring_overdue") == 1
    assert audit.flagged("revoked") == 1
    assert (audit.total(Severity.ERROR), audit.total(Severity.WARNING), audit.total(Severity.INFO)) == (2, 4, 0)
    assert audit.tanggal_audit == date(2026, 12, 1)
    assert audit.instansi == (INSTANSI,)
    assert audit.flags_checked == {"review_overdue", "monitoring_overdue", "revoked", "invalid"}


def test_unit_figures(audit) -> None:
    org, setwan = audit.units
    assert (org.instansi, org.unit_kerja) == (INSTANSI, ORG)
    assert (org.sops, org.invalid, org.compliant, org.compliance) == (2, 1, 1, 0.5)
    assert (org.review_overdue, org.monitoring_overdue, org.revoked) == (0, 1, 0)
    assert (org.errors, org.warnings, org.infos) == (2, 2, 0)
    assert setwan.unit_kerja == SETWAN
    assert (setwan.sops, setwan.invalid, setwan.compliant, setwan.compliance) == (3, 0, 3, 1.0)
    assert (setwan.review_overdue, setwan.monitoring_overdue, setwan.revoked) == (1, 0, 1)
    assert (setwan.errors, setwan.warnings, setwan.infos) == (0, 2, 0)


def test_sop_facts_and_flags(audit) -> None:
    by_file = {s.facts.file: s for s in audit.sops}
    assert list(by_file) == [  # by unit, then file
        "organisasi/01-penyusunan-analisis-jabatan.yaml",
        "organisasi/02-penyusunan-laporan-kinerja.yaml",
        "setwan/01-pengelolaan-surat-masuk.yaml",
        "setwan/02-penyusunan-risalah-rapat.yaml",
        "setwan/03-penerimaan-aspirasi-masyarakat.yaml",
    ]
    clean = by_file["setwan/01-pengelolaan-surat-masuk.yaml"]
    assert clean.facts == SopFacts(
        file="setwan/01-pengelolaan-surat-masuk.yaml", instansi=INSTANSI, unit_kerja=SETWAN,
        nomor="100.3.4/006/SETWAN/2023", nama="Pengelolaan Surat Masuk", tanggal_efektif="2023-11-13",
        tanggal_revisi="-", monitoring_terakhir="2026-07-13", evaluasi_terakhir="2026-01-20",
    )
    assert not clean.findings and not any(clean.flag(f) for f in ("review_overdue", "monitoring_overdue", "revoked", "invalid"))

    stale = by_file["setwan/02-penyusunan-risalah-rapat.yaml"]
    assert stale.review_overdue and not stale.invalid
    assert (stale.facts.tanggal_revisi, stale.facts.evaluasi_terakhir) == ("2025-06-30", "2024-12-02")

    revoked = by_file["setwan/03-penerimaan-aspirasi-masyarakat.yaml"]
    assert revoked.revoked and [f.rule for f in revoked.findings] == ["dasar-hukum-revoked"]  # the suppressed one is gone

    unmonitored = by_file["organisasi/01-penyusunan-analisis-jabatan.yaml"]
    assert unmonitored.monitoring_overdue and unmonitored.facts.monitoring_terakhir == ""
    assert [f.rule for f in unmonitored.findings] == ["monitoring-overdue", "suppression-no-reason"]

    hostile = by_file["organisasi/02-penyusunan-laporan-kinerja.yaml"]
    assert hostile.invalid and hostile.errors == 2
    assert hostile.facts.nama == f"Penyusunan Laporan Kinerja {INJECTION}"
    # the record dated 11 Januari 2027 lies after the audit date: it proves nothing yet
    assert hostile.facts.monitoring_terakhir == "2026-07-13"


def test_rule_figures(audit) -> None:
    rows = {r.name: r for r in audit.rules}
    assert len(rows) == len(build_config(default_registry(), {"extends": "audit"}).rules)  # every active rule
    found = {name: (r.count, r.sops) for name, r in rows.items() if r.count}
    assert found == {
        "decision-branches": (1, 1), "monitoring-invalid": (1, 1), "monitoring-overdue": (1, 1),
        "review-overdue": (1, 1), "dasar-hukum-revoked": (1, 1), "suppression-no-reason": (1, 1),
    }
    assert (rows["dasar-hukum-revoked"].code, rows["dasar-hukum-revoked"].basis) == ("I108", "PRACTICE")
    assert rows["review-overdue"].severity is Severity.WARNING
    assert [r.code for r in audit.rules] == sorted(r.code for r in audit.rules)


def test_suppressions_with_their_reasons(audit) -> None:
    listed = [(s.file, s.line, s.rules, s.reason, s.covers_line) for s in audit.suppressions]
    assert listed == [
        ("organisasi/01-penyusunan-analisis-jabatan.yaml", 15, ("nip-invalid",), "", 15),
        ("setwan/03-penerimaan-aspirasi-masyarakat.yaml", 38, ("activity-has-subject",),
         '"Pimpinan DPRD" adalah pihak yang menerima aspirasi, bukan pelaksana langkah', 39),
    ]


# --------------------------------------------------------------------------- HTML


def test_html_escapes_what_comes_from_sop_files(inventory, tmp_path, capsys) -> None:
    html = _report(tmp_path, capsys, "--format", "html").decode("utf-8")
    assert INJECTION not in html
    assert "<script" not in html.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "=HYPERLINK(&quot;http://contoh.invalid&quot;,&quot;klik&quot;)" in html


def test_html_is_self_contained_and_printable(inventory, tmp_path, capsys) -> None:
    html = _report(tmp_path, capsys, "--format", "html").decode("utf-8")
    for external in ("<link", "<img", "src=", "@import", "url(", "@font-face", "<iframe", "<object"):
        assert external not in html, external
    assert '<html lang="id">' in html and "<title>Laporan Audit SOP: 1 Desember 2026</title>" in html
    assert "@page { size: A4" in html and "thead { display: table-header-group; }" in html
    assert "break-before: page" in html
    for heading in ("Ringkasan", "Perbandingan unit kerja", "Daftar SOP", "Aturan yang diperiksa", "Temuan per SOP",
                    "Pengecualian"):
        assert heading in html
    # flags and severities are words, not colours
    assert "Tanggal revisi lewat" in html and "Dasar hukum dicabut" in html and ">galat<" in html
    assert "color: red" not in html
    # the basis tags with their legend
    assert "<dt>PRACTICE</dt>" in html and "<dt>INFERRED</dt>" in html and "bukan ketentuan peraturan" in html
    assert "(tanpa alasan" in html  # a suppression without a reason is shown as such


def test_html_in_english(inventory, tmp_path, capsys) -> None:
    html = _report(tmp_path, capsys, "--format", "html", "--lang", "en").decode("utf-8")
    assert '<html lang="en">' in html and "SOP Audit Report" in html and "1 December 2026" in html
    assert "The revision date 30 June 2025" not in html  # rule messages keep their ISO dates in English
    assert "The revision date 2025-06-30" in html
    assert "not a provision of the regulation" in html


# --------------------------------------------------------------------------- CSV


def _rows(data: bytes, delimiter: str = ";") -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith(BOM)
    return list(csv.reader(io.StringIO(text[len(BOM):]), delimiter=delimiter))


def test_csv_one_row_per_finding(inventory, tmp_path, capsys) -> None:
    rows = _rows(_report(tmp_path, capsys, "--format", "csv"))
    assert tuple(rows[0]) == FINDING_COLUMNS
    assert len(rows) == 1 + 6
    revoked = next(dict(zip(rows[0], r)) for r in rows[1:] if r[5] == "dasar-hukum-revoked")
    assert revoked["unit_kerja"] == SETWAN and revoked["code"] == "I108" and revoked["basis"] == "PRACTICE"
    assert revoked["severity"] == "warning" and revoked["line"] == "17" and revoked["step"] == ""
    decision = next(dict(zip(rows[0], r)) for r in rows[1:] if r[5] == "decision-branches")
    assert decision["step"] == "2" and decision["severity"] == "error"


def test_csv_one_row_per_sop(inventory, tmp_path, capsys) -> None:
    rows = _rows(_report(tmp_path, capsys, "--format", "csv-sop"))
    assert tuple(rows[0]) == SOP_COLUMNS
    by_file = {r[2]: dict(zip(rows[0], r)) for r in rows[1:]}
    assert len(by_file) == 5
    stale = by_file["setwan/02-penyusunan-risalah-rapat.yaml"]
    assert (stale["review_overdue"], stale["monitoring_overdue"], stale["invalid"], stale["warnings"]) == ("1", "0", "0", "1")
    assert by_file["setwan/01-pengelolaan-surat-masuk.yaml"]["tanggal_revisi"] == "-"  # a lone dash is no formula


def test_csv_neutralises_formulas(inventory, tmp_path, capsys) -> None:
    for fmt in ("csv", "csv-sop"):
        rows = _rows(_report(tmp_path, capsys, "--format", fmt))
        nomor = {r[3] for r in rows[1:] if r[2] == "organisasi/02-penyusunan-laporan-kinerja.yaml"}
        assert nomor == {"'=HYPERLINK(\"http://contoh.invalid\",\"klik\")"}
        for row in rows[1:]:
            assert not any(cell.startswith(("=", "+", "@")) or (cell.startswith("-") and cell != "-") for cell in row)


@pytest.mark.parametrize("text, safe", [
    ("=1+1", "'=1+1"), ("+62 21 555", "'+62 21 555"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\t=1", "'\t=1"), ("-", "-"), ("Pengelolaan Surat", "Pengelolaan Surat"), ("1+1", "1+1"), ("", ""), (12, "12"),
])
def test_safe_cell(text, safe) -> None:
    assert safe_cell(text) == safe


def test_csv_delimiter(inventory, tmp_path, capsys) -> None:
    comma = _rows(_report(tmp_path, capsys, "--format", "csv-sop", "--csv-delimiter", ","), ",")
    tab = _rows(_report(tmp_path, capsys, "--format", "csv-sop", "--csv-delimiter", "tab"), "\t")
    assert comma == tab and tuple(comma[0]) == SOP_COLUMNS
    assert csv_delimiter(";") == ";" and csv_delimiter("tab") == "\t"
    assert csv_delimiter(";;") is None and csv_delimiter('"') is None and csv_delimiter("a") is None


# --------------------------------------------------------------------------- the command


def test_cli_text_to_stdout(inventory, capsys) -> None:
    code, out, err = _run(["audit", "--isolated", "--tanggal-audit", "1 Desember 2026", "."], capsys)
    assert code == 0, err  # a report, not a gate: findings do not fail it
    assert "Laporan Audit SOP" in out and "Tanggal audit: 1 Desember 2026 (2026-12-01)" in out
    assert "SOP dengan galat: 1 (20,0%)" in out and "preset audit" in out
    assert f"{ORG} ({INSTANSI}): 2 SOP, 1 tanpa galat (50,0%)" in out


def test_cli_format_from_output_suffix(inventory, tmp_path, capsys) -> None:
    target = tmp_path / "laporan.html"
    code, out, err = _run(["audit", "--isolated", "--tanggal-audit", AUDIT_DATE, "-o", str(target), "."], capsys)
    assert code == 0 and out == ""
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert "2026-12-01" in err and str(target) in err
    assert report_format(None, "temuan.CSV") == "csv" and report_format(None, "x.txt") == "text"
    assert report_format("json", "x.html") == "json" and report_format(None, None) == "text"


def test_cli_without_date_uses_today_and_says_so(inventory, capsys) -> None:
    before = date.today()
    code, out, _ = _run(["audit", "--isolated", "--format", "json", "."], capsys)
    assert code == 0
    used = json.loads(out)["tanggal_audit"]
    assert used in {before.isoformat(), date.today().isoformat()}


def test_cli_date_from_configuration_reaches_the_report(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(DATA)
    config = tmp_path / "audit.yaml"
    config.write_text("tanggal_audit: 2025-06-30\n", encoding="utf-8")
    code, out, err = _run(["audit", "--config", str(config), "--format", "json", "."], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert data["tanggal_audit"] == "2025-06-30"
    assert data["rule_set"]["preset"] == "audit"  # no extends in the file: the audit preset
    assert data["summary"]["review_overdue"] == 0  # 30 Juni 2025 is not yet past on 30 Juni 2025


def test_cli_configuration_choosing_its_preset(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(DATA)
    config = tmp_path / "audit.yaml"
    config.write_text("extends: recommended\n", encoding="utf-8")
    code, out, _ = _run(["audit", "--config", str(config), "--tanggal-audit", AUDIT_DATE, "--format", "json", "."], capsys)
    assert code == 0
    data = json.loads(out)
    assert data["rule_set"]["preset"] == "recommended"
    # the lifecycle rules did not run: their flags are unknown, not "no"
    assert data["summary"]["review_overdue"] is None and data["summary"]["revoked"] == 1
    assert data["sops"][0]["flags"]["monitoring_overdue"] is None
    code, out, _ = _run(["audit", "--config", str(config), "--tanggal-audit", AUDIT_DATE, "."], capsys)
    assert "tidak diperiksa (aturan monitoring-overdue tidak aktif)" in out


@pytest.mark.parametrize("args, message", [
    (["--tanggal-audit", "31 Februari 2026", "."], "Konfigurasi tidak valid"),
    (["--tanggal-audit", AUDIT_DATE, "tidak-ada/"], "Path tidak ditemukan: tidak-ada/"),
    (["--csv-delimiter", ";;", "."], "--csv-delimiter"),
    (["--format", "pdf", "."], "invalid choice"),
    (["--config", "tidak-ada.yaml", "."], "no such configuration file"),
])
def test_cli_usage_errors_exit_2(inventory, capsys, args, message) -> None:
    try:
        code, out, err = _run(["audit", "--isolated", *args] if "--config" not in args else ["audit", *args], capsys)
    except SystemExit as exit:  # argparse's own refusals
        code, (out, err) = exit.code, capsys.readouterr()
    assert code == 2
    assert message in err and "Traceback" not in err


def test_cli_unwritable_output_is_a_message(inventory, tmp_path, capsys) -> None:
    code, _, err = _run(["audit", "--isolated", "--tanggal-audit", AUDIT_DATE, "-o", str(tmp_path / "no" / "r.html"), "."],
                        capsys)
    assert code == 2 and "Laporan tidak dapat ditulis" in err and "Traceback" not in err


def test_broken_files_and_repeated_paths(tmp_path, monkeypatch, capsys) -> None:
    """A file that does not parse is still an SOP of the inventory (with an error, unit
    not stated), its exceptions are still listed; a file named twice counts once."""
    good = (DATA / "setwan" / "01-pengelolaan-surat-masuk.yaml").read_text(encoding="utf-8")
    (tmp_path / "baik.yaml").write_text(good, encoding="utf-8")
    (tmp_path / "rusak.yaml").write_text(
        "identitas:\n  nama: [Pengelolaan\n# soplint: disable-file=schema -- draf lama\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = _run(["audit", "--isolated", "--tanggal-audit", AUDIT_DATE, "--format", "json",
                           "baik.yaml", ".", "./baik.yaml"], capsys)
    assert code == 0, err
    data = json.loads(out)
    assert [s["file"] for s in data["sops"]] == ["baik.yaml", "rusak.yaml"]
    broken = data["sops"][1]
    assert broken["flags"]["invalid"] is True and broken["unit_kerja"] == "" and broken["nama"] == ""
    assert [u["unit_kerja"] for u in data["units"]] == [SETWAN, ""]  # units that say nothing come last
    assert [(s["file"], s["reason"]) for s in data["suppressions"]] == [("rusak.yaml", "draf lama")]


# --------------------------------------------------------------------------- the model, pure


def _finding(rule: str, severity: Severity) -> AuditFinding:
    return AuditFinding(rule, "X000", severity, 3, 1, None, "identitas", "pesan")


def test_model_flags_come_from_findings() -> None:
    sop = summarise_sop(SopFacts("a.yaml"), [_finding("review-overdue", Severity.WARNING),
                                             _finding("dasar-hukum-revoked", Severity.ERROR)])
    assert sop.review_overdue and sop.revoked and sop.invalid and not sop.monitoring_overdue
    assert (sop.errors, sop.warnings, sop.infos) == (1, 1, 0)


def test_model_flags_of_inactive_rules_are_not_checked() -> None:
    rules = [RuleInfo("dasar-hukum-revoked", "I108", "PRACTICE", Severity.WARNING)]
    audit = build_audit([summarise_sop(SopFacts("a.yaml"), [])], rules, [], tanggal_audit=date(2026, 12, 1),
                        version="0", lang="id", how=RuleSet("recommended", None, 1))
    assert audit.flags_checked == {"revoked", "invalid"}
    assert [(r.name, r.count, r.sops) for r in audit.rules] == [("dasar-hukum-revoked", 0, 0)]
    for fmt in ("html", "text"):
        assert "tidak diperiksa (aturan review-overdue tidak aktif)" in render(fmt, audit)
    assert render("csv-sop", audit).splitlines()[1].endswith(";;;;0;0;0;0;0;0")  # empty cells for unknown flags


def test_model_an_empty_inventory_renders() -> None:
    audit = build_audit([], [], [], tanggal_audit=date(2026, 12, 1), version="0", lang="en",
                        how=RuleSet("audit", None, 0))
    for fmt in ("html", "csv", "csv-sop", "json", "text"):
        assert render(fmt, audit)
    assert "No findings." in render("html", audit)
