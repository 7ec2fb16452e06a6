"""A date that names no real day ("31 Februari 2024", "2024-13-01") or is no date at all.

Ringkasan
---------
Tanggal yang tidak pernah ada ("31 Februari 2024", "2024-13-01") atau bukan tanggal sama sekali.

Memeriksa setiap tanggal SOP: tanggal pembuatan, tanggal revisi dan tanggal
efektif di Bagian Identitas, serta tanggal setiap catatan monitoring dan
evaluasi; temuan menyebut kesalahannya (bulan yang tidak ada, tanggal yang
tidak dimiliki bulan itu, atau teks yang bukan tanggal). Dasar: — (keabsahan
kalender, bukan ketentuan peraturan): tanggal yang tidak ada tidak mungkin
menjadi hari SOP selesai dibuat, direvisi atau mulai berlaku, dan aturan lain
yang membandingkan tanggal memerlukan tanggal yang sah. Tulis tanggal seperti
``2024-01-10`` atau ``10 Januari 2024``; untuk tanggal revisi yang belum ada,
tulis ``"-"``.

What it checks
--------------
Every date of the SOP: ``tanggal_pembuatan``, ``tanggal_revisi`` and
``tanggal_efektif`` in the identitas, and the ``tanggal`` of each monitoring
and evaluasi record. A date is written ``2024-01-10`` or ``10 Januari 2024``
(also ``10-01-2024``, ``10/01/2024``). The finding says what is wrong: a month
that does not exist, a day the month does not have, or text that is no date.

An empty date and the ``"-"`` of a ``tanggal_pembuatan`` or
``tanggal_efektif`` are left to ``identitas-missing-field``; ``"-"`` is the
accepted way of writing a ``tanggal_revisi`` that has none.

Why
---
Basis: none (calendar validity). A date that does not exist cannot be the
day an SOP was finished, revised or put into force, and every rule that
compares dates (``date-order``, ``dasar-hukum-date``, the lifecycle rules)
needs real dates to work with.

Fails
-----
::

    identitas:
      tanggal_pembuatan: 31 Februari 2024

Passes
------
::

    identitas:
      tanggal_pembuatan: 29 Februari 2024
      tanggal_revisi: "-"
      tanggal_efektif: "2024-03-01"
"""

from __future__ import annotations

import calendar
import re
from typing import Any, Final, Iterator, Mapping

from soplint.dates import MONTH_NAMES_ID, MONTHS
from soplint.findings import Severity, Violation, format_path
from soplint.model import DateField, SopDocument
from soplint.rule import Rule

MONTH_NAMES_EN: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DMY_NUMERIC = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_DMY_WORDS = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\s*$")

MESSAGES = {
    "id": {
        "no_such_month": (
            "Tanggal \"{raw}\" pada {field} tidak ada: bulan {month} tidak ada (bulan 1 sampai 12). "
            "Tulis tanggal yang benar, misalnya 2024-01-10 atau 10 Januari 2024."
        ),
        "no_such_day": (
            "Tanggal \"{raw}\" pada {field} tidak ada: {month_id} {year} hanya sampai tanggal {last}. "
            "Tulis tanggal yang benar, misalnya {last} {month_id} {year}."
        ),
        "not_a_date": (
            "Isi {field} \"{raw}\" bukan tanggal. Tulis tanggal seperti 2024-01-10 atau 10 Januari 2024."
        ),
    },
    "en": {
        "no_such_month": (
            "The date \"{raw}\" of {field} does not exist: there is no month {month} (months run 1 to 12). "
            "Write a real date, e.g. 2024-01-10 or 10 Januari 2024."
        ),
        "no_such_day": (
            "The date \"{raw}\" of {field} does not exist: {month_en} {year} has only {last} days. "
            "Write a real date, e.g. {last} {month_id} {year}."
        ),
        "not_a_date": "The value \"{raw}\" of {field} is not a date. Write a date such as 2024-01-10 or 10 Januari 2024.",
    },
}


def explain(raw: str) -> tuple[str, dict[str, Any]]:
    """Why a text with the shape of a date names no day: a message key and its args."""
    year = month = day = None
    if m := _ISO.match(raw):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY_NUMERIC.match(raw):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif (m := _DMY_WORDS.match(raw)) and m[2].lower() in MONTHS:
        day, month, year = int(m[1]), MONTHS[m[2].lower()], int(m[3])
    if year is None or month is None or day is None:
        return "not_a_date", {}
    if not 1 <= month <= 12:
        return "no_such_month", {"month": month}
    if year < 1:
        return "not_a_date", {}
    last = calendar.monthrange(year, month)[1]
    return "no_such_day", {
        "last": last, "year": year, "month_id": MONTH_NAMES_ID[month - 1], "month_en": MONTH_NAMES_EN[month - 1],
    }


def _dates(doc: SopDocument) -> Iterator[tuple[DateField, bool]]:
    """Each date with whether "-" is the identitas's (reported elsewhere or allowed)."""
    identitas = doc.identitas
    for name in ("tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif"):
        value = getattr(identitas, name)
        if value is not None:
            yield value, True
    for record in (*doc.monitoring, *doc.evaluasi):
        if record.tanggal is not None:
            yield record.tanggal, False


def _field_name(path: tuple) -> str:
    """``tanggal_efektif`` for the identitas, ``monitoring[0].tanggal`` for a record."""
    return str(path[-1]) if path[:1] == ("identitas",) else format_path(path)


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    for field, in_identitas in _dates(doc):
        if field.valid or not field.raw.strip():
            continue
        if in_identitas and field.is_dash:
            continue
        key, args = ("not_a_date", {}) if field.unrecognised else explain(field.raw)
        yield Violation(field.path, key, {"field": _field_name(field.path), "raw": field.raw.strip(), **args})


RULE = Rule(
    name="date-invalid",
    code="I102",
    severity=Severity.ERROR,
    basis="—",
    messages=MESSAGES,
    check=check,
)
