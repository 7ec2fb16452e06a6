"""Bytes -> plain data with positions, and the Document family's findings.

The loader composes the document itself from the events of ruamel.yaml's
C-backed parser (libyaml) instead of calling ``compose``:

- one pass gives plain data (dict, list, str, int, float, bool, None) *and*
  the line/column of every key and value, at about the cost of the C composer;
- nothing is ever constructed from a tag: ``!!python/object`` stays text and is
  reported (``yaml-feature-not-allowed``);
- aliases are reported and never expanded, so an alias bomb costs nothing;
- nesting depth is counted on the way, so a hostile ``[[[[...`` is refused
  before it can exhaust the C composer's stack;
- a repeated key is reported at the repetition (``duplicate-key``).

YAML dates stay text (``"2024-01-10"``): the model parses dates, both ISO and
Indonesian, in one place. The core schema of YAML 1.2 decides the other
scalars, so ``no`` and ``ya`` stay strings.

Line breaks follow YAML 1.2 too, so that every position is a line of the file
as editors and ``grep -n`` count them: a lone CR becomes LF (YAML reads both
as one break, so only the count changes), and NEL, LINE SEPARATOR and
PARAGRAPH SEPARATOR, which libyaml (YAML 1.1) takes for breaks, stay text.
No position lies past the end of the file (libyaml counts one more line at
the end of a file without a final newline).

Hostile input never reaches Python's limits: an integer too long for
``int()`` is read as a float; no configuration raises the depth above
``MAX_DEPTH``, where the later stages (which recurse) still have stack to
spare; a problem repeated more than ``MAX_REPORTS_PER_RULE`` times is counted,
not listed (100,000 aliases are one line of output, not 100,000).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field, replace
from typing import Any, Final

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from soplint.findings import DocPath, Violation

try:  # the C parser; the pure one is a fallback that still works, slowly
    from ruamel.yaml.clib._ruamel_yaml import CParser as _Parser

    FAST_PARSER = True
except ImportError:  # pragma: no cover - exercised only without ruamel.yaml.clib
    _Parser = None
    FAST_PARSER = False


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 5 * 1024 * 1024
    max_depth: int = 64
    max_steps: int = 10_000


DEFAULT_LIMITS: Final = Limits()
#: The deepest nesting any configuration may allow: schema checks and rules
#: walk the data recursively, and Python's stack ends near 1,000 frames.
MAX_DEPTH: Final = 256
#: Longer integers are read as floats (infinity, past 1e308): int() refuses
#: them (Python >= 3.11 stops at 4,300 digits) or takes quadratic time (older
#: Pythons). They stay numbers, so no later stage calls int() on their text.
_MAX_INT_DIGITS: Final = 4000

#: Tags of YAML's core schema: harmless when written explicitly.
_CORE_TAGS: Final = {
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "map", "seq", "timestamp")
}

_INT = re.compile(r"^[-+]?[0-9]+$")
_INT_OCT = re.compile(r"^0o[0-7]+$")
_INT_HEX = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_FLOAT_SPECIAL: Final = {
    ".inf": float("inf"), "+.inf": float("inf"), "-.inf": float("-inf"), ".nan": float("nan"),
    ".Inf": float("inf"), "+.Inf": float("inf"), "-.Inf": float("-inf"), ".NaN": float("nan"),
    ".INF": float("inf"), "+.INF": float("inf"), "-.INF": float("-inf"), ".NAN": float("nan"),
}
_BOOL: Final = {"true": True, "True": True, "TRUE": True, "false": False, "False": False, "FALSE": False}
_NULL: Final = {"", "~", "null", "Null", "NULL"}


def resolve_plain(text: str) -> Any:
    """A plain (unquoted) scalar by YAML 1.2's core schema; dates stay text."""
    if text in _NULL:
        return None
    first = text[0]
    if first.isdigit() or first in "-+.":
        if len(text) > _MAX_INT_DIGITS:
            return float(text) if _INT.match(text) else text
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text):
            return float(text)
        if text in _FLOAT_SPECIAL:
            return _FLOAT_SPECIAL[text]
        if _INT_OCT.match(text):
            return int(text[2:], 8)
        if _INT_HEX.match(text):
            return int(text[2:], 16)
        return text
    if text in _BOOL:
        return _BOOL[text]
    return text


