"""One audit run: lint the inventory, keep each SOP's summary, aggregate.

The only part of the audit that touches files (through the engine, and to
read suppression comments of files the engine could not index). Documents
are dropped as soon as their facts are taken; the repository rules run over
the small index entries, as in ``soplint check``.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Iterable

from soplint.config import Config
from soplint.engine import lint_paths, repository_findings
from soplint.repository import RepositoryIndex
from soplint.registry import Registry
from soplint.suppressions import Suppression, find_suppressions

from .model import Audit, AuditFinding, RuleInfo, RuleSet, SopFacts, SuppressionEntry, build_audit, sop_facts, summarise_sop


def rule_set_of(config: Config, registry: Registry) -> list[RuleInfo]:
    infos = []
    for name, active in config.rules.items():
        rule = registry.rules.get(name)
        if rule is not None:
            infos.append(RuleInfo(name, rule.code, rule.basis, active.severity))
    return infos


def _entries(file: str, suppressions: Iterable[Suppression]) -> list[SuppressionEntry]:
    return [SuppressionEntry(file, s.line, s.kind, tuple(s.rules), s.reason, s.target_line) for s in suppressions]


def _read_suppressions(file: str, config: Config) -> tuple[Suppression, ...]:
    """Comments of a file the engine did not index (it did not parse): read
    again, since an exception written in a broken file is still one."""
    from soplint.files import Unreadable, read_regular
    from soplint.loader import decode

    try:
        text, _ = decode(read_regular(Path(file), config.limits.max_bytes)[: config.limits.max_bytes])
    except (Unreadable, OSError):
        return ()
    return find_suppressions(text or "")


def run_audit(
    paths: Iterable[str | os.PathLike],
    config: Config,
    registry: Registry,
    *,
    tanggal_audit: date,
    version: str,
    how: RuleSet,
) -> Audit:
    pending: list[tuple[SopFacts, tuple[AuditFinding, ...]]] = []
    index = RepositoryIndex(config.limits)
    suppressions: list[SuppressionEntry] = []
    seen: set[str] = set()
    skipped = 0
    for result in lint_paths(paths, config, registry):
        if not result.checked:
            skipped += 1
            continue
        real = os.path.realpath(result.file)
        if real in seen:  # one SOP named twice on the command line is still one SOP
            continue
        seen.add(real)
        facts = sop_facts(result.file, result.document, tanggal_audit)
        pending.append((facts, tuple(AuditFinding.of(f) for f in result.findings)))
        if result.index is not None:
            index.add(result.index)
        found = result.index.suppressions if result.index is not None else _read_suppressions(result.file, config)
        suppressions.extend(_entries(result.file, found))
    across = repository_findings(index, config, registry)
    sops = [
        summarise_sop(facts, own + tuple(AuditFinding.of(f) for f in sorted(across.get(facts.file, ()), key=lambda f: f.sort_key)))
        for facts, own in pending
    ]
    return build_audit(
        sops, rule_set_of(config, registry), suppressions,
        tanggal_audit=tanggal_audit, version=version, lang=config.lang, how=how, skipped=skipped,
    )
