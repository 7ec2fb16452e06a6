"""A ke, ya, tidak or cabang reference that points at no step.

Ringkasan
---------
Rujukan ke, ya, tidak atau cabang yang tidak menunjuk langkah mana pun.

Memeriksa bahwa setiap rujukan yang menggambar anak panah (``ke`` pada langkah
mulai atau proses, jawaban sebuah keputusan) menunjuk sebuah langkah: nomor
langkah dari 1 sampai jumlah langkah, atau ``id`` sebuah langkah. Nomor di
luar jangkauan, id yang tidak dimiliki langkah mana pun (dengan saran id yang
mirip) dan nilai yang bukan keduanya dilaporkan pada rujukan itu. Dasar: —
(keutuhan rujukan format, bukan ketentuan peraturan): anak panah menggambarkan
"arah kegiatan (arah proses kegiatan)" [S4], dan anak panah yang tidak
berujung tidak memberi arah. Tulis nomor atau id langkah yang benar.

What it checks
--------------
Every reference that draws an arrow (``ke`` on a mulai or proses step, the
answers of a keputusan) must name a step: a step number from 1 to the number
of steps, or the ``id`` of a step. A number out of range, an id that no step
carries (with a did-you-mean over the ids), and a value that is neither (a
list, ``true``, ``0``) are reported at the reference. Such a reference draws no
arrow, so the step is not also reported as a dead end, and a loop whose exit is
the broken reference is not also reported by no-path-to-end. ``ke`` on a
selesai step is end-has-successor's.

Why
---
Basis: —. Reference integrity of the format: an arrow must end at a symbol.
The regulation's arrow describes "arah kegiatan (arah proses kegiatan)" [S4];
an arrow into nothing has no direction to give.

Fails
-----
::

    pelaksana: [Kepala Subbagian Risalah]
    prosedur:
      - id: susun
        kegiatan: Menyusun draf risalah rapat
        pelaksana: Kepala Subbagian Risalah
      - kegiatan: Apakah draf risalah sudah benar?
        pelaksana: Kepala Subbagian Risalah
        simbol: keputusan
        ya: 3
        tidak: susn
      - kegiatan: Menyerahkan risalah kepada pimpinan rapat
        pelaksana: Kepala Subbagian Risalah

Passes
------
::

    pelaksana: [Kepala Subbagian Risalah]
    prosedur:
      - id: susun
        kegiatan: Menyusun draf risalah rapat
        pelaksana: Kepala Subbagian Risalah
      - kegiatan: Apakah draf risalah sudah benar?
        pelaksana: Kepala Subbagian Risalah
        simbol: keputusan
        ya: 3
        tidak: susun
      - kegiatan: Menyerahkan risalah kepada pimpinan rapat
        pelaksana: Kepala Subbagian Risalah
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.flow import unknown_refs
from soplint.rule import Rule
from soplint.suggest import did_you_mean

from ._common import ref_key

_MAX_IDS_LISTED = 8


def _is_number(raw: Any) -> bool:
    if isinstance(raw, bool):
        return False
    return isinstance(raw, int) or (isinstance(raw, str) and raw.strip().lstrip("-").isdigit())


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    count = len(doc.steps)
    ids = [step.id for step in doc.steps if step.id]
    for step in doc.steps:
        for ref in unknown_refs(step):
            args = {"step": step.number, "key": ref_key(ref.path), "ref": ref.raw, "count": count}
            if _is_number(ref.raw):
                yield Violation(ref.path, "number", args)
            elif isinstance(ref.raw, str) and ref.raw.strip():
                match = did_you_mean(ref.raw, ids)
                if match:
                    yield Violation(ref.path, "id-suggest", {**args, "suggestion": match})
                elif ids:
                    listed = ", ".join(ids[:_MAX_IDS_LISTED]) + (", ..." if len(ids) > _MAX_IDS_LISTED else "")
                    yield Violation(ref.path, "id-list", {**args, "ids": listed})
                else:
                    yield Violation(ref.path, "id-none", args)
            else:
                yield Violation(ref.path, "not-a-ref", {**args, "ref": repr(ref.raw) if not isinstance(ref.raw, str) else ref.raw})


RULE = Rule(
    name="step-ref-unknown",
    code="F302",
    severity=Severity.ERROR,
    basis="—",
    messages={
        "id": {
            "number": "Langkah {step} merujuk ke langkah {ref} lewat `{key}`, padahal prosedur hanya punya {count} "
            "langkah. Tulis nomor langkah 1 sampai {count}, atau id sebuah langkah.",
            "id-suggest": "Langkah {step} merujuk ke '{ref}' lewat `{key}`, tetapi tidak ada langkah dengan id itu. "
            "Maksud Anda '{suggestion}'?",
            "id-list": "Langkah {step} merujuk ke '{ref}' lewat `{key}`, tetapi tidak ada langkah dengan id itu. "
            "Id yang ada: {ids}.",
            "id-none": "Langkah {step} merujuk ke '{ref}' lewat `{key}`, tetapi tidak ada langkah yang punya `id`. "
            "Tulis nomor langkah tujuan (1 sampai {count}), atau beri langkah tujuan `id: {ref}`.",
            "not-a-ref": "Rujukan `{key}` pada langkah {step} ({ref}) bukan nomor atau id langkah. Tulis nomor "
            "langkah tujuan (1 sampai {count}) atau id-nya.",
        },
        "en": {
            "number": "Step {step} refers to step {ref} through `{key}`, but the procedure has only {count} steps. "
            "Write a step number from 1 to {count}, or a step's id.",
            "id-suggest": "Step {step} refers to '{ref}' through `{key}`, but no step has that id. "
            "Did you mean '{suggestion}'?",
            "id-list": "Step {step} refers to '{ref}' through `{key}`, but no step has that id. "
            "The ids are: {ids}.",
            "id-none": "Step {step} refers to '{ref}' through `{key}`, but no step has an `id`. Write the target "
            "step's number (1 to {count}), or give the target step `id: {ref}`.",
            "not-a-ref": "Reference `{key}` of step {step} ({ref}) is no step number or id. Write the target step's "
            "number (1 to {count}) or its id.",
        },
    },
    check=check,
)
