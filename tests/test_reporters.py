"""Reporters are pure functions: golden files for each, and the JSON report
against its published schema."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest

from soplint.engine import FileResult, summarise
from soplint.findings import Finding, Severity
from soplint.reporters import Report, render

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parent.parent


def _results() -> list[FileResult]:
    a = [
        Finding("activity-has-subject", "B502", Severity.WARNING,
                "Kegiatan diawali subjek 'Sekretaris'. Tulis kata kerja aktif tanpa subjek: 'Menandatangani surat'.",
                "sop/surat-keluar.yaml", 31, 15, "prosedur[3].kegiatan", 4,
                "  - kegiatan: Sekretaris menandatangani surat"),
        Finding("decision-branches", "F307", Severity.ERROR,
                "Keputusan di langkah 5 hanya punya satu jawaban ('ya'). Tambahkan 'tidak'.",
                "sop/surat-keluar.yaml", 36, 5, "prosedur[4]", 5, "  - kegiatan: Apakah surat sudah benar?"),
    ]
    b = [Finding("yaml-syntax", "D001", Severity.ERROR, "Berkas bukan YAML yang valid.", "sop/rusak.yaml", 3, 1, "", None, "\tnomor: 1")]
    return [FileResult("sop/bersih.yaml", ()), FileResult("sop/rusak.yaml", tuple(b)),
            FileResult("sop/surat-keluar.yaml", tuple(a)), FileResult("ci.yaml", (), checked=False)]


RULES = {
    "activity-has-subject": {"code": "B502", "severity": "warning", "basis": "REG (tanpa subyek)", "summary": "An activity that opens with its actor."},
    "decision-branches": {"code": "F307", "severity": "error", "basis": "REG examples", "summary": "A decision without two answers."},
    "yaml-syntax": {"code": "D001", "severity": "error", "basis": "—", "summary": "The file is not valid YAML."},
}


def _report(lang: str = "id", color: bool = False) -> Report:
    results = _results()
    return Report(results=results, summary=summarise(results), lang=lang, color=color, tool_version="0.0.test",
                  documents=[{"file": "sop/surat-keluar.yaml", "stats": {"steps": 6}}], rules=RULES)


@pytest.mark.parametrize("fmt,lang,name", [
    ("text", "id", "text-id.txt"), ("text", "en", "text-en.txt"), ("json", "id", "report.json"),
    ("sarif", "id", "report.sarif"), ("github", "id", "github.txt"), ("gitlab", "id", "gitlab.json"),
])
def test_golden(fmt: str, lang: str, name: str) -> None:
    output = render(fmt, _report(lang))
    golden = GOLDEN / name
    if os.environ.get("SOPLINT_UPDATE_GOLDEN"):
        golden.write_text(output, encoding="utf-8")
    assert output == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "gitlab"])
@pytest.mark.parametrize("packed", [False, True], ids=["dicts", "packed"])
def test_in_pieces_it_is_the_same_text(fmt: str, packed: bool) -> None:
    """What the CLI writes piece by piece is the golden text, figures packed or not."""
    from dataclasses import replace

    from soplint.reporters import render_chunks
    from soplint.stats import PackedStats

    report = _report()
    if packed:
        report = replace(report, documents=[{**d, "stats": PackedStats(d["stats"])} for d in report.documents])
    assert "".join(render_chunks(fmt, report)) == render(fmt, _report())


def test_json_report_matches_its_schema() -> None:
    schema = json.loads((ROOT / "schemas" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    payload = json.loads(render("json", _report()))
    jsonschema.validate(payload, schema)
    assert [f["step"] for f in payload["findings"]] == [None, 4, 5]


def test_colour_output_has_the_same_text() -> None:
    plain = render("text", _report())
    coloured = render("text", _report(color=True))
    assert "\x1b[" in coloured
    stripped = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert [l.rstrip() for l in stripped.splitlines()] == [l.rstrip() for l in plain.splitlines()]


def test_caret_under_the_column() -> None:
    text = render("text", _report())
    lines = text.splitlines()
    index = next(i for i, l in enumerate(lines) if l.endswith("Sekretaris menandatangani surat"))
    snippet_line, caret_line = lines[index], lines[index + 1]
    code_start = snippet_line.index("|") + 2
    assert caret_line.index("^") - code_start == 14  # column 15, 1-based


def test_sarif_matches_the_official_schema() -> None:
    schema = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    payload = json.loads(render("sarif", _report()))
    jsonschema.Draft7Validator(schema).validate(payload)
    results = payload["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["yaml-syntax", "activity-has-subject", "decision-branches"]
    rules = payload["runs"][0]["tool"]["driver"]["rules"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    assert results[2]["locations"][0]["physicalLocation"]["region"] == {"startLine": 36, "startColumn": 5}
    assert results[2]["level"] == "error" and results[1]["level"] == "warning"


def test_fingerprints_ignore_line_moves() -> None:
    from dataclasses import replace

    from soplint.reporters._common import fingerprint

    finding = _results()[2].findings[0]
    assert fingerprint(finding) == fingerprint(replace(finding, line=finding.line + 10))
    assert fingerprint(finding) != fingerprint(replace(finding, path="prosedur[4].kegiatan"))


def test_github_annotations_escape_their_data() -> None:
    from soplint.findings import Finding

    finding = Finding("x-rule", "X001", Severity.INFO, "a: b, 100%\nc", "d,e:f.yaml", 2, 3, "")
    report = Report(results=[FileResult("d,e:f.yaml", (finding,))], summary=summarise([]))
    assert render("github", report) == "::notice file=d%2Ce%3Af.yaml,line=2,col=3,title=x-rule (X001)::a: b, 100%25%0Ac\n"
