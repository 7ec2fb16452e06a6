"""Dates as SOP authors write them: ``2024-01-10`` or ``10 Januari 2024``.

``parse_date`` answers three ways, because rules need to tell them apart:
a real date, ``INVALID`` (looks like a date but is none, e.g. 31 Februari),
or ``None`` (not recognisable as a date at all).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Final

MONTHS: Final[dict[str, int]] = {
    "januari": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "feb": 2, "peb": 2,
    "maret": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5,
    "juni": 6, "jun": 6,
    "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10,
    "november": 11, "nopember": 11, "nov": 11, "nop": 11,
    "desember": 12, "des": 12,
}

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DMY_NUMERIC = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\s*$")
_DMY_WORDS = re.compile(r"^\s*(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})\s*$")


class _Invalid:
    """Sentinel: the text has the shape of a date but names no real day."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Final = _Invalid()


def _make(year: int, month: int, day: int) -> date | _Invalid:
    try:
        return date(year, month, day)
    except ValueError:
        return INVALID


def parse_date(text: str) -> date | _Invalid | None:
    """Parse ISO ``YYYY-MM-DD``, ``DD-MM-YYYY`` / ``DD/MM/YYYY`` or ``10 Januari 2024``."""
    if m := _ISO.match(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY_NUMERIC.match(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _DMY_WORDS.match(text):
        month = MONTHS.get(m[2].lower())
        if month is None:
            return None
        return _make(int(m[3]), month, int(m[1]))
    return None


MONTH_NAMES_ID: Final = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def format_date_id(value: date) -> str:
    """``date(2024, 1, 10)`` -> ``10 Januari 2024``."""
    return f"{value.day} {MONTH_NAMES_ID[value.month - 1]} {value.year}"
