"""GitLab Code Quality report (the ``codequality`` artifact of a CI job)."""

from __future__ import annotations

import json

from soplint.findings import Severity
from soplint.reporters import Report
from soplint.reporters._common import fingerprint, relative_uri

_SEVERITY = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def render(report: Report) -> str:
    issues = [
        {
            "type": "issue",
            "check_name": f.rule,
            "description": f"{f.rule} ({f.code}): {f.message}",
            "categories": ["Compliance"],
            "severity": _SEVERITY[f.severity],
            "fingerprint": fingerprint(f),
            "location": {"path": relative_uri(f.file), "lines": {"begin": f.line}},
        }
        for result in report.results
        for f in result.findings
    ]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
