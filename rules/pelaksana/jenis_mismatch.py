"""The jenis of the SOP does not fit its number of pelaksana.

Ringkasan
---------
Jenis SOP tidak sesuai dengan jumlah pelaksananya.

Memeriksa SOP berjenis ``administratif`` (bawaan bila ``jenis`` tidak ditulis)
yang hanya punya satu pelaksana, dan SOP berjenis ``teknis`` yang punya lebih
dari satu pelaksana. Dasar: REG-2 definitions (definisi dari pedoman turunan
yang mengutip peraturan): SOP Teknis adalah "SOP rinci yang menggambarkan
kegiatan yang dilakukan oleh satu pelaksana atau dengan satu peran" [S17], dan
SOP Administratif mencakup kegiatan yang "dilakukan oleh lebih dari satu orang
pelaksana dengan lebih dari satu peran atau jabatan" [S16]; rumusan
PermenPAN-RB 35/2012 sendiri belum terlihat. Tulis ``jenis: teknis`` bila SOP
memang dilaksanakan satu pelaksana, atau ``jenis: administratif`` bila
pelaksananya lebih dari satu.

What it checks
--------------
``jenis: administratif`` (the default when ``jenis`` is not written) with a
single declared pelaksana, or ``jenis: teknis`` with more than one. Names are
counted once each, after folding case and spaces. The finding points at
``jenis`` when it is written, else at the ``pelaksana`` list.

Why
---
Basis: REG-2 definitions. Derivative guidelines define SOP Teknis as "SOP
rinci yang menggambarkan kegiatan yang dilakukan oleh satu pelaksana atau
dengan satu peran" [S17], and SOP Administratif as "Prosedur standar yang
bersifat umum dan tidak rinci dari kegiatan yang dilakukan oleh lebih dari
satu orang pelaksana dengan lebih dari satu peran atau jabatan" [S16]. The
wording of PermenPAN-RB 35/2012 itself was not seen.

Fails
-----
::

    jenis: teknis
    pelaksana: [Kepala Subbagian Umum, Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mendisposisikan surat
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    jenis: teknis
    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mencatat surat dalam buku agenda
        pelaksana: Pengadministrasi Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._names import distinct

MESSAGES = {
    "id": {
        "administratif_one": (
            "SOP berjenis administratif{default_id} tetapi hanya satu pelaksana (\"{name}\"). SOP administratif "
            "dilaksanakan oleh lebih dari satu pelaksana; tulis jenis: teknis bila SOP ini memang dilaksanakan "
            "oleh satu pelaksana, atau lengkapi daftar pelaksana."
        ),
        "teknis_many": (
            "SOP berjenis teknis tetapi ada {count} pelaksana ({names}). SOP teknis dilaksanakan oleh satu "
            "pelaksana atau satu peran; tulis jenis: administratif, atau sisakan satu pelaksana."
        ),
    },
    "en": {
        "administratif_one": (
            "The SOP is administratif{default_en} but has a single pelaksana (\"{name}\"). An administratif SOP "
            "is carried out by more than one pelaksana; write jenis: teknis if this SOP really has one pelaksana, "
            "or complete the pelaksana list."
        ),
        "teknis_many": (
            "The SOP is teknis but has {count} pelaksana ({names}). A teknis SOP is carried out by one pelaksana "
            "or one role; write jenis: administratif, or keep one pelaksana."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    actors = distinct(entry.text for entry in doc.pelaksana)
    if not actors:
        return
    path = ("jenis",) if doc.jenis_raw is not None else ("pelaksana",)
    if doc.jenis == "administratif" and len(actors) == 1:
        defaulted = doc.jenis_raw is None
        yield Violation(path, "administratif_one", {
            "name": actors[0].strip(),
            "default_id": " (bawaan, karena jenis tidak ditulis)" if defaulted else "",
            "default_en": " (the default, as jenis is not written)" if defaulted else "",
        })
    elif doc.jenis == "teknis" and len(actors) > 1:
        yield Violation(path, "teknis_many",
                        {"count": len(actors), "names": ", ".join(a.strip() for a in actors)})


RULE = Rule(
    name="jenis-mismatch",
    code="A205",
    severity=Severity.WARNING,
    basis="REG-2 definitions",
    messages=MESSAGES,
    check=check,
)
