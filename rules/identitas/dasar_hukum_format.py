"""A dasar hukum entry that is not a complete citation (jenis, Nomor, Tahun, tentang).

Ringkasan
---------
Dasar hukum yang bukan rujukan lengkap (jenis, Nomor, Tahun, tentang).

Memeriksa bahwa setiap butir ``identitas.dasar_hukum`` dapat dibaca sebagai
rujukan peraturan: jenisnya (Undang-Undang, Peraturan Pemerintah, Peraturan
Menteri, Peraturan Daerah, Peraturan Bupati dan sebagainya), Nomor, Tahun dan
judul sesudah "tentang"; bentuk singkat ("UU No. 23 Th. 2014 tentang ...")
dianggap lengkap, demikian pula UUD 1945 tanpa nomor dan judul. Dasar:
PRACTICE (praktik umum, bukan ketentuan peraturan): Dasar Hukum adalah unsur
identitas (REG-2 [S19, S21]) dan prinsip kepatuhan hukum meminta SOP "harus
memenuhi ketentuan dan peraturan-peraturan pemerintah yang berlaku" (REG-2
[S9]), tetapi cara menulis rujukannya adalah kebiasaan penyusunan naskah.
Tulis rujukan lengkap, misalnya "Undang-Undang Nomor 23 Tahun 2014 tentang
Pemerintahan Daerah".

What it checks
--------------
Each entry of ``identitas.dasar_hukum`` is read as a citation of a
regulation: its type (Undang-Undang/UU, Peraturan Pemerintah/PP, Peraturan
Presiden, Peraturan Menteri ... such as Permendagri or PermenPAN-RB,
Peraturan Daerah, Peraturan Bupati/Gubernur/Wali Kota, Keputusan ..., Perka
ANRI and the like), its Nomor, its Tahun and its title after "tentang". The
finding says which of these the entry lacks. Abbreviated forms count as
complete ("UU No. 23 Th. 2014 tentang ...", "UU 23/2014 tentang ..."), and so
does a nomor that carries its year ("Nomor PER/21/M.PAN/11/2008"). The
constitution is cited without Nomor and title: "Undang-Undang Dasar Negara
Republik Indonesia Tahun 1945" is complete.

Why
---
Basis: PRACTICE. Dasar Hukum is an element of the identitas (REG-2 [S19,
S21]), and the principle of kepatuhan hukum asks that an SOP "harus memenuhi
ketentuan dan peraturan-peraturan pemerintah yang berlaku" (REG-2 [S9]); a
reader can only check a regulation that is named in full. Citing by type,
Nomor, Tahun and tentang is drafting practice, not the regulation's words.

Fails
-----
::

    identitas:
      dasar_hukum:
        - Undang-Undang tentang Pemerintahan Daerah

Passes
------
::

    identitas:
      dasar_hukum:
        - Undang-Undang Dasar Negara Republik Indonesia Tahun 1945
        - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
        - Permendagri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah
"""

from __future__ import annotations

from typing import Any, Final, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._citation import Citation, parse_citation

PART_NAMES: Final = {
    "jenis": ("jenis peraturan", "type of regulation"),
    "nomor": ("Nomor", "Nomor (number)"),
    "tahun": ("Tahun", "Tahun (year)"),
    "tentang": ("judul (tentang ...)", "title (tentang ...)"),
}

MESSAGES = {
    "id": {
        "not_citation": (
            "Dasar hukum \"{entry}\" bukan rujukan peraturan. Tulis jenis, Nomor, Tahun dan judulnya, misalnya "
            "\"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\"."
        ),
        "incomplete": (
            "Dasar hukum \"{entry}\" tanpa {missing_id}. Tulis lengkap: {suggestion}"
        ),
    },
    "en": {
        "not_citation": (
            "The dasar hukum entry \"{entry}\" cites no regulation. Write its type, Nomor, Tahun and title, "
            "e.g. \"Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah\"."
        ),
        "incomplete": (
            "The dasar hukum entry \"{entry}\" has no {missing_en}. Write it in full: {suggestion}"
        ),
    },
}


def join(words: list[str], conjunction: str) -> str:
    """``["a", "b", "c"]`` -> ``"a, b dan c"``."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def suggestion(citation: Citation) -> str:
    """The citation with placeholders for its missing parts."""
    jenis = citation.head or "<jenis peraturan>"
    nomor = citation.nomor or "..."
    tahun = "" if citation.tahun_in_nomor else f" Tahun {citation.tahun or '...'}"
    tentang = citation.tentang or "..."
    return f"{jenis} Nomor {nomor}{tahun} tentang {tentang}"


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    for entry in doc.identitas.dasar_hukum or ():
        citation = parse_citation(entry.text)
        missing = citation.missing_parts()
        if not missing:
            continue
        text = entry.text.strip()
        if len(missing) == len(PART_NAMES):
            yield Violation(entry.path, "not_citation", {"entry": text})
            continue
        yield Violation(entry.path, "incomplete", {
            "entry": text,
            "missing_id": join([PART_NAMES[p][0] for p in missing], "dan"),
            "missing_en": join([PART_NAMES[p][1] for p in missing], "and"),
            "suggestion": suggestion(citation),
        })


RULE = Rule(
    name="dasar-hukum-format",
    code="I106",
    severity=Severity.WARNING,
    basis="PRACTICE",
    messages=MESSAGES,
    check=check,
)
