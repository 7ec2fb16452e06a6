"""A step that leads to itself.

Ringkasan
---------
Langkah yang menuju dirinya sendiri.

Memeriksa ``ke`` atau jawaban keputusan yang menunjuk langkahnya sendiri,
sehingga anak panah kembali ke langkah yang sama dan alur tidak pernah
berpindah lewat jalan itu; setiap rujukan semacam itu menjadi satu temuan.
Dasar: INFERRED (disimpulkan dari susunan atau definisi peraturan): anak panah
menggambarkan "arah kegiatan (arah proses kegiatan)" [S4], dan anak panah dari
satu kegiatan ke dirinya sendiri tidak memberi arah. Untuk mengulang
pekerjaan, arahkan ke langkah yang dikerjakan ulang; untuk menunggu, tulis
penantian itu sebagai langkah tersendiri.

What it checks
--------------
A ``ke`` or a decision answer that names its own step draws an arrow from the
step back into itself: the flow never moves on that way. Reported at the
reference, one finding per such reference. To repeat work, point back at the
step that is done again; to wait, write the waiting as its own step. A step
whose only way on is itself is not also reported by no-path-to-end.

Why
---
Basis: INFERRED. The arrow describes "arah kegiatan (arah proses kegiatan)"
[S4]: an arrow from an activity to itself gives the flow no direction. The
check is derived, not the regulation's text.

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
        ya: 3
        tidak: 2
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum

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
        ya: 3
        tidak: 1
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.flow import self_loops
from soplint.rule import Rule

from ._common import ref_key


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for edge in self_loops(graph):
        step = doc.steps[edge.source]
        path = edge.via if edge.via is not None else step.path
        if edge.label is not None:
            yield Violation(path, "answer", {"step": step.number, "label": edge.label, "key": ref_key(path)})
        else:
            yield Violation(path, "ke", {"step": step.number, "key": ref_key(path) or "ke"})


RULE = Rule(
    name="self-loop",
    code="F310",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "ke": "Langkah {step} menuju dirinya sendiri lewat `{key}`. Alur harus berpindah ke langkah lain: untuk "
            "mengulang, arahkan ke langkah yang dikerjakan ulang; untuk menunggu, tulis penantian itu sebagai langkah "
            "tersendiri.",
            "answer": "Jawaban '{label}' keputusan pada langkah {step} kembali ke langkah {step} sendiri (`{key}`). "
            "Arahkan jawaban itu ke langkah yang dikerjakan ulang, misalnya langkah sebelum keputusan ini.",
        },
        "en": {
            "ke": "Step {step} leads to itself through `{key}`. The flow must move to another step: to repeat work, "
            "point at the step that is done again; to wait, write the waiting as a step of its own.",
            "answer": "Answer '{label}' of the decision in step {step} leads back to step {step} itself (`{key}`). "
            "Point it at the step that is done again, such as the step before this decision.",
        },
    },
    check=check,
)
