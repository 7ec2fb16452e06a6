"""The repository stage: rules across all the SOPs of one run.

Each checked SOP contributes an ``IndexEntry`` (nomor, nama, unit and
keterkaitan, each with its position) while it is linted. The run keeps it in
a ``RepositoryIndex``: hashes of the normalised texts and their positions,
and of the texts only the nama as written, so that a national inventory's run
grows by under two hundred bytes per SOP. Whole documents are never kept.

After the last file, repository rules (``stage="repository"``) run over the
index: their ``check(index, None, options)`` yields ``(number, Violation)``
pairs, ``number`` being the SOP's place in the index and the violation
carrying the line and column of the mention it is about. A rule compares
keys (``index.nomor_keys`` ...) and asks for texts (``index.nomor(number)``,
``index.mention(number, row)``, ``index.identitas(number)``) only for what it
reports: they are read back from the file then, as the source lines of the
findings are.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections import OrderedDict
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from soplint.findings import DocPath, Finding, Violation, format_path

if TYPE_CHECKING:
    from soplint.config import Config
    from soplint.loader import Limits, Loaded
    from soplint.model import Identitas, SopDocument
    from soplint.registry import Registry
    from soplint.suppressions import Suppression


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    path: DocPath
    line: int  # 0-based, as the loader gives
    column: int


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One SOP's contribution, as the document stage hands it over."""

    file: str
    nomor: Mention | None
    nama: Mention | None
    #: instansi and unit_kerja, normalised
    unit: str
    keterkaitan: tuple[Mention, ...]
    suppressions: tuple["Suppression", ...] = ()
    ignored: frozenset[str] = frozenset()


_SPACES = re.compile(r"\s+")
_SOP_PREFIX = re.compile(r"^(sop|standar operasional prosedur)(\s+ap)?\s*[:\-–]?\s+", re.IGNORECASE)
_SOP_WORD = re.compile(r"^\s*sop\s+", re.IGNORECASE)


def normalise_title(text: str) -> str:
    """Compare titles as people mean them: case, spacing and a leading "SOP" aside."""
    folded = _SPACES.sub(" ", text.strip()).casefold()
    return _SOP_PREFIX.sub("", folded).strip(" .")


def normalise_nomor(text: str) -> str:
    """Compare numbers without regard to case and spaces."""
    return _SPACES.sub("", text).casefold()


def unit_of(identitas: "Identitas") -> str:
    return " / ".join(normalise_title(p) for p in (identitas.instansi or "", identitas.unit_kerja or ""))


#: The key of an absent value. ``hash()`` never returns -1 (CPython reserves
#: it for errors), so no text has this key.
NONE = -1


def key(text: str) -> int:
    """The key of a normalised text. Keys of two different texts collide with a
    chance of about one in 2**64 per pair: duplicates are confirmed on the texts
    read back, and a keterkaitan resolved by a collision is a risk accepted."""
    return hash(text)


_NOMOR_PATH: DocPath = ("identitas", "nomor")
_NAMA_PATH: DocPath = ("identitas", "nama")


def _mention(loaded: "Loaded", text: str, path: DocPath) -> Mention:
    line, column, _ = loaded.positions.locate(loaded.data, path)
    return Mention(text, path, line, column)


def index_entry(file: str, doc: "SopDocument", loaded: "Loaded", suppressions, ignored: frozenset[str]) -> IndexEntry:
    identitas = doc.identitas
    nomor = _mention(loaded, identitas.nomor, _NOMOR_PATH) if identitas.nomor else None
    nama = _mention(loaded, identitas.nama, _NAMA_PATH) if identitas.nama else None
    related = tuple(_mention(loaded, e.text, e.path) for e in identitas.keterkaitan or ())
    return IndexEntry(file, nomor, nama, unit_of(identitas), related, tuple(suppressions), ignored)


class _Positions:
    """Line and column pairs in one array: 8 bytes a mention."""

    __slots__ = ("_values",)

    def __init__(self) -> None:
        self._values = array("I")

    def add(self, mention: Mention | None) -> None:
        self._values.extend((mention.line, mention.column) if mention else (0, 0))

    def __getitem__(self, number: int) -> tuple[int, int]:
        return self._values[2 * number], self._values[2 * number + 1]