@dataclass
class Positions:
    """Where each key and value of the plain data stands (0-based line, column).

    Keyed by ``id()`` of the container, which the data keeps alive.
    """

    root: tuple[int, int] = (0, 0)
    #: id(dict) -> key -> (key_line, key_col, value_line, value_col)
    mappings: dict[int, dict[str, tuple[int, int, int, int]]] = field(default_factory=dict)
    #: id(list) -> [(line, col) of each item]
    sequences: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def locate(self, data: Any, path: DocPath, on_key: bool = False) -> tuple[int, int, bool]:
        """0-based (line, column) of ``path``, and whether it was found exactly.

        A path that does not exist resolves to its nearest existing parent:
        a missing field is reported where it should have been written.
        """
        line, col = self.root
        node = data
        for depth, item in enumerate(path):
            if isinstance(node, dict) and isinstance(item, str) and item in node:
                key_line, key_col, value_line, value_col = self.mappings[id(node)][item]
                child = node[item]
                # a key, a container or an empty value reads best at the key's own line
                if (on_key and depth == len(path) - 1) or child is None or isinstance(child, (dict, list)):
                    line, col = key_line, key_col
                else:
                    line, col = value_line, value_col
                node = child
            elif isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node):
                line, col = self.sequences[id(node)][item]
                node = node[item]
            else:
                return line, col, False
        return line, col, True


@dataclass(frozen=True)
class Loaded:
    """The loader's result. ``data`` is None when nothing usable was read."""

    text: str
    data: Any
    positions: Positions
    problems: tuple[Violation, ...]
    #: True when the top level is a mapping holding any SOP key.
    is_sop: bool


SOP_KEYS: Final = ("identitas", "prosedur")


def _problem(rule: str, message: str, line: int, column: int, **args: Any) -> Violation:
    return Violation((), message, args, line=line, column=column, rule=rule)


# --------------------------------------------------------------------------- decoding

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, None),  # checked before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, None),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _line_col_of_text(before: str) -> tuple[int, int]:
    """0-based line and column (in characters) just after ``before``."""
    return before.count("\n"), len(before) - (before.rfind("\n") + 1)


def _undecodable(body: bytes, exc: UnicodeDecodeError, encoding: str, skipped: int) -> Violation:
    # everything before the first bad byte decodes: count lines and characters there
    line, col = _line_col_of_text(body[: exc.start].decode(encoding, "replace"))
    offset = exc.start + skipped
    if encoding == "utf-8":
        return _problem(
            "encoding", "not-utf8", line, col, byte=f"0x{body[exc.start]:02X}", offset=offset,
            line_no=line + 1, col_no=col + 1,
        )
    label = "UTF-16"
    return _problem("encoding", "bad-bytes", line, col, encoding=label, offset=offset, line_no=line + 1, col_no=col + 1)


#: Control bytes besides NUL, tab and line breaks: with a NUL, the mark of a binary file.
_CONTROL_BYTES: Final = re.compile(rb"[\x01-\x08\x0b\x0c\x0e-\x1f]")


def _looks_utf16(head: bytes) -> bool:
    """Text in UTF-16 without a BOM: every other byte is zero (Latin text)."""
    even, odd = head[0::2], head[1::2]
    if len(odd) < 2:
        return False
    return (odd.count(0) * 10 >= len(odd) * 9 and even.count(0) * 10 < len(even)) or (
        even.count(0) * 10 >= len(even) * 9 and odd.count(0) * 10 < len(odd)
    )


