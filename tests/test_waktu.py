"""The mutu baku waktu parser: units, decimal comma, ranges, short forms, totals."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from soplint.waktu import (
    DEFAULT_CONFIG,
    WaktuConfig,
    format_minutes,
    parse_waktu,
    waktu_config,
    why_unparseable,
)

DAY = 8 * 60  # one hari kerja, by default
CALENDAR_DAY = DAY * 5 / 7


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("30 detik", 0.5, 0.5, "detik"),
        ("15 menit", 15, 15, "menit"),
        ("15 Menit", 15, 15, "menit"),
        ("1 jam", 60, 60, "jam"),
        ("1,5 jam", 90, 90, "jam"),
        ("1.5 jam", 90, 90, "jam"),
        ("2 jam kerja", 120, 120, "jam"),
        ("1 hari kerja", DAY, DAY, "hari kerja"),
        ("2 Hari Kerja", 2 * DAY, 2 * DAY, "hari kerja"),
        ("0,5 hari kerja", DAY / 2, DAY / 2, "hari kerja"),
        ("1 hari", CALENDAR_DAY, CALENDAR_DAY, "hari"),
        ("7 hari", 5 * DAY, 5 * DAY, "hari"),
        ("1 minggu", 5 * DAY, 5 * DAY, "minggu"),
        ("1 bulan", 30 * CALENDAR_DAY, 30 * CALENDAR_DAY, "bulan"),
        ("1 tahun", 365 * CALENDAR_DAY, 365 * CALENDAR_DAY, "tahun"),
        ("1 - 2 hari kerja", DAY, 2 * DAY, "hari kerja"),
        ("1-2 hari kerja", DAY, 2 * DAY, "hari kerja"),
        ("1 – 3 jam", 60, 180, "jam"),
        ("1 s.d. 2 hari", CALENDAR_DAY, 2 * CALENDAR_DAY, "hari"),
        ("1 s/d 2 minggu", 5 * DAY, 10 * DAY, "minggu"),
        ("2 sampai dengan 3 hari kerja", 2 * DAY, 3 * DAY, "hari kerja"),
        ("30 menit - 1 jam", 30, 60, "jam"),
        ("1 x 24 jam", CALENDAR_DAY, CALENDAR_DAY, "hari"),
        ("3x24 jam", 3 * CALENDAR_DAY, 3 * CALENDAR_DAY, "hari"),
        ("2 x 15 menit", 30, 30, "menit"),
        ("maksimal 3 hari kerja", 3 * DAY, 3 * DAY, "hari kerja"),
        ("± 15 menit", 15, 15, "menit"),
        ("paling lama 14 hari kerja", 14 * DAY, 14 * DAY, "hari kerja"),
        ("5 menit/berkas", 5, 5, "menit"),
        ("5 menit per surat", 5, 5, "menit"),
        ("10 menit (setiap surat)", 10, 10, "menit"),
        ("½ jam", 30, 30, "jam"),
        ("setengah hari kerja", DAY / 2, DAY / 2, "hari kerja"),
        ("1 hari.", CALENDAR_DAY, CALENDAR_DAY, "hari"),
    ],
)
def test_parses_to_working_minutes(text, low, high, unit):
    duration = parse_waktu(text)
    assert duration is not None, text
    assert duration.low == pytest.approx(low)
    assert duration.high == pytest.approx(high)
    assert duration.unit == unit
    assert duration.calendar == (unit in ("hari", "minggu", "bulan", "tahun"))


@pytest.mark.parametrize(
    "text, short, normal",
    [
        ("15 mnt", "mnt", "15 menit"),
        ("3 HK", "HK", "3 hari kerja"),
        ("2 hr", "hr", "2 hari"),
        ("1 mgg", "mgg", "1 minggu"),
        ("2 pekan", "pekan", "2 minggu"),
        ("1 bln", "bln", "1 bulan"),
        ("1 thn", "thn", "1 tahun"),
        ("30 dtk", "dtk", "30 detik"),
        ("1,5 jm", "jm", "1,5 jam"),
        ("1-2 hk", "hk", "1 - 2 hari kerja"),
    ],
)
def test_short_forms_parse_and_name_the_full_form(text, short, normal):
    duration = parse_waktu(text)
    assert duration is not None
    assert duration.short_form == short
    assert duration.normal_form == normal


@pytest.mark.parametrize("text", ["15 menit", "1 - 2 hari kerja", "1 x 24 jam", "maksimal 1 bulan"])
def test_full_forms_are_not_short(text):
    assert parse_waktu(text).short_form is None


@pytest.mark.parametrize(
    "text, reason",
    [
        ("", "empty"),
        ("   ", "empty"),
        ("-", "dash"),
        ("–", "dash"),
        ("segera", "no-number"),
        ("cepat", "no-number"),
        ("menyesuaikan", "no-number"),
        ("beberapa hari", "no-number"),
        ("15", "number-only"),
        ("1 - 2", "number-only"),
        ("2 - 1 hari", "range-order"),
        ("15 lembar", "other"),
        ("min. 15 menit", "other"),
        ("menit 15", "other"),
    ],
)
def test_unparseable_with_a_reason(text, reason):
    assert parse_waktu(text) is None
    assert why_unparseable(text) == reason


@pytest.mark.parametrize("value", [None, 15, 1.5, ["15 menit"], {"menit": 15}])
def test_non_text_is_not_a_time(value):
    assert parse_waktu(value) is None


def test_working_day_and_week_are_configurable():
    config = WaktuConfig(jam_kerja_per_hari=7.5, hari_kerja_per_minggu=6)
    assert parse_waktu("1 hari kerja", config).high == pytest.approx(450)
    # one calendar week holds six working days of 7.5 hours
    assert parse_waktu("1 minggu", config).high == pytest.approx(6 * 450)
    assert parse_waktu("7 hari", config).high == pytest.approx(6 * 450)
    assert parse_waktu("15 menit", config).high == 15


def test_config_from_the_soplint_yaml_mapping_and_engine_config():
    assert waktu_config(None) is DEFAULT_CONFIG
    assert waktu_config({"jam_kerja_per_hari": 6, "hari_kerja_per_minggu": 5}).working_day == 360

    class EngineConfig:
        waktu = {"jam_kerja_per_hari": 7}

    assert waktu_config(EngineConfig()).working_day == 420


def test_calendar_and_working_days_compare_by_the_working_week():
    # "hari" and "hari kerja" are not the same; in totals 7 hari = 5 hari kerja
    assert parse_waktu("7 hari").high == pytest.approx(parse_waktu("5 hari kerja").high)
    assert parse_waktu("1 hari").high < parse_waktu("1 hari kerja").high


@pytest.mark.parametrize(
    "minutes, lang, text",
    [
        (0, "id", "0 menit"),
        (45, "id", "45 menit"),
        (90, "id", "1 jam 30 menit"),
        (DAY, "id", "1 hari kerja"),
        (2 * DAY + 95, "id", "2 hari kerja 1 jam 35 menit"),
        (2 * DAY + 95, "en", "2 working days 1 h 35 min"),
        (DAY, "en", "1 working day"),
    ],
)
def test_format_minutes(minutes, lang, text):
    assert format_minutes(minutes, lang) == text


def test_format_minutes_uses_the_working_day():
    assert format_minutes(420, "id", {"jam_kerja_per_hari": 7}) == "1 hari kerja"


@given(st.text(max_size=40))
def test_never_raises(text):
    duration = parse_waktu(text)
    if duration is None:
        assert why_unparseable(text) in ("empty", "dash", "no-number", "number-only", "range-order", "other")
    else:
        assert 0 <= duration.low <= duration.high


@given(
    st.integers(min_value=0, max_value=500),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["detik", "menit", "jam", "hari", "hari kerja", "minggu", "bulan", "tahun"]),
    st.sampled_from([",", "."]),
)
def test_every_number_and_unit_parses(whole, fraction, unit, mark):
    text = f"{whole}{mark}{fraction} {unit}" if fraction else f"{whole} {unit}"
    duration = parse_waktu(text)
    assert duration is not None and duration.unit == unit
    assert duration.amount_low == pytest.approx(float(f"{whole}.{fraction}"))