def _table_id(value, ids: dict, values: list) -> int:
    """The number of a value in a table of distinct values (folders, paths), added if new."""
    found = ids.get(value)
    if found is None:
        found = ids[value] = len(values)
        values.append(value)
    return found


class RepositoryIndex:
    """The SOPs of one run, compactly: per SOP, the keys of its nomor, nama
    (within its unit) and keterkaitan with their positions, its file name and
    its nama as written (the candidates of a did-you-mean). Arrays, not
    objects: an SOP costs under two hundred bytes however many are checked."""

    def __init__(self, limits: "Limits | None" = None) -> None:
        self._limits = limits
        # file names: the folder once in a table, the base name in one byte string
        self._folders: dict[str, int] = {}
        self._folder_names: list[str] = []
        self._file_folder = array("I")
        self._base_names = bytearray()
        self._base_ends = array("I")
        self.nomor_keys = array("q")
        #: the unit and the title together: SOPs of different units may share a title
        self.nama_keys = array("q")
        self.title_keys = array("q")
        self._nomor_at = _Positions()
        self._nama_at = _Positions()
        # each SOP's nama as written: the one text kept, as the did-you-mean
        # candidates of every keterkaitan (about 40 bytes an SOP)
        self._titles = bytearray()
        self._title_ends = array("I")
        # keterkaitan: one row per mention, SOP n owning rows _related_ends[n-1]:_related_ends[n]
        self._related_ends = array("I")
        self.related_title_keys = array("q")
        self.related_nomor_keys = array("q")
        #: the nomor key of a mention written "SOP <nomor>"
        self.related_bare_nomor_keys = array("q")
        self._related_at = _Positions()
        self._related_path = array("I")
        self._paths: list[DocPath] = []
        self._path_ids: dict[DocPath, int] = {}
        # rare, so kept by SOP number only where present
        self._suppressions: dict[int, tuple["Suppression", ...]] = {}
        self._ignored: dict[int, frozenset[str]] = {}
        self._reread: OrderedDict[str, tuple[list[str], "Identitas | None"]] = OrderedDict()

    @classmethod
    def of(cls, entries: Iterable[IndexEntry], limits: "Limits | None" = None) -> "RepositoryIndex":
        index = cls(limits)
        for entry in entries:
            index.add(entry)
        return index

    def add(self, entry: IndexEntry) -> None:
        number = len(self)
        folder, slash, base = entry.file.rpartition("/")
        self._file_folder.append(_table_id(folder + slash, self._folders, self._folder_names))
        self._base_names += base.encode("utf-8", "surrogatepass")
        self._base_ends.append(len(self._base_names))

        self.nomor_keys.append(key(normalise_nomor(entry.nomor.text)) if entry.nomor else NONE)
        self._nomor_at.add(entry.nomor)
        title = normalise_title(entry.nama.text) if entry.nama else None
        self.nama_keys.append(key(f"{entry.unit}\n{title}") if title is not None else NONE)
        self.title_keys.append(key(title) if title is not None else NONE)
        self._nama_at.add(entry.nama)
        self._titles += entry.nama.text.encode("utf-8", "surrogatepass") if entry.nama else b""
        self._title_ends.append(len(self._titles))

        for mention in entry.keterkaitan:
            self.related_title_keys.append(key(normalise_title(mention.text)))
            self.related_nomor_keys.append(key(normalise_nomor(mention.text)))
            self.related_bare_nomor_keys.append(key(normalise_nomor(_SOP_WORD.sub("", mention.text))))
            self._related_at.add(mention)
            self._related_path.append(_table_id(mention.path, self._path_ids, self._paths))
        self._related_ends.append(len(self.related_title_keys))

        if entry.suppressions:
            self._suppressions[number] = entry.suppressions
        if entry.ignored:
            self._ignored[number] = entry.ignored

    def __len__(self) -> int:
        return len(self._base_ends)

    def file(self, number: int) -> str:
        start = self._base_ends[number - 1] if number else 0
        base = self._base_names[start:self._base_ends[number]].decode("utf-8", "surrogatepass")
        return self._folder_names[self._file_folder[number]] + base

    def suppressions(self, number: int) -> tuple["Suppression", ...]:
        return self._suppressions.get(number, ())

    def ignored(self, number: int) -> frozenset[str]:
        return self._ignored.get(number, frozenset())

    def related(self, number: int) -> range:
        """The rows of an SOP's keterkaitan mentions."""
        return range(self._related_ends[number - 1] if number else 0, self._related_ends[number])

    # --- texts: the nama is kept; the others are read back from the file, only for what is reported

    def nomor(self, number: int) -> Mention | None:
        identitas = self.identitas(number)
        line, column = self._nomor_at[number]
        text = identitas.nomor if identitas else None
        return Mention(text, _NOMOR_PATH, line, column) if text is not None and self.nomor_keys[number] != NONE else None

    def nama(self, number: int) -> Mention | None:
        text = self.title(number)
        return Mention(text, _NAMA_PATH, *self._nama_at[number]) if text is not None else None

    def mention(self, number: int, row: int) -> Mention:
        """A keterkaitan mention of SOP ``number`` (a row of ``related(number)``)."""
        path = self._paths[self._related_path[row]]
        line, column = self._related_at[row]
        identitas = self.identitas(number)
        # rows are added in the order of the SOP's keterkaitan: the k-th row is its k-th entry
        entries = (identitas.keterkaitan or ()) if identitas else ()
        k = row - self.related(number).start
        text = entries[k].text if k < len(entries) and entries[k].path == path else None
        return Mention(text if text is not None else "?", path, line, column)

    def title(self, number: int) -> str | None:
        """An SOP's nama as written (kept in the index, not read back)."""
        if self.title_keys[number] == NONE:
            return None
        start = self._title_ends[number - 1] if number else 0
        return self._titles[start:self._title_ends[number]].decode("utf-8", "surrogatepass")

    def titles(self) -> Iterator[tuple[int, str]]:
        """(SOP number, nama as written) of every SOP with a nama, one at a time."""
        for number in range(len(self)):
            if (title := self.title(number)) is not None:
                yield number, title

    def identitas(self, number: int) -> "Identitas | None":
        return self._read_back(self.file(number))[1]

    def source_line(self, number: int, line: int) -> str:
        """The text of a 0-based line of an SOP's file."""
        lines = self._read_back(self.file(number))[0]
        return lines[line] if 0 <= line < len(lines) else ""

    def _read_back(self, file: str) -> tuple[list[str], "Identitas | None"]:
        # The file is read a second time. Should it have changed since the
        # first reading, the texts shown are its new ones (or "?"): the
        # finding itself was decided on the first.
        if file in self._reread:
            self._reread.move_to_end(file)
            return self._reread[file]
        from soplint.files import Unreadable, read_regular
        from soplint.loader import DEFAULT_LIMITS, load
        from soplint.model import build_document

        limits = self._limits or DEFAULT_LIMITS
        try:
            loaded = load(read_regular(file, limits.max_bytes), limits)  # type: ignore[arg-type]
        except (Unreadable, OSError):
            found: tuple[list[str], Identitas | None] = ([], None)
        else:
            identitas = build_document(loaded.data).identitas if loaded.data is not None else None
            found = ((loaded.text or "").replace("\r\n", "\n").split("\n"), identitas)
        self._reread[file] = found
        if len(self._reread) > 64:  # bounded: a run with a finding in every SOP reads them one by one
            self._reread.popitem(last=False)
        return found

    # --- grouping

    def groups(self, keys: Sequence[int]) -> Iterator[list[int]]:
        """The SOP numbers sharing a key, two or more, each group in file order."""
        ordered = sorted(k for k in keys if k != NONE)
        repeated = {a for a, b in pairwise(ordered) if a == b}
        del ordered
        members: dict[int, list[int]] = {}
        for number, k in enumerate(keys):
            if k in repeated:
                members.setdefault(k, []).append(number)
        for group in members.values():
            yield sorted(group, key=self.file)