def decode(data: bytes) -> tuple[str | None, Violation | None]:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is a finding.

    A stray NUL in otherwise readable text is left to the parser, which names
    its line and column; a file that is mostly NULs is binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding is None:
                return None, _problem("encoding", "utf32", 0, 0)
            body = data[len(bom):]
            try:
                return body.decode(encoding), None
            except UnicodeDecodeError as exc:
                return None, _undecodable(body, exc, encoding, len(bom))
    head = data[:8192]
    nul_in_head = b"\x00" in head
    if nul_in_head:
        if _looks_utf16(head):
            return None, _problem("encoding", "utf16-no-bom", 0, 0)
        if head.count(0) * 10 > len(head) or _CONTROL_BYTES.search(head):
            return None, _problem("encoding", "binary", 0, 0)
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        if nul_in_head:
            return None, _problem("encoding", "binary", 0, 0)
        return None, _undecodable(data, exc, "utf-8", 0)


# --------------------------------------------------------------------------- line breaks

_LONE_CR: Final = re.compile(r"\r(?!\n)")
#: Breaks in YAML 1.1 (libyaml) but text in YAML 1.2: NEL, LINE and PARAGRAPH SEPARATOR.
_YAML11_BREAKS: Final = re.compile("[\x85\u2028\u2029]")
#: Stand-ins from a private-use plane: one character each, so columns stay right.
_STAND_INS: Final = "\U0010fff0\U0010fff1\U0010fff2"


def _normalise_breaks(text: str) -> tuple[str, str, dict[int, str] | None]:
    """(text for positions, text for the parser, table restoring scalars).

    A lone CR becomes LF: YAML reads both as one line break, and a finding's
    line is then the line that editors and ``grep -n`` show.
    """
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    if not _YAML11_BREAKS.search(text):
        return text, text, None
    if any(c in text for c in _STAND_INS):
        # a file holding the stand-ins already (only a fuzzer writes that): a
        # space keeps every position, at the cost of those characters
        return text, _YAML11_BREAKS.sub(" ", text), None
    forward = str.maketrans("\x85\u2028\u2029", _STAND_INS)
    back = {ord(stand_in): original for stand_in, original in zip(_STAND_INS, "\x85\u2028\u2029")}
    return text, text.translate(forward), back


# --------------------------------------------------------------------------- composing


class _Stop(Exception):
    """Raised inside the composer to end reading (a limit was passed)."""


def _index_to_line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index)
    return line, index - (text.rfind("\n", 0, index) + 1)


def _end_of(text: str) -> tuple[int, int]:
    """(line, column) just after the last character: no position lies beyond it."""
    return text.count("\n"), len(text) - text.rfind("\n") - 1


def _syntax_problem(text: str, exc: YAMLError) -> Violation:
    problem = _syntax_problem_at_mark(text, exc)
    end = _end_of(text)
    if (problem.line or 0) > end[0]:  # libyaml adds a line break at the end of a file that has none
        problem = replace(problem, line=end[0], column=end[1])
    return problem


def _syntax_problem_at_mark(text: str, exc: YAMLError) -> Violation:
    if isinstance(exc, MarkedYAMLError) and exc.problem_mark is not None:
        mark = exc.problem_mark
        problem = exc.problem or str(exc)
        context = exc.context or ""
        # An unclosed bracket or quote is found only where the parser gives up,
        # often lines later; where it was opened is what the author must fix.
        opened = exc.context_mark
        if opened is not None and any(word in context for word in ("flow", "quoted")):
            mark = opened
        return _problem("yaml-syntax", "syntax", mark.line, mark.column, problem=problem, context=context)
    position = getattr(exc, "position", None)
    if isinstance(position, int):  # ReaderError: a character YAML does not allow
        if FAST_PARSER:  # libyaml counts bytes of the UTF-8 text, not characters
            position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore"))
        line, col = _index_to_line_col(text, position)
        character = getattr(exc, "character", 0)
        number = ord(character) if isinstance(character, str) and character else int(character or 0)
        code = f"U+{number:04X}"
        return _problem("yaml-syntax", "bad-character", line, col, character=code)
    return _problem("yaml-syntax", "syntax", 0, 0, problem=str(exc).splitlines()[0], context="")


#: Repeated problems of one rule listed per file; the rest are counted in one
#: more finding. A file of 100,000 aliases must not become 100,000 findings.
MAX_REPORTS_PER_RULE: Final = 100


