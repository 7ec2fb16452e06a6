"""Mutu baku waktu: "15 menit", "1,5 jam", "1 - 2 hari kerja", "3 HK".

FORMAT.md defines a waktu as a number (decimal comma or point) and a unit:
``detik``, ``menit``, ``jam``, ``hari``, ``hari kerja``, ``minggu``, ``bulan``,
``tahun``, case-insensitive; a range ``1 - 2 hari`` is accepted; common short
forms (``mnt``, ``HK``) are understood and flagged for normalising. The
regulation itself names no unit (REGULATION.md §3): number + unit is practice.

Everything is normalised to **working minutes** (menit kerja), so that the
durations of one procedure can be added and compared:

- ``detik``, ``menit``, ``jam`` are time on task: 1 jam = 60 menit kerja.
- ``hari kerja`` is one working day: ``jam_kerja_per_hari`` hours (8 by default).
- Calendar units (``hari``, ``minggu``, ``bulan``, ``tahun``) are calendar time.
  A calendar week holds ``hari_kerja_per_minggu`` working days (5 by default), so
  one calendar ``hari`` counts as 5/7 of a working day, ``1 minggu`` = 5 hari
  kerja = ``7 hari``, ``1 bulan`` = 30 hari and ``1 tahun`` = 365 hari.
  "hari" and "hari kerja" are not the same thing (REGULATION.md §3); this
  conversion is the one consistent way to put them in one total, and every
  duration says whether it is calendar time so that a total can say it mixed
  the two. ``N x 24 jam`` (the public-service idiom) is N calendar days.

``parse_waktu`` never raises: it gives a ``Duration`` or ``None``, and
``why_unparseable`` says why not, for a message that tells what to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final, Literal, Mapping

Unit = Literal["detik", "menit", "jam", "hari", "hari kerja", "minggu", "bulan", "tahun"]
UNITS: Final[tuple[str, ...]] = ("detik", "menit", "jam", "hari", "hari kerja", "minggu", "bulan", "tahun")
CALENDAR_UNITS: Final = frozenset({"hari", "minggu", "bulan", "tahun"})

#: Written unit (lowercase, single spaces, no final dot) -> (unit, is a short form or alias).
_UNIT_WORDS: Final[dict[str, tuple[str, bool]]] = {
    "detik": ("detik", False), "dtk": ("detik", True), "det": ("detik", True),
    "menit": ("menit", False), "mnt": ("menit", True), "mn": ("menit", True), "min": ("menit", True),
    "jam": ("jam", False), "jam kerja": ("jam", False), "jm": ("jam", True),
    "hari": ("hari", False), "hr": ("hari", True), "hri": ("hari", True),
    "hari kalender": ("hari", False),
    "hari kerja": ("hari kerja", False), "hk": ("hari kerja", True), "hr kerja": ("hari kerja", True),
    "hr kerja efektif": ("hari kerja", True), "hari kerja efektif": ("hari kerja", False),
    "minggu": ("minggu", False), "mgg": ("minggu", True), "mg": ("minggu", True), "pekan": ("minggu", True),
    "bulan": ("bulan", False), "bln": ("bulan", True), "bl": ("bulan", True),
    "tahun": ("tahun", False), "thn": ("tahun", True), "th": ("tahun", True),
}

#: Words in front of the number that keep its value ("maksimal 3 hari" is 3 hari).
_QUALIFIERS: Final = (
    "paling lama", "paling lambat", "selambat-lambatnya", "maksimal", "maksimum", "maks", "max",
    "kurang lebih", "kira-kira", "sekitar", "lebih kurang", "minimal", "minimum", "paling cepat",
    "±", "+/-", "+-", "<=", "≤", ">=", "≥", "<", ">",
)
_NUMBER = r"(?:\d+(?:[.,]\d+)?|½|setengah)"
_NUMBER_AT = re.compile(rf"\s*(?P<n>{_NUMBER})", re.IGNORECASE)
_RANGE_SEP_AT = re.compile(r"\s*(?:-|–|—|~|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|hingga)\s*", re.IGNORECASE)
_TIMES_AT = re.compile(r"\s*[x×]\s*", re.IGNORECASE)
_WORD_AT = re.compile(r"\s*(?P<w>[^\W\d_]+)\.?")
#: What may follow the unit without changing it: "15 menit/berkas", "5 menit per surat", "(setiap rapat)".
_TRAILER = re.compile(r"^\s*(?:(?:/|per\s|setiap\s|tiap\s|untuk\s)\s*[^\W\d_][\w\s.-]*|\([^()]*\))?\s*$", re.IGNORECASE)
_DASHES: Final = frozenset({"-", "–", "—", "--", "---"})


@dataclass(frozen=True)
class WaktuConfig:
    """How working time is counted; the keys of the ``waktu:`` configuration."""

    jam_kerja_per_hari: float = 8.0
    hari_kerja_per_minggu: float = 5.0
    hari_per_bulan: float = 30.0
    hari_per_tahun: float = 365.0

    @property
    def working_day(self) -> float:
        """Minutes in one hari kerja."""
        return self.jam_kerja_per_hari * 60

    @property
    def calendar_day(self) -> float:
        """Working minutes in one calendar day: a week's working time spread over 7 days."""
        return self.working_day * self.hari_kerja_per_minggu / 7

    def minutes(self, unit: str) -> float:
        return {
            "detik": 1 / 60,
            "menit": 1.0,
            "jam": 60.0,
            "hari kerja": self.working_day,
            "hari": self.calendar_day,
            "minggu": self.calendar_day * 7,
            "bulan": self.calendar_day * self.hari_per_bulan,
            "tahun": self.calendar_day * self.hari_per_tahun,
        }[unit]


