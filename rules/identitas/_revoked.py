"""The table of revoked and replaced regulations (rules/data/revoked-regulations.yaml).

Loaded once per process, with ruamel.yaml's safe loader, from the installed
package data (``soplint.rules.data``). Each entry's identity is computed by the
same citation parser that reads the SOPs, so "UU No. 32 Th. 2004" and
"Undang-Undang Nomor 32 Tahun 2004" find the same entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, Final, Mapping

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from ._citation import Citation, find_citations, parse_citation

DATA_PACKAGE: Final = "soplint.rules.data"
DATA_FILE: Final = "revoked-regulations.yaml"
STATUSES: Final = ("dicabut", "dicabut sebagian", "diganti")

Key = tuple[str, str, str, int]


class RevokedDataError(ValueError):
    """The data file is malformed: a packaging fault, caught by the tests."""


@dataclass(frozen=True)
class Regulation:
    type: str
    nomor: str
    tahun: int
    title: str

    @property
    def short(self) -> str:
        """``UU 32/2004``; a slash nomor is kept whole (``Permenpan-RB PER/21/M.PAN/11/2008``)."""
        if self.nomor.isdigit():
            return f"{self.type} {self.nomor}/{self.tahun}"
        return f"{self.type} {self.nomor}"

    @property
    def citation(self) -> Citation:
        return parse_citation(f"{self.type} Nomor {self.nomor} Tahun {self.tahun} tentang {self.title}")


@dataclass(frozen=True)
class RevokedEntry:
    regulation: Regulation
    status: str
    revoked_by: str
    successor: str
    since: str
    sources: tuple[str, ...]
    verified: bool
    key: Key
    successor_title: str | None = None
    successor_amended_by: str | None = None
    articles: str | None = None
    article_ranges: tuple[tuple[int, int], ...] = ()
    note: str | None = None

    @property
    def successor_citation(self) -> str:
        """What to write instead: ``UU 23/2014 tentang Pemerintahan Daerah``."""
        text = self.successor
        if self.successor_title:
            text += f" tentang {self.successor_title}"
        if self.successor_amended_by:
            text += f" sebagaimana telah diubah dengan {self.successor_amended_by}"
        return text

    def applies_to(self, citation: Citation) -> bool:
        """A partly revoked regulation is cited rightly when every article named
        lies outside the revoked ones; naming none, the citation may mean them."""
        if self.status != "dicabut sebagian" or not citation.pasal:
            return True
        return any(low <= pasal <= high for pasal in citation.pasal for low, high in self.article_ranges)


@dataclass(frozen=True)
class RevokedTable:
    entries: tuple[RevokedEntry, ...]
    #: Amended regulations still in force (never reported), for tests and docs.
    amended: tuple[Regulation, ...] = ()
    index: Mapping[Key, RevokedEntry] = field(default_factory=dict, compare=False, repr=False)

    def match(self, citation: Citation) -> RevokedEntry | None:
        key = citation.key
        if key is None:
            return None
        entry = self.index.get(key)
        if entry is None or not entry.applies_to(citation):
            return None
        return entry

    def match_entry(self, text: str, include_unverified: bool = False) -> tuple[Citation, RevokedEntry] | None:
        """The first revoked regulation an entry cites: its own, else one in
        its amendment chain ("... sebagaimana telah diubah dengan UU 11/2020")."""
        for citation in find_citations(text):
            entry = self.match(citation)
            if entry is not None and (entry.verified or include_unverified):
                return citation, entry
        return None


def _text(raw: dict[str, Any], name: str, where: str, required: bool = True) -> str | None:
    value = raw.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
        raise RevokedDataError(f"{where}: {name} must be a non-empty text")
    return str(value).strip()


def _regulation(raw: Any, where: str) -> Regulation:
    if not isinstance(raw, dict):
        raise RevokedDataError(f"{where}: regulation must be a mapping")
    tahun = raw.get("tahun")
    if not isinstance(tahun, int) or isinstance(tahun, bool):
        raise RevokedDataError(f"{where}: regulation.tahun must be a year")
    return Regulation(
        type=_text(raw, "type", where) or "",
        nomor=_text(raw, "nomor", where) or "",
        tahun=tahun,
        title=_text(raw, "title", where) or "",
    )


def _key_of(regulation: Regulation, where: str) -> Key:
    key = regulation.citation.key
    if key is None:
        raise RevokedDataError(f"{where}: the citation parser cannot read {regulation.short!r}")
    return key


_URL: Final = re.compile(r"^https?://\S+$")


def _entry(raw: Any, index: int) -> RevokedEntry:
    where = f"{DATA_FILE}: entries[{index}]"
    if not isinstance(raw, dict):
        raise RevokedDataError(f"{where}: must be a mapping")
    regulation = _regulation(raw.get("regulation"), where)
    status = _text(raw, "status", where)
    if status not in STATUSES:
        raise RevokedDataError(f"{where}: status {status!r} is not one of {STATUSES}")
    sources = raw.get("sources")
    if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and _URL.match(s) for s in sources):
        raise RevokedDataError(f"{where}: sources must be a list of URLs")
    ranges_raw = raw.get("article_ranges") or []
    ranges = tuple((int(low), int(high)) for low, high in ranges_raw)
    if status == "dicabut sebagian" and not (ranges and raw.get("articles")):
        raise RevokedDataError(f"{where}: a partial revocation needs articles and article_ranges")
    verified = raw.get("verified")
    if not isinstance(verified, bool):
        raise RevokedDataError(f"{where}: verified must be true or false")
    return RevokedEntry(
        regulation=regulation,
        status=status,
        revoked_by=_text(raw, "revoked_by", where) or "",
        successor=_text(raw, "successor", where) or "",
        since=_text(raw, "since", where) or "",
        sources=tuple(sources),
        verified=verified,
        key=_key_of(regulation, where),
        successor_title=_text(raw, "successor_title", where, required=False),
        successor_amended_by=_text(raw, "successor_amended_by", where, required=False),
        articles=_text(raw, "articles", where, required=False),
        article_ranges=ranges,
        note=_text(raw, "note", where, required=False),
    )


def parse_table(text: str) -> RevokedTable:
    try:
        data = YAML(typ="safe", pure=False).load(text)
    except YAMLError as error:
        raise RevokedDataError(f"{DATA_FILE}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise RevokedDataError(f"{DATA_FILE}: expected a mapping with a list 'entries'")
    entries = tuple(_entry(raw, i) for i, raw in enumerate(data["entries"]))
    seen: dict[Key, int] = {}
    for i, entry in enumerate(entries):
        if entry.key in seen:
            raise RevokedDataError(f"{DATA_FILE}: entries[{i}] repeats entries[{seen[entry.key]}] ({entry.regulation.short})")
        seen[entry.key] = i
    amended = tuple(
        _regulation(raw.get("regulation") if isinstance(raw, dict) else None, f"{DATA_FILE}: amended[{i}]")
        for i, raw in enumerate(data.get("amended") or [])
    )
    return RevokedTable(entries=entries, amended=amended, index={entry.key: entry for entry in entries})


@lru_cache(maxsize=1)
def load_table() -> RevokedTable:
    """The installed table, read once per process."""
    text = resources.files(DATA_PACKAGE).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_table(text)
