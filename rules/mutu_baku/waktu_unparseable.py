"""A mutu baku waktu that is no number and unit.

Ringkasan
---------
Waktu mutu baku yang bukan angka dan satuan.

Memeriksa bahwa ``waktu`` yang ditulis berupa angka dan satuan: detik, menit,
jam, hari, hari kerja, minggu, bulan atau tahun ("15 menit", "1,5 jam", "1 - 2
hari kerja"); isian kosong, ``-``, kata-kata ("segera", "menyesuaikan"), angka
tanpa satuan dan rentang terbalik adalah peringatan, sedangkan singkatan
(``mnt``, ``HK``) hanya diberi saran tingkat info. Dasar: REG (keterukuran):
kolom waktu memuat "waktu yang diperlukan untuk menyelesaikan" langkah itu
(REG [S3]), dan prinsip keterukuran meminta mutu baku "yang dapat diukur
pencapaian keberhasilannya" (REG-2 [S9]); peraturan tidak menetapkan satuan
atau format, jadi angka dan satuan adalah praktik umum, bukan ketentuan
peraturan (PRACTICE). Tulis angka dan satuan lengkap, misalnya "15 menit" atau
"1 hari kerja".

What it checks
--------------
A written ``waktu`` must be a number (decimal comma or point) and a unit:
``detik``, ``menit``, ``jam``, ``hari``, ``hari kerja``, ``minggu``, ``bulan``,
``tahun`` ("15 menit", "1,5 jam", "1 - 2 hari kerja", "3 x 24 jam"). Empty,
``-``, words ("segera", "cepat", "menyesuaikan"), a number without unit ("15")
and a reversed range ("2 - 1 hari") are warnings, each with what to write.
A waktu that parses but uses a short form or alias (``mnt``, ``HK``, ``pekan``)
is an info-level suggestion to write the unit in full. A waktu not written at
all is mutu-baku-missing's. Parsing is soplint.waktu's, the same that
``soplint stats`` uses for the durations.

Why
---
Basis: REG (keterukuran). The waktu column holds "waktu yang diperlukan untuk
menyelesaikan" the step [S3] (REG), and keterukuran asks for a mutu baku "yang
dapat diukur pencapaian keberhasilannya" [S9] (REG-2). The regulation gives no
unit or format: a number and a unit is practice (PRACTICE).

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        mutu_baku: {kelengkapan: Surat masuk, waktu: segera, output: Surat masuk tercatat}

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        mutu_baku: {kelengkapan: Surat masuk, waktu: 5 menit, output: Surat masuk tercatat}

Options
-------
``suggest_normal_form`` (default ``true``): report a short form or alias of a
unit (``15 mnt``, ``3 HK``) at info level, with the full form to write.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule
from soplint.waktu import parse_waktu, why_unparseable


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    suggest = bool(options.get("suggest_normal_form", True))
    for step in doc.steps:
        if step.mutu_baku is None or step.mutu_baku.waktu is None:
            continue
        waktu = step.mutu_baku.waktu
        path = step.mutu_baku.path + ("waktu",)
        args = {"step": step.number, "waktu": waktu.strip()}
        duration = parse_waktu(waktu)
        if duration is None:
            yield Violation(path, why_unparseable(waktu), args)
        elif suggest and duration.short_form:
            yield Violation(
                path, "short-form", {**args, "short": duration.short_form, "normal": duration.normal_form},
                severity=Severity.INFO,
            )


_EXAMPLES_ID = "misalnya '15 menit', '2 jam' atau '1 hari kerja'"
_EXAMPLES_EN = "such as '15 menit', '2 jam' or '1 hari kerja'"

RULE = Rule(
    name="waktu-unparseable",
    code="M402",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "empty": "Waktu langkah {step} kosong. Mutu baku waktu harus terukur: tulis angka dan satuan, " + _EXAMPLES_ID + ".",
            "dash": "Waktu langkah {step} ditulis '-'. Mutu baku waktu harus terukur: tulis angka dan satuan, " + _EXAMPLES_ID + ".",
            "no-number": "Waktu langkah {step} ('{waktu}') bukan angka dan satuan. Tulis berapa lama langkah ini, " + _EXAMPLES_ID + ".",
            "number-only": "Waktu langkah {step} ('{waktu}') tidak bersatuan. Tulis satuannya, misalnya '{waktu} menit' "
            "atau '{waktu} hari kerja'.",
            "range-order": "Rentang waktu langkah {step} ('{waktu}') terbalik. Tulis batas bawah lebih dulu, misalnya "
            "'1 - 2 hari kerja'.",
            "other": "Waktu langkah {step} ('{waktu}') tidak terbaca sebagai angka dan satuan. Satuan yang dikenal: "
            "detik, menit, jam, hari, hari kerja, minggu, bulan, tahun; " + _EXAMPLES_ID + ".",
            "short-form": "Waktu langkah {step} ('{waktu}') memakai singkatan '{short}'. Tulis '{normal}' agar seragam.",
        },
        "en": {
            "empty": "The waktu of step {step} is empty. A time standard must be measurable: write a number and a unit, " + _EXAMPLES_EN + ".",
            "dash": "The waktu of step {step} is '-'. A time standard must be measurable: write a number and a unit, " + _EXAMPLES_EN + ".",
            "no-number": "The waktu of step {step} ('{waktu}') is no number and unit. Write how long the step takes, " + _EXAMPLES_EN + ".",
            "number-only": "The waktu of step {step} ('{waktu}') has no unit. Write it, such as '{waktu} menit' or "
            "'{waktu} hari kerja'.",
            "range-order": "The time range of step {step} ('{waktu}') is reversed. Write the lower bound first, such as "
            "'1 - 2 hari kerja'.",
            "other": "The waktu of step {step} ('{waktu}') cannot be read as a number and a unit. Known units: detik, "
            "menit, jam, hari, hari kerja, minggu, bulan, tahun; " + _EXAMPLES_EN + ".",
            "short-form": "The waktu of step {step} ('{waktu}') uses the short form '{short}'. Write '{normal}' for "
            "consistency.",
        },
    },
    check=check,
    options={"suggest_normal_form": True},
    options_schema={
        "type": "object",
        "properties": {"suggest_normal_form": {"type": "boolean"}},
        "additionalProperties": False,
    },
)
