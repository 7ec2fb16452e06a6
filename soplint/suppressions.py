"""Suppression comments: a deliberate exception, with its reason, in the SOP.

    nip: "19680101 199003 1 005"  # soplint: disable=nip-invalid -- NIP lama, sebelum Perka BKN 22/2007
    # soplint: disable-next-line=activity-has-subject -- nama jabatan bagian dari nama kegiatan
    - kegiatan: Sekretaris DPRD menandatangani ...
    # soplint: disable-file=mutu-baku-missing -- SOP lama, direvisi 2026

A comment at the end of a line covers that line; ``disable-next-line`` on a
line of its own covers the line below; ``disable-file`` the whole file. Rules
are named or coded (``nip-invalid``, ``I104``); the reason follows `` -- ``.
An inspector lists every exception with ``soplint suppressions PATH``.

The comments are found in the raw text (the YAML parser drops comments): a
"# soplint:" that stands after whitespace or at the start of a line. The text
is only scanned when it contains "soplint:" at all, so files without
suppressions pay one substring search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from soplint.findings import Finding

_COMMENT = re.compile(
    r"(?:^|(?<=\s))#\s*soplint:\s*(?P<kind>disable-next-line|disable-file|disable)\s*=\s*"
    r"(?P<rules>[A-Za-z0-9_,\s-]*?)\s*(?:(?:--|—)\s*(?P<reason>.*?))?\s*$"
)
MARKER = "soplint:"


@dataclass(frozen=True)
class Suppression:
    #: 1-based line of the comment.
    line: int
    column: int
    kind: str
    rules: tuple[str, ...]
    reason: str
    #: 1-based line it covers; 0 for the whole file.
    target_line: int

    def covers(self, finding: Finding, names: frozenset[str]) -> bool:
        if finding.rule not in names:
            return False
        return self.target_line == 0 or finding.line == self.target_line


def find_suppressions(text: str) -> tuple[Suppression, ...]:
    if MARKER not in text:
        return ()
    found = []
    for number, line in enumerate(text.split("\n"), start=1):
        if MARKER not in line:
            continue
        match = _COMMENT.search(line.rstrip("\r"))
        if match is None:
            continue
        rules = tuple(r.strip() for r in match["rules"].split(",") if r.strip())
        kind = match["kind"]
        own_line = not line[: match.start()].strip()
        if kind == "disable-file":
            target = 0
        elif kind == "disable-next-line" or own_line:
            target = number + 1
        else:
            target = number
        found.append(Suppression(number, match.start() + 1, kind, rules, (match["reason"] or "").strip(), target))
    return tuple(found)


@dataclass(frozen=True)
class Applied:
    kept: tuple[Finding, ...]
    #: (suppression, rule names it named that exist but suppressed nothing)
    unused: tuple[tuple[Suppression, tuple[str, ...]], ...]
    unknown: tuple[tuple[Suppression, str], ...]


def apply_suppressions(
    findings: Iterable[Finding],
    suppressions: Iterable[Suppression],
    resolve: "callable",
    active: frozenset[str],
) -> Applied:
    """Drop the findings the comments cover.

    ``resolve(name_or_code)`` gives a rule name or None. A suppression naming
    an active rule that suppressed nothing is unused; rules not active in this
    run are not judged (a narrower ``--select`` does not make them unused).
    """
    suppressions = list(suppressions)
    resolved = []
    unknown = []
    for suppression in suppressions:
        names = []
        for name in suppression.rules:
            rule_name = resolve(name)
            if rule_name is None:
                unknown.append((suppression, name))
            else:
                names.append(rule_name)
        resolved.append((suppression, frozenset(names)))
    used: dict[int, set[str]] = {}
    kept = []
    for finding in findings:
        hit = False
        for i, (suppression, names) in enumerate(resolved):
            if suppression.covers(finding, names):
                used.setdefault(i, set()).add(finding.rule)
                hit = True
        if not hit:
            kept.append(finding)
    unused = []
    for i, (suppression, names) in enumerate(resolved):
        idle = tuple(sorted(n for n in names if n in active and n not in used.get(i, set())))
        if idle:
            unused.append((suppression, idle))
    return Applied(tuple(kept), tuple(unused), tuple(unknown))
