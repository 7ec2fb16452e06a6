"""Shared by the repository rules: grouping SOPs by a normalised value."""

from __future__ import annotations

from typing import Callable, Iterable, TypeVar

from soplint.repository import IndexEntry, Mention

T = TypeVar("T")


def repeated(entries: Iterable[IndexEntry], key: Callable[[IndexEntry], tuple[str, Mention] | None]) -> list[list[tuple[IndexEntry, Mention]]]:
    """Groups of two or more entries sharing a key, each group in file order."""
    groups: dict[str, list[tuple[IndexEntry, Mention]]] = {}
    for entry in sorted(entries, key=lambda e: e.file):
        found = key(entry)
        if found is not None:
            groups.setdefault(found[0], []).append((entry, found[1]))
    return [group for group in groups.values() if len(group) > 1]