class _Composer:
    def __init__(self, text: str, limits: Limits, restore: dict[int, str] | None = None) -> None:
        self.text = text
        self.limits = limits
        self.restore = restore
        self.positions = Positions()
        self.problems: list[Violation] = []
        self.root_value: Any = None
        self.reported: dict[str, int] = {}
        self.first_unlisted: dict[str, Any] = {}
        #: (line, column) just after the last character: no position lies beyond it.
        self.end = _end_of(text)

    def report(self, rule: str, message: str, mark, **args: Any) -> None:
        """``mark``: a parser mark, or a (line, column) pair."""
        count = self.reported.get(rule, 0) + 1
        self.reported[rule] = count
        line, column = mark if isinstance(mark, tuple) else (mark.line, mark.column)
        if line > self.end[0]:
            line, column = self.end
        if count <= MAX_REPORTS_PER_RULE:
            self.problems.append(_problem(rule, message, line, column, **args))
        elif count == MAX_REPORTS_PER_RULE + 1:
            self.first_unlisted[rule] = (line, column)

    def unlisted(self) -> list[Violation]:
        """One finding per rule for the problems past the listing limit."""
        return [
            _problem(rule, "more", line, column, count=self.reported[rule] - MAX_REPORTS_PER_RULE)
            for rule, (line, column) in self.first_unlisted.items()
        ]

    def feature(self, message: str, mark, **args: Any) -> None:
        self.report("yaml-feature-not-allowed", message, mark, **args)

    def scalar(self, event) -> Any:
        if event.anchor is not None:
            self.feature("anchor", event.start_mark, anchor=event.anchor)
        value = event.value
        if self.restore is not None:
            value = value.translate(self.restore)
        tag = event.tag
        if tag is not None and tag != "!":
            if tag not in _CORE_TAGS:
                self.feature("tag", event.start_mark, tag=tag)
                return value  # kept as text, never constructed
            if tag.endswith(":str") or tag.endswith(":timestamp"):
                return value
            return resolve_plain(value) if value else None
        if event.style == "" or event.style is None:
            return resolve_plain(value)
        return value

    def compose(self) -> tuple[Any, int]:
        """Returns (data of the first document, number of documents)."""
        parser = _Parser(self.text) if FAST_PARSER else None
        get_event = parser.get_event if parser is not None else _pure_events(self.text)
        documents = 0
        stack: list[Any] = []  # containers being filled
        keys: list[Any] = []  # for mappings: pending key, or _NO_KEY
        key_marks: list[Any] = []
        max_depth = min(self.limits.max_depth, MAX_DEPTH)
        while True:
            event = get_event()
            kind = type(event)
            if kind is ev.StreamEndEvent:
                break
            if kind is ev.DocumentStartEvent:
                documents += 1
                if documents == 2:
                    self.feature("documents", event.start_mark)
                continue
            if kind in (ev.StreamStartEvent, ev.DocumentEndEvent):
                continue
            if documents > 1:  # later documents are parsed (syntax) but not kept
                continue
            if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                if len(stack) >= max_depth:
                    self.report("too-large", "depth", event.start_mark, limit=max_depth)
                    raise _Stop
                if event.anchor is not None:
                    self.feature("anchor", event.start_mark, anchor=event.anchor)
                if event.tag is not None and event.tag != "!" and event.tag not in _CORE_TAGS:
                    self.feature("tag", event.start_mark, tag=event.tag)
                container: Any = {} if kind is ev.MappingStartEvent else []
                if kind is ev.MappingStartEvent:
                    self.positions.mappings[id(container)] = {}
                else:
                    self.positions.sequences[id(container)] = []
                value = container
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                stack.pop()
                keys.pop()
                key_marks.pop()
                continue
            elif kind is ev.AliasEvent:
                self.feature("alias", event.start_mark, anchor=event.anchor)
                value = None  # never expanded
            else:  # ScalarEvent
                value = self.scalar(event)
            self._attach(stack, keys, key_marks, value, event.start_mark)
            if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                stack.append(value)
                keys.append(_NO_KEY)
                key_marks.append(None)
        return self.root_value, documents

    def _attach(self, stack, keys, key_marks, value, mark) -> None:
        line, column = mark.line, mark.column
        if line > self.end[0]:  # libyaml adds a line break at the end of a file that has none
            line, column = self.end
        if not stack:
            self.positions.root = (line, column)
            self.root_value = value
            return
        parent = stack[-1]
        if isinstance(parent, list):
            parent.append(value)
            self.positions.sequences[id(parent)].append((line, column))
            return
        pending = keys[-1]
        if pending is _NO_KEY:
            if isinstance(value, (dict, list)):
                # a complex key (``? [a, b]``): not an SOP thing; keep its text position
                self.feature("complex-key", mark)
                keys[-1] = _COMPLEX_KEY
            else:
                keys[-1] = "" if value is None else str(value) if not isinstance(value, bool) else str(value).lower()
            key_marks[-1] = (line, column)
            return
        keys[-1] = _NO_KEY
        key_mark = key_marks[-1]
        if pending is _COMPLEX_KEY:
            return
        if pending in parent:
            first = self.positions.mappings[id(parent)][pending]
            self.report("duplicate-key", "duplicate", key_mark, key=pending, first_line=first[0] + 1)
            return  # the first occurrence stands
        parent[pending] = value
        self.positions.mappings[id(parent)][pending] = (*key_mark, line, column)