DEFAULT_CONFIG: Final = WaktuConfig()


def waktu_config(config: Any = None) -> WaktuConfig:
    """A ``WaktuConfig`` from what callers have: None, one already, the
    ``waktu:`` mapping of .soplint.yaml, or an engine config with ``.waktu``."""
    if config is None:
        return DEFAULT_CONFIG
    if isinstance(config, WaktuConfig):
        return config
    if not isinstance(config, Mapping) and hasattr(config, "waktu"):
        return waktu_config(config.waktu)
    if isinstance(config, Mapping):
        known = {k: float(v) for k, v in config.items() if k in WaktuConfig.__dataclass_fields__}
        return WaktuConfig(**known)
    return DEFAULT_CONFIG


@dataclass(frozen=True)
class Duration:
    """A parsed waktu: bounds in working minutes, and how it was written."""

    text: str
    #: The amounts as written, in ``unit`` (equal unless a range was written).
    amount_low: float
    amount_high: float
    unit: str
    #: Bounds in working minutes (see the module docstring).
    low: float
    high: float
    calendar: bool
    #: The short form or alias written for the unit ("mnt", "HK"), or None.
    short_form: str | None = None
    #: A qualifier in front of the number ("maksimal"), kept but not counted.
    qualifier: str | None = None

    @property
    def is_range(self) -> bool:
        return self.amount_low != self.amount_high

    @property
    def normal_form(self) -> str:
        """How FORMAT.md writes it: ``15 menit``, ``1,5 jam``, ``1 - 2 hari kerja``."""
        amount = format_amount(self.amount_low)
        if self.is_range:
            amount += f" - {format_amount(self.amount_high)}"
        return f"{amount} {self.unit}"


def format_amount(value: float) -> str:
    """``1.5`` -> ``1,5``; ``2.0`` -> ``2`` (the decimal comma of Indonesian)."""
    if value == int(value):
        return str(int(value))
    return f"{value:.2f}".rstrip("0").replace(".", ",")


def _amount(text: str) -> float:
    lowered = text.lower()
    if lowered in ("½", "setengah"):
        return 0.5
    return float(lowered.replace(",", "."))


