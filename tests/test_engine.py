"""The engine's own guarantees: bounded output, windows on long lines, one
rule's failure never stops the run."""

from __future__ import annotations

from soplint.config import build_config
from soplint.engine import MAX_FINDINGS_PER_RULE, SNIPPET_WIDTH, lint_source
from soplint.registry import default_registry
from soplint.reporters import Report, render
from soplint.engine import summarise

REGISTRY = default_registry()


def _lint(source: str, *rules: str):
    config = build_config(REGISTRY, {}, cli_select=list(rules))
    return lint_source(source.encode("utf-8"), "sop.yaml", config, REGISTRY)


def test_findings_of_one_rule_are_capped_per_file() -> None:
    entries = "\n".join(f"    - Aturan tanpa nomor {i}" for i in range(250))
    result = _lint(f"identitas:\n  dasar_hukum:\n{entries}\n", "dasar-hukum-format")
    assert len(result.findings) == MAX_FINDINGS_PER_RULE + 1
    last = result.findings[-1]
    assert "150" in last.message and last.line == 3 + MAX_FINDINGS_PER_RULE


def test_long_lines_are_shown_as_a_window_with_the_caret_in_place() -> None:
    padding = "x" * 5000
    result = _lint(f"identitas:\n  nama: A\n  peringatan: {padding}\n  nama: B\n", "duplicate-key")
    (finding,) = result.findings
    assert finding.snippet == "  nama: B"  # short lines are kept whole
    result = _lint(f"identitas: {{peringatan: {padding}, nama: A, nama: B}}\n", "duplicate-key")
    (finding,) = result.findings
    assert len(finding.snippet) == SNIPPET_WIDTH
    assert finding.snippet.startswith("…")
    text = render("text", Report(results=[result], summary=summarise([result])))
    snippet_line, caret_line = [l for l in text.splitlines() if "|" in l][:2]
    caret = caret_line.index("^") - caret_line.index("|")
    assert snippet_line[snippet_line.index("|") + caret:].startswith("nama: B")
