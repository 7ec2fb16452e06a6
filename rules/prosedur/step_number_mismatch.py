"""A step's nomor differs from its position, or a step id is used twice.

Ringkasan
---------
Nomor langkah berbeda dari urutannya, atau id langkah dipakai dua kali.

Memeriksa bahwa ``nomor`` sebuah langkah, bila ditulis, sama dengan urutannya
dalam ``prosedur`` (langkah pertama bernomor 1), dan bahwa setiap ``id`` hanya
dipakai satu langkah; id yang hanya berupa angka juga dilaporkan, karena
rujukan ``"3"`` lalu menuju langkah ber-id itu, bukan langkah 3. Dasar:
PRACTICE (praktik umum, bukan ketentuan peraturan): tabel prosedur punya kolom
"Nomor kegiatan" (REG [S3]), tetapi penomoran 1 sampai n secara berurutan
adalah kebiasaan, dan id langkah adalah bagian format soplint sendiri. Tulis
nomor sesuai urutan atau hapus ``nomor`` (nomor dihitung dari urutan), dan
beri setiap langkah id yang berbeda.

What it checks
--------------
``nomor`` is optional; when written it must equal the step's position in
``prosedur`` (1 for the first step). An ``id`` must be unique: references to a
repeated id go to its first step, which is rarely what the second one meant.
An id made only of digits is reported too: a reference ``"3"`` then goes to
that step and not to step 3.

Why
---
Basis: PRACTICE. The regulation's procedure table has a column "Nomor
kegiatan" [S3] (REG); numbering the activities 1..n in order is common
practice, and step ids are this format's own.

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - nomor: 1
        kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - nomor: 3
        kegiatan: Mencatat surat masuk dalam buku agenda
        pelaksana: Pengadministrasi Umum

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - nomor: 1
        kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - nomor: 2
        kegiatan: Mencatat surat masuk dalam buku agenda
        pelaksana: Pengadministrasi Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule


def _nomor_matches(nomor: Any, number: int) -> bool:
    if isinstance(nomor, bool):
        return False
    if isinstance(nomor, int):
        return nomor == number
    if isinstance(nomor, float):
        return nomor == number
    if isinstance(nomor, str):
        text = nomor.strip().rstrip(".")
        return text.isdigit() and int(text) == number
    return False


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    first_with_id: dict[str, int] = {}
    for step in doc.steps:
        if "nomor" in step.keys and step.nomor is not None and not _nomor_matches(step.nomor, step.number):
            yield Violation(step.path + ("nomor",), "nomor", {"step": step.number, "nomor": step.nomor})
        if step.id is None:
            continue
        if step.id in first_with_id:
            yield Violation(step.path + ("id",), "id-repeated", {"step": step.number, "id": step.id, "first": first_with_id[step.id] + 1})
            continue
        first_with_id[step.id] = step.index
        if step.id.strip().isdigit() and int(step.id) != step.number:
            yield Violation(step.path + ("id",), "id-digits", {"step": step.number, "id": step.id})


RULE = Rule(
    name="step-number-mismatch",
    code="F303",
    severity=Severity.ERROR,
    basis="PRACTICE",
    messages={
        "id": {
            "nomor": "Langkah {step} ditulis `nomor: {nomor}`, padahal nomor harus sama dengan urutan langkah. "
            "Tulis `nomor: {step}`, atau hapus `nomor` (nomor dihitung dari urutan).",
            "id-repeated": "Id '{id}' pada langkah {step} sudah dipakai langkah {first}; rujukan ke '{id}' menuju "
            "langkah {first}. Beri setiap langkah id yang berbeda.",
            "id-digits": "Id '{id}' pada langkah {step} berupa angka, sehingga rujukan \"{id}\" menuju langkah ini, "
            "bukan langkah {id}. Pakai id berhuruf, misalnya 'periksa-berkas'.",
        },
        "en": {
            "nomor": "Step {step} says `nomor: {nomor}`, but the number must equal the step's position. "
            "Write `nomor: {step}`, or remove `nomor` (it is counted from the order).",
            "id-repeated": "Id '{id}' of step {step} is already used by step {first}; references to '{id}' go to "
            "step {first}. Give every step its own id.",
            "id-digits": "Id '{id}' of step {step} is made of digits, so a reference \"{id}\" goes to this step, "
            "not to step {id}. Use an id with letters, such as 'periksa-berkas'.",
        },
    },
    check=check,
)
