"""Reporters: pure functions from findings to text. Only the CLI prints.

Each reporter module has ``render(report: Report) -> str``; one whose text
grows with the number of SOPs (json: a record per SOP) also has
``render_chunks(report)``, the same text in pieces, so that the CLI writes a
national inventory's report without holding it whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Mapping, Sequence

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
    #: Metadata of the rules that may appear: name -> {code, severity, basis, summary}.
    rules: Mapping[str, Mapping[str, str]] = field(default_factory=dict)


FORMATS = ("text", "json", "sarif", "github", "gitlab")


def render(fmt: str, report: Report) -> str:
    """Render with the reporter named ``fmt``; each is imported only when used."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    from importlib import import_module

    return import_module(f"soplint.reporters.{fmt}").render(report)


def render_chunks(fmt: str, report: Report) -> Iterator[str]:
    """``render(fmt, report)`` in pieces, where the reporter writes in pieces."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    from importlib import import_module

    module = import_module(f"soplint.reporters.{fmt}")
    chunks = getattr(module, "render_chunks", None)
    return chunks(report) if chunks is not None else iter((module.render(report),))
