"""Every answer of a keputusan leads to the same step.

Ringkasan
---------
Semua jawaban sebuah keputusan menuju langkah yang sama.

Memeriksa keputusan dengan dua jawaban atau lebih yang semuanya menunjuk
langkah yang sama: apa pun jawabannya, alur berlanjut dengan cara yang sama,
jadi tidak ada yang diputuskan. Temuan menunjuk ke langkah keputusan itu.
Dasar: INFERRED (disimpulkan dari susunan atau definisi peraturan): simbol
keputusan adalah "untuk mendeskripsikan kegiatan pengambilan keputusan" [S4],
dan jawaban yang bertemu di satu langkah tidak mengambil keputusan apa pun.
Arahkan setiap jawaban ke langkah yang berbeda, atau jadikan langkah itu
proses bila memang tidak ada pilihan.

What it checks
--------------
A decision with two or more answers, all of which name the same step, decides
nothing: whatever the answer, the flow goes on the same way. Reported at the
decision. (Answers that name no step are step-ref-unknown's; a decision with
one answer is decision-branches'.)

Why
---
Basis: INFERRED. The decision symbol is "untuk mendeskripsikan kegiatan
pengambilan keputusan" [S4]; answers that converge take no decision, which is
derived from that definition.

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
        tidak: 3
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
from soplint.rule import Rule


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if not step.is_decision or len(step.answers) < 2:
            continue
        targets = {a.ref.target for a in step.answers}
        if len(targets) == 1 and None not in targets:
            target = targets.pop() + 1
            yield Violation(step.path, "same", {"step": step.number, "target": target})


RULE = Rule(
    name="decision-same-target",
    code="F308",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "same": "Semua jawaban keputusan pada langkah {step} menuju langkah {target}, jadi keputusan ini tidak "
            "memutuskan apa pun. Arahkan setiap jawaban ke langkah yang berbeda; jika memang tidak ada pilihan, "
            "jadikan langkah ini proses (`simbol: proses`, `ke: {target}`).",
        },
        "en": {
            "same": "Every answer of the decision in step {step} leads to step {target}, so the decision decides "
            "nothing. Point each answer at a different step; if there is no choice, make this step a process "
            "(`simbol: proses`, `ke: {target}`).",
        },
    },
    check=check,
)
