"""The repository stage: rules across all the SOPs of one run.

Each checked SOP contributes a small ``IndexEntry`` (nomor, nama, unit,
keterkaitan, each with its position) while it is linted; whole documents are
never kept. After the last file, repository rules (``stage="repository"``)
run over the entries: their ``check(entries, options)`` yields
``(entry, Violation)`` pairs, the violation carrying the line and column of
the mention it is about.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from soplint.findings import DocPath, Finding, Violation, format_path

if TYPE_CHECKING:
    from soplint.config import Config
    from soplint.loader import Loaded
    from soplint.model import SopDocument
    from soplint.registry import Registry
    from soplint.suppressions import Suppression


# Slotted: one entry per SOP stays in memory until the last file is read, so
# its size is what a national inventory's run grows by.
@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    path: DocPath
    line: int  # 0-based, as the loader gives
    column: int


@dataclass(frozen=True, slots=True)
class IndexEntry:
    file: str
    nomor: Mention | None
    nama: Mention | None
    #: instansi and unit_kerja, normalised (and interned: SOPs of one unit share it).
    unit: str
    keterkaitan: tuple[Mention, ...]
    suppressions: tuple["Suppression", ...] = ()
    ignored: frozenset[str] = frozenset()


_SPACES = re.compile(r"\s+")
_SOP_PREFIX = re.compile(r"^(sop|standar operasional prosedur)(\s+ap)?\s*[:\-–]?\s+", re.IGNORECASE)


def normalise_title(text: str) -> str:
    """Compare titles as people mean them: case, spacing and a leading "SOP" aside."""
    folded = _SPACES.sub(" ", text.strip()).casefold()
    return _SOP_PREFIX.sub("", folded).strip(" .")


_NOMOR_PATH: DocPath = ("identitas", "nomor")
_NAMA_PATH: DocPath = ("identitas", "nama")


def _mention(loaded: "Loaded", text: str, path: DocPath) -> Mention:
    line, column, _ = loaded.positions.locate(loaded.data, path)
    # interned: the same titles recur across an inventory (an SOP's nama is
    # the keterkaitan of its neighbours), and every entry stays until the end
    return Mention(sys.intern(text), path, line, column)


def index_entry(file: str, doc: "SopDocument", loaded: "Loaded", suppressions, ignored: frozenset[str]) -> IndexEntry:
    identitas = doc.identitas
    nomor = _mention(loaded, identitas.nomor, _NOMOR_PATH) if identitas.nomor else None
    nama = _mention(loaded, identitas.nama, _NAMA_PATH) if identitas.nama else None
    related = tuple(_mention(loaded, e.text, _shared_path(e.path)) for e in identitas.keterkaitan or ())
    unit = sys.intern(" / ".join(normalise_title(p) for p in (identitas.instansi or "", identitas.unit_kerja or "")))
    return IndexEntry(file, nomor, nama, unit, related, tuple(suppressions), ignored)


@lru_cache(maxsize=256)  # bounded: a hostile file may list thousands of keterkaitan
def _shared_path(path: DocPath) -> DocPath:
    """One tuple per distinct path (``identitas.keterkaitan[0]`` ...) for all entries."""
    return path


def _source_line(file: str, line: int, cache: dict[str, list[str]]) -> str:
    """The text of a 0-based line, read again from the file: only files with
    a repository finding are read twice, instead of every entry carrying its lines."""
    if file not in cache:
        from soplint.files import Unreadable, read_regular
        from soplint.loader import DEFAULT_LIMITS, decode

        try:
            text, _ = decode(read_regular(file, DEFAULT_LIMITS.max_bytes))
        except (Unreadable, OSError):
            text = None
        cache[file] = (text or "").replace("\r\n", "\n").split("\n")
    lines = cache[file]
    return lines[line] if 0 <= line < len(lines) else ""


def lint_repository(entries: Sequence[IndexEntry], config: "Config", registry: "Registry") -> dict[str, list[Finding]]:
    """Findings of the repository rules, by file, suppressions applied."""
    from soplint.engine import _render
    from soplint.suppressions import apply_suppressions

    by_file: dict[str, list[Finding]] = {}
    by_name = {entry.file: entry for entry in entries}
    lines: dict[str, list[str]] = {}
    for name, active in config.rules.items():
        rule = registry.rules.get(name)
        if rule is None or rule.stage != "repository":
            continue
        try:
            produced: Iterable = list(rule.check(entries, None, active.options))  # type: ignore[arg-type]
        except Exception as exc:  # a broken rule is a finding, and the run goes on
            produced = []
            first = entries[0] if entries else None
            if first is not None:
                error = registry.rules.get("rule-error")
                violation = Violation((), "raised", {"rule": name, "error": f"{type(exc).__name__}: {exc}"}, line=0, column=0)
                by_file.setdefault(first.file, []).append(
                    Finding("rule-error", error.code if error else "E901", active.severity,
                            _render(error, violation, config.lang), first.file, 1, 1, "")
                )
        for entry, violation in produced:
            if name in entry.ignored:
                continue
            snippet = _source_line(entry.file, violation.line or 0, lines)
            severity = violation.severity if (violation.severity and not active.severity_configured) else active.severity
            finding = Finding(
                rule=name, code=rule.code, severity=severity, message=_render(rule, violation, config.lang),
                file=entry.file, line=(violation.line or 0) + 1, column=(violation.column or 0) + 1,
                path=format_path(violation.path), step=None, snippet=snippet,
            )
            by_file.setdefault(entry.file, []).append(finding)
    for file, findings in by_file.items():
        entry = by_name.get(file)
        if entry is not None and entry.suppressions:
            # unused-suppression accounting is per file, done by the document stage
            resolve = lambda n: (registry.get(n).name if registry.get(n) else None)  # noqa: E731
            findings[:] = apply_suppressions(findings, entry.suppressions, resolve, frozenset()).kept
    return by_file


def at(mention: Mention, message: str, **args) -> Violation:
    """A violation located at a mention (the helper repository rules use)."""
    return Violation(mention.path, message, args, line=mention.line, column=mention.column)
