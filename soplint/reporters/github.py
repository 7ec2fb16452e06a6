"""GitHub Actions workflow commands: each finding an annotation on its line.

    ::error file=sop/a.yaml,line=12,col=5,title=decision-branches (F307)::Keputusan ...
"""

from __future__ import annotations

from soplint.findings import Severity
from soplint.reporters import Report
from soplint.reporters._common import relative_uri

_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report) -> str:
    lines = []
    for result in report.results:
        for f in result.findings:
            props = ",".join((
                f"file={_escape_property(relative_uri(f.file))}",
                f"line={f.line}",
                f"col={f.column}",
                f"title={_escape_property(f'{f.rule} ({f.code})')}",
            ))
            lines.append(f"::{_COMMAND[f.severity]} {props}::{_escape_data(f.message)}")
    return "\n".join(lines) + ("\n" if lines else "")
