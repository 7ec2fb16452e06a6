"""Human output: grouped by file, each finding with its source line and a caret.

Plain text when not writing to a terminal or when NO_COLOR is set; colours
through rich otherwise. Both come from the same lines, so they never differ in
content.
"""

from __future__ import annotations

from typing import Iterator

from soplint.findings import Finding, Severity
from soplint.i18n import t
from soplint.reporters import Report

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _finding_lines(finding: Finding, lang: str) -> list[tuple[str, str | None]]:
    """(text, rich style) pairs for one finding."""
    where = f"{finding.line}:{finding.column}"
    severity = t(f"severity.{finding.severity.label}", lang)
    step = f" [{t('step', lang, step=finding.step)}]" if finding.step else ""
    head = f"  {where:<8} {severity:<10} {finding.rule} ({finding.code}){step}"
    lines: list[tuple[str, str | None]] = [(head, _STYLE[finding.severity]), (f"           {finding.message}", None)]
    if finding.snippet.strip() and finding.line > 0:
        gutter = f"{finding.line:>6} | "
        lines.append((gutter + finding.snippet.expandtabs(TAB), "dim"))
        caret_at = max(0, finding.column - 1 - finding.snippet_start)
        caret_pad = " " * (len(gutter) - 2) + "| " + " " * _display_width(finding.snippet, caret_at)
        lines.append((caret_pad + "^", _STYLE[finding.severity]))
    return lines


TAB = 4


def _display_width(snippet: str, column: int) -> int:
    # tabs are shown expanded, so the caret is placed by the expanded width
    return len(snippet[:column].expandtabs(TAB))


def _summary(report: Report) -> str:
    s = report.summary
    sev = s["by_severity"]
    if s["findings"] == 0:
        text = t("summary.clean", report.lang, checked=s["files_checked"])
    else:
        text = t(
            "summary.findings",
            report.lang,
            total=s["findings"],
            errors=sev["error"],
            warnings=sev["warning"],
            infos=sev["info"],
            with_findings=s["files_with_findings"],
            checked=s["files_checked"],
        )
    if s["files_skipped"]:
        text += " " + t("summary.skipped", report.lang, skipped=s["files_skipped"])
    if s.get("baselined"):
        text += " " + t("summary.baselined", report.lang, count=s["baselined"])
    return text


def _result_lines(result, lang: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = [(result.file, "bold underline")]
    for finding in result.findings:
        out.extend(_finding_lines(finding, lang))
    out.append(("", None))
    return out


def lines(report: Report) -> list[tuple[str, str | None]]:
    out = [line for result in report.results if result.findings for line in _result_lines(result, report.lang)]
    out.append((_summary(report), "bold"))
    return out


def render_chunks(report: Report) -> Iterator[str]:
    """The plain text file by file: an inventory's tens of thousands of findings
    are never held as text at once (colour, for a terminal, comes whole)."""
    if report.color:
        yield render(report)
        return
    for result in report.results:
        if result.findings:
            yield "\n".join(text for text, _ in _result_lines(result, report.lang)) + "\n"
    yield _summary(report) + "\n"


def render(report: Report) -> str:
    content = lines(report)
    if not report.color:
        return "\n".join(text for text, _ in content) + "\n"
    from io import StringIO

    from rich.console import Console
    from rich.text import Text

    buffer = StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", width=10_000, highlight=False)
    for text, style in content:
        console.print(Text(text, style=style or ""), soft_wrap=True)
    return buffer.getvalue()
