"""Shared by the repository rules: grouping SOPs by a normalised value."""

from __future__ import annotations

from typing import Callable, Iterable, Iterator

from soplint.findings import Violation
from soplint.repository import IndexEntry, Mention, at


def repeated(entries: Iterable[IndexEntry], key: Callable[[IndexEntry], tuple[str, Mention] | None]) -> list[list[tuple[IndexEntry, Mention]]]:
    """Groups of two or more entries sharing a key, each group in file order."""
    groups: dict[str, list[tuple[IndexEntry, Mention]]] = {}
    for entry in sorted(entries, key=lambda e: e.file):
        found = key(entry)
        if found is not None:
            groups.setdefault(found[0], []).append((entry, found[1]))
    return [group for group in groups.values() if len(group) > 1]


def later_repeats(
    entries: Iterable[IndexEntry], key: Callable[[IndexEntry], tuple[str, Mention] | None], field: str
) -> Iterator[tuple[IndexEntry, Violation]]:
    """A "duplicate" violation at every repetition after the first, naming the first."""
    for group in repeated(entries, key):
        first_entry, first = group[0]
        for entry, mention in group[1:]:
            args = {field: mention.text, "other": first_entry.file, "other_line": first.line + 1}
            yield entry, at(mention, "duplicate", **args)
