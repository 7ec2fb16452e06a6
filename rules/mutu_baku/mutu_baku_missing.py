"""A step without its mutu baku: kelengkapan, waktu or output missing.

Ringkasan
---------
Langkah tanpa mutu baku: kelengkapan, waktu atau output tidak ditulis.

Memeriksa bahwa setiap langkah menyebut mutu bakunya: ``kelengkapan``
(persyaratan/kelengkapan yang diperlukan), ``waktu`` (lama penyelesaian) dan
``output`` (hasilnya); satu temuan per langkah menyebut bagian yang tidak
ditulis, kosong atau ``-``. Dasar: REG: "setiap aktivitas hendaknya
mengidentifikasikan mutu baku tertentu", dan "Mutu baku ini akan menjadi alat
kendali mutu" [S3]; karena peraturan berkata *hendaknya*, bukan *wajib*,
tingkatnya peringatan. Peraturan tidak mengecualikan baris terminator;
pengecualian lewat opsi ``exempt_terminators`` adalah pilihan proyek ini
(INFERRED). Tulis, misalnya,
``mutu_baku: {kelengkapan: Surat masuk, waktu: 15 menit, output: Agenda surat}``.

What it checks
--------------
Every step should name its mutu baku: ``kelengkapan`` (the input it needs),
``waktu`` (how long it takes) and ``output`` (what it produces). One finding per
step, naming the missing parts: at the step when it has no ``mutu_baku`` at
all, at ``mutu_baku`` when some parts are missing. A part is missing when it
is absent, empty or ``-``; for waktu only an absent or empty (``waktu:``) value
counts as missing, since a waktu written but unreadable (``""``, ``-``,
``segera``) is waktu-unparseable's.

Why
---
Basis: REG. "setiap aktivitas hendaknya mengidentifikasikan mutu baku
tertentu", and "Mutu baku ini akan menjadi alat kendali mutu" [S3]. The
regulation says *hendaknya* (should), not *wajib*, hence a warning. It names
no exemption for the terminator rows: exempting them is a project choice
(INFERRED), available as an option.

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        mutu_baku: {kelengkapan: Surat masuk, waktu: 5 menit}

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
``exempt_terminators`` (default ``false``): when ``true``, mulai and selesai
steps need no mutu baku. The regulation says "setiap aktivitas", so the
default checks every step; exempting the terminators is INFERRED.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import DASH
from soplint.rule import Rule

_PARTS = ("kelengkapan", "waktu", "output")
_NAMES = {
    "id": {"kelengkapan": "kelengkapan", "waktu": "waktu", "output": "output"},
    "en": {"kelengkapan": "kelengkapan (input)", "waktu": "waktu (time)", "output": "output"},
}


def _blank(text: str | None) -> bool:
    return text is None or text.strip() in ("", DASH)


def missing_parts(mutu_baku) -> list[str]:
    """The parts a step's mutu baku lacks. A waktu that is written but
    unreadable ("", "-", "segera") is waktu-unparseable's, not missing."""
    if mutu_baku is None:
        return list(_PARTS)
    missing = []
    for part in _PARTS:
        value = getattr(mutu_baku, part)
        if value is None or (part != "waktu" and _blank(value)):
            missing.append(part)
    return missing


def _join(parts: list[str], lang: str) -> str:
    names = [_NAMES[lang][p] for p in parts]
    if len(names) == 1:
        return names[0]
    conjunction = " dan " if lang == "id" else " and "
    return ", ".join(names[:-1]) + conjunction + names[-1]


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    exempt = bool(options.get("exempt_terminators", False))
    for step in doc.steps:
        if exempt and step.simbol in ("mulai", "selesai"):
            continue
        parts = missing_parts(step.mutu_baku)
        if not parts:
            continue
        args = {"step": step.number, "parts_id": _join(parts, "id"), "parts_en": _join(parts, "en")}
        if step.mutu_baku is None:
            yield Violation(step.path, "none", args)
        else:
            yield Violation(step.mutu_baku.path, "partial", args)


RULE = Rule(
    name="mutu-baku-missing",
    code="M401",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "none": "Langkah {step} belum punya mutu baku ({parts_id}). Setiap kegiatan hendaknya punya mutu baku: "
            "tulis `mutu_baku: {{kelengkapan: ..., waktu: ..., output: ...}}`.",
            "partial": "Mutu baku langkah {step} belum lengkap: {parts_id} belum ditulis. Tulis apa yang diperlukan "
            "(kelengkapan), berapa lama (waktu, misalnya '15 menit') dan hasilnya (output).",
        },
        "en": {
            "none": "Step {step} has no mutu baku ({parts_en}). Every activity should have one: write "
            "`mutu_baku: {{kelengkapan: ..., waktu: ..., output: ...}}`.",
            "partial": "The mutu baku of step {step} is incomplete: {parts_en} not written. Write what the step needs "
            "(kelengkapan), how long it takes (waktu, such as '15 menit') and what it produces (output).",
        },
    },
    check=check,
    options={"exempt_terminators": False},
    options_schema={
        "type": "object",
        "properties": {"exempt_terminators": {"type": "boolean"}},
        "additionalProperties": False,
    },
)
