"""The 18-digit NIP of a civil servant, part by part.

Layout (Perka BKN 22/2007 [S31], described in [S32]): digits 1-8 the birth
date (YYYYMMDD), 9-14 the year and month of appointment as CPNS (YYYYMM), 15
the gender (1 man, 2 woman), 16-18 a sequence number. Spaces between the parts
are how the NIP is printed ("19680101 199003 1 005") and are allowed.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Mapping

NIP_LENGTH: Final = 18
#: The earliest plausible birth year of a serving official: nobody born in the
#: 1800s signs an SOP today, and such a year is a typing slip.
EARLIEST_BIRTH_YEAR: Final = 1900
_NOT_DIGIT_OR_SPACE: Final = re.compile(r"[^\d\s]")


@dataclass(frozen=True)
class NipProblem:
    """One wrong part: a message key of nip-invalid and its arguments."""

    key: str
    args: Mapping[str, Any] = field(default_factory=dict)


def nip_digits(text: str) -> str:
    """The NIP without its spaces."""
    return re.sub(r"\s+", "", text)


def check_nip(text: str, min_age: int = 18) -> list[NipProblem]:
    """Every problem of one NIP, in reading order; [] when it is well-formed.

    A part that cannot be read stops the checks that depend on it: a NIP of
    the wrong length is not also checked for its birth date.
    """
    if bad := sorted(set(_NOT_DIGIT_OR_SPACE.findall(text))):
        return [NipProblem("characters", {"characters": " ".join(bad)})]
    digits = nip_digits(text)
    if len(digits) != NIP_LENGTH:
        return [NipProblem("length", {"count": len(digits)})]
    problems: list[NipProblem] = []

    birth_part, appointment_part, gender = digits[0:8], digits[8:14], digits[14]
    birth_year, birth_month, birth_day = int(birth_part[0:4]), int(birth_part[4:6]), int(birth_part[6:8])
    birth: date | None = None
    if not 1 <= birth_month <= 12:
        problems.append(NipProblem("birth_month", {"part": birth_part, "month": birth_month}))
    elif birth_year < EARLIEST_BIRTH_YEAR:
        problems.append(NipProblem("birth_year", {"part": birth_part, "year": birth_year}))
    else:
        last = calendar.monthrange(birth_year, birth_month)[1]
        if not 1 <= birth_day <= last:
            problems.append(NipProblem("birth_day", {"part": birth_part, "day": birth_day, "month": birth_month,
                                                     "year": birth_year, "last": last}))
        else:
            birth = date(birth_year, birth_month, birth_day)

    appointment_year, appointment_month = int(appointment_part[0:4]), int(appointment_part[4:6])
    appointment_ok = False
    if not 1 <= appointment_month <= 12:
        problems.append(NipProblem("appointment_month", {"part": appointment_part, "month": appointment_month}))
    elif appointment_year < EARLIEST_BIRTH_YEAR:
        problems.append(NipProblem("appointment_year", {"part": appointment_part, "year": appointment_year}))
    else:
        appointment_ok = True

    if birth is not None and appointment_ok:
        # Whole years of age in the month of appointment; the appointment day is
        # unknown, so the birthday month itself counts as reached.
        age = appointment_year - birth.year - (1 if appointment_month < birth.month else 0)
        if (appointment_year, appointment_month) < (birth.year, birth.month):
            problems.append(NipProblem("appointment_before_birth", {"birth": birth_part, "part": appointment_part}))
        elif age < min_age:
            problems.append(NipProblem("too_young", {"birth": birth_part, "part": appointment_part,
                                                     "age": age, "min_age": min_age}))

    if gender not in "12":
        problems.append(NipProblem("gender", {"digit": gender}))
    return problems
