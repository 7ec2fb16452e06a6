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

from typing import Any, Iterator, Mapping

from soplint.reporters import Report

REPORT_VERSION = 1


def render(report: Report) -> str:
    return "".join(render_chunks(report))


def render_chunks(report: Report) -> Iterator[str]:
    """The report in pieces, one SOP's figures at a time (see soplint.jsontext)."""
    from soplint.jsontext import iter_with_list

    payload = {
        "version": REPORT_VERSION,
        "tool": {"name": "soplint", "version": report.tool_version},
        "findings": [f.as_dict() for result in report.results for f in result.findings],
        "summary": dict(report.summary),
    }
    # one entry per SOP checked: dumped one at a time, figures unpacked one at a time
    yield from iter_with_list(payload, "documents", map(_document, report.documents))
    yield "\n"


def _document(document: Mapping[str, Any]) -> dict[str, Any]:
    if "stats" not in document:
        return dict(document)
    from soplint.stats import unpacked

    return {**document, "stats": unpacked(document["stats"])}