def _clean(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _strip_qualifier(text: str) -> tuple[str, str | None]:
    lowered = text.lower()
    for qualifier in _QUALIFIERS:
        if lowered.startswith(qualifier):
            rest = text[len(qualifier):].lstrip(" .:")
            if rest and (rest[0].isdigit() or rest[0] == "½" or rest.lower().startswith("setengah")):
                return rest, qualifier
    return text, None


def _unit(written: str) -> tuple[str, bool] | None:
    return _UNIT_WORDS.get(_clean(written).lower().rstrip("."))


def _take_number(text: str, pos: int) -> tuple[float, int] | None:
    match = _NUMBER_AT.match(text, pos)
    return (_amount(match["n"]), match.end()) if match else None


def _take_unit(text: str, pos: int) -> tuple[str, bool, str, int] | None:
    """The longest known unit (up to three words) at ``pos``: (unit, short, written, end)."""
    words: list[tuple[str, int]] = []
    at = pos
    for _ in range(3):
        match = _WORD_AT.match(text, at)
        if not match:
            break
        words.append((match["w"], match.end()))
        at = match.end()
    for count in range(len(words), 0, -1):
        written = " ".join(w for w, _ in words[:count])
        found = _unit(written)
        if found:
            return found[0], found[1], written, words[count - 1][1]
    return None


def parse_waktu(text: Any, config: Any = None) -> Duration | None:
    """Parse one waktu; None when it is no number and unit (see ``why_unparseable``)."""
    if not isinstance(text, str):
        return None
    return _parse(text, waktu_config(config))


@lru_cache(maxsize=4096)
def _parse(text: str, cfg: WaktuConfig) -> Duration | None:
    # Cached: an SOP repository writes the same few times ("15 menit") on
    # nearly every step, and the result (a frozen Duration) depends on nothing else.
    cleaned, qualifier = _strip_qualifier(_clean(text))
    first = _take_number(cleaned, 0)
    if first is None:
        return None
    low, pos = first
    high = low
    short_form: str | None = None
    if times := _TIMES_AT.match(cleaned, pos):  # "3 x 24 jam", "2x15 menit"
        each = _take_number(cleaned, times.end())
        if each is None or low != int(low):
            return None
        unit_at = _take_unit(cleaned, each[1])
        if unit_at is None or not _TRAILER.match(cleaned[unit_at[3]:]):
            return None
        unit, short, written, _ = unit_at
        if unit == "jam" and each[0] == 24:  # the public-service idiom for N days
            return _duration(text, low, low, "hari", cfg, None, qualifier)
        amount = low * each[0]
        return _duration(text, amount, amount, unit, cfg, written if short else None, qualifier)
    low_unit = _take_unit(cleaned, pos)
    if low_unit is not None:
        pos = low_unit[3]
    if sep := _RANGE_SEP_AT.match(cleaned, pos):
        second = _take_number(cleaned, sep.end())
        if second is None:
            return None
        high, pos = second
        unit_at = _take_unit(cleaned, pos)
        if unit_at is None:
            return None
        unit, short, written, pos = unit_at
        if low_unit is not None:  # "30 menit - 1 jam": the low bound in the high bound's unit
            low = low * cfg.minutes(low_unit[0]) / cfg.minutes(unit)
            if low_unit[1]:
                short_form = low_unit[2]
    elif low_unit is not None:
        unit, short, written, pos = low_unit
    else:
        return None
    if short:
        short_form = written
    if not _TRAILER.match(cleaned[pos:]) or low > high:
        return None
    return _duration(text, low, high, unit, cfg, short_form, qualifier)


def _duration(text: str, low: float, high: float, unit: str, cfg: WaktuConfig,
              short_form: str | None, qualifier: str | None) -> Duration:
    per = cfg.minutes(unit)
    return Duration(
        text=text, amount_low=low, amount_high=high, unit=unit,
        low=low * per, high=high * per, calendar=unit in CALENDAR_UNITS,
        short_form=short_form.strip() if short_form else None, qualifier=qualifier,
    )


Reason = Literal["empty", "dash", "no-number", "number-only", "range-order", "other"]


def why_unparseable(text: Any) -> Reason:
    """Why ``parse_waktu`` gave None, so that a message can say what to write."""
    cleaned = _clean(text) if isinstance(text, str) else ""
    if not cleaned:
        return "empty"
    if cleaned in _DASHES:
        return "dash"
    stripped, _ = _strip_qualifier(cleaned)
    first = _take_number(stripped, 0)
    if first is None:
        return "other" if any(ch.isdigit() for ch in stripped) else "no-number"
    pos = first[1]
    if sep := _RANGE_SEP_AT.match(stripped, pos):
        second = _take_number(stripped, sep.end())
        if second is not None:
            pos = second[1]
            unit_at = _take_unit(stripped, pos)
            if unit_at is not None and second[0] < first[0] and _TRAILER.match(stripped[unit_at[3]:]):
                return "range-order"
    if not stripped[pos:].strip():
        return "number-only"
    return "other"


def format_minutes(minutes: float, lang: str = "id", config: Any = None) -> str:
    """Working minutes as working days, hours and minutes: ``2 hari kerja 1 jam 30 menit``."""
    cfg = waktu_config(config)
    total = int(round(minutes))
    if total <= 0:
        return "0 menit" if lang == "id" else "0 min"
    per_day = int(round(cfg.working_day))
    days, rest = divmod(total, per_day) if per_day > 0 else (0, total)
    hours, mins = divmod(rest, 60)
    parts = []
    if lang == "id":
        names = ("hari kerja", "jam", "menit")
    else:
        names = ("working days" if days != 1 else "working day", "h", "min")
    for value, name in zip((days, hours, mins), names):
        if value:
            parts.append(f"{value} {name}")
    return " ".join(parts)
