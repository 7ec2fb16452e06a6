"""A peringatan that does not say what happens if the SOP is not followed.

Ringkasan
---------
Peringatan yang tidak menyebut akibat bila SOP tidak dilaksanakan.

Memeriksa bahwa ``identitas.peringatan`` menyebut akibat bila prosedur tidak
dilaksanakan, dengan mencari kata akibat seperti *tidak akan*,
*mengakibatkan*, *sehingga*, *terhambat*, *tertunda*, *tidak tepat waktu* atau
*tidak sah*; peringatan tanpa kata semacam itu ("Harap dilaksanakan dengan
teliti") atau yang hanya ``"-"`` menjadi temuan. Daftar kata ini heuristik
proyek ini dan dapat ditambah dengan opsi ``extra_words``. Dasar: REG-2
(peraturan sebagaimana dikutip pedoman turunan): pedoman turunan merangkum
unsur Peringatan sebagai "Kemungkinan jika prosedur tidak dilaksanakan" [S19];
rumusan asli peraturan belum terlihat. Tulis akibatnya, misalnya "Apabila SOP
ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu".

What it checks
--------------
``identitas.peringatan`` should state the consequence of not carrying out
the procedure ("Apabila SOP ini tidak dilaksanakan, risalah rapat tidak
tersedia tepat waktu"). The rule looks for words of consequence: *tidak akan*,
*mengakibatkan*, *menyebabkan*, *berakibat*, *berdampak*, *sehingga*,
*terhambat*, *tertunda*, *terlambat*, *tidak optimal*, *tidak tepat waktu*,
*tidak sah*, *tidak tersedia*, *sanksi*, *kerugian* and the like. A peringatan
with none of them, such as "Harap dilaksanakan dengan teliti", or one that is
only ``"-"``, is a finding.

This is a heuristic: a sentence can name a consequence in words the list does
not know (add them with the option ``extra_words``), or contain such a word
without naming one. An absent or empty peringatan is left to
``identitas-missing-field``.

Why
---
Basis: REG-2. Derivative guidelines summarise the element Peringatan as
"Kemungkinan jika prosedur tidak dilaksanakan" [S19]; the regulation's own
wording was not seen. Published SOPs write it that way, e.g. "Jika SOP ini
tidak dilaksanakan, proses pelayanan ... tidak akan berjalan secara optimal
dan tepat waktu" [S21, S22]. The word list is a heuristic of this project.

Fails
-----
::

    identitas:
      peringatan: Harap dilaksanakan dengan teliti.

Passes
------
::

    identitas:
      peringatan: Apabila SOP ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu.

Options
-------
``extra_words`` (list of texts, default empty): further words or phrases
that name a consequence, matched as whole words regardless of case
("kedaluwarsa", "tidak terbayar").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final, Iterable, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import DASH, SopDocument
from soplint.rule import Rule

#: Words and phrases that name what goes wrong. Whole words, any case.
CONSEQUENCE_WORDS: Final[tuple[str, ...]] = (
    # cause and effect
    "akibat", "akibatnya", "berakibat", "mengakibatkan", "menyebabkan", "menimbulkan", "berdampak",
    "dampak", "berpotensi", "berisiko", "risiko", "sehingga", "maka",
    # things that fail to happen
    "tidak akan", "tidak dapat", "tidak bisa", "tidak tersedia", "tidak terlaksana", "tidak berjalan",
    "tidak optimal", "tidak tepat waktu", "tidak tepat", "tidak sah", "tidak valid", "tidak akurat",
    "tidak lengkap", "tidak tercapai", "tidak terpenuhi", "tidak tertib", "tidak efektif", "tidak efisien",
    "tidak terdokumentasi", "tidak tersampaikan", "tidak terkendali", "tidak terselenggara", "tidak lancar",
    "tidak sesuai", "tidak siap", "tidak memenuhi",
    # delays and damage
    "terhambat", "menghambat", "hambatan", "tertunda", "penundaan", "terlambat", "keterlambatan",
    "terganggu", "gangguan", "gagal", "kegagalan", "hilang", "kehilangan", "rusak", "kerusakan",
    "kerugian", "merugikan", "menurun", "penurunan", "batal", "cacat", "kesalahan", "keliru",
    "tumpang tindih", "pelanggaran", "sanksi", "teguran", "temuan", "komplain", "keluhan", "pengaduan",
)

MESSAGES = {
    "id": {
        "dash": (
            "Peringatan berisi \"-\". Tulis kemungkinan yang terjadi bila SOP tidak dilaksanakan, misalnya "
            "\"Apabila SOP ini tidak dilaksanakan, {example}\"."
        ),
        "no_consequence": (
            "Peringatan \"{peringatan}\" tidak menyebut akibat bila SOP tidak dilaksanakan. Tulis akibatnya, "
            "misalnya \"Apabila SOP ini tidak dilaksanakan, {example}\"."
        ),
    },
    "en": {
        "dash": (
            "The peringatan is \"-\". Write what may happen if the SOP is not followed, e.g. "
            "\"Apabila SOP ini tidak dilaksanakan, {example}\"."
        ),
        "no_consequence": (
            "The peringatan \"{peringatan}\" does not say what happens if the SOP is not followed. Write the "
            "consequence, e.g. \"Apabila SOP ini tidak dilaksanakan, {example}\"."
        ),
    },
}

EXAMPLE_CONSEQUENCE: Final = "proses tidak akan berjalan optimal dan tepat waktu"


@lru_cache(maxsize=16)
def _pattern(extra: tuple[str, ...]) -> re.Pattern[str]:
    phrases = sorted({*CONSEQUENCE_WORDS, *(w.strip().lower() for w in extra if w.strip())}, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


#: "tidak tercatat", "tidak terlayani", "tidak terarsip": a ter- form after tidak
#: names something that failed to happen, whatever the verb.
_TIDAK_TER: Final = re.compile(r"(?<!\w)tidak\s+ter\w{3,}", re.IGNORECASE)
#: "Apabila SOP ini tidak dilaksanakan, <what happens>": the regulation's own
#: shape (REG-2 "Kemungkinan jika prosedur tidak dilaksanakan"); whatever
#: follows the condition is the consequence, in the author's words.
_CONDITIONAL: Final = re.compile(
    r"^\s*(?:apabila|jika|bila|kalau|seandainya|manakala)\b[^,;]*?\btidak\s+"
    r"(?:di\w+|ter\w+)\b[^,;]*[,;]\s*(?:maka\s+)?(?P<then>\w+(?:\W+\w+)+)",
    re.IGNORECASE,
)


def has_consequence(text: str, extra_words: Iterable[str] = ()) -> bool:
    """True when the text names a consequence: a clause after "Apabila SOP ini
    tidak dilaksanakan," or, in any shape, a word of the list."""
    if _CONDITIONAL.search(text) or _TIDAK_TER.search(text):
        return True
    return _pattern(tuple(extra_words)).search(text) is not None


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    peringatan = doc.identitas.peringatan
    if peringatan is None or not peringatan.strip():
        return  # identitas-missing-field reports it
    path = ("identitas", "peringatan")
    args = {"example": EXAMPLE_CONSEQUENCE}
    if peringatan.strip() == DASH:
        yield Violation(path, "dash", args)
    elif not has_consequence(peringatan, options.get("extra_words") or ()):
        yield Violation(path, "no_consequence", {**args, "peringatan": peringatan.strip()})


RULE = Rule(
    name="peringatan-no-consequence",
    code="I109",
    severity=Severity.WARNING,
    basis="REG-2",
    messages=MESSAGES,
    check=check,
    options={"extra_words": []},
    options_schema={
        "type": "object",
        "properties": {
            "extra_words": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "Further words or phrases that name a consequence.",
            },
        },
        "additionalProperties": False,
    },
)
