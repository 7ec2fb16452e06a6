"""A declared pelaksana carries out no step.

Ringkasan
---------
Pelaksana yang terdaftar tetapi tidak melaksanakan langkah apa pun.

Memeriksa bahwa setiap nama dalam daftar ``pelaksana`` menjadi pelaksana
sekurang-kurangnya satu langkah; temuan menunjuk ke nama dalam daftar, dan
bila sebuah langkah menulis pelaksana itu dengan cara lain ("Kasubag Umum"
untuk "Kepala Subbagian Umum"), pesan menyebut langkah tersebut. Dasar:
INFERRED (disimpulkan dari susunan atau definisi peraturan): setiap pelaksana
adalah satu kolom tabel prosedur (REG [S3]), dan kolom tanpa kegiatan tidak
menyampaikan apa pun; teks peraturan tidak melarang kolom kosong. Hapus
pelaksana itu dari daftar, atau tuliskan namanya pada langkah yang
dikerjakannya.

What it checks
--------------
Each name of the top-level ``pelaksana`` list should be the pelaksana of at
least one step; the finding points at the declaration. Names are compared
after folding case and spaces. When a step names the actor in another way
("Kasubag Umum" for "Kepala Subbagian Umum"), the message says which step, so
the two can be made one (``actor-undeclared`` reports the step's side).

Why
---
Basis: INFERRED. Each pelaksana is a column of the procedure table (REG
[S3]); a column in which no activity is drawn says nothing. An empty column
is not forbidden by the regulation's text: this is derived from the layout.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum, Pengadministrasi Umum, Pramu Bakti]
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

from ._names import did_you_mean, normalise

MESSAGES = {
    "id": {
        "unused": (
            "Pelaksana \"{name}\" ada dalam daftar pelaksana tetapi tidak melaksanakan langkah mana pun. Hapus "
            "dari daftar pelaksana, atau tuliskan \"{name}\" sebagai pelaksana langkah yang dikerjakannya."
        ),
        "unused_similar": (
            "Pelaksana \"{name}\" tidak melaksanakan langkah mana pun, tetapi langkah {step} menulis \"{written}\". "
            "Samakan namanya: tulis \"{name}\" pada langkah {step}."
        ),
    },
    "en": {
        "unused": (
            "Pelaksana \"{name}\" is in the pelaksana list but carries out no step. Remove it from the list, or "
            "write \"{name}\" as the pelaksana of the steps it does."
        ),
        "unused_similar": (
            "Pelaksana \"{name}\" carries out no step, but step {step} names \"{written}\". Make the names one: "
            "write \"{name}\" in step {step}."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    if not doc.steps or not doc.pelaksana:
        return
    used = {normalise(name) for step in doc.steps for name in step.pelaksana}
    declared = [entry.text for entry in doc.pelaksana]
    declared_keys = {normalise(name) for name in declared}
    reported: set[str] = set()
    for entry in doc.pelaksana:
        key = normalise(entry.text)
        if key in used or key in reported:
            continue  # a repeated declaration is actor-duplicate's
        reported.add(key)
        similar = None
        for step in doc.steps:
            for written in step.pelaksana:
                if normalise(written) not in declared_keys and did_you_mean(written, declared) == entry.text:
                    similar = (step.number, written.strip())
                    break
            if similar:
                break
        if similar:
            yield Violation(entry.path, "unused_similar",
                            {"name": entry.text.strip(), "step": similar[0], "written": similar[1]})
        else:
            yield Violation(entry.path, "unused", {"name": entry.text.strip()})


RULE = Rule(
    name="actor-unused",
    code="A202",
    severity=Severity.WARNING,
    basis="INFERRED",
    messages=MESSAGES,
    check=check,
)
