"""An SOP in force longer than the monitoring interval without a recent monitoring record.

Ringkasan
---------
SOP yang berlaku lebih lama dari jangka monitoring tanpa catatan monitoring terbaru.

Memeriksa bahwa SOP telah dimonitor dalam 6 bulan terakhir sebelum tanggal
audit: monitoring jatuh tempo 6 bulan kalender sesudah catatan monitoring
terakhir, atau sesudah `tanggal_efektif` bila belum ada catatan; SOP yang
berlaku kurang dari 6 bulan belum jatuh tempo. Dasar: REG (setiap 6 bulan):
"Monitoring SOP AP dilaksanakan secara reguler setiap 6 (enam) bulan sekali"
[S7], dicatat pada Tabel 7 Monitoring Pelaksanaan SOP AP; menghitung periode
pertama dari tanggal efektif disimpulkan dari susunan atau definisi peraturan
(INFERRED), karena peraturan menyebut seberapa sering, bukan sejak kapan.
Lakukan monitoring dan catat hasilnya di bagian `monitoring` dengan tanggal,
penilaian, catatan, tindakan dan penilai.

What it checks
--------------
That an SOP has been monitored within the last 6 months before the audit
date. Monitoring falls due 6 calendar months after the latest monitoring
record (15 Juli is due again on 15 Januari; 31 Agustus on 28 or 29
Februari), or 6 months after `tanggal_efektif` when there is none since the
SOP took effect. The rule reports an SOP whose due date lies before the
audit date, and says when the last monitoring was (or that there is none)
and by when the next one was due.

An SOP that took effect less than 6 months before the audit date is not yet
due. Records without a real date or dated after the audit date do not
count (`monitoring-invalid` reports them). Without a readable
`tanggal_efektif` the rule says nothing (`identitas-missing-field` and
`date-invalid` report that).

Why
---
Basis: REG (every 6 months). PermenPAN-RB 35/2012, Lampiran pp.53-54:
"Monitoring SOP AP dilaksanakan secara reguler setiap 6 (enam) bulan
sekali" [S7], recorded in Tabel 7, Monitoring Pelaksanaan SOP AP. Counting
the first period from `tanggal_efektif` is INFERRED: the regulation says how
often, not from when; the day the SOP took effect is the earliest day it could be
monitored. Calendar-month arithmetic is the project's reading of "bulan".

Fails
-----
::

    # options: {"tanggal_audit": "2026-12-01"}
    identitas:
      tanggal_efektif: 2024-01-15
    monitoring:
      - tanggal: 2025-07-15
        penilaian: Berjalan dengan baik

Passes
------
::

    # options: {"tanggal_audit": "2026-12-01"}
    identitas:
      tanggal_efektif: 2024-01-15
    monitoring:
      - tanggal: 2025-07-15
        penilaian: Berjalan dengan baik
      - tanggal: 2026-07-15
        penilaian: Berjalan dengan baik

Options
-------
`tanggal_audit`: the audit date as `YYYY-MM-DD`; null (the default) means
today. The CLI's audit date is passed here, so that a whole run is judged as
of one day; fix it in configuration to make a report repeatable.

`bulan`: the monitoring interval in calendar months (default 6, the
regulation's). An agency that monitors more often may set a smaller number.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ._audit import AUDIT_DATE_MESSAGES, TANGGAL_AUDIT_SCHEMA, add_months, audit_date, date_args, dated
from ._words import bilangan


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    audit = audit_date(options)
    if audit is None:
        yield Violation((), "tanggal-audit-invalid", {"raw": options.get("tanggal_audit")})
        return
    efektif = dated(doc.identitas.tanggal_efektif)
    if efektif is None or efektif > audit:
        return
    months = int(options.get("bulan", 6))
    interval = {"bulan": months, "bulan_id": bilangan(months), **date_args("audit", audit), **date_args("efektif", efektif)}

    counted = [(record.index, day) for record in doc.monitoring if (day := dated(record.tanggal)) is not None and day <= audit]
    # The latest record; of several on one day, the one written last.
    last_index, last = max(counted, key=lambda pair: (pair[1], pair[0])) if counted else (None, None)

    since = last if last is not None and last >= efektif else efektif
    due = add_months(since, months)
    if due >= audit:
        return
    interval.update(date_args("due", due))

    if last is None:
        if doc.monitoring:
            yield Violation(("monitoring",), "none-dated", interval)
        else:
            yield Violation(("identitas", "tanggal_efektif"), "none", interval)
    elif last < efektif:
        yield Violation(("monitoring", last_index), "before-efektif", {**interval, **date_args("last", last)})
    else:
        yield Violation(("monitoring", last_index), "last", {**interval, **date_args("last", last)})


_HOW_ID = (
    "Monitoring SOP AP dilaksanakan secara reguler setiap {bulan_id} bulan sekali: lakukan monitoring dan catat "
    "hasilnya di bagian monitoring (tanggal, penilaian, catatan, tindakan, penilai)."
)
_HOW_EN = (
    "SOP monitoring is due regularly every {bulan} months: monitor the SOP and record the result under monitoring "
    "(tanggal, penilaian, catatan, tindakan, penilai)."
)

RULE = Rule(
    name="monitoring-overdue",
    code="L701",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "none": "Belum ada catatan monitoring, padahal SOP berlaku sejak {efektif_id}; monitoring pertama jatuh "
            "tempo {due_id} (tanggal audit {audit_id}). " + _HOW_ID,
            "none-dated": "Tidak ada catatan monitoring yang bertanggal sah sampai tanggal audit {audit_id}; SOP berlaku "
            "sejak {efektif_id} dan monitoring pertama jatuh tempo {due_id}. Perbaiki tanggal catatan monitoring, "
            "atau lakukan monitoring dan catat hasilnya.",
            "before-efektif": "Monitoring terakhir ({last_id}) dilakukan sebelum SOP ini berlaku ({efektif_id}); "
            "monitoring pertama SOP yang berlaku jatuh tempo {due_id} dan belum tercatat (tanggal audit {audit_id}). "
            + _HOW_ID,
            "last": "Monitoring terakhir tercatat {last_id}; monitoring berikutnya jatuh tempo {due_id} dan belum "
            "tercatat (tanggal audit {audit_id}). " + _HOW_ID,
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["id"],
        },
        "en": {
            "none": "There is no monitoring record, yet the SOP has been in force since {efektif}; the first "
            "monitoring was due on {due} (audit date {audit}). " + _HOW_EN,
            "none-dated": "No monitoring record has a real date on or before the audit date {audit}; the SOP has been "
            "in force since {efektif} and the first monitoring was due on {due}. Correct the records' tanggal, or "
            "monitor the SOP and record the result.",
            "before-efektif": "The last monitoring ({last}) predates this SOP taking effect ({efektif}); the first "
            "monitoring of the SOP in force was due on {due} and is not recorded (audit date {audit}). " + _HOW_EN,
            "last": "The last monitoring was on {last}; the next was due on {due} and is not recorded (audit date "
            "{audit}). " + _HOW_EN,
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["en"],
        },
    },
    check=check,
    options={"tanggal_audit": None, "bulan": 6},
    options_schema={
        "type": "object",
        "properties": {
            "tanggal_audit": TANGGAL_AUDIT_SCHEMA,
            "bulan": {"type": "integer", "minimum": 1, "maximum": 120},
        },
    },
)
