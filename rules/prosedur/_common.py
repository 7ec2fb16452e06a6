"""Small helpers shared by the flow rules: step lists, reference labels, word lists."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable

from soplint.findings import DocPath, format_path
from soplint.loader import load


def step_list(indexes: Iterable[int]) -> str:
    """0-based indexes as the 1-based step numbers authors read: ``4, 5, 6``."""
    return ", ".join(str(i + 1) for i in sorted(indexes))


def step_lists(indexes: Iterable[int]) -> dict[str, str]:
    """The same list as each language reads it: ``4, 5 dan 6`` / ``4, 5 and 6``."""
    numbers = [str(i + 1) for i in sorted(indexes)]
    out = {}
    for lang, conjunction in (("id", "dan"), ("en", "and")):
        if len(numbers) <= 1:
            out[lang] = "".join(numbers)
        else:
            out[lang] = f"{', '.join(numbers[:-1])} {conjunction} {numbers[-1]}"
    return out


def ref_key(path: DocPath) -> str:
    """The reference's key inside its step: ``ke``, ``tidak``, ``cabang.Lengkap``."""
    return format_path(path[2:]) if len(path) > 2 else ""


def ref_text(raw: object) -> str:
    return str(raw) if not isinstance(raw, str) else raw


@dataclass(frozen=True)
class DecisionWords:
    question_words: frozenset[str]
    condition_words: frozenset[str]
    conditionals: frozenset[str]


@lru_cache(maxsize=1)
def decision_words() -> DecisionWords:
    data = load(resources.files("soplint.rules.data").joinpath("keputusan-id.yaml").read_bytes()).data or {}

    def many(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or ())

    return DecisionWords(many("question_words"), many("condition_words"), many("conditionals"))
