"""Reading a dasar hukum entry as a citation: jenis, Nomor, Tahun, tentang.

Authors write citations in many ways: "Undang-Undang Nomor 23 Tahun 2014
tentang Pemerintahan Daerah", "UU No. 23 Th. 2014", "UU 23/2014",
"Permendagri Nomor 80 Tahun 2015", "Peraturan Menteri Keuangan Nomor
113/PMK.05/2012". ``find_citations`` finds each regulation an entry cites (the
entry's own, then any in its "sebagaimana telah diubah ..." chain) and
``Citation.key`` gives the identity used to compare a citation with the
revoked-regulations table, so that spelling variants of one regulation compare
equal.

Pure functions, no YAML, no rule metadata: unit-tested on their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

# --------------------------------------------------------------------------- types of regulation

#: (family, display label, regex of the words that open a citation). Order
#: matters: at one position the first alternative that matches wins, so longer
#: names come before their prefixes ("Undang-Undang Dasar" before
#: "Undang-Undang", "Keputusan Presiden" before "Keputusan").
_UU = r"undang[\s\-–]*undang"
_HEADS: Final[tuple[tuple[str, str, str], ...]] = (
    ("UUD", "UUD", rf"{_UU}\s+dasar(?:\s+negara\s+republik\s+indonesia)?|uud(?:\s*nri)?"),
    ("PERPPU", "Perppu", rf"peraturan\s+pemerintah\s+pengganti\s+{_UU}|perppu|perpu"),
    ("UU", "UU", rf"{_UU}|uu"),
    ("PERPRES", "Perpres", r"peraturan\s+presiden|perpres"),
    ("KEPPRES", "Keppres", r"keputusan\s+presiden|keppres|kepres"),
    ("INPRES", "Inpres", r"instruksi\s+presiden|inpres"),
    ("PP", "PP", r"peraturan\s+pemerintah|pp"),
    # Ministers: the issuer follows ("Peraturan Menteri Dalam Negeri") or is
    # fused into the abbreviation ("Permendagri", "PermenPAN-RB", "PMK").
    ("PERMEN", "Permen", r"peraturan\s+menteri|permen(?:[a-z]+(?:\s*-\s*rb)?)?|pmk|pma"),
    ("KEPMEN", "Kepmen", r"keputusan\s+menteri|kepmen(?:[a-z]+(?:\s*-\s*rb)?)?|kmk"),
    ("INSTRUKSI", "Instruksi Menteri", r"instruksi\s+menteri|inmen[a-z]*"),
    ("SE", "Surat Edaran", r"surat\s+edaran"),
    ("PERDPRD", "Peraturan DPRD", r"peraturan\s+(?:dewan\s+perwakilan\s+rakyat\s+daerah|dprd)"),
    ("PERKADA", "Perkada", r"peraturan\s+kepala\s+daerah|perkada"),
    ("PERDA", "Perda", r"peraturan\s+daerah|perda|qanun"),
    ("PERGUB", "Pergub", r"peraturan\s+gubernur|pergub"),
    ("PERBUP", "Perbup", r"peraturan\s+bupati|perbup"),
    ("PERWALI", "Perwali", r"peraturan\s+wali\s*kota|perwali|perwalkot"),
    # Agencies (lembaga): Perka ANRI, Peraturan BKN, Peraturan LKPP, Perki ...
    (
        "LEMBAGA",
        "Peraturan Lembaga",
        r"peraturan\s+(?:kepala|badan|lembaga|komisi|arsip|sekretaris\s+jenderal)"
        r"|peraturan\s+(?:anri|bkn|lkpp|bpk|bpkp|kpu|bawaslu|lan|bnpb|bps|ombudsman)"
        r"|perka|perki|perlem|perban",
    ),
    ("KEPUTUSAN", "Keputusan", r"surat\s+keputusan|keputusan|kepgub|kepbup|kepwal|sk"),
    ("INSTRUKSI", "Instruksi", r"instruksi"),
    ("PERATURAN", "Peraturan", r"peraturan"),
)

_HEAD: Final = re.compile(
    "|".join(f"(?P<h{i}>(?<![\\w-])(?:{pattern})(?![\\w]))" for i, (_, _, pattern) in enumerate(_HEADS)),
    re.IGNORECASE,
)

#: Families whose issuer is the whole nation: the issuer words are ignored in
#: the key ("Undang-Undang Republik Indonesia Nomor 23" is UU 23).
_NATIONAL: Final = frozenset({"UUD", "PERPPU", "UU", "PP", "PERPRES", "KEPPRES", "INPRES"})

#: Ministry and agency names, normalised: (key, aliases). An alias matches as
#: whole words of the issuer text, so "pan" does not match "pangan".
_ISSUERS: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("panrb", ("pendayagunaan aparatur", "pan rb", "panrb", "pan", "menpan", "menpanrb")),
    ("dalam negeri", ("dalam negeri", "dagri", "mendagri")),
    ("keuangan", ("keuangan", "keu", "pmk", "kmk")),
    ("kesehatan", ("kesehatan", "kes")),
    ("agama", ("agama", "pma")),
    ("hukum dan ham", ("hukum dan hak asasi manusia", "hukum dan ham", "kumham", "hukham")),
    ("sekretariat negara", ("sekretaris negara", "sekretariat negara", "sesneg", "setneg")),
    ("anri", ("arsip nasional", "anri")),
    ("bkn", ("kepegawaian negara", "bkn")),
    ("lkpp", ("pengadaan barang", "lkpp")),
    ("komisi informasi", ("komisi informasi", "perki", "ki")),
    ("lan", ("administrasi negara", "lan")),
    ("bpk", ("pemeriksa keuangan", "bpk")),
    ("bpkp", ("pengawasan keuangan dan pembangunan", "bpkp")),
)

#: Words in an issuer that identify nobody ("Republik Indonesia", "Negara").
_ISSUER_NOISE: Final = re.compile(r"\b(?:republik\s+indonesia|ri|nomor|no)\b", re.IGNORECASE)

# --------------------------------------------------------------------------- the parts after the type

_KEYWORDS = r"(?:nomor|nomer|nmr|no|tahun|thn|th|tentang|ttg)"
#: Issuer words: tokens without a digit that are no keyword ("Menteri Dalam
#: Negeri", "Daerah Kabupaten Contoh", "Barang/Jasa Pemerintah").
_ISSUER_WORDS = rf"(?P<issuer>(?:\s+(?!{_KEYWORDS}\b)[^\s\d;,()]+(?=[\s,;]|$)){{0,16}})"
_BODY: Final = re.compile(
    _ISSUER_WORDS
    + r"\s*,?\s*"
    + r"(?:(?P<kw>nomor|nomer|nmr|no)\b\.?\s*:?\s*)?"
    + r"(?P<nomor>[^\s,;()]*\d[^\s,;()]*)?"
    + r"(?:\s*,?\s*(?:tahun|thn|th|tah)\b\.?\s*:?\s*(?P<tahun>\d{4})(?!\d))?"
    + r"(?:\s*,?\s*(?:tentang|ttg)\b\.?\s*:?\s*(?P<tentang>.*))?",
    re.IGNORECASE | re.DOTALL,
)

#: Where a title ends: the amendment chain, "jo.", the Lembaran Negara note.
_TITLE_END: Final = re.compile(
    r"\s*,?\s*(?:"
    r"\bsebagaimana\b|\byang\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?(?:diubah|dicabut)\b"
    r"|\bdan\s+perubahannya\b|\bbeserta\s+perubahannya\b|\bjo\b\.?|\bjuncto\b"
    r"|\(\s*(?:lembaran|tambahan|berita|LN|TLN|BN)\b|\blembaran\s+(?:negara|daerah)\b|\bberita\s+(?:negara|daerah)\b"
    r"|;"
    r")",
    re.IGNORECASE,
)

_PASAL: Final = re.compile(r"\bpasal\s+(\d{1,6})(?!\d)", re.IGNORECASE)
_SHORT_NOMOR: Final = re.compile(r"^(\d+[a-z]?)/(\d{4})$", re.IGNORECASE)
_YEAR_AT_END: Final = re.compile(r"[/.\-](\d{4})$")


@dataclass(frozen=True)
class Citation:
    """One cited regulation. Missing parts are None."""

    text: str
    #: Canonical family ("UU", "PP", "PERMEN", "PERDA" ...); None when the
    #: entry names no type of regulation.
    family: str | None
    #: The type as a short label for messages ("UU", "Permen", "Perda").
    label: str | None
    #: The words that named the type, as written ("Undang-Undang", "Permendagri").
    head: str | None
    #: Normalised issuer for ministries, agencies and regions ("dalam negeri",
    #: "panrb", "anri", "kabupaten contoh"); "" for national types.
    issuer: str
    nomor: str | None
    tahun: int | None
    #: True when the year was read from the end of the nomor
    #: ("PER/21/M.PAN/11/2008"), no "Tahun" being written.
    tahun_in_nomor: bool
    tentang: str | None
    #: Article numbers named in the entry ("Pasal 18 ayat (6)" -> 18).
    pasal: tuple[int, ...] = ()
    #: False for a regulation named in the entry's amendment chain.
    primary: bool = True
    start: int = 0
    end: int = 0

    @property
    def key(self) -> tuple[str, str, str, int] | None:
        """Identity for comparison; None unless family, nomor and tahun are known."""
        if self.family is None or self.nomor is None or self.tahun is None:
            return None
        return (self.family, "" if self.family in _NATIONAL else self.issuer, normalise_nomor(self.nomor), self.tahun)

    @property
    def is_constitution(self) -> bool:
        return self.family == "UUD"

    def missing_parts(self) -> tuple[str, ...]:
        """Which of "jenis", "nomor", "tahun", "tentang" the citation lacks.

        The constitution is cited without Nomor and tentang ("Undang-Undang
        Dasar Negara Republik Indonesia Tahun 1945"): it lacks nothing.
        """
        if self.is_constitution:
            return ()
        parts = []
        if self.family is None:
            parts.append("jenis")
        if self.nomor is None:
            parts.append("nomor")
        if self.tahun is None:
            parts.append("tahun")
        if not self.tentang:
            parts.append("tentang")
        return tuple(parts)

    @property
    def short(self) -> str:
        """``UU 23/2014``, ``Permen PER/21/M.PAN/11/2008``: for messages."""
        label = self.label or "?"
        if self.is_constitution:
            return "UUD 1945"
        if self.nomor and self.tahun and not self.tahun_in_nomor:
            return f"{label} {self.nomor}/{self.tahun}"
        if self.nomor:
            return f"{label} {self.nomor}"
        return f"{label} {self.tahun}" if self.tahun else label


def normalise_nomor(nomor: str) -> str:
    """``" 05 "`` -> ``"5"``, ``"per/21/m.pan/11/2008"`` -> ``"PER/21/M.PAN/11/2008"``."""
    text = re.sub(r"\s+", "", nomor).upper().rstrip(".")
    if text.isdigit():
        return text.lstrip("0") or "0"
    return text


#: Families whose issuer is a ministry or an agency, looked up in ``_ISSUERS``.
_ISSUED: Final = frozenset({"PERMEN", "KEPMEN", "INSTRUKSI", "LEMBAGA", "SE", "KEPUTUSAN", "PERATURAN"})
#: Abbreviations that carry their issuer in themselves.
_FUSED: Final = {"pmk": "keuangan", "kmk": "keuangan", "pma": "agama", "perki": "komisi informasi"}


#: Regional abbreviations, so that "Perda Kab. Contoh" and "Peraturan Daerah
#: Kabupaten Contoh" have one issuer.
_REGION_WORDS: Final = {"kab": "kabupaten", "prov": "provinsi", "propinsi": "provinsi", "pemkab": "kabupaten",
                        "pemprov": "provinsi", "pemkot": "kota", "walikota": "wali kota"}


def _clean(text: str) -> str:
    text = _ISSUER_NOISE.sub(" ", text.lower())
    text = re.sub(r"[\-&/.,]", " ", text)
    return " ".join(_REGION_WORDS.get(word, word) for word in text.split())


def _issuer_key(family: str, head: str, words: str) -> str:
    """Normalise the issuer from the head ("Permendagri") and the words after it.

    National types have none. Ministries and agencies map to one key however
    written ("Permendagri", "Peraturan Menteri Dalam Negeri"); regions and
    other issuers keep their words ("kabupaten contoh").
    """
    if family in _NATIONAL:
        return ""
    if family not in _ISSUED:
        return _clean(words)
    head_text = re.sub(r"\s+", " ", head.lower())
    suffix = _FUSED.get(head_text)
    if suffix is None:
        suffix = ""
        for prefix in ("peraturan menteri", "keputusan menteri", "instruksi menteri", "surat keputusan",
                       "surat edaran", "permen", "kepmen", "inmen", "peraturan", "keputusan"):
            if head_text.startswith(prefix):
                suffix = head_text[len(prefix):]
                break
    combined = _clean(f"{suffix} {words}")
    padded = f" {combined} "
    for key, aliases in _ISSUERS:
        if any(f" {alias} " in padded for alias in aliases):
            return key
    # An unknown issuer: its words, minus the office the head already implies.
    return re.sub(r"^(?:kepala|menteri(?: negara)?|negara)\s+", "", combined)


def _family_of(match: re.Match[str]) -> tuple[str, str]:
    for name, value in match.groupdict().items():
        if value is not None:
            family, label, _ = _HEADS[int(name[1:])]
            return family, label
    raise AssertionError("a head match always has one named group")  # pragma: no cover


def _label(family: str, label: str, issuer: str) -> str:
    if family == "PERMEN":
        return {"dalam negeri": "Permendagri", "panrb": "Permenpan-RB", "keuangan": "PMK"}.get(issuer, label)
    if family == "KEPMEN":
        return {"dalam negeri": "Kepmendagri", "panrb": "Kepmenpan-RB", "keuangan": "KMK"}.get(issuer, label)
    if family == "LEMBAGA":
        return {"anri": "Peraturan ANRI", "bkn": "Peraturan BKN", "lkpp": "Peraturan LKPP",
                "komisi informasi": "Perki"}.get(issuer, label)
    return label


def _split_nomor(nomor: str | None, tahun: int | None) -> tuple[str | None, int | None, bool]:
    """Read the year out of a shorthand or slash-numbered nomor."""
    if nomor is None:
        return None, tahun, False
    nomor = nomor.rstrip(".:")
    if tahun is not None:
        return nomor, tahun, False
    if short := _SHORT_NOMOR.match(nomor):
        return short[1], int(short[2]), False
    if at_end := _YEAR_AT_END.search(nomor):
        year = int(at_end[1])
        if 1800 <= year <= 2199:
            return nomor, year, True
    return nomor, None, False


_LATE_TITLE: Final = re.compile(r"\btentang\b\.?\s*:?\s*", re.IGNORECASE)


def _late_title(text: str, position: int) -> int | None:
    """Where a title starts that follows an article ("UU 17/2014 Pasal 366 tentang MD3").

    Only before the next boundary or the next regulation, so that a "tentang"
    of another citation is not taken for this one's.
    """
    limit = len(text)
    for pattern in (_TITLE_END, _HEAD):
        if found := pattern.search(text, position):
            limit = min(limit, found.start())
    late = _LATE_TITLE.search(text, position, limit)
    return late.end() if late else None


def _parse_at(text: str, head: re.Match[str] | None, primary: bool) -> Citation:
    start = head.start() if head else 0
    body_start = head.end() if head else 0
    if head is not None:
        family, label = _family_of(head)
    else:
        family, label = None, None
    body = _BODY.match(text, body_start)
    assert body is not None  # every group is optional: it always matches
    issuer_words = (body["issuer"] or "").strip()
    nomor, tahun, tahun_in_nomor = _split_nomor(body["nomor"], int(body["tahun"]) if body["tahun"] else None)
    end = body.end()
    tentang = None
    title_start = body.start("tentang") if body["tentang"] is not None else _late_title(text, end)
    if title_start is not None:
        stop = _TITLE_END.search(text, title_start)
        title_end = stop.start() if stop else len(text)
        tentang = text[title_start:title_end].strip().rstrip(".,;:").strip() or None
        end = title_end
    if family == "UUD":
        tahun = 1945 if re.search(r"1945", text[start:]) else tahun
        nomor = None
    issuer = _issuer_key(family, head.group(0), issuer_words) if head is not None and family else ""
    return Citation(
        text=text[start:end].strip(),
        family=family,
        label=_label(family, label, issuer) if family and label else None,
        head=head.group(0) if head is not None else None,
        issuer=issuer,
        nomor=nomor,
        tahun=tahun,
        tahun_in_nomor=tahun_in_nomor,
        tentang=tentang,
        pasal=tuple(int(p) for p in _PASAL.findall(text)) if primary else (),
        primary=primary,
        start=start,
        end=max(end, body_start),
    )


@lru_cache(maxsize=4096)
def find_citations(text: str) -> tuple[Citation, ...]:
    """Every regulation the entry cites, the entry's own first.

    Cached: three rules read each entry, and the result is immutable.

    Regulations named inside a title ("tentang Perubahan atas Undang-Undang
    Nomor 32 Tahun 2004 ...") are part of that title, not citations; those
    after it ("sebagaimana telah diubah dengan ...") are, with
    ``primary=False``.
    """
    found: list[Citation] = []
    position = 0
    while True:
        head = _HEAD.search(text, position)
        if head is None:
            break
        citation = _parse_at(text, head, primary=not found)
        found.append(citation)
        position = max(citation.end, head.end())
    if not found:
        found.append(_parse_at(text, None, primary=True))
    return tuple(found)


def parse_citation(text: str) -> Citation:
    """The entry's own citation (the first one), parts missing as None."""
    return find_citations(text)[0]
