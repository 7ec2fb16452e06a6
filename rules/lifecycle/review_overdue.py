"""A planned review date (`tanggal_revisi`) that has passed with no evaluation since.

Ringkasan
---------
Tanggal revisi (rencana peninjauan ulang) sudah lewat tanpa evaluasi sesudahnya.

Memeriksa bahwa SOP yang `tanggal_revisi`-nya sudah lewat pada tanggal audit
punya `evaluasi` bertanggal pada atau sesudah tanggal revisi itu; tanggal
revisi `"-"` atau yang belum tiba tidak jatuh tempo. Dengan opsi
`evaluasi_tahunan`, aturan ini juga meminta evaluasi dalam 12 bulan terakhir.
Dasar: REG (definisi tanggal revisi): tanggal revisi adalah "tanggal SOP AP
direvisi atau tanggal rencana ditinjau ulangnya SOP AP" [S1]; bahwa tanggal
peninjauan yang lewat memerlukan evaluasi sesudahnya disimpulkan dari susunan
atau definisi peraturan (INFERRED), dan evaluasi tahunan hanya berasal dari
pedoman turunan, Perka BPS 19/2013 (REG-2 [S19]), karena itu tidak aktif
secara bawaan. Lakukan evaluasi penerapan SOP AP dan catat hasilnya di bagian
`evaluasi`, atau perbarui tanggal revisi bila SOP sudah direvisi.

What it checks
--------------
That an SOP whose `tanggal_revisi` lies before the audit date has an
evaluation (`evaluasi`) dated on or after that `tanggal_revisi`. The
finding names the last evaluation, or says there is none. A
`tanggal_revisi` of `"-"` (never revised, no review planned) or one on or
after the audit date is not due. Evaluations without a real date or dated
after the audit date do not count.

With the option `evaluasi_tahunan`, the rule also asks for an evaluation
within the 12 calendar months before the audit date: an evaluation falls due
12 months after the latest one, or 12 months after `tanggal_efektif` when
there is none since the SOP took effect.

Why
---
Basis: REG (definition of tanggal revisi). PermenPAN-RB 35/2012 defines
Tanggal Revisi as "tanggal SOP AP direvisi atau tanggal rencana ditinjau
ulangnya SOP AP" [S1], so the date may be a planned review. That a passed
review date needs a later evaluation to show the review took place is
INFERRED; the regulation sets no review interval. The yearly evaluation of
`evaluasi_tahunan` is REG-2 from a derivative only: Perka BPS 19/2013 has
"Evaluasi: Minimal 1 tahun sekali" [S19]; nothing like it is confirmed in
35/2012, which is why it is off by default.

Fails
-----
::

    # options: {"tanggal_audit": "2026-12-01"}
    identitas:
      tanggal_revisi: 2025-01-15
    evaluasi:
      - tanggal: 2024-12-02

Passes
------
::

    # options: {"tanggal_audit": "2026-12-01"}
    identitas:
      tanggal_revisi: 2025-01-15
    evaluasi:
      - tanggal: 2025-01-20

Options
-------
`tanggal_audit`: the audit date as `YYYY-MM-DD`; null (the default) means
today. The CLI's audit date is passed here.

`evaluasi_tahunan`: true to require an evaluation at least once a year
(default false), for agencies whose guideline asks for it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ._audit import AUDIT_DATE_MESSAGES, TANGGAL_AUDIT_SCHEMA, add_months, audit_date, date_args, dated

YEAR = 12  # months


def _evaluations(doc, audit: date) -> list[tuple[int, date]]:
    return [(r.index, day) for r in doc.evaluasi if (day := dated(r.tanggal)) is not None and day <= audit]


def _latest(evaluations: list[tuple[int, date]]) -> tuple[int | None, date | None]:
    # of several on one day, the one written last
    return max(evaluations, key=lambda pair: (pair[1], pair[0])) if evaluations else (None, None)


def _review(doc, audit: date, evaluations: list[tuple[int, date]]) -> Iterator[Violation]:
    field = doc.identitas.tanggal_revisi
    revisi = dated(field)
    if revisi is None or revisi >= audit:
        return
    if any(day >= revisi for _, day in evaluations):
        return
    args = {**date_args("revisi", revisi), **date_args("audit", audit)}
    _, last = _latest(evaluations)
    if last is None:
        yield Violation(field.path, "revisi-none-dated" if doc.evaluasi else "revisi-none", args)
    else:
        yield Violation(field.path, "revisi-last", {**args, **date_args("last", last)})


def _yearly(doc, audit: date, evaluations: list[tuple[int, date]]) -> Iterator[Violation]:
    efektif = dated(doc.identitas.tanggal_efektif)
    last_index, last = _latest(evaluations)
    if efektif is not None and efektif > audit:
        return
    since = max(d for d in (efektif, last) if d is not None) if (efektif or last) else None
    if since is None:
        return  # neither in force nor evaluated: nothing to count from
    due = add_months(since, YEAR)
    if due >= audit:
        return
    args = {**date_args("due", due), **date_args("audit", audit)}
    if last is None:
        if doc.evaluasi:
            yield Violation(("evaluasi",), "tahunan-none-dated", {**args, **date_args("efektif", efektif)})
        else:
            yield Violation(("identitas", "tanggal_efektif"), "tahunan-none", {**args, **date_args("efektif", efektif)})
    elif efektif is not None and last < efektif:
        yield Violation(("evaluasi", last_index), "tahunan-before-efektif",
                        {**args, **date_args("last", last), **date_args("efektif", efektif)})
    else:
        yield Violation(("evaluasi", last_index), "tahunan-last", {**args, **date_args("last", last)})


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    audit = audit_date(options)
    if audit is None:
        yield Violation((), "tanggal-audit-invalid", {"raw": options.get("tanggal_audit")})
        return
    evaluations = _evaluations(doc, audit)
    yield from _review(doc, audit, evaluations)
    if options.get("evaluasi_tahunan"):
        yield from _yearly(doc, audit, evaluations)


_REVIEW_ID = (
    "Lakukan evaluasi penerapan SOP AP dan catat hasilnya di bagian evaluasi; bila SOP sudah ditinjau ulang, catat "
    "evaluasinya dan tulis tanggal rencana peninjauan berikutnya di tanggal_revisi."
)
_REVIEW_EN = (
    "Evaluate the SOP and record the result under evaluasi; if it has been reviewed, record that evaluation and "
    "write the next planned review date in tanggal_revisi."
)
_YEARLY_ID = "Evaluasi penerapan SOP diminta minimal 1 (satu) tahun sekali (opsi evaluasi_tahunan): lakukan evaluasi " \
    "dan catat hasilnya di bagian evaluasi."
_YEARLY_EN = "An evaluation is required at least once a year (option evaluasi_tahunan): evaluate the SOP and record " \
    "the result under evaluasi."

RULE = Rule(
    name="review-overdue",
    code="L704",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "revisi-none": "Tanggal revisi {revisi_id} (rencana peninjauan ulang SOP) sudah lewat pada tanggal audit "
            "{audit_id}, dan belum ada evaluasi sama sekali. " + _REVIEW_ID,
            "revisi-last": "Tanggal revisi {revisi_id} (rencana peninjauan ulang SOP) sudah lewat pada tanggal audit "
            "{audit_id}, dan evaluasi terakhir ({last_id}) dilakukan sebelum tanggal itu. " + _REVIEW_ID,
            "revisi-none-dated": "Tanggal revisi {revisi_id} (rencana peninjauan ulang SOP) sudah lewat pada tanggal "
            "audit {audit_id}, dan tidak ada evaluasi yang bertanggal sah sampai tanggal audit. Perbaiki tanggal "
            "catatan evaluasi, atau lakukan evaluasi dan catat hasilnya.",
            "tahunan-none": "Belum ada evaluasi, padahal SOP berlaku sejak {efektif_id}; evaluasi pertama jatuh tempo "
            "{due_id} (tanggal audit {audit_id}). " + _YEARLY_ID,
            "tahunan-none-dated": "Tidak ada evaluasi yang bertanggal sah sampai tanggal audit {audit_id}; evaluasi "
            "jatuh tempo {due_id}. Perbaiki tanggal catatan evaluasi, atau lakukan evaluasi dan catat hasilnya.",
            "tahunan-before-efektif": "Evaluasi terakhir ({last_id}) dilakukan sebelum SOP ini berlaku ({efektif_id}); "
            "evaluasi pertama SOP yang berlaku jatuh tempo {due_id} dan belum tercatat (tanggal audit {audit_id}). "
            + _YEARLY_ID,
            "tahunan-last": "Evaluasi terakhir tercatat {last_id}; evaluasi berikutnya jatuh tempo {due_id} dan belum "
            "tercatat (tanggal audit {audit_id}). " + _YEARLY_ID,
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["id"],
        },
        "en": {
            "revisi-none": "The revision date {revisi} (the planned review of the SOP) has passed at the audit date "
            "{audit}, and there is no evaluation at all. " + _REVIEW_EN,
            "revisi-last": "The revision date {revisi} (the planned review of the SOP) has passed at the audit date "
            "{audit}, and the last evaluation ({last}) predates it. " + _REVIEW_EN,
            "revisi-none-dated": "The revision date {revisi} (the planned review of the SOP) has passed at the audit "
            "date {audit}, and no evaluation has a real date on or before the audit date. Correct the records' "
            "tanggal, or evaluate the SOP and record the result.",
            "tahunan-none": "There is no evaluation, yet the SOP has been in force since {efektif}; the first "
            "evaluation was due on {due} (audit date {audit}). " + _YEARLY_EN,
            "tahunan-none-dated": "No evaluation has a real date on or before the audit date {audit}; an evaluation "
            "was due on {due}. Correct the records' tanggal, or evaluate the SOP and record the result.",
            "tahunan-before-efektif": "The last evaluation ({last}) predates this SOP taking effect ({efektif}); the "
            "first evaluation of the SOP in force was due on {due} and is not recorded (audit date {audit}). "
            + _YEARLY_EN,
            "tahunan-last": "The last evaluation was on {last}; the next was due on {due} and is not recorded (audit "
            "date {audit}). " + _YEARLY_EN,
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["en"],
        },
    },
    check=check,
    options={"tanggal_audit": None, "evaluasi_tahunan": False},
    options_schema={
        "type": "object",
        "properties": {"tanggal_audit": TANGGAL_AUDIT_SCHEMA, "evaluasi_tahunan": {"type": "boolean"}},
    },
)
