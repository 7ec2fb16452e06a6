"""Did-you-mean suggestions for keys, rule names, step ids and pelaksana."""

from __future__ import annotations

import difflib
from typing import Iterable, TypeVar

T = TypeVar("T")


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The closest candidate, compared without case, or None when none is close."""
    by_folded: dict[str, str] = {}
    for candidate in candidates:
        by_folded.setdefault(str(candidate).casefold(), str(candidate))
    matches = difflib.get_close_matches(str(word).casefold(), list(by_folded), n=1, cutoff=cutoff)
    return by_folded[matches[0]] if matches else None


def closest(word: str, candidates: Iterable[tuple[T, str]], cutoff: float = 0.6) -> T | None:
    """The tag of the candidate text closest to ``word`` (texts compared as
    given), or None. Like ``difflib.get_close_matches`` with ``n=1``, but over
    a stream: a repository's thousands of titles are never listed at once."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    best: tuple[float, str] | None = None
    found: T | None = None
    for tag, text in candidates:
        matcher.set_seq1(text)
        if matcher.real_quick_ratio() >= cutoff and matcher.quick_ratio() >= cutoff:
            score = (matcher.ratio(), text)
            if score[0] >= cutoff and (best is None or score > best):
                best, found = score, tag
    return found
