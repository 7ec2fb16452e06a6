"""Machine output, versioned; its schema is schemas/report.schema.json.

    {"version": 1, "tool": {"name": "soplint", "version": "..."},
     "findings": [{rule, code, severity, message, file, line, column, path, step}],
     "summary": {files_checked, files_skipped, files_with_findings, findings,
                 by_severity: {error, warning, info}, by_rule: {name: count}},
     "documents": [{file, stats: {...}}]}

``line``/``column`` are 1-based; ``path`` is the document path with 0-based
list indexes (``prosedur[3].kegiatan``); ``step`` is the 1-based step number or
null. Findings are sorted by file, line, column, rule.
"""

from __future__ import annotations

import json

from soplint.reporters import Report

REPORT_VERSION = 1


def render(report: Report) -> str:
    payload = {
        "version": REPORT_VERSION,
        "tool": {"name": "soplint", "version": report.tool_version},
        "findings": [f.as_dict() for result in report.results for f in result.findings],
        "summary": dict(report.summary),
        "documents": [dict(d) for d in report.documents],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
