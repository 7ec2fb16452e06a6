"""A pelaksana declared twice.

Ringkasan
---------
Pelaksana yang tertulis dua kali dalam daftar.

Memeriksa bahwa daftar ``pelaksana`` menyebut setiap pelaksana satu kali saja;
nama yang mengulang nama sebelumnya (tanpa membedakan huruf besar-kecil dan
spasi) dilaporkan pada penulisan kedua. Dasar: — (bukan ketentuan peraturan):
dua kolom dengan judul yang sama membuat tabel prosedur rancu, karena kegiatan
pelaksana itu dapat digambar di kolom mana saja. Hapus penulisan yang kedua.

What it checks
--------------
The top-level ``pelaksana`` list names each actor column once. A name that
repeats an earlier one (after folding case and spaces) is a finding at the
second declaration.

Why
---
Basis: none. Two columns with one heading make the procedure table
ambiguous: a step of that pelaksana could be drawn in either.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum, Pengadministrasi Umum, Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mendisposisikan surat
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    pelaksana: [Kepala Subbagian Umum, Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mendisposisikan surat
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._names import normalise

MESSAGES = {
    "id": {
        "duplicate": (
            "Pelaksana \"{name}\" tertulis dua kali dalam daftar pelaksana (urutan ke-{first} dan ke-{second}). "
            "Hapus yang ke-{second}: setiap pelaksana hanya satu kolom."
        ),
    },
    "en": {
        "duplicate": (
            "Pelaksana \"{name}\" is declared twice in the pelaksana list (positions {first} and {second}). "
            "Remove position {second}: each pelaksana is one column."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    first_position: dict[str, int] = {}
    for position, entry in enumerate(doc.pelaksana, start=1):
        key = normalise(entry.text)
        if key in first_position:
            yield Violation(entry.path, "duplicate",
                            {"name": entry.text.strip(), "first": first_position[key], "second": position})
        else:
            first_position[key] = position


RULE = Rule(
    name="actor-duplicate",
    code="A203",
    severity=Severity.ERROR,
    basis="—",
    messages=MESSAGES,
    check=check,
)
