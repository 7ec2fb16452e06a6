"""A step other than selesai with nowhere to go.

Ringkasan
---------
Langkah selain selesai yang tidak menuju ke mana pun.

Memeriksa bahwa setiap langkah mulai, proses dan keputusan berlanjut ke suatu
langkah: ke ``ke``-nya, ke langkah di bawahnya, atau ke jawaban-jawabannya;
langkah yang bukan selesai tetapi tidak punya anak panah (biasanya langkah
terakhir yang ditulis ``simbol: proses``) membuat alur menggantung. Dasar:
INFERRED (disimpulkan dari susunan atau definisi peraturan): anak panah
memberi "arah kegiatan (arah proses kegiatan)" dan terminator menandai tempat
prosedur "berakhir" [S4], sehingga setiap simbol lain perlu anak panah keluar.
Tulis ``ke: <langkah>``, atau ``simbol: selesai`` bila prosedur memang
berakhir di situ.

What it checks
--------------
Every mulai, proses and keputusan step passes somewhere: to its ``ke``, to the
step below, or to its answers. A step that is not selesai and draws no arrow
(typically a last step written ``simbol: proses``) leaves the flow hanging.
Reported at the step. Steps whose arrows are missing for another reason are
left to the rule that explains it: a reference to no step (step-ref-unknown),
a keputusan without answers (decision-branches), and the last step of a
procedure with no selesai at all (end-terminator).

Why
---
Basis: INFERRED. Arrows give "arah kegiatan (arah proses kegiatan)" and the
terminator marks where the procedure "berakhir" [S4]; that every other symbol
has an outgoing arrow is derived from these definitions.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah berkas permohonan cuti lengkap?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 4
        tidak: 3
      - kegiatan: Mengembalikan berkas kepada pegawai
        pelaksana: Kepala Subbagian Umum
        simbol: selesai
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
        simbol: proses

Passes
------
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah berkas permohonan cuti lengkap?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 4
        tidak: 3
      - kegiatan: Mengembalikan berkas kepada pegawai
        pelaksana: Kepala Subbagian Umum
        simbol: selesai
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
        simbol: selesai
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.flow import has_broken_flow
from soplint.rule import Rule


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    last = len(doc.steps) - 1
    for step in doc.steps:
        if step.simbol == "selesai" or graph.out_edges(step.index) or has_broken_flow(step):
            continue
        if not graph.ends and step.index == last:
            continue  # end-terminator says it: the last step is not marked selesai
        yield Violation(step.path, "dead-end", {"step": step.number, "simbol": step.simbol})


RULE = Rule(
    name="dead-end",
    code="F311",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "dead-end": "Langkah {step} ({simbol}) tidak menuju ke mana pun: tidak ada `ke` dan tidak ada langkah di "
            "bawahnya. Tulis `ke: <langkah>`, atau jika prosedur berakhir di sini, tulis `simbol: selesai`.",
        },
        "en": {
            "dead-end": "Step {step} ({simbol}) leads nowhere: it has no `ke` and no step below it. Write "
            "`ke: <step>`, or, if the procedure ends here, write `simbol: selesai`.",
        },
    },
    check=check,
)
