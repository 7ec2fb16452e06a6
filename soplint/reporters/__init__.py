"""Reporters: pure functions from findings to text. Only the CLI prints.

Each reporter module has ``render(report: Report) -> str``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from soplint.engine import FileResult


@dataclass(frozen=True)
class Report:
    results: Sequence[FileResult]
    summary: Mapping[str, Any]
    lang: str = "id"
    color: bool = False
    tool_version: str = ""
    #: Extra per-document data for machine formats (procedure figures).
    documents: Sequence[Mapping[str, Any]] = field(default_factory=tuple)


FORMATS = ("text", "json")


def render(fmt: str, report: Report) -> str:
    if fmt == "json":
        from soplint.reporters import json as json_reporter

        return json_reporter.render(report)
    from soplint.reporters import text

    return text.render(report)
