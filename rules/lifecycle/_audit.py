"""Audit-date arithmetic shared by the lifecycle rules.

Every lifecycle rule judges a document *as of an audit date*: the
``tanggal_audit`` option (an ISO date; the CLI fills it for every rule that
has it), or today's date when the option is null. Today is read once per
process, so that one run never judges two files against two different days.
"""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache
from typing import Any, Iterable, Mapping

from soplint.dates import format_date_id
from soplint.model import DateField

#: JSON Schema of the ``tanggal_audit`` option. The pattern refuses most
#: impossible dates at configuration time; 30 Februari is caught in ``audit_date``.
TANGGAL_AUDIT_SCHEMA: Mapping[str, Any] = {
    "type": ["string", "null"],
    "pattern": r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$",
    "description": "Tanggal audit (YYYY-MM-DD); null = hari ini. / The audit date (YYYY-MM-DD); null = today.",
}


@lru_cache(maxsize=1)
def _today() -> date:
    return date.today()


def audit_date(options: Mapping[str, Any]) -> date | None:
    """The audit date the options name, today when null; None when the option
    names no real day (the rule then reports that once instead of guessing)."""
    raw = options.get("tanggal_audit")
    if raw is None:
        return _today()
    if isinstance(raw, date):
        return raw
    try:
        return date.fromisoformat(str(raw).strip())
    except ValueError:
        return None


def add_months(day: date, months: int) -> date:
    """Calendar months: 15 Juli + 6 = 15 Januari; 31 Agustus + 6 = 28/29 Februari."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def dated(field: DateField | None) -> date | None:
    """The real date of a field, or None when absent, "-" or no real date."""
    return field.value if field is not None else None


def latest_on_or_before(days: Iterable[date | None], limit: date) -> date | None:
    """The latest of the real dates not after ``limit`` (records after the audit
    date are monitoring-invalid's business, not evidence of anything)."""
    candidates = [d for d in days if d is not None and d <= limit]
    return max(candidates) if candidates else None


def date_args(name: str, day: date) -> dict[str, str]:
    """Both renderings of a date for a message: ``{name}_id`` (10 Januari 2024,
    for "id") and ``{name}`` (2024-01-10, for "en")."""
    return {f"{name}_id": format_date_id(day), name: day.isoformat()}


#: Message for an unusable ``tanggal_audit``, shared by the rules that have it.
AUDIT_DATE_MESSAGES = {
    "id": "Opsi tanggal_audit '{raw}' bukan tanggal yang ada; aturan ini tidak dijalankan. "
    "Tulis tanggal audit dalam bentuk YYYY-MM-DD, misalnya 2026-12-01.",
    "en": "The tanggal_audit option '{raw}' is not a real date; this rule did not run. "
    "Write the audit date as YYYY-MM-DD, e.g. 2026-12-01.",
}
