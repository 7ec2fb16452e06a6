"""The procedure has no mulai step, or a mulai that is not the first step.

Ringkasan
---------
Prosedur tidak punya langkah mulai, atau langkah mulai bukan langkah pertama.

Memeriksa bahwa prosedur diawali terminator ``simbol: mulai`` (langkah pertama
tanpa ``simbol`` otomatis menjadi mulai): tidak ada mulai sama sekali adalah
galat, sedangkan mulai yang bukan langkah pertama atau mulai kedua adalah
peringatan, karena SOP sungguhan kadang menggambar satu awal untuk setiap
jalur masuk (surat di loket, permohonan lewat aplikasi). Dasar: INFERRED
(disimpulkan dari susunan atau definisi peraturan): terminator adalah simbol
"untuk mendeskripsikan kegiatan mulai dan berakhir" [S4]; bahwa prosedur punya
tepat satu awal di urutan pertama tidak tertulis dalam peraturan. Tandai
langkah pertama dengan ``simbol: mulai``, atau tulis ``simbol: proses`` bila
langkah itu kegiatan biasa.

What it checks
--------------
A procedure begins with a terminator: a step with ``simbol: mulai`` (the first
step is mulai by default when it has no ``simbol``). No mulai at all is an
error, reported at the first step. A mulai that is not the first step, and any
second mulai, is a warning, one finding per such step: real SOPs sometimes draw
one start per entry channel (a letter at the front desk, a request through an
application), so it is worth a look but not always wrong. With no mulai the
flow rules take the first step as the entry, so that steps are not also all
reported as unreachable.

Why
---
Basis: INFERRED. The terminator is the symbol "untuk mendeskripsikan kegiatan
mulai dan berakhir" [S4]; that a procedure has exactly one start, placed first,
is derived from it and from the top-to-bottom flowchart, not stated in the text.

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: proses
      - kegiatan: Mencatat surat masuk dalam buku agenda
        pelaksana: Pengadministrasi Umum

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mencatat surat masuk dalam buku agenda
        pelaksana: Pengadministrasi Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    if not doc.steps:
        return
    starts = graph.starts
    if not starts:
        first = doc.steps[0]
        path = first.path + ("simbol",) if first.simbol_raw is not None else first.path
        yield Violation(path, "none", {"step": 1, "simbol": first.simbol_raw or first.simbol}, severity=Severity.ERROR)
        return
    first_start = starts[0]
    for index in starts:
        if index == 0:
            continue
        step = doc.steps[index]
        path = step.path + ("simbol",) if step.simbol_raw is not None else step.path
        if index == first_start:
            yield Violation(path, "not-first", {"step": step.number}, severity=Severity.WARNING)
        else:
            yield Violation(path, "another", {"step": step.number, "first": first_start + 1}, severity=Severity.WARNING)


RULE = Rule(
    name="start-terminator",
    code="F304",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "none": "Prosedur tidak punya langkah mulai: langkah 1 ditulis `simbol: {simbol}`. Tandai awal prosedur "
            "dengan `simbol: mulai` (langkah pertama tanpa `simbol` otomatis menjadi mulai).",
            "not-first": "Langkah {step} bersimbol mulai, padahal bukan langkah pertama. Terminator mulai menandai "
            "awal prosedur: pindahkan langkah ini ke urutan pertama, atau jika ini kegiatan biasa, tulis "
            "`simbol: proses`.",
            "another": "Langkah {step} juga bersimbol mulai (selain langkah {first}). Jika ini bukan jalur masuk "
            "tersendiri, tulis `simbol: proses`.",
        },
        "en": {
            "none": "The procedure has no mulai step: step 1 says `simbol: {simbol}`. Mark where the procedure "
            "begins with `simbol: mulai` (a first step without `simbol` is mulai by default).",
            "not-first": "Step {step} is a mulai but not the first step. The mulai terminator marks where the "
            "procedure begins: move this step to the top, or, if it is an ordinary activity, write `simbol: proses`.",
            "another": "Step {step} is a mulai too (besides step {first}). Unless it is a separate way in, write "
            "`simbol: proses`.",
        },
    },
    check=check,
)
