"""The procedure has no selesai step.

Ringkasan
---------
Prosedur tidak punya langkah selesai.

Memeriksa bahwa prosedur diakhiri terminator ``simbol: selesai`` (langkah
terakhir tanpa ``simbol`` dan tanpa ``ke`` otomatis menjadi selesai); bila
tidak ada selesai sama sekali, satu temuan diberikan pada langkah terakhir
beserta alasan langkah itu bukan selesai. Dasar: INFERRED (disimpulkan dari
susunan atau definisi peraturan): terminator adalah simbol "untuk
mendeskripsikan kegiatan mulai dan berakhir" [S4]; bahwa setiap prosedur punya
akhir yang digambar dengan simbol itu tidak tertulis dalam peraturan. Tandai
langkah yang mengakhiri prosedur dengan ``simbol: selesai``.

What it checks
--------------
A procedure ends with a terminator: a step with ``simbol: selesai`` (the last
step is selesai by default when it has neither ``simbol`` nor ``ke``). With no
selesai at all, one finding is given, at the last step, saying why it is not
one. The flow rules then give no dead-end or no-path-to-end findings that
would only repeat this one.

Why
---
Basis: INFERRED. The terminator is the symbol "untuk mendeskripsikan kegiatan
mulai dan berakhir" [S4]; that every procedure has an end drawn as one is
derived from it, not stated in the text.

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: proses

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: selesai
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    if not doc.steps or graph.ends:
        return
    last = doc.steps[-1]
    if last.ke is not None and last.simbol_raw is None:
        yield Violation(last.path + ("ke",), "last-has-ke", {"step": last.number})
    elif last.simbol_raw is not None:
        yield Violation(last.path + ("simbol",), "last-has-simbol", {"step": last.number, "simbol": last.simbol_raw})
    else:
        yield Violation(last.path, "none", {"step": last.number})


RULE = Rule(
    name="end-terminator",
    code="F305",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "last-has-ke": "Prosedur tidak punya langkah selesai: langkah terakhir (langkah {step}) punya `ke`, jadi "
            "alurnya berlanjut. Tandai langkah yang mengakhiri prosedur dengan `simbol: selesai`.",
            "last-has-simbol": "Prosedur tidak punya langkah selesai: langkah terakhir (langkah {step}) ditulis "
            "`simbol: {simbol}`. Tandai langkah yang mengakhiri prosedur dengan `simbol: selesai` (langkah terakhir "
            "tanpa `simbol` dan tanpa `ke` otomatis menjadi selesai).",
            "none": "Prosedur tidak punya langkah selesai. Tandai langkah yang mengakhiri prosedur (misalnya "
            "langkah {step}) dengan `simbol: selesai`.",
        },
        "en": {
            "last-has-ke": "The procedure has no selesai step: the last step (step {step}) has `ke`, so its flow goes "
            "on. Mark the step that ends the procedure with `simbol: selesai`.",
            "last-has-simbol": "The procedure has no selesai step: the last step (step {step}) says "
            "`simbol: {simbol}`. Mark the step that ends the procedure with `simbol: selesai` (a last step without "
            "`simbol` and `ke` is selesai by default).",
            "none": "The procedure has no selesai step. Mark the step that ends the procedure (step {step}, for "
            "instance) with `simbol: selesai`.",
        },
    },
    check=check,
)