_NO_KEY: Final = object()
_COMPLEX_KEY: Final = object()


def _pure_events(text: str):
    from ruamel.yaml import YAML

    iterator = iter(YAML(typ="safe", pure=True).parse(text))
    return lambda: next(iterator)


def load(source: bytes, limits: Limits = DEFAULT_LIMITS) -> Loaded:
    """Read one file's bytes. Never raises on any input."""
    if len(source) > limits.max_bytes:
        problem = _problem("too-large", "file-size", 0, 0, size=len(source), limit=limits.max_bytes)
        return Loaded("", None, Positions(), (problem,), False)
    text, problem = decode(source)
    if text is None:
        return Loaded("", None, Positions(), (problem,) if problem else (), False)
    if text.startswith("\ufeff"):  # a BOM inside UTF-16 text, or doubled
        text = text[1:]
    text, parser_text, restore = _normalise_breaks(text)
    composer = _Composer(parser_text, limits, restore)
    data: Any = None
    try:
        data, documents = composer.compose()
    except _Stop:
        return Loaded(text, None, composer.positions, tuple(composer.problems), False)
    except YAMLError as exc:
        problems = (*composer.problems, *composer.unlisted(), _syntax_problem(parser_text, exc))
        return Loaded(text, None, composer.positions, problems, False)
    except RecursionError:  # the pure parser on deep input
        problem = _problem("too-large", "depth", 0, 0, limit=limits.max_depth)
        return Loaded(text, None, composer.positions, tuple(composer.problems) + (problem,), False)
    except Exception as exc:  # a parser fault must stay a finding; ``internal`` lets the fuzz tests see it
        problem = _problem("yaml-syntax", "syntax", 0, 0, problem=f"{type(exc).__name__}: {exc}", context="", internal=True)
        return Loaded(text, None, composer.positions, tuple(composer.problems) + (problem,), False)
    problems = [*composer.problems, *composer.unlisted()]
    if documents == 0 or (data is None and not text.strip("\n\r\t ")):
        problems.append(_problem("schema", "empty-file", 0, 0))
        return Loaded(text, None, composer.positions, tuple(problems), False)
    if not isinstance(data, dict):
        line, col = composer.positions.root
        kind = "list" if isinstance(data, list) else "scalar"
        problems.append(_problem("schema", "top-not-mapping", line, col, kind=kind))
        return Loaded(text, None, composer.positions, tuple(problems), False)
    is_sop = any(key in data for key in SOP_KEYS)
    return Loaded(text, data, composer.positions, tuple(problems), is_sop)
