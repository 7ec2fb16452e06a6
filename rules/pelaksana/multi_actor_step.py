"""One step assigned to several pelaksana.

Ringkasan
---------
Satu langkah dilaksanakan oleh beberapa pelaksana.

Memeriksa langkah yang ``pelaksana``-nya ditulis sebagai daftar lebih dari
satu nama, seakan-akan digambar melintasi beberapa kolom; format menerima
daftar itu agar SOP semacam ini tetap terbaca, tetapi aturan ini
melaporkannya. Dasar: INFERRED (disimpulkan dari susunan atau definisi
peraturan): setiap kegiatan adalah satu simbol di kolom pelaksananya, "pelaku
(aktor) kegiatan" (REG [S3, S4]), sehingga kegiatan dengan beberapa pelaksana
tidak punya satu kolom; "satu pelaksana untuk satu kegiatan" tidak tertulis
sebagai teks peraturan. Tulis satu pelaksana yang bertanggung jawab, atau
pecah langkah itu menjadi satu langkah untuk setiap pelaksana.

What it checks
--------------
A step's ``pelaksana`` written as a list of more than one actor ("drawn
across several columns"). FORMAT accepts the list so that such SOPs can be
read; this rule flags it. A list of one name, or one name repeated, is not a
finding.

Why
---
Basis: INFERRED. Each activity is one symbol drawn in the column of its
pelaksana, "pelaku (aktor) kegiatan" (REG [S3, S4]); an activity of several
actors has no single column. "One actor per activity" follows from that
layout; it is not confirmed as the regulation's text. Split the step into one
step per actor, or name the actor responsible.

Fails
-----
::

    pelaksana: [Kepala Bagian Persidangan, Kepala Subbagian Risalah]
    prosedur:
      - kegiatan: Memeriksa draf risalah rapat
        pelaksana: [Kepala Bagian Persidangan, Kepala Subbagian Risalah]

Passes
------
::

    pelaksana: [Kepala Bagian Persidangan, Kepala Subbagian Risalah]
    prosedur:
      - kegiatan: Memeriksa draf risalah rapat
        pelaksana: Kepala Subbagian Risalah
      - kegiatan: Menyetujui draf risalah rapat
        pelaksana: Kepala Bagian Persidangan
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._names import distinct

MESSAGES = {
    "id": {
        "several": (
            "Langkah {step} dilaksanakan oleh {count} pelaksana ({names}). Setiap kegiatan berada di satu kolom "
            "pelaksana: tulis satu pelaksana yang bertanggung jawab, atau pecah menjadi satu langkah per pelaksana."
        ),
    },
    "en": {
        "several": (
            "Step {step} is assigned to {count} pelaksana ({names}). Each activity sits in one pelaksana column: "
            "name the one actor responsible, or split it into one step per actor."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if not step.pelaksana_is_list:
            continue
        actors = distinct(step.pelaksana)
        if len(actors) > 1:
            yield Violation(step.path + ("pelaksana",), "several",
                            {"step": step.number, "count": len(actors), "names": ", ".join(a.strip() for a in actors)})


RULE = Rule(
    name="multi-actor-step",
    code="A204",
    severity=Severity.WARNING,
    basis="INFERRED",
    messages=MESSAGES,
    check=check,
)
