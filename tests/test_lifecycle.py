"""The lifecycle rules' date arithmetic and wording, beyond the fixtures."""

from __future__ import annotations

import string
from datetime import date, timedelta

import pytest
from hypothesis import given, strategies as st

from rule_harness import parse_case, run_case
from soplint.config import ConfigError, build_config
from soplint.engine import lint_source
from soplint.model import build_document
from soplint.registry import default_registry
from soplint.rules.lifecycle import _audit
from soplint.rules.lifecycle._audit import add_months, audit_date
from soplint.rules.lifecycle.monitoring_invalid import BAIK, TIDAK_BAIK, nearest_verdict

REGISTRY = default_registry()
LIFECYCLE = ("monitoring-overdue", "monitoring-invalid", "evaluation-incomplete", "review-overdue")


@pytest.mark.parametrize(
    "start, months, expected",
    [
        (date(2024, 7, 15), 6, date(2025, 1, 15)),
        (date(2025, 8, 31), 6, date(2026, 2, 28)),
        (date(2023, 8, 31), 6, date(2024, 2, 29)),  # leap year
        (date(2024, 2, 29), 12, date(2025, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 12, 31), 6, date(2025, 6, 30)),
        (date(2024, 3, 1), 6, date(2024, 9, 1)),
        (date(2024, 1, 15), 120, date(2034, 1, 15)),
    ],
)
def test_add_months_by_calendar(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@given(st.dates(min_value=date(1945, 1, 1), max_value=date(2200, 12, 31)), st.integers(min_value=0, max_value=240))
def test_add_months_lands_in_the_right_month(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year * 12 + result.month) - (start.year * 12 + start.month) == months
    # the same day of the month, or the month's last day when it is shorter
    assert result.day == start.day or (result.day < start.day and (result + timedelta(days=1)).day == 1)


def test_audit_date_option_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_clock() -> date:
        raise AssertionError("the clock was read although tanggal_audit is set")

    monkeypatch.setattr(_audit, "_today", no_clock)
    assert audit_date({"tanggal_audit": "2026-12-01"}) == date(2026, 12, 1)
    assert audit_date({"tanggal_audit": "2026-02-30"}) is None


def test_null_audit_date_is_today_once() -> None:
    _audit._today.cache_clear()
    first = audit_date({"tanggal_audit": None})
    assert first == date.today() or first == date.today() - timedelta(days=1)  # a run across midnight
    assert audit_date({}) is first  # one day for the whole run


@pytest.mark.parametrize(
    "written, nearest",
    [
        ("Baik", BAIK), ("baik sekali", BAIK), ("Berjalan baik", BAIK), ("Sesuai SOP", BAIK), ("Lancar", BAIK),
        ("Kurang baik", TIDAK_BAIK), ("Tidak berjalan", TIDAK_BAIK), ("tidak baik", TIDAK_BAIK),
        ("Belum berjalan", TIDAK_BAIK), ("Buruk", TIDAK_BAIK), ("Berjalan kurang baik", TIDAK_BAIK),
    ],
)
def test_nearest_verdict(written: str, nearest: str) -> None:
    assert nearest_verdict(written) == nearest


def _lint(text: str, rule: str, options: dict, lang: str = "id"):
    config = build_config(REGISTRY, {"bahasa": lang, "rules": {rule: options}}, cli_select=[rule])
    return lint_source(text.encode("utf-8"), "<test>", config, REGISTRY).findings


def test_dates_are_indonesian_in_id_and_iso_in_en() -> None:
    text = "identitas:\n  tanggal_efektif: 2024-03-01\nmonitoring:\n  - tanggal: 31 Mei 2026\n"
    (found_id,) = _lint(text, "monitoring-overdue", {"tanggal_audit": "2026-12-01"})
    (found_en,) = _lint(text, "monitoring-overdue", {"tanggal_audit": "2026-12-01"}, lang="en")
    assert "31 Mei 2026" in found_id.message and "30 November 2026" in found_id.message
    assert "1 Desember 2026" in found_id.message and "6 (enam) bulan" in found_id.message
    assert "2026-05-31" in found_en.message and "2026-11-30" in found_en.message and "2026-12-01" in found_en.message


def test_monitoring_interval_option() -> None:
    text = "identitas:\n  tanggal_efektif: 2024-03-01\nmonitoring:\n  - tanggal: 2026-07-01\n"
    assert _lint(text, "monitoring-overdue", {"tanggal_audit": "2026-12-01"}) == ()
    (found,) = _lint(text, "monitoring-overdue", {"tanggal_audit": "2026-12-01", "bulan": 3})
    assert "1 Oktober 2026" in found.message and "3 (tiga) bulan" in found.message


def test_impossible_audit_date_is_one_clear_finding() -> None:
    text = "identitas:\n  tanggal_efektif: 2024-03-01\n"
    for rule in ("monitoring-overdue", "monitoring-invalid", "review-overdue"):
        (found,) = _lint(text, rule, {"tanggal_audit": "2026-02-30"})
        assert "2026-02-30" in found.message and "YYYY-MM-DD" in found.message


@pytest.mark.parametrize("rule", ["monitoring-overdue", "monitoring-invalid", "review-overdue"])
def test_malformed_audit_date_is_a_config_error(rule: str) -> None:
    with pytest.raises(ConfigError):
        build_config(REGISTRY, {"rules": {rule: {"tanggal_audit": "1/12/2026"}}})


def test_kriteria_wajib_accepts_only_known_criteria() -> None:
    with pytest.raises(ConfigError):
        build_config(REGISTRY, {"rules": {"evaluation-incomplete": {"kriteria_wajib": ["sinergis"]}}})


def test_missing_criteria_are_named_in_the_forms_wording() -> None:
    text = "evaluasi:\n  - tanggal: 2025-01-20\n    kriteria: {mendorong_kinerja: ya, sinergis: ya}\n"
    (found,) = _lint(text, "evaluation-incomplete", {})
    assert "Semua orang dapat menjalankan perannya masing-masing" in found.message
    assert "Mampu menjawab kebutuhan peningkatan kinerja organisasi" in found.message
    assert "mendorong_kinerja" not in found.message
    assert "'sinergis'" in found.message


def test_failed_assessment_without_follow_up_is_a_warning() -> None:
    text = "monitoring:\n  - tanggal: 2026-07-15\n    penilaian: Tidak berjalan dengan baik\n"
    findings = _lint(text, "monitoring-invalid", {"tanggal_audit": "2026-12-01"})
    assert [f.path for f in findings] == ["monitoring[0].catatan", "monitoring[0].tindakan"]
    assert {f.severity.label for f in findings} == {"warning"}
    assert "Catatan Hasil Penilaian" in findings[0].message and "Tindakan yang Harus Diambil" in findings[1].message


def test_every_message_renders_in_both_languages() -> None:
    args = {name: "x" for name in (
        "raw", "no", "value", "suggestion", "kolom", "kriteria", "wording", "jumlah", "daftar_id", "daftar_en",
        "bulan", "bulan_id",
    )}
    for prefix in ("audit", "efektif", "due", "last", "revisi", "tanggal"):
        args.update({prefix: "2026-12-01", f"{prefix}_id": "1 Desember 2026"})
    for name in LIFECYCLE:
        rule = REGISTRY.rules[name]
        assert set(rule.messages["id"]) == set(rule.messages["en"])
        for key in rule.messages["id"]:
            for lang in ("id", "en"):
                text = rule.message(key, lang, args)
                assert "{" not in text and text.endswith((".", "?")), (name, key, lang)


_MESSY = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(string.printable, max_size=12)
    | st.sampled_from(["2024-01-15", "31 Februari 2024", "-", "ya", "tidak", BAIK, TIDAK_BAIK]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["tanggal", "penilaian", "catatan", "tindakan", "kriteria", "sinergi", "mudah_dipahami"]),
        children, max_size=4),
    max_leaves=12,
)


