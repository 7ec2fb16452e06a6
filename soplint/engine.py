"""The pipeline: bytes -> findings, one pure stage after another.

    load      bytes -> plain data + positions, Document-family problems
    schema    plain data -> structural violations
    model     plain data -> SopDocument (defaults applied), ProcedureGraph
    rules     each active rule's check() -> violations; a raising rule -> rule-error
    locate    violations -> findings (line, column, step, message in the user's language)
    filter    per-path ignores, severities, sort

Public entry points: ``lint_source`` (one file's bytes), ``lint_file`` (a
path, read safely) and ``lint_paths`` (discovery + every file, streaming).

Linting a folder with the recommended preset::

    from soplint.engine import lint_paths
    from soplint.config import build_config
    from soplint.registry import default_registry

    registry = default_registry()
    config = build_config(registry)              # or data from .soplint.yaml
    for result in lint_paths(["examples/"], config, registry):
        for finding in result.findings: ...
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from soplint.config import ActiveRule, Config
from soplint.findings import Finding, Severity, Violation, format_path, step_of
from soplint.graph import ProcedureGraph
from soplint.files import Unreadable, inside, is_link, read_regular, walked_kind
from soplint.loader import MAX_REPORTS_PER_RULE, Loaded, Positions, load
from soplint.model import SopDocument, build_document
from soplint.registry import Registry
from soplint import i18n
from soplint.rule import Rule
from soplint.suppressions import find_suppressions

if TYPE_CHECKING:
    from soplint.repository import IndexEntry, RepositoryIndex
    from soplint.stats import PackedStats

YAML_SUFFIXES = (".yaml", ".yml")
_NO_IGNORES: frozenset[str] = frozenset()
#: Findings of one rule listed per file (the rest are counted in one finding).
MAX_FINDINGS_PER_RULE = MAX_REPORTS_PER_RULE
#: A rule yielding more than this for one file is broken (or hostile).
MAX_VIOLATIONS_PER_RULE = 100_000
#: Source lines longer than this are shown as a window around the column.
SNIPPET_WIDTH = 160


@dataclass(frozen=True, slots=True)
class FileResult:
    file: str
    findings: tuple[Finding, ...]
    #: False for a walked YAML file that is not an SOP (passed over quietly).
    checked: bool = True
    document: SopDocument | None = None
    #: Procedure figures, when the file was an SOP with steps.
    stats: "Mapping[str, Any] | PackedStats | None" = None
    #: What this SOP contributes to the repository rules (nomor, nama, keterkaitan).
    index: "IndexEntry | None" = None


def _render(rule: Rule | None, violation: Violation, lang: str) -> str:
    if rule is None:
        return f"{violation.message} {dict(violation.args)}"
    try:
        return rule.message(violation.message, lang, violation.args)
    except Exception as exc:  # a catalogue gap or a bad template must not hide the finding
        return f"{violation.message} {dict(violation.args)} ({type(exc).__name__}: {exc})"


class _Stamper:
    """Turns one file's violations into findings (location, severity, text)."""

    def __init__(self, file: str, loaded: Loaded, registry: Registry, config: Config, ignored: frozenset[str]):
        self.file = file
        self.loaded = loaded
        self.registry = registry
        self.config = config
        self.ignored = ignored
        self._lines: list[str] | None = None

    def snippet(self, line: int, column: int) -> tuple[str, int]:
        """The source line (0-based ``column`` into it), cut to a window around
        the column when long: a 1 MB line must not be printed once per finding.
        Returns the text and the column at which it starts ("…" stands for
        what was cut before it)."""
        if self._lines is None:
            self._lines = self.loaded.text.split("\n")
        if not 1 <= line <= len(self._lines):
            return "", 0
        text = self._lines[line - 1].rstrip("\r")
        if len(text) <= SNIPPET_WIDTH:
            return text, 0
        start = max(0, min(column - SNIPPET_WIDTH // 3, len(text) - SNIPPET_WIDTH))
        window = text[start:start + SNIPPET_WIDTH]
        if start > 0:
            window, start = "…" + window[1:], start
        if start + SNIPPET_WIDTH < len(text):
            window = window[:-1] + "…"
        return window, start

    def stamp(self, rule_name: str, violation: Violation) -> Finding | None:
        name = violation.rule or rule_name
        active: ActiveRule | None = self.config.rules.get(name)
        if active is None or name in self.ignored:
            return None
        rule = self.registry.rules.get(name)
        if violation.line is not None:
            line, column = violation.line, violation.column or 0
        else:
            line, column, _ = self.loaded.positions.locate(self.loaded.data, violation.path, violation.on_key)
        severity = active.severity_of(violation.severity)
        snippet, snippet_start = self.snippet(line + 1, column)
        return Finding(
            rule=name,
            code=rule.code if rule else "",
            severity=severity,
            message=_render(rule, violation, self.config.lang),
            file=self.file,
            line=line + 1,
            column=column + 1,
            path=format_path(violation.path),
            step=step_of(violation.path),
            snippet=snippet,
            snippet_start=snippet_start,
        )


def _run_rule(rule: Rule, active: ActiveRule, doc: SopDocument, graph: ProcedureGraph) -> list[Violation]:
    """A rule's violations; whatever goes wrong inside it becomes one rule-error.

    A plugin is foreign code: it may raise, call sys.exit, yield something that
    is not a Violation, or yield without end. None of that may stop the run.
    """
    found: list[Violation] = []
    try:
        for violation in rule.check(doc, graph, active.options):
            if not isinstance(violation, Violation):
                raise TypeError(f"yielded {type(violation).__name__}, not a Violation")
            found.append(violation)
            if len(found) > MAX_VIOLATIONS_PER_RULE:
                raise RuntimeError(f"yielded more than {MAX_VIOLATIONS_PER_RULE} violations for one file")
    except (Exception, SystemExit) as exc:  # a broken rule is a finding, and the run goes on
        return found[:MAX_FINDINGS_PER_RULE] + [rule_error(rule.name, exc)]
    return found


def rule_error(rule_name: str, exc: BaseException) -> Violation:
    """The rule-error violation for a rule that broke, at the top of the file."""
    return Violation((), "raised", {"rule": rule_name, "error": f"{type(exc).__name__}: {exc}"}, line=0, column=0, rule="rule-error")


def left_out(first: Finding, count: int, lang: str) -> Finding:
    """The one finding that stands, at the first one left out, for ``count``
    findings of a rule past the MAX_FINDINGS_PER_RULE shown in a file."""
    from dataclasses import replace

    return replace(first, message=i18n.t("more-findings", lang, count=count), path="", step=None)


def _cap(findings: list[Finding], lang: str, exempt: set) -> list[Finding]:
    """At most MAX_FINDINGS_PER_RULE findings of one rule in one file; the rest
    are counted in one more finding at the first one left out (as the loader
    does for its own)."""
    counts: dict[str, int] = {}
    kept: list[Finding] = []
    extra: dict[str, Finding] = {}
    for finding in findings:
        count = counts[finding.rule] = counts.get(finding.rule, 0) + 1
        if count <= MAX_FINDINGS_PER_RULE or finding.rule in exempt:
            kept.append(finding)
        elif count == MAX_FINDINGS_PER_RULE + 1:
            extra[finding.rule] = finding
    for rule, first in extra.items():
        kept.append(left_out(first, counts[rule] - MAX_FINDINGS_PER_RULE, lang))
    return kept


def _document_rules(config: Config, registry: Registry, ignored: frozenset[str]) -> list[tuple[Rule, ActiveRule]]:
    return [
        (registry.rules[name], active)
        for name, active in config.rules.items()
        if name not in ignored and name in registry.rules and registry.rules[name].stage == "document"
    ]


def lint_source(
    source: bytes,
    file: str,
    config: Config,
    registry: Registry,
    *,
    walked: bool = False,
    relative: str | None = None,
    want_stats: bool = False,
) -> FileResult:
    """Lint one file's bytes. ``walked`` files that are not SOPs are passed over."""
    loaded = load(source, config.limits)
    if walked and not loaded.is_sop and loaded.data is not None:
        return FileResult(file, (), checked=False)
    # One shared empty set: the repository index keeps it for every SOP.
    ignored = config.ignored_for(relative if relative is not None else file) or _NO_IGNORES
    stamper = _Stamper(file, loaded, registry, config, ignored)
    violations: list[tuple[str, Violation]] = [(v.rule or "", v) for v in loaded.problems]

    doc: SopDocument | None = None
    stats = None
    if loaded.data is not None:
        if "schema" in config.rules:
            from soplint.schema import check_structure

            violations.extend(("schema", v) for v in check_structure(loaded.data))
        doc = build_document(loaded.data)
        if len(doc.steps) > config.limits.max_steps:
            violations.append(
                ("too-large", Violation(("prosedur",), "steps", {"count": len(doc.steps), "limit": config.limits.max_steps}, rule="too-large"))
            )
        else:
            graph = ProcedureGraph(doc)
            for rule, active in _document_rules(config, registry, ignored):
                violations.extend((rule.name, v) for v in _run_rule(rule, active, doc, graph))
            if want_stats and doc.steps:
                stats = _stats(doc, graph, config)

    findings = [f for name, v in violations if (f := stamper.stamp(name, v)) is not None]
    suppressions = find_suppressions(loaded.text)
    if suppressions:
        findings = _suppress(findings, suppressions, stamper, registry, config, ignored)
    findings.sort(key=lambda f: f.sort_key)
    if len(findings) > MAX_FINDINGS_PER_RULE:
        # the loader counts its own problems already
        findings = _cap(findings, config.lang, exempt={v.rule for v in loaded.problems})
    index = None
    if doc is not None and _has_repository_rules(config, registry):
        from soplint.repository import index_entry

        index = index_entry(file, doc, loaded, suppressions, ignored)
    return FileResult(file, tuple(findings), checked=True, document=doc, stats=stats, index=index)


def _has_repository_rules(config: Config, registry: Registry) -> bool:
    return any((rule := registry.rules.get(name)) is not None and rule.stage == "repository" for name in config.rules)


def _suppress(findings: list[Finding], suppressions, stamper: "_Stamper", registry: Registry, config: Config, ignored: frozenset[str]) -> list[Finding]:
    """The suppression stage: drop what comments cover, report idle or unexplained comments."""
    from soplint.suppressions import apply_suppressions

    def resolve(name: str) -> str | None:
        rule = registry.get(name)
        return rule.name if rule else None

    # repository rules report after the last file: their suppressions are judged there
    active = frozenset(
        name for name in config.rules
        if name not in ignored and (rule := registry.rules.get(name)) is not None and rule.stage != "repository"
    )
    applied = apply_suppressions(findings, suppressions, resolve, active)
    kept = list(applied.kept)
    extra: list[Violation] = []
    for suppression, names in applied.unused:
        extra.append(Violation((), "unused", {"rules": ", ".join(names)}, line=suppression.line - 1,
                               column=suppression.column - 1, rule="suppression-unused"))
    for suppression, name in applied.unknown:
        extra.append(Violation((), "unknown", {"rule": name}, line=suppression.line - 1,
                               column=suppression.column - 1, rule="suppression-unused"))
    for suppression in suppressions:
        if not suppression.reason:
            extra.append(Violation((), "no-reason", {"rules": ", ".join(suppression.rules)}, line=suppression.line - 1,
                                   column=suppression.column - 1, rule="suppression-no-reason"))
    kept.extend(f for v in extra if (f := stamper.stamp(v.rule or "", v)) is not None)
    return kept


def _stats(doc: SopDocument, graph: ProcedureGraph, config: Config) -> Mapping[str, Any] | None:
    try:
        from soplint.stats import compute_stats
    except ImportError:
        return None
    return compute_stats(doc, graph, config.waktu).as_dict()


def _file_problem(file: str, message: str, config: Config, registry: Registry, rule: str = "encoding", **args: Any) -> FileResult:
    """A file that could not be read at all: one finding, then on to the next."""
    if rule not in config.rules:
        return FileResult(file, ())
    loaded = Loaded("", None, Positions(), (), False)
    stamper = _Stamper(file, loaded, registry, config, frozenset())
    finding = stamper.stamp(rule, Violation((), message, args, line=0, column=0, rule=rule))
    return FileResult(file, (finding,) if finding else ())


def read_limited(path: Path, limit: int) -> bytes:
    """Read at most limit+1 bytes: a huge file is refused without reading it whole.

    Only a regular file is read (a pipe or a device could block or never
    end); anything else raises ``soplint.files.Unreadable``.
    """
    return read_regular(path, limit)


def lint_file(path: Path, config: Config, registry: Registry, *, display: str | None = None, walked: bool = False, want_stats: bool = False) -> FileResult:
    file = display or str(path)
    try:
        source = read_limited(path, config.limits.max_bytes)
    except Unreadable as problem:
        return _file_problem(file, problem.key, config, registry, rule=problem.rule, **problem.args_)
    relative = _relative(path, config.root)
    return lint_source(source, file, config, registry, walked=walked, relative=relative, want_stats=want_stats)


def _relative(path: Path, root: Path) -> str:
    # The folder is resolved, not the file: a linked SOP is matched by its own
    # name, and a link that loops cannot raise here.
    try:
        return (path.parent.resolve() / path.name).relative_to(root.resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return path.as_posix()


@dataclass(frozen=True)
class Discovered:
    path: Path
    #: True when found by walking a folder (not named by the user).
    walked: bool


@dataclass
class Discovery:
    """Files to check, and problems met on the way (loops, unreadable folders)."""

    files: list[Discovered] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, message key)


def discover(paths: Iterable[str | os.PathLike], config: Config) -> Iterator[Discovered | tuple[str, str]]:
    """Yield files to check in a stable order, and (path, problem) pairs.

    Folders are walked in sorted order; hidden folders (.git, .venv) are not
    entered; symlinked folders are followed once (a loop is reported, not
    followed) and only within the folder named (a link to ``/`` in a
    repository under audit is reported, not walked). Pipes, sockets and
    devices are passed over; a link to nowhere is reported. A named file is
    always checked, whatever its suffix.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, config)
        else:
            yield Discovered(path, walked=False)


def _walk(top: Path, config: Config) -> Iterator[Discovered | tuple[str, str]]:
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            info = folder.stat()
        except FileNotFoundError:
            yield (str(folder), "vanished")
            continue
        except OSError:
            yield (str(folder), "unreadable-folder")
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:
            yield (str(folder), "symlink-loop")
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            yield (str(folder), "unreadable-folder")
            continue
        subfolders = []
        for entry in entries:
            entry_path = Path(entry.path)
            relative = _relative(entry_path, config.root)
            if config.excluded(relative):
                continue
            if entry.name.startswith("."):
                continue
            kind = walked_kind(entry)
            if kind == "folder":
                if is_link(entry) and not inside(entry_path, top):
                    yield (str(entry_path), "symlink-outside")
                else:
                    subfolders.append(entry_path)
            elif kind in ("file", "broken-link") and entry.name.endswith(YAML_SUFFIXES):
                yield Discovered(entry_path, walked=True)
        stack.extend(reversed(subfolders))


def lint_paths(paths: Iterable[str | os.PathLike], config: Config, registry: Registry, *, want_stats: bool = False) -> Iterator[FileResult]:
    """Lint every file under ``paths``, one result per file, streaming."""
    for item in discover(paths, config):
        if isinstance(item, tuple):
            folder, problem = item
            yield _file_problem(folder, problem, config, registry, rule="encoding")
            continue
        yield lint_file(item.path, config, registry, walked=item.walked, want_stats=want_stats)


def summarise(results: Iterable[FileResult], *, checked: int | None = None, skipped: int | None = None) -> dict[str, Any]:
    """Counts for the report. ``checked``/``skipped`` come from ``collect`` when
    the results hold only the files with something to report."""
    by_severity = {s.label: 0 for s in sorted(Severity, reverse=True)}
    by_rule: dict[str, int] = {}
    counted_checked = counted_skipped = with_findings = 0
    for result in results:
        if not result.checked:
            counted_skipped += 1
            continue
        counted_checked += 1
        if result.findings:
            with_findings += 1
        for finding in result.findings:
            by_severity[finding.severity.label] += 1
            by_rule[finding.rule] = by_rule.get(finding.rule, 0) + 1
    return {
        "files_checked": counted_checked if checked is None else checked,
        "files_skipped": counted_skipped if skipped is None else skipped,
        "files_with_findings": with_findings,
        "findings": sum(by_severity.values()),
        "by_severity": by_severity,
        "by_rule": dict(sorted(by_rule.items())),
    }


def repository_findings(index: "RepositoryIndex", config: Config, registry: Registry) -> dict[str, list[Finding]]:
    """The repository rules' findings by file (none when no such rule is active)."""
    if not len(index) or not _has_repository_rules(config, registry):
        return {}
    from soplint.repository import lint_repository

    return lint_repository(index, config, registry)


def _merge(results: list[FileResult], extra: dict[str, list[Finding]]) -> list[FileResult]:
    """Results with the repository findings added, each file's findings sorted;
    files whose only findings are the repository rules' come after the others."""
    from dataclasses import replace

    extra = dict(extra)
    merged = []
    for result in results:
        more = extra.pop(result.file, None)
        if more:
            result = replace(result, findings=tuple(sorted((*result.findings, *more), key=lambda f: f.sort_key)))
        merged.append(result)
    for file in sorted(extra):
        merged.append(FileResult(file, tuple(sorted(extra[file], key=lambda f: f.sort_key))))
    return merged


@dataclass
class Collected:
    """What a run keeps for its report: the results that have something to
    report, the repository index, and the counts of the rest. A file with
    nothing to report leaves only its index entry and a count behind, so a
    run over tens of thousands of SOPs holds findings, not files."""

    results: list[FileResult] = field(default_factory=list)
    index: "RepositoryIndex | None" = None
    checked: int = 0
    skipped: int = 0


def collect(results: Iterable[FileResult], config: Config, registry: Registry, *, keep_stats: bool = False) -> Collected:
    """Consume a run's results, then add the repository rules' findings."""
    from dataclasses import replace

    from soplint.repository import RepositoryIndex

    kept = Collected(index=RepositoryIndex(config.limits))
    for result in results:
        if not result.checked:
            kept.skipped += 1
            continue
        kept.checked += 1
        if result.index is not None:
            kept.index.add(result.index)
        if result.findings or (keep_stats and result.stats is not None):
            stats = result.stats
            if keep_stats and stats is not None:
                from soplint.stats import PackedStats

                stats = PackedStats(stats)  # kept for every SOP until the report: compact
            kept.results.append(replace(result, document=None, index=None, stats=stats))
    found = repository_findings(kept.index, config, registry)
    if found:
        kept.results = _merge(kept.results, found)
    return kept
