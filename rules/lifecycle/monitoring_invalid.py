"""A monitoring record that does not fill Tabel 7 as the regulation does.

Ringkasan
---------
Catatan monitoring yang tidak mengisi Tabel 7 sebagaimana ditetapkan peraturan.

Memeriksa setiap catatan `monitoring`: `penilaian` harus salah satu dari dua
penilaian Tabel 7, "Berjalan dengan baik" atau "Tidak berjalan dengan baik";
`tanggal` harus ada dan tidak sesudah tanggal audit; dan monitoring yang
dinilai "Tidak berjalan dengan baik" sebaiknya mengisi `catatan` dan
`tindakan` (hanya peringatan, karena tidak diwajibkan secara tertulis). Dasar:
REG (Tabel 7): Tabel 7 "Monitoring Pelaksanaan SOP AP" memuat kolom Penilaian
Terhadap Penerapan, Catatan Hasil Penilaian dan Tindakan yang Harus Diambil,
dengan dua nilai penilaian itu [S7]; skala tiga tingkat (baik / kurang baik /
tidak berjalan) di aplikasi SOP adalah praktik umum, bukan ketentuan peraturan
(PRACTICE), dan kewajiban catatan, tindakan dan tanggal disimpulkan dari
susunan atau definisi peraturan (INFERRED). Tulis
`penilaian: Berjalan dengan baik` atau
`penilaian: Tidak berjalan dengan baik`, beserta catatan dan tindakannya bila
tidak berjalan dengan baik.

What it checks
--------------
Each record under `monitoring` (Tabel 7, Monitoring Pelaksanaan SOP AP):

- `penilaian` is exactly one of the two verdicts of Tabel 7, "Berjalan
  dengan baik" or "Tidak berjalan dengan baik" (case and surrounding spaces
  do not matter). Anything else is reported with the nearer of the two; a
  three-level scale ("Baik", "Kurang baik", "Tidak berjalan") is named as
  what it is, a practice of some SOP software;
- `tanggal` is present and not after the audit date (a record from the
  future is a typing error, and would hide an overdue monitoring). A
  `tanggal` that is no real date ("31 September 2024", "Semester I 2025")
  is reported once, by `date-invalid`;
- a "Tidak berjalan dengan baik" record fills `catatan` (Catatan Hasil
  Penilaian) and `tindakan` (Tindakan yang Harus Diambil). This case is
  reported as a warning, since the regulation does not require it in words.

Why
---
Basis: REG (Tabel 7). PermenPAN-RB 35/2012, Lampiran pp.53-54 [S7]: Tabel 7
"Monitoring Pelaksanaan SOP AP" has the columns No., Prosedur, Penilaian
Terhadap Penerapan, Catatan Hasil Penilaian, Tindakan yang Harus Diambil and
Paraf Penilai, and the assessment takes two values, "Berjalan dengan baik"
and "Tidak berjalan dengan baik". Three-level scales (baik / kurang baik /
tidak berjalan) in SOP software are PRACTICE [S19], not Tabel 7. Requiring a
catatan and a tindakan for a failed assessment is INFERRED from the two
columns; a dated record is INFERRED from "setiap 6 (enam) bulan sekali",
which cannot be checked without dates.

Fails
-----
::

    # options: {"tanggal_audit": "2026-12-01"}
    monitoring:
      - tanggal: 2026-07-15
        penilaian: Kurang baik

Passes
------
::

    # options: {"tanggal_audit": "2026-12-01"}
    monitoring:
      - tanggal: 2026-07-15
        penilaian: Tidak berjalan dengan baik
        catatan: Dua risalah selesai terlambat karena rekaman rusak
        tindakan: Menyiapkan alat perekam cadangan

Options
-------
`tanggal_audit`: the audit date as `YYYY-MM-DD`; null (the default) means
today. A record dated after it is reported.
"""

from __future__ import annotations

import difflib
import re
from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import Monitoring
from soplint.rule import Rule

from ._audit import AUDIT_DATE_MESSAGES, TANGGAL_AUDIT_SCHEMA, audit_date, date_args

BAIK = "Berjalan dengan baik"
TIDAK_BAIK = "Tidak berjalan dengan baik"
VERDICTS = (BAIK, TIDAK_BAIK)

#: Levels of the three-level scales some SOP software offers [S19].
_SCALE_LEVELS = frozenset({
    "baik", "sangat baik", "cukup", "cukup baik", "kurang", "kurang baik", "tidak baik", "buruk",
    "tidak berjalan", "berjalan cukup baik", "berjalan kurang baik", "kurang berjalan dengan baik",
})
#: Words that make a verdict negative, whatever else it says.
_NEGATIVE = re.compile(r"\b(tidak|kurang|belum|buruk|gagal|tdk)\b")

#: Tabel 7's headings for the two fields a failed assessment needs.
_COLUMNS = {"catatan": "Catatan Hasil Penilaian", "tindakan": "Tindakan yang Harus Diambil"}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def nearest_verdict(text: str) -> str:
    """The Tabel 7 verdict a non-standard penilaian most likely means."""
    folded = _fold(text)
    if _NEGATIVE.search(folded):
        return TIDAK_BAIK
    ratios = [difflib.SequenceMatcher(None, folded, v.casefold()).ratio() for v in VERDICTS]
    return VERDICTS[ratios.index(max(ratios))]


