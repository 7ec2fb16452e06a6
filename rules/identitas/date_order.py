"""The identitas dates are out of order.

Ringkasan
---------
Urutan tanggal di Bagian Identitas tidak masuk akal.

Memeriksa bahwa tanggal pembuatan tidak sesudah tanggal efektif (SOP selesai
dibuat sebelum ditandatangani dan berlaku) dan tanggal revisi tidak sebelum
tanggal pembuatan; tanggal revisi sesudah tanggal efektif, bahkan di masa
depan, tetap sah karena dapat berupa tanggal rencana peninjauan. Dasar:
INFERRED from REG definitions (disimpulkan dari susunan atau definisi
peraturan; urutannya sendiri tidak dinyatakan): tanggal pembuatan adalah
"tanggal selesainya SOP AP dibuat bukan tanggal dimulainya pembuatannya",
tanggal efektif "sama dengan tanggal ditandatanganinya dokumen SOP AP", dan
tanggal revisi dapat berupa "tanggal rencana ditinjau ulangnya SOP AP" (REG
[S1]). Periksa kedua tanggal yang ditunjuk dan tulis sesuai urutan sebenarnya.

What it checks
--------------
Two orderings of the identitas dates, when both dates of a pair are real
dates:

- ``tanggal_pembuatan`` must not be after ``tanggal_efektif``: an SOP is
  finished before it is signed and takes effect;
- ``tanggal_revisi`` must not be before ``tanggal_pembuatan``: an SOP cannot
  be revised before it exists.

A ``tanggal_revisi`` after ``tanggal_efektif`` is fine, and so is one in the
future: it may be the date a review is planned. A date that is no real date is
left to ``date-invalid``.

Why
---
Basis: INFERRED from REG definitions. The regulation defines the dates
(REG [S1]): Tanggal Pembuatan is "tanggal selesainya SOP AP dibuat bukan
tanggal dimulainya pembuatannya"; Tanggal Efektif is "tanggal mulai
diberlakukan SOP AP atau sama dengan tanggal ditandatanganinya dokumen SOP
AP"; Tanggal Revisi is "tanggal SOP AP direvisi atau tanggal rencana ditinjau
ulangnya SOP AP". The ordering follows from these definitions; the regulation
does not state it.

Fails
-----
::

    identitas:
      tanggal_pembuatan: 20 Januari 2024
      tanggal_efektif: 15 Januari 2024

Passes
------
::

    identitas:
      tanggal_pembuatan: 10 Januari 2024
      tanggal_revisi: 10 Januari 2025
      tanggal_efektif: 15 Januari 2024
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

MESSAGES = {
    "id": {
        "pembuatan_after_efektif": (
            "Tanggal pembuatan ({pembuatan}) sesudah tanggal efektif ({efektif}). Tanggal pembuatan adalah "
            "tanggal selesainya SOP dibuat, sebelum SOP ditandatangani dan berlaku: periksa kedua tanggal; "
            "tanggal pembuatan paling lambat sama dengan tanggal efektif."
        ),
        "revisi_before_pembuatan": (
            "Tanggal revisi ({revisi}) sebelum tanggal pembuatan ({pembuatan}): SOP tidak dapat direvisi "
            "sebelum selesai dibuat. Tulis tanggal revisi atau tanggal rencana peninjauan sesudah tanggal "
            "pembuatan, atau \"-\" bila SOP belum pernah direvisi."
        ),
    },
    "en": {
        "pembuatan_after_efektif": (
            "Tanggal pembuatan ({pembuatan}) is after tanggal efektif ({efektif}). The tanggal pembuatan is "
            "the day the SOP was finished, before it was signed and took effect: check both dates; the "
            "tanggal pembuatan is at the latest the tanggal efektif."
        ),
        "revisi_before_pembuatan": (
            "Tanggal revisi ({revisi}) is before tanggal pembuatan ({pembuatan}): an SOP cannot be revised "
            "before it is finished. Write the revision or planned review date after the tanggal pembuatan, "
            "or \"-\" if the SOP was never revised."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    identitas = doc.identitas
    pembuatan, revisi, efektif = identitas.tanggal_pembuatan, identitas.tanggal_revisi, identitas.tanggal_efektif
    if pembuatan is None or pembuatan.value is None:
        return
    if efektif is not None and efektif.value is not None and pembuatan.value > efektif.value:
        yield Violation(pembuatan.path, "pembuatan_after_efektif",
                        {"pembuatan": pembuatan.raw.strip(), "efektif": efektif.raw.strip()})
    if revisi is not None and revisi.value is not None and revisi.value < pembuatan.value:
        yield Violation(revisi.path, "revisi_before_pembuatan",
                        {"revisi": revisi.raw.strip(), "pembuatan": pembuatan.raw.strip()})


RULE = Rule(
    name="date-order",
    code="I103",
    severity=Severity.ERROR,
    basis="INFERRED from REG definitions",
    messages=MESSAGES,
    check=check,
)
