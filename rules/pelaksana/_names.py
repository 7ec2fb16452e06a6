"""Comparing pelaksana names as authors write them.

A step's pelaksana is the same actor as a declared one when the names are
equal after folding case and spaces ("Kepala  subbagian Umum"). For the
did-you-mean of actor-undeclared, names are also compared with the common
abbreviations of Indonesian office titles written out ("Kasubag Umum" is
"Kepala Subbagian Umum", "Sekwan" is "Sekretaris DPRD").
"""

from __future__ import annotations

import difflib
import re
from typing import Final, Iterable, Sequence

#: Abbreviation -> full words, compared word by word after lower-casing and
#: removing dots. Longer phrases first, so "sub bagian" wins over "sub".
ABBREVIATIONS: Final[tuple[tuple[str, str], ...]] = (
    ("dewan perwakilan rakyat daerah", "dprd"),
    ("sub bagian", "subbagian"),
    ("sub bag", "subbagian"),
    ("sub bidang", "subbidang"),
    ("sub bid", "subbidang"),
    ("kasubbag", "kepala subbagian"),
    ("kasubag", "kepala subbagian"),
    ("kasub bag", "kepala subbagian"),
    ("kasubbid", "kepala subbidang"),
    ("kasubid", "kepala subbidang"),
    ("kabag", "kepala bagian"),
    ("kabid", "kepala bidang"),
    ("kasie", "kepala seksi"),
    ("kasi", "kepala seksi"),
    ("kaur", "kepala urusan"),
    ("kadis", "kepala dinas"),
    ("kaban", "kepala badan"),
    ("sekwan", "sekretaris dprd"),
    ("setwan", "sekretariat dprd"),
    ("sekda", "sekretaris daerah"),
    ("subbag", "subbagian"),
    ("subag", "subbagian"),
    ("subbid", "subbidang"),
    ("ka", "kepala"),
    ("bag", "bagian"),
    ("staff", "staf"),
    ("ppk", "pejabat pembuat komitmen"),
    ("pptk", "pejabat pelaksana teknis kegiatan"),
    ("ppid", "pejabat pengelola informasi dan dokumentasi"),
)

#: How close two written-out names must be for a did-you-mean (difflib ratio).
SIMILARITY: Final = 0.8


def normalise(name: str) -> str:
    """Fold case and runs of spaces: the identity of a pelaksana."""
    return re.sub(r"\s+", " ", name).strip().casefold()


def expand(name: str) -> str:
    """The name with abbreviations written out, for comparison only."""
    text = " " + re.sub(r"[.,]", " ", normalise(name)) + " "
    text = re.sub(r"\s+", " ", text)
    for short, full in ABBREVIATIONS:
        text = text.replace(f" {short} ", f" {full} ")
    return text.strip()


def did_you_mean(name: str, declared: Sequence[str]) -> str | None:
    """The declared name the author most likely meant, or None."""
    wanted = expand(name)
    expanded = [expand(d) for d in declared]
    for original, full in zip(declared, expanded):
        if full == wanted:
            return original
    # A shortened title: "Kasubbag Umum" for "Kepala Subbagian Umum dan
    # Perlengkapan". When several declared names begin that way, the author's
    # choice cannot be guessed.
    starting = [original for original, full in zip(declared, expanded) if full.startswith(wanted + " ")]
    if len(starting) == 1:
        return starting[0]
    if len(starting) > 1:
        return None
    close = difflib.get_close_matches(wanted, expanded, n=1, cutoff=SIMILARITY)
    if close:
        return declared[expanded.index(close[0])]
    return None


def distinct(names: Iterable[str]) -> list[str]:
    """Names in order, each actor once (by ``normalise``)."""
    seen: set[str] = set()
    out = []
    for name in names:
        key = normalise(name)
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out