def _penilaian(record: Monitoring) -> Iterator[Violation]:
    path = record.path + ("penilaian",)
    text = record.penilaian
    if text is None or not text.strip():
        yield Violation(path, "penilaian-missing", {"no": record.index + 1})
        return
    if text.strip().casefold() in (v.casefold() for v in VERDICTS):
        return
    key = "penilaian-scale" if _fold(text) in _SCALE_LEVELS else "penilaian-invalid"
    yield Violation(path, key, {"no": record.index + 1, "value": text.strip(), "suggestion": nearest_verdict(text)})


def _tanggal(record: Monitoring, audit) -> Iterator[Violation]:
    field = record.tanggal
    if field is None or not field.raw.strip():
        yield Violation(record.path + ("tanggal",), "tanggal-missing", {"no": record.index + 1})
    elif field.value is not None and field.value > audit:
        yield Violation(field.path, "tanggal-after-audit", {"no": record.index + 1, **date_args("tanggal", field.value),
                                                            **date_args("audit", audit)})


def _follow_up(record: Monitoring) -> Iterator[Violation]:
    if record.penilaian is None or record.penilaian.strip().casefold() != TIDAK_BAIK.casefold():
        return
    for name, column in _COLUMNS.items():
        value = getattr(record, name)
        if value is None or not value.strip():
            yield Violation(record.path + (name,), f"tidak-baik-no-{name}", {"no": record.index + 1, "kolom": column},
                            severity=Severity.WARNING)


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    audit = audit_date(options)
    if audit is None:
        yield Violation((), "tanggal-audit-invalid", {"raw": options.get("tanggal_audit")})
        return
    for record in doc.monitoring:
        yield from _tanggal(record, audit)
        yield from _penilaian(record)
        yield from _follow_up(record)


RULE = Rule(
    name="monitoring-invalid",
    code="L702",
    severity=Severity.ERROR,
    basis="REG",
    messages={
        "id": {
            "penilaian-missing": "Catatan monitoring ke-{no} tidak berisi penilaian. Tulis 'Berjalan dengan baik' "
            "atau 'Tidak berjalan dengan baik' (Tabel 7, Penilaian Terhadap Penerapan).",
            "penilaian-invalid": "Penilaian monitoring ke-{no} '{value}' bukan penilaian Tabel 7, yang hanya mengenal "
            "'Berjalan dengan baik' dan 'Tidak berjalan dengan baik'. Maksud Anda '{suggestion}'?",
            "penilaian-scale": "Penilaian monitoring ke-{no} '{value}' memakai skala bertingkat (baik / kurang baik / "
            "tidak berjalan); skala itu kebiasaan sebagian aplikasi SOP, bukan Tabel 7, yang hanya mengenal "
            "'Berjalan dengan baik' dan 'Tidak berjalan dengan baik'. Tulis '{suggestion}'.",
            "tanggal-missing": "Catatan monitoring ke-{no} tidak bertanggal. Tulis tanggal monitoring, misalnya "
            "tanggal: 2024-07-15 atau tanggal: 15 Juli 2024.",
            "tanggal-after-audit": "Monitoring ke-{no} bertanggal {tanggal_id}, sesudah tanggal audit {audit_id}. "
            "Periksa tanggalnya: monitoring dicatat sesudah dilaksanakan.",
            "tidak-baik-no-catatan": "Monitoring ke-{no} menilai SOP 'Tidak berjalan dengan baik' tetapi kolom "
            "{kolom} kosong. Tulis apa yang tidak berjalan dengan baik di catatan.",
            "tidak-baik-no-tindakan": "Monitoring ke-{no} menilai SOP 'Tidak berjalan dengan baik' tetapi kolom "
            "{kolom} kosong. Tulis tindakan perbaikannya di tindakan.",
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["id"],
        },
        "en": {
            "penilaian-missing": "Monitoring record {no} has no penilaian. Write 'Berjalan dengan baik' or 'Tidak "
            "berjalan dengan baik' (Tabel 7, Penilaian Terhadap Penerapan).",
            "penilaian-invalid": "Monitoring record {no}: penilaian '{value}' is not a verdict of Tabel 7, which knows "
            "only 'Berjalan dengan baik' and 'Tidak berjalan dengan baik'. Did you mean '{suggestion}'?",
            "penilaian-scale": "Monitoring record {no}: penilaian '{value}' uses a graded scale (baik / kurang baik / "
            "tidak berjalan); that is the practice of some SOP software, not Tabel 7, which knows only 'Berjalan "
            "dengan baik' and 'Tidak berjalan dengan baik'. Write '{suggestion}'.",
            "tanggal-missing": "Monitoring record {no} has no tanggal. Write the date of the monitoring, e.g. "
            "tanggal: 2024-07-15 or tanggal: 15 Juli 2024.",
            "tanggal-after-audit": "Monitoring record {no} is dated {tanggal}, after the audit date {audit}. Check the "
            "date: a monitoring is recorded after it took place.",
            "tidak-baik-no-catatan": "Monitoring record {no} rates the SOP 'Tidak berjalan dengan baik' but the "
            "{kolom} column is empty. Write under catatan what did not work.",
            "tidak-baik-no-tindakan": "Monitoring record {no} rates the SOP 'Tidak berjalan dengan baik' but the "
            "{kolom} column is empty. Write the corrective action under tindakan.",
            "tanggal-audit-invalid": AUDIT_DATE_MESSAGES["en"],
        },
    },
    check=check,
    options={"tanggal_audit": None},
    options_schema={"type": "object", "properties": {"tanggal_audit": TANGGAL_AUDIT_SCHEMA}},
)
