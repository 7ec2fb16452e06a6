"""A selesai step that says where to go next.

Ringkasan
---------
Langkah selesai yang masih menyebut langkah berikutnya.

Memeriksa bahwa langkah ``selesai`` tidak punya penerus: ``ke`` atau jawaban
(``ya``, ``tidak``, ``cabang``) pada langkah selesai dilaporkan pada kuncinya,
dan aturan alur mengabaikannya karena tidak ada anak panah yang keluar dari
selesai. Dasar: INFERRED (disimpulkan dari susunan atau definisi peraturan):
terminator mendeskripsikan kegiatan "mulai dan berakhir" [S4], dan bahwa tidak
ada yang menyusul akhir prosedur diturunkan dari kata "berakhir". Hapus ``ke``
atau jawaban itu, atau tulis ``simbol: proses`` (atau ``keputusan``) bila
alurnya memang berlanjut.

What it checks
--------------
A ``selesai`` ends the procedure: it has no successor. A ``ke`` on a selesai
step, or answers (``ya``, ``tidak``, ``cabang``), are reported at the key. The
flow rules ignore them: no arrow leaves a selesai.

Why
---
Basis: INFERRED. The terminator is the symbol "untuk mendeskripsikan kegiatan
mulai dan berakhir" [S4]; that nothing follows the end is derived from
"berakhir".

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: selesai
        ke: 1

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

_SUCCESSOR_KEYS = ("ke", "ya", "tidak", "cabang")


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if step.simbol != "selesai":
            continue
        for key in _SUCCESSOR_KEYS:
            if key in step.keys:
                yield Violation(step.path + (key,), "successor", {"step": step.number, "key": key})


RULE = Rule(
    name="end-has-successor",
    code="F306",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "successor": "Langkah {step} adalah selesai tetapi punya `{key}`. Selesai mengakhiri prosedur: hapus "
            "`{key}`, atau jika alurnya berlanjut, tulis `simbol: proses` (atau `keputusan`).",
        },
        "en": {
            "successor": "Step {step} is a selesai but has `{key}`. A selesai ends the procedure: remove `{key}`, "
            "or, if the flow goes on, write `simbol: proses` (or `keputusan`).",
        },
    },
    check=check,
)