@given(
    st.fixed_dictionaries({
        "identitas": st.fixed_dictionaries({}, optional={
            "tanggal_efektif": _MESSY, "tanggal_revisi": _MESSY}),
    }, optional={"monitoring": _MESSY, "evaluasi": _MESSY}),
)
def test_lifecycle_rules_never_raise(data: dict) -> None:
    doc = build_document(data)
    for name in LIFECYCLE:
        rule = REGISTRY.rules[name]
        options = {**rule.options, "tanggal_audit": "2026-12-01"} if "tanggal_audit" in rule.options else rule.options
        if name == "review-overdue":
            options = {**options, "evaluasi_tahunan": True}
        for violation in rule.check(doc, None, options):
            for lang in ("id", "en"):
                rule.message(violation.message, lang, violation.args)


def test_docstring_examples_are_dated() -> None:
    """Examples run without the CLI's date, so they must fix their own."""
    from soplint.docs import parse_doc

    for name in ("monitoring-overdue", "monitoring-invalid", "review-overdue"):
        doc = parse_doc(REGISTRY.rules[name].doc)
        for section in ("Fails", "Passes"):
            assert parse_case(doc.example(section)).options.get("tanggal_audit"), (name, section)
            assert run_case(parse_case(doc.example(section)), name, REGISTRY) is not None