class KeySet:
    """Keys for membership tests: a sorted array, not a set of objects."""

    __slots__ = ("_keys",)

    def __init__(self, keys: Iterable[int]) -> None:
        self._keys = array("q", sorted(k for k in keys if k != NONE))

    def __contains__(self, wanted: object) -> bool:
        at = bisect_left(self._keys, wanted)  # type: ignore[call-overload]
        return at < len(self._keys) and self._keys[at] == wanted


def lint_repository(
    index: "RepositoryIndex | Sequence[IndexEntry]", config: "Config", registry: "Registry"
) -> dict[str, list[Finding]]:
    """Findings of the repository rules, by file, suppressions applied."""
    from soplint.engine import MAX_FINDINGS_PER_RULE, MAX_VIOLATIONS_PER_RULE, _render, left_out, rule_error
    from soplint.suppressions import apply_suppressions

    if not isinstance(index, RepositoryIndex):
        index = RepositoryIndex.of(index, config.limits)
    if not len(index):
        return {}

    def resolve(n: str) -> str | None:
        rule = registry.get(n)
        return rule.name if rule else None

    by_number: dict[int, list[Finding]] = {}
    # foreign code may yield without end: a bound on the work, and on what is kept
    limit = MAX_VIOLATIONS_PER_RULE + MAX_FINDINGS_PER_RULE * len(index)
    for name, active in config.rules.items():
        rule = registry.rules.get(name)
        if rule is None or rule.stage != "repository":
            continue
        counts: dict[int, int] = {}
        first_left_out: dict[int, Finding] = {}
        try:
            # one violation at a time: its file is still among those read back
            for produced, item in enumerate(rule.check(index, None, active.options), 1):  # type: ignore[arg-type]
                if produced > limit:
                    raise RuntimeError(f"yielded more than {limit} violations")
                number, violation = _checked(item, len(index))
                if name in index.ignored(number):
                    continue
                finding = _finding(index, number, name, rule, active, violation, config.lang)
                if index.suppressions(number):
                    # unused-suppression accounting is per file, done by the document stage
                    if not apply_suppressions([finding], index.suppressions(number), resolve, frozenset()).kept:
                        continue
                count = counts[number] = counts.get(number, 0) + 1
                if count <= MAX_FINDINGS_PER_RULE:
                    by_number.setdefault(number, []).append(finding)
                elif count == MAX_FINDINGS_PER_RULE + 1:
                    first_left_out[number] = finding
        except (Exception, SystemExit) as exc:  # a broken rule is a finding (what it found before stays), and the run goes on
            error = registry.rules.get("rule-error")
            violation = rule_error(name, exc)
            by_number.setdefault(0, []).append(
                Finding("rule-error", error.code if error else "E901", active.severity,
                        _render(error, violation, config.lang), index.file(0), 1, 1, "")
            )
        for number, first in first_left_out.items():
            by_number[number].append(left_out(first, counts[number] - MAX_FINDINGS_PER_RULE, config.lang))

    by_file: dict[str, list[Finding]] = {}
    for number, findings in sorted(by_number.items()):
        by_file.setdefault(index.file(number), []).extend(findings)
    return by_file


def _checked(item: object, count: int) -> tuple[int, Violation]:
    """A repository rule's ``(sop_number, Violation)``, or TypeError: plugins are foreign code."""
    if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Violation)):
        raise TypeError(f"yielded {type(item).__name__}, not (sop_number, Violation)")
    number = item[0]
    if not (isinstance(number, int) and not isinstance(number, bool) and 0 <= number < count):
        raise TypeError(f"yielded SOP number {number!r}, not one of 0..{count - 1}")
    return number, item[1]


def _finding(index: RepositoryIndex, number: int, name: str, rule, active, violation: Violation, lang: str) -> Finding:
    """A located finding, its source line read back while the file is at hand."""
    from soplint.engine import _render

    line = violation.line or 0
    return Finding(
        rule=name, code=rule.code, severity=active.severity_of(violation.severity), message=_render(rule, violation, lang),
        file=index.file(number), line=line + 1, column=(violation.column or 0) + 1,
        path=format_path(violation.path), step=None, snippet=index.source_line(number, line),
    )


def at(mention: Mention, message: str, **args) -> Violation:
    """A violation located at a mention (the helper repository rules use)."""
    return Violation(mention.path, message, args, line=mention.line, column=mention.column)
