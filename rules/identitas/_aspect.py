"""Does an SOP title begin with an activity aspect, and what could it begin with?

Tabel 6 of the regulation composes the Judul SOP from the Aspek Kegiatan and
the output, with the examples "penyusunan, pelaksanaan, evaluasi, pelaporan,
publikasi, dan distribusi". Beyond those, an aspect is read here as an
Indonesian nominalisation (pe-/pem-/pen-/peng-/peny-/per-/pel- ... -an:
Pengelolaan, Penerimaan, Penyelenggaraan) or an -asi/-isasi loan noun
(Fasilitasi, Verifikasi, Inventarisasi), minus a list of such nouns that name
a field or a thing rather than an activity (Peraturan, Perjalanan,
Pemerintahan, Informasi ...). The reading is INFERRED.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Iterable

#: Tabel 6's own examples.
TABEL_6_ASPECTS: Final = ("penyusunan", "pelaksanaan", "evaluasi", "pelaporan", "publikasi", "distribusi")

#: Further aspects that the patterns below do not catch.
OTHER_ASPECTS: Final = frozenset({
    "fasilitasi", "verifikasi", "validasi", "koordinasi", "konsultasi", "dokumentasi", "klarifikasi",
    "identifikasi", "rekapitulasi", "kompilasi", "registrasi", "konfirmasi", "notifikasi", "rekonsiliasi",
    "mediasi", "investigasi", "kodifikasi", "legalisasi", "otorisasi", "disposisi", "revisi", "eksekusi",
    "monitoring", "reviu", "review", "audit", "rekrutmen", "seleksi", "mutasi", "promosi", "asistensi",
    "supervisi", "inspeksi", "observasi", "presentasi", "evakuasi", "advokasi",
})

#: pe-...-an and -asi nouns that name a field, a document or a thing.
NOT_ASPECTS: Final = frozenset({
    "peraturan", "perjalanan", "pendapatan", "perusahaan", "peralatan", "perlengkapan", "persidangan",
    "pemerintahan", "perpustakaan", "pekerjaan", "pertanian", "perikanan", "perhubungan", "perdagangan",
    "perindustrian", "permukiman", "perumahan", "pendidikan", "pertanahan", "perekonomian", "perbendaharaan",
    "perizinan", "persuratan", "perkantoran", "pertemuan", "perjanjian", "peringatan", "pemandangan",
    "pesan", "pelabuhan", "pengadilan", "pendopo", "perbatasan", "pertamanan", "peternakan", "perkebunan",
    "informasi", "organisasi", "aspirasi", "administrasi", "komunikasi", "situasi", "lokasi", "regulasi",
    "legislasi", "delegasi", "konstitusi", "institusi", "populasi", "relasi", "generasi", "operasi",
})

_NOMINAL: Final = re.compile(r"^pe(?:m|n|ng|ny|r|l)?[a-z]{2,}an$")
_LOAN: Final = re.compile(r"^[a-z]{3,}(?:isasi|asi)$")

#: Words before the title proper: "SOP", "Standar Operasional Prosedur (SOP)".
_PREFIX: Final = re.compile(
    r"^\s*(?P<prefix>(?:standar(?:d)?\s+operasional\s+prosedur|standard\s+operating\s+procedures?)"
    r"(?:\s*\(\s*s\.?o\.?p\.?\s*\))?|s\.?o\.?p\.?(?:\s*-?\s*ap)?)(?![\w])\s*[:\-–]?\s*",
    re.IGNORECASE,
)
#: Words that announce a procedure without naming its activity.
_FILLER: Final = re.compile(r"^\s*(?P<filler>tata\s+cara|prosedur|mekanisme|alur|proses)\s+", re.IGNORECASE)
_WORD: Final = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")

#: A default aspect by what the title is about, for the suggestion.
_ASPECT_BY_TOPIC: Final = (
    (("reses", "kunjungan", "perjalanan"), "Pelaksanaan"),
    (("rapat", "sidang", "paripurna", "acara", "upacara", "kegiatan", "bimtek"), "Penyelenggaraan"),
    (("laporan", "risalah", "notulen", "notula", "rencana", "anggaran", "program", "rancangan", "naskah akademik"),
     "Penyusunan"),
    (("aspirasi", "pengaduan", "permohonan", "tamu", "usulan"), "Penerimaan"),
    (("informasi", "publik"), "Pelayanan"),
)
DEFAULT_ASPECT: Final = "Pengelolaan"


@dataclass(frozen=True)
class TitleReading:
    """What the start of a title is."""

    #: "aspect", "verb", "filler" or "other".
    kind: str
    #: The leading "SOP" / "Standar Operasional Prosedur" as written, or "".
    prefix: str
    #: The first word of the title proper.
    word: str
    #: A title that begins with an aspect, to suggest.
    suggestion: str
    #: The filler words ("Tata Cara"), for kind "filler".
    filler: str = ""


def is_aspect(word: str, extra: Iterable[str] = ()) -> bool:
    lower = word.lower()
    if lower in TABEL_6_ASPECTS or lower in OTHER_ASPECTS or lower in {w.strip().lower() for w in extra}:
        return True
    if lower in NOT_ASPECTS or nominalise(lower) is not None:
        return False  # "Memverifikasi" is a verb even though it ends in -asi
    return bool(_NOMINAL.match(lower) or _LOAN.match(lower))


#: The meN- prefix and the sounds it stands before (meny-usun, meng-elola,
#: mem-buat, men-catat, me-laksanakan), with the matching peN- prefix.
_ME_PREFIXES: Final = (
    ("meny", "peny", "aeiou"),
    ("meng", "peng", "aeioughk"),
    ("mem", "pem", "aeioubfvp"),
    ("men", "pen", "aeioudcjts"),
    ("me", "pe", "lrwymn"),
)


def nominalise(verb: str) -> str | None:
    """``menyusun`` -> ``Penyusunan``, ``memverifikasi`` -> ``Verifikasi``; None if no me- verb."""
    lower = verb.lower()
    for prefix, noun_prefix, following in _ME_PREFIXES:
        if lower.startswith(prefix) and len(lower) > len(prefix) + 2 and lower[len(prefix)] in following:
            stem = lower[len(prefix):]
            if stem.endswith("kan"):
                stem = stem[:-3]
            if re.search(r"(?:asi|isasi|usi)$", stem):
                return stem.capitalize()  # a loan noun is its own aspect
            return (noun_prefix + stem + "an").capitalize()
    return None


def _default_aspect(rest: str) -> str:
    lower = rest.lower()
    for topics, aspect in _ASPECT_BY_TOPIC:
        if any(re.search(rf"\b{re.escape(t)}\b", lower) for t in topics):
            return aspect
    return DEFAULT_ASPECT


def read_title(nama: str, extra: Iterable[str] = ()) -> TitleReading:
    text = nama.strip()
    prefix = ""
    if m := _PREFIX.match(text):
        prefix = m["prefix"]
        text = text[m.end():]
    filler = ""
    if m := _FILLER.match(text):
        filler = m["filler"]
        text = text[m.end():]
    word_match = _WORD.search(text)
    word = word_match.group(0) if word_match else ""
    if filler:
        if word and is_aspect(word, extra):
            return TitleReading("filler", prefix, word, text.strip(), filler)
        return TitleReading("filler", prefix, word, f"{_default_aspect(text)} {text.strip()}".strip(), filler)
    if word and is_aspect(word, extra):
        return TitleReading("aspect", prefix, word, text.strip())
    if word and (noun := nominalise(word)):
        rest = text[word_match.end():].strip() if word_match else ""
        return TitleReading("verb", prefix, word, f"{noun} {rest}".strip())
    return TitleReading("other", prefix, word, f"{_default_aspect(text)} {text.strip()}".strip())
