"""Shared by the repository rules: SOPs repeating a normalised value."""

from __future__ import annotations

from typing import Callable, Iterator, Sequence

from soplint.findings import Violation
from soplint.repository import Mention, RepositoryIndex, at


def later_repeats(
    index: RepositoryIndex,
    keys: Sequence[int],
    mention_of: Callable[[int], Mention | None],
    same: Callable[[int, Mention], str],
    field: str,
) -> Iterator[tuple[int, Violation]]:
    """A "duplicate" violation at every repetition after the first, naming the first.

    ``keys`` find the candidates; ``same`` (over the texts read back) confirms
    them, so that two values whose keys merely collide are never reported."""
    for group in index.groups(keys):
        confirmed: dict[str, list[tuple[int, Mention]]] = {}
        for number in group:
            mention = mention_of(number)
            if mention is not None:
                confirmed.setdefault(same(number, mention), []).append((number, mention))
        for repeats in confirmed.values():
            first_number, first = repeats[0]
            for number, mention in repeats[1:]:
                args = {field: mention.text, "other": index.file(first_number), "other_line": first.line + 1}
                yield number, at(mention, "duplicate", **args)
