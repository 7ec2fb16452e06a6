"""A step's simbol is not one of the five symbols of an SOP AP flowchart.

Ringkasan
---------
Simbol langkah bukan salah satu dari lima simbol diagram alir SOP AP.

Memeriksa bahwa ``simbol`` yang ditulis adalah ``mulai``, ``proses``,
``keputusan`` atau ``selesai`` (terminator, kotak proses dan belah ketupat
keputusan); dua simbol lainnya tidak ditulis melainkan digambar, yaitu anak
panah dari ``ke``, ``ya``/``tidak`` dan ``cabang``, serta penghubung
antarhalaman yang ditempatkan saat tata letak. Simbol lain (dokumen,
persiapan, penundaan, penghubung dalam halaman, ...) tidak diperbolehkan, dan
nama lain dari simbol yang sah (``decision``, ``terminator``, ``kotak``)
dilaporkan beserta kata yang benar. Dasar: REG: SOP AP dibuat sebagai diagram
alir bercabang "Menggunakan hanya Lima Simbol Flowcharts", tanpa "simbol
pendokumentasian, simbol persiapan, simbol penundaan, dan simbol lain yang
sejenis" [S4]. Tulis salah satu dari ``mulai``, ``proses``, ``keputusan`` atau
``selesai``.

What it checks
--------------
A written ``simbol`` must be ``mulai``, ``proses``, ``keputusan`` or ``selesai``
(case is ignored). These four words are how the format writes the symbols an
author places: the terminator (capsule) for mulai and selesai, the process box
and the decision diamond. The other two of the five symbols are drawn, never
written: the arrow comes from ``ke``, ``ya``/``tidak`` and ``cabang``, and the
off-page connector (pentagon) is placed by whoever lays the chart out on pages.
Any other symbol (dokumen, persiapan, penundaan, an on-page connector, ...) is
not allowed. A known other name of an allowed symbol (``decision``,
``terminator``, ``kotak``) is reported with the word to write instead. A step
with a symbol not allowed is read as a ``proses`` by the flow rules.

Why
---
Basis: REG. The regulation prescribes a branching flowchart "Menggunakan hanya
Lima Simbol Flowcharts" and, because activities are written actively without
subject, leaves out "simbol pendokumentasian, simbol persiapan, simbol
penundaan, dan simbol lain yang sejenis" [S4]. The on-page connector is
excluded because it is not among the five (the list is closed; it is not named).

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: dokumen

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: mulai
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
        simbol: selesai
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SYMBOLS
from soplint.rule import Rule

#: Other names of the allowed symbols -> the word the format uses.
_ALIASES = {
    "start": "mulai", "awal": "mulai", "begin": "mulai", "permulaan": "mulai",
    "end": "selesai", "akhir": "selesai", "finish": "selesai", "stop": "selesai", "berakhir": "selesai",
    "process": "proses", "kotak": "proses", "kegiatan": "proses", "aktivitas": "proses", "eksekusi": "proses",
    "decision": "keputusan", "belah ketupat": "keputusan", "diamond": "keputusan", "kondisi": "keputusan",
    "pilihan": "keputusan", "percabangan": "keputusan",
}
_TERMINATOR = {"terminator", "kapsul", "terminal"}
#: Symbols that are drawn from references or page layout, never written.
_DRAWN = {
    "panah", "anak panah", "arrow", "garis", "penghubung", "konektor", "connector", "off-page",
    "off page", "offpage", "off-page connector", "segilima", "pentagon", "penghubung antarhalaman",
    "penghubung antar halaman", "on-page", "lingkaran",
}


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if step.simbol_raw is None:
            continue
        written = " ".join(step.simbol_raw.split()).lower()
        if written in SYMBOLS:
            continue
        path = step.path + ("simbol",)
        args = {"step": step.number, "simbol": step.simbol_raw}
        if written in _TERMINATOR:
            suggestion = "mulai" if step.index == 0 else "selesai"
            yield Violation(path, "alias", {**args, "suggestion": suggestion})
        elif written in _ALIASES:
            yield Violation(path, "alias", {**args, "suggestion": _ALIASES[written]})
        elif written in _DRAWN:
            yield Violation(path, "drawn", args)
        else:
            yield Violation(path, "not-allowed", args)


RULE = Rule(
    name="symbol-not-allowed",
    code="F301",
    severity=Severity.ERROR,
    basis="REG",
    messages={
        "id": {
            "not-allowed": "Simbol '{simbol}' pada langkah {step} tidak termasuk lima simbol SOP AP. Yang diizinkan: "
            "terminator (tulis `mulai` atau `selesai`), proses (`proses`), keputusan (`keputusan`), anak panah dan "
            "penghubung antarhalaman; dua yang terakhir digambar, tidak ditulis. Tulis `simbol: proses` "
            "(atau mulai, keputusan, selesai).",
            "drawn": "Langkah {step} ditulis sebagai simbol '{simbol}', padahal anak panah dan penghubung antarhalaman "
            "digambar, tidak ditulis: arah alur ditulis dengan `ke`, `ya`/`tidak` atau `cabang` pada langkah "
            "sebelumnya, dan penghubung antarhalaman ditempatkan saat flowchart ditata per halaman (penghubung dalam "
            "satu halaman tidak termasuk lima simbol). Hapus langkah ini dan arahkan langkah sebelumnya langsung ke "
            "langkah tujuannya.",
            "alias": "Simbol '{simbol}' pada langkah {step} ditulis `{suggestion}` dalam format SOP: tulis "
            "`simbol: {suggestion}`.",
        },
        "en": {
            "not-allowed": "Symbol '{simbol}' in step {step} is not one of the five SOP AP symbols. Allowed: the "
            "terminator (write `mulai` or `selesai`), the process (`proses`), the decision (`keputusan`), the arrow "
            "and the off-page connector; the last two are drawn, not written. Write `simbol: proses` (or mulai, "
            "keputusan, selesai).",
            "drawn": "Step {step} is written as the symbol '{simbol}', but arrows and off-page connectors are drawn, "
            "not written: the flow is written with `ke`, `ya`/`tidak` or `cabang` on the step before, and off-page "
            "connectors are placed when the chart is laid out on pages (an on-page connector is not one of the five "
            "symbols). Remove this step and point the step before straight at its target.",
            "alias": "Symbol '{simbol}' in step {step} is written `{suggestion}` in the SOP format: write "
            "`simbol: {suggestion}`.",
        },
    },
    check=check,
)
