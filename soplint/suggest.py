"""Did-you-mean suggestions for keys, rule names, step ids and pelaksana."""

from __future__ import annotations

import difflib
from array import array
from collections import Counter
from typing import Iterable, TypeVar

T = TypeVar("T")


def did_you_mean(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The closest candidate, compared without case, or None when none is close."""
    by_folded: dict[str, str] = {}
    for candidate in candidates:
        by_folded.setdefault(str(candidate).casefold(), str(candidate))
    return closest(str(word).casefold(), ((original, folded) for folded, original in by_folded.items()), cutoff)


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
        # ratio <= quick_ratio <= real_quick_ratio: the cheap bounds rule out
        # what cannot reach the cutoff, or the best so far, before the dear one
        floor = cutoff if best is None else max(cutoff, best[0])
        if matcher.real_quick_ratio() >= floor and matcher.quick_ratio() >= floor:
            score = (matcher.ratio(), text)
            if score[0] >= cutoff and (best is None or score > best):
                best, found = score, tag
    return found


class TitleFinder:
    """The closest of many titles, without comparing each.

    ``closest`` costs one comparison a candidate, and an inventory asks it for
    every unknown title: tens of thousands times tens of thousands. Here each
    title is filed under the first and the last three letters of its words
    (a typo seldom changes both ends of a word), and only the ``shortlist``
    titles sharing most of those with the word asked are compared. The
    rarest ends are counted first, and no more than ``budget`` filings in
    all: an end that half the titles share ("pen" of "pengelolaan") tells
    little, and counting it would make each question cost the whole list."""

    def __init__(self, titles: Iterable[tuple[T, str]], shortlist: int = 32, budget: int = 4096) -> None:
        self._tags: list = []
        self._texts: list[str] = []
        self._filed: dict[str, array] = {}
        self._shortlist = shortlist
        self._budget = budget
        seen: set[str] = set()
        for tag, text in titles:
            if text in seen:  # the first SOP of a title stands for all of them
                continue
            seen.add(text)
            number = len(self._texts)
            self._tags.append(tag)
            self._texts.append(text)
            for part in _ends(text):
                self._filed.setdefault(part, array("I")).append(number)

    def closest(self, word: str, cutoff: float = 0.6, exclude: str | None = None) -> T | None:
        """Like ``closest(word, titles, cutoff)``, the titles equal to ``exclude`` left out;
        the same answer whenever there are no more titles than the shortlist."""
        if len(self._texts) <= self._shortlist:
            numbers: Iterable[int] = range(len(self._texts))
        else:
            shared: Counter[int] = Counter()
            counted = 0
            for filed in sorted((f for part in _ends(word) if (f := self._filed.get(part))), key=len):
                if counted and counted + len(filed) > self._budget:
                    break
                shared.update(filed)
                counted += len(filed)
            numbers = (n for n, _ in shared.most_common(self._shortlist + 1))
        found = closest(word, ((n, self._texts[n]) for n in numbers if self._texts[n] != exclude), cutoff)
        return self._tags[found] if found is not None else None


def _ends(text: str) -> set[str]:
    return {end for word in text.split() for end in (word[:3], word[-3:])}
