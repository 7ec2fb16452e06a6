"""A step's pelaksana is not in the declared ``pelaksana`` list.

Ringkasan
---------
Pelaksana suatu langkah tidak ada dalam daftar pelaksana.

Memeriksa bahwa setiap nama pada ``pelaksana`` sebuah langkah termasuk dalam
daftar ``pelaksana`` di tingkat atas, yaitu kolom-kolom pelaksana pada tabel
prosedur; huruf besar-kecil dan spasi tidak dibedakan, dan bila nama itu
singkatan atau salah ketik dari nama yang terdaftar ("Kasubag Umum" untuk
"Kepala Subbagian Umum"), pesan menyebut nama yang dimaksud. Dasar: INFERRED
(disimpulkan dari susunan atau definisi peraturan): tabel prosedur punya satu
kolom untuk setiap "Pelaksana yang merupakan pelaku (aktor) kegiatan" (REG
[S3]) dan simbol setiap kegiatan digambar di kolom pelaksananya (REG [S4]),
sehingga pelaksana tanpa kolom tidak dapat digambar; peraturan sendiri tidak
menyatakan kewajiban mendaftarkannya. Tulis nama pelaksana persis seperti pada
daftar, atau tambahkan pelaksana itu ke daftar ``pelaksana``.

What it checks
--------------
Every name in a step's ``pelaksana`` must be one of the names of the
top-level ``pelaksana`` list, the actor columns of the procedure table. Names
are compared after folding case and spaces, so "Kepala subbagian  Umum" is
"Kepala Subbagian Umum". When the name is a variant of a declared one (an
abbreviation such as "Kasubag Umum" for "Kepala Subbagian Umum", "Sekwan" for
"Sekretaris DPRD", or a typing slip), the message names it.

A step without pelaksana, or a document without a readable ``pelaksana``
list, is left to ``schema``.

Why
---
Basis: INFERRED. The procedure table has one column per pelaksana,
"Pelaksana yang merupakan pelaku (aktor) kegiatan" (REG [S3]), and each
activity's symbol is drawn in its actor's column (REG [S4]). A step whose
actor has no column cannot be drawn; declaring the columns before use follows
from that layout, the regulation does not say it.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum, Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mendisposisikan surat
        pelaksana: Kasubag Umum

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

from ._names import did_you_mean, distinct, normalise

MESSAGES = {
    "id": {
        "undeclared_suggest": (
            "Pelaksana \"{name}\" pada langkah {step} tidak ada dalam daftar pelaksana. Maksudnya \"{suggestion}\"? "
            "Tulis nama pelaksana persis seperti pada daftar pelaksana."
        ),
        "undeclared": (
            "Pelaksana \"{name}\" pada langkah {step} tidak ada dalam daftar pelaksana ({declared}). Tambahkan "
            "\"{name}\" ke daftar pelaksana, atau tulis salah satu nama yang sudah ada."
        ),
    },
    "en": {
        "undeclared_suggest": (
            "Pelaksana \"{name}\" of step {step} is not in the pelaksana list. Did you mean \"{suggestion}\"? "
            "Write the name exactly as in the pelaksana list."
        ),
        "undeclared": (
            "Pelaksana \"{name}\" of step {step} is not in the pelaksana list ({declared}). Add \"{name}\" to the "
            "pelaksana list, or write one of the names already there."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    declared = distinct(entry.text for entry in doc.pelaksana)
    if not declared:
        return  # no readable list: schema reports it, and every step would repeat it
    known = {normalise(name) for name in declared}
    for step in doc.steps:
        for position, name in enumerate(step.pelaksana):
            if normalise(name) in known:
                continue
            path = step.path + ("pelaksana",) + ((position,) if step.pelaksana_is_list else ())
            suggestion = did_you_mean(name, declared)
            if suggestion is not None:
                yield Violation(path, "undeclared_suggest",
                                {"name": name.strip(), "step": step.number, "suggestion": suggestion})
            else:
                yield Violation(path, "undeclared",
                                {"name": name.strip(), "step": step.number, "declared": ", ".join(declared)})


RULE = Rule(
    name="actor-undeclared",
    code="A201",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages=MESSAGES,
    check=check,
)
