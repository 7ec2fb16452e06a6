"""What rules yield (Violation) and what users see (Finding).

A rule knows nothing of files, lines or its configured severity: it yields a
``Violation`` that names a *document path* and a message key. The engine turns
the path into a line and column, stamps the rule's name, code and severity and
renders the message in the user's language, giving a ``Finding``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any, Mapping, Union

#: A document path: keys and 0-based list indexes from the top of the file,
#: e.g. ``("prosedur", 3, "pelaksana")``.
PathItem = Union[str, int]
DocPath = tuple[PathItem, ...]


class Severity(IntEnum):
    """Ordered so that ``severity >= Severity.WARNING`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (error, warning, info)") from None


@dataclass(frozen=True)
class Violation:
    """One problem found by a rule, located by document path.

    ``message`` is a key into the rule's message catalogue; ``args`` fill its
    placeholders. ``on_key`` points at the mapping key itself rather than its
    value (for an unknown or repeated key). ``line``/``column`` are set only by
    the stages that work below the document model (loader, schema), where a
    path may not exist.
    """

    path: DocPath
    message: str
    args: Mapping[str, Any] = field(default_factory=dict)
    on_key: bool = False
    line: int | None = None
    column: int | None = None
    rule: str | None = None  # set by load/schema stages that emit for several rules
    #: A rule whose cases differ in weight (no ``mulai`` at all vs a second
    #: ``mulai``) names the case's severity here. It applies while the user
    #: has not configured the rule's severity; a configured severity wins.
    severity: "Severity | None" = None


def format_path(path: DocPath) -> str:
    """``("prosedur", 3, "pelaksana")`` -> ``prosedur[3].pelaksana``."""
    out: list[str] = []
    for item in path:
        if isinstance(item, int):
            out.append(f"[{item}]")
        else:
            out.append(f".{item}" if out else str(item))
    return "".join(out)


def step_of(path: DocPath) -> int | None:
    """The 1-based step number a path lies in, or None outside ``prosedur``."""
    if len(path) >= 2 and path[0] == "prosedur" and isinstance(path[1], int):
        return path[1] + 1
    return None


@dataclass(frozen=True, slots=True)
class Finding:
    """A located, rendered finding as reporters receive it.

    ``line`` and ``column`` are 1-based (0 when the whole file is meant).
    ``snippet`` is the offending source line, kept so that reporters stay pure
    and the run need not hold every file's text.
    """

    rule: str
    code: str
    severity: Severity
    message: str
    file: str
    line: int
    column: int
    path: str
    step: int | None = None
    snippet: str = ""
    #: 0-based column of the source line at which ``snippet`` starts (long
    #: lines are cut to a window; a leading "…" stands for what was cut).
    snippet_start: int = 0

    @property
    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.rule, self.message)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "code": self.code,
            "severity": self.severity.label,
            "message": self.message,
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "step": self.step,
        }
