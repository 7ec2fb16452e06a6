"""The SOP-AP JSON Schema and the structure check (the ``schema`` rule)."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any, Iterator

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from soplint import schema as structure
from soplint.findings import Violation, format_path
from soplint.rules.document.schema import RULE
from soplint.schema_fast import Unsupported, compile_schema

DATA = Path(__file__).parent / "data"

# The keys of FORMAT.md's tables and lists, place by place.
FORMAT_KEYS: dict[str, set[str]] = {
    "top": {"identitas", "pelaksana", "prosedur", "jenis", "monitoring", "evaluasi"},
    "identitas": {
        "instansi", "unit_kerja", "logo", "nomor", "tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif",
        "disahkan_oleh", "nama", "dasar_hukum", "keterkaitan", "kualifikasi_pelaksana", "peralatan_perlengkapan",
        "peringatan", "pencatatan_pendataan",
    },
    "disahkan_oleh": {"jabatan", "nama", "nip"},
    "step": {
        "kegiatan", "pelaksana", "simbol", "id", "nomor", "ke", "ya", "tidak", "cabang", "mutu_baku", "keterangan",
    },
    "mutu_baku": {"kelengkapan", "waktu", "output"},
    "monitoring": {"tanggal", "penilaian", "catatan", "tindakan", "penilai"},
    "evaluasi": {"tanggal", "kriteria", "catatan"},
    "kriteria": {
        "mendorong_kinerja", "mudah_dipahami", "mudah_dilaksanakan", "semua_berperan", "mengatasi_masalah",
        "menjawab_kebutuhan", "sinergi",
    },
}


def plain(value: Any) -> Any:
    """ruamel's safe loader gives dates; the soplint loader gives their text."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def load_yaml(text: str) -> Any:
    return plain(YAML(typ="safe").load(text))


@pytest.fixture(scope="module")
def example() -> dict[str, Any]:
    return load_yaml((DATA / "format-example.yaml").read_text(encoding="utf-8"))


@pytest.fixture
def doc(example: dict[str, Any]) -> dict[str, Any]:
    """A fresh copy of the FORMAT.md example to break."""
    return copy.deepcopy(example)


def found(data: Any) -> list[tuple[str, str]]:
    """(path, message key) of every finding, rendered in both languages on the way."""
    violations = structure.check_structure(data)
    for v in violations:
        assert v.rule == "schema"
        for lang in ("id", "en"):
            text = RULE.message(v.message, lang, v.args)
            assert "{" not in text.replace("{Lengkap", ""), text  # no unfilled placeholder
    return [(format_path(v.path), v.message) for v in violations]


def only(data: Any) -> Violation:
    violations = structure.check_structure(data)
    assert len(violations) == 1, [(format_path(v.path), v.message) for v in violations]
    return violations[0]


# --------------------------------------------------------------------------- the schema itself


def test_schema_is_valid_draft_2020_12() -> None:
    schema = structure.load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == structure.SCHEMA_ID == "urn:soplint:schema:sop-ap:1"
    assert schema["title"]


def test_schema_is_package_data() -> None:
    assert structure.SCHEMA_PATH.name == "sop-ap.schema.json"
    assert structure.SCHEMA_PATH.is_file()


def test_format_example_is_copied_verbatim() -> None:
    format_md = Path("/work/shared/spec/FORMAT.md")
    if not format_md.exists():
        pytest.skip("the shared spec is not available here")
    assert (DATA / "format-example.yaml").read_text(encoding="utf-8") in format_md.read_text(encoding="utf-8")


def test_format_example_validates(example: dict[str, Any]) -> None:
    assert structure.check_structure(example) == []
    assert list(jsonschema.Draft202012Validator(structure.load_schema()).iter_errors(example)) == []


def _properties_by_place(schema: dict[str, Any]) -> dict[str, set[str]]:
    defs = schema["$defs"]
    return {
        "top": set(schema["properties"]),
        "identitas": set(defs["identitas"]["properties"]),
        "disahkan_oleh": set(defs["pengesahan"]["properties"]),
        "step": set(defs["langkah"]["properties"]),
        "mutu_baku": set(defs["mutu_baku"]["properties"]),
        "monitoring": set(defs["catatan_monitoring"]["properties"]),
        "evaluasi": set(defs["catatan_evaluasi"]["properties"]),
        "kriteria": set(defs["catatan_evaluasi"]["properties"]["kriteria"]["properties"]),
    }


def _documented(schema: Any, where: str = "") -> Iterator[tuple[str, str, Any]]:
    """(kind, where, subschema) of every definition and property, skipping the
    if/then/else constraints, which are rules about keys and not documentation."""
    if not isinstance(schema, dict):
        return
    for name, sub in schema.get("$defs", {}).items():
        yield "definition", f"$defs/{name}", sub
        yield from _documented(sub, f"$defs/{name}")
    for name, sub in schema.get("properties", {}).items():
        yield "property", f"{where}/{name}", sub
        yield from _documented(sub, f"{where}/{name}")
    if isinstance(schema.get("items"), dict):
        yield from _documented(schema["items"], f"{where}[]")


def test_schema_and_format_md_have_the_same_keys() -> None:
    assert _properties_by_place(structure.load_schema()) == FORMAT_KEYS


def test_no_property_outside_format_md() -> None:
    every_format_key = set().union(*FORMAT_KEYS.values())
    names = {where.rsplit("/", 1)[1] for kind, where, _ in _documented(structure.load_schema()) if kind == "property"}
    assert names <= every_format_key


def test_every_property_and_definition_is_described_in_both_languages() -> None:
    for _, where, sub in _documented(structure.load_schema()):
        description = sub.get("description", "")
        parts = description.split(" / ")
        assert len(parts) == 2 and all(p.strip() for p in parts), f"{where}: {description!r}"
        assert parts[0] != parts[1], where


def test_every_type_in_the_schema_has_a_plain_message() -> None:
    def types(node: Any) -> Iterator[Any]:
        if isinstance(node, dict):
            if "type" in node:
                yield node["type"]
            for value in node.values():
                yield from types(value)
        elif isinstance(node, list):
            for value in node:
                yield from types(value)

    for schema_type in types(structure.load_schema()):
        expected = structure._types(schema_type)
        if expected == frozenset({"null"}):
            continue
        assert expected in structure.TYPE_MESSAGES, schema_type


def test_required_keys_match_their_messages() -> None:
    schema = structure.load_schema()
    defs = schema["$defs"]
    required = {("top", k) for k in schema["required"]}
    required |= {("step", k) for k in defs["langkah"]["required"]}
    required |= {("record", k) for k in defs["catatan_monitoring"]["required"] + defs["catatan_evaluasi"]["required"]}
    assert required == set(structure.MISSING_MESSAGES)
    assert not any(d.get("required") for name, d in defs.items() if name not in ("langkah", "catatan_monitoring", "catatan_evaluasi"))


def test_message_catalogue_matches_the_keys_emitted() -> None:
    assert set(RULE.messages["id"]) == structure.MESSAGE_KEYS == set(RULE.messages["en"])
    assert RULE.name == "schema" and RULE.code == "D003" and RULE.stage == "load" and RULE.basis == "—"


def test_editors_are_offered_the_four_symbols() -> None:
    simbol = structure.load_schema()["$defs"]["simbol"]
    offered = [alt for alt in simbol["anyOf"] if "enum" in alt]
    assert offered[0]["enum"] == ["mulai", "proses", "keputusan", "selesai"]
    assert len(offered[0]["enumDescriptions"]) == 4


# --------------------------------------------------------------------------- decisions: required


@pytest.mark.parametrize("key", ["identitas", "pelaksana", "prosedur"])
def test_top_level_parts_are_required(doc: dict[str, Any], key: str) -> None:
    del doc[key]
    violation = only(doc)
    assert (violation.path, violation.message, violation.args["key"]) == ((), f"missing-{key}", key)


@pytest.mark.parametrize(("key", "message"), [("kegiatan", "missing-kegiatan"), ("pelaksana", "missing-step-pelaksana")])
def test_step_kegiatan_and_pelaksana_are_required(doc: dict[str, Any], key: str, message: str) -> None:
    del doc["prosedur"][2][key]
    assert found(doc) == [("prosedur[2]", message)]


def test_identitas_elements_are_not_required(doc: dict[str, Any]) -> None:
    doc["identitas"] = {}
    assert found(doc) == []


def test_empty_identitas_elements_are_left_to_identitas_missing_field(doc: dict[str, Any]) -> None:
    for key in FORMAT_KEYS["identitas"]:
        doc["identitas"][key] = None
    assert found(doc) == []
    doc["identitas"]["disahkan_oleh"] = {"jabatan": None, "nama": "", "nip": None}
    assert found(doc) == []


def test_mutu_baku_entries_are_not_required(doc: dict[str, Any]) -> None:
    doc["prosedur"][0]["mutu_baku"] = {}
    doc["prosedur"][1]["mutu_baku"] = None
    doc["prosedur"][2]["mutu_baku"] = {"kelengkapan": None, "waktu": None, "output": None}
    assert found(doc) == []


def test_a_bare_number_as_waktu_is_left_to_waktu_unparseable(doc: dict[str, Any]) -> None:
    doc["prosedur"][0]["mutu_baku"]["waktu"] = 10
    assert found(doc) == []


# --------------------------------------------------------------------------- decisions: unknown keys


def test_unknown_key_has_a_did_you_mean(doc: dict[str, Any]) -> None:
    doc["prosedur"][1]["kegiatn"] = doc["prosedur"][1].pop("kegiatan")
    violation = only(doc)  # the misspelt key explains the "missing kegiatan" too
    assert format_path(violation.path) == "prosedur[1].kegiatn"
    assert violation.on_key and violation.message == "unknown-key-did-you-mean"
    assert violation.args["suggestion"] == "kegiatan"


def test_no_on_a_step_suggests_nomor_and_says_why(doc: dict[str, Any]) -> None:
    doc["prosedur"][1]["no"] = 2
    violation = only(doc)
    assert (format_path(violation.path), violation.message, violation.on_key) == ("prosedur[1].no", "unknown-key-no", True)
    assert "false" in RULE.message(violation.message, "en", violation.args)


def test_unknown_key_without_a_likely_meaning_lists_the_allowed_keys(doc: dict[str, Any]) -> None:
    doc["prosedur"][0]["xyz"] = "?"
    violation = only(doc)
    assert (format_path(violation.path), violation.message) == ("prosedur[0].xyz", "unknown-key")
    assert "kegiatan" in violation.args["allowed"] and "mutu_baku" in violation.args["allowed"]


@pytest.mark.parametrize(
    ("place", "key", "home"),
    [(("prosedur", 1), "waktu", "mutu_baku"), (("identitas",), "nip", "disahkan_oleh"), ((), "nomor", "identitas")],
)
def test_a_key_one_level_too_high_is_sent_home(doc: dict[str, Any], place: tuple, key: str, home: str) -> None:
    target: Any = doc
    for item in place:
        target = target[item]
    target[key] = "x"
    violation = only(doc)
    assert violation.path == place + (key,) and violation.on_key
    assert (violation.message, violation.args["parent"]) == ("unknown-key-move", home)


@pytest.mark.parametrize(
    ("path", "key"),
    [((), "Identitas"), (("identitas",), "pengesahan"), (("monitoring", 0), "penilaiann"),
     (("evaluasi", 0, "kriteria"), "mudah_dipaham"), (("prosedur", 0, "mutu_baku"), "hasil")],
)
def test_unknown_keys_everywhere(doc: dict[str, Any], path: tuple, key: str) -> None:
    target: Any = doc
    for item in path:
        target = target[item]
    target[key] = None
    violation = only(doc)
    assert violation.path == path + (key,) and violation.message == "unknown-key-did-you-mean"


# --------------------------------------------------------------------------- decisions: values


def test_dates_are_not_pattern_checked(doc: dict[str, Any]) -> None:
    doc["identitas"]["tanggal_pembuatan"] = "31 Februari 2024"  # date-invalid's business
    doc["identitas"]["tanggal_efektif"] = "kemarin"
    doc["identitas"]["tanggal_revisi"] = "-"
    doc["monitoring"][0]["tanggal"] = 2024  # a number is no date: date-invalid says so
    assert found(doc) == []


def test_dates_of_the_wrong_shape(doc: dict[str, Any]) -> None:
    doc["identitas"]["tanggal_pembuatan"] = ["2024-01-10"]
    doc["monitoring"][0]["tanggal"] = None  # a record's date is required
    assert found(doc) == [("identitas.tanggal_pembuatan", "type-text"), ("monitoring[0].tanggal", "empty-required")]


def test_unknown_simbol_is_left_to_symbol_not_allowed(doc: dict[str, Any]) -> None:
    doc["prosedur"][1]["simbol"] = "dokumen"
    assert found(doc) == []


def test_simbol_must_be_text(doc: dict[str, Any]) -> None:
    doc["prosedur"][1]["simbol"] = ["proses"]
    assert found(doc) == [("prosedur[1].simbol", "type-text")]


@pytest.mark.parametrize(
    ("value", "message"),
    [(0, "minimum-step"), (-2, "minimum-step"), ("langkah 3", "pattern-ref"), (2.5, "type-step-ref"),
     ([1], "type-step-ref"), (True, "type-step-ref"), (None, "empty")],
)
def test_ke_is_a_step_number_or_id(doc: dict[str, Any], value: Any, message: str) -> None:
    doc["prosedur"][1]["ke"] = value
    assert found(doc) == [("prosedur[1].ke", message)]


@pytest.mark.parametrize("value", [1, 4, "susun", "4", "langkah-1_b"])
def test_good_step_references(doc: dict[str, Any], value: Any) -> None:
    doc["prosedur"][1]["ke"] = value
    assert found(doc) == []


def test_answer_references_are_checked_and_may_be_left_empty(doc: dict[str, Any]) -> None:
    doc["prosedur"][2]["tidak"] = None  # decision-branches reports the missing answer
    assert found(doc) == []
    doc["prosedur"][2]["ya"] = "ke langkah 4"
    assert found(doc) == [("prosedur[2].ya", "pattern-ref")]


def test_cabang_values_are_step_references(doc: dict[str, Any]) -> None:
    step = doc["prosedur"][2]
    del step["ya"], step["tidak"]
    step["cabang"] = {"Lengkap": 4, "Tidak lengkap": "susun"}
    assert found(doc) == []
    step["cabang"]["Tidak lengkap"] = "kembali ke susun"
    assert found(doc) == [("prosedur[2].cabang.Tidak lengkap", "pattern-ref")]
    step["cabang"] = ["Lengkap", "Tidak lengkap"]
    assert found(doc) == [("prosedur[2].cabang", "type-mapping")]


def test_id_pattern(doc: dict[str, Any]) -> None:
    doc["prosedur"][1]["id"] = "susun draf"
    assert found(doc) == [("prosedur[1].id", "pattern-id")]


@pytest.mark.parametrize(("value", "message"), [(0, "minimum-step"), ("2", "type-integer"), (1.5, "type-integer")])
def test_nomor_is_a_whole_number_from_one(doc: dict[str, Any], value: Any, message: str) -> None:
    doc["prosedur"][1]["nomor"] = value
    assert found(doc) == [("prosedur[1].nomor", message)]


@pytest.mark.parametrize("key", ["ya", "tidak", "cabang"])
def test_answers_only_on_keputusan(doc: dict[str, Any], key: str) -> None:
    doc["prosedur"][1][key] = {"A": 1} if key == "cabang" else 3  # step 2 has no simbol: proses
    violation = only(doc)
    assert (format_path(violation.path), violation.message, violation.on_key) == (
        f"prosedur[1].{key}", "answer-not-on-keputusan", True)


def test_ke_not_on_keputusan(doc: dict[str, Any]) -> None:
    doc["prosedur"][2]["ke"] = 4
    violation = only(doc)
    assert (format_path(violation.path), violation.message, violation.on_key) == ("prosedur[2].ke", "ke-on-keputusan", True)


@pytest.mark.parametrize("answers", [{}, {"ya": None, "tidak": None}, {"cabang": {}}])
def test_ke_instead_of_answers_is_left_to_decision_branches(doc: dict[str, Any], answers: dict[str, Any]) -> None:
    """A keputusan that goes on by ke alone: decision-branches reports it
    ("none-with-ke", with the fix); the schema would only repeat it."""
    step = doc["prosedur"][2]
    for key in ("ya", "tidak", "cabang"):
        step.pop(key, None)
    step.update(answers, ke=4)
    assert found(doc) == []


def test_ke_instead_of_answers_is_one_finding_in_a_check(doc: dict[str, Any]) -> None:
    from ruamel.yaml import YAML as Writer
    import io

    from soplint.config import build_config
    from soplint.engine import lint_source
    from soplint.registry import default_registry

    step = doc["prosedur"][2]
    for key in ("ya", "tidak", "cabang"):
        step.pop(key, None)
    step["ke"] = 4
    out = io.StringIO()
    Writer(typ="safe", pure=True).dump(doc, out)
    registry = default_registry()
    findings = lint_source(out.getvalue().encode(), "sop.yaml", build_config(registry), registry).findings
    assert [(f.rule, f.path) for f in findings if f.step == 3] == [("decision-branches", "prosedur[2]")]


@pytest.mark.parametrize("raw", [
    {}, {"ya": 1}, {"tidak": None}, {"ya": None, "tidak": 0}, {"cabang": {}}, {"cabang": {"A": 1}},
    {"cabang": "x"}, {"cabang": None, "ya": None}, {"ya": ""},
])
def test_has_answers_is_the_test_the_model_applies(raw: dict[str, Any]) -> None:
    from soplint.model import _answers, has_answers

    assert has_answers(raw) == bool(_answers(raw, ("prosedur", 0), {}, 3)[0])


def test_ke_on_selesai_is_left_to_end_has_successor(doc: dict[str, Any]) -> None:
    doc["prosedur"][3]["ke"] = 1
    assert found(doc) == []


def test_ya_tidak_mixed_with_cabang(doc: dict[str, Any]) -> None:
    doc["prosedur"][2]["cabang"] = {"Lengkap": 4}
    violation = only(doc)
    assert (format_path(violation.path), violation.message, violation.on_key) == ("prosedur[2].cabang", "answers-mixed", True)


def test_keputusan_is_recognised_as_the_model_reads_it(doc: dict[str, Any]) -> None:
    doc["prosedur"][2]["simbol"] = " Keputusan "  # the model lower-cases and strips
    assert found(doc) == []


@pytest.mark.parametrize(
    ("value", "message", "path"),
    [([], "min-items", "pelaksana"), ("Kepala Bagian Persidangan", "type-list", "pelaksana"),
     ([None], "empty-required", "pelaksana[0]"), ([" "], "empty-required", "pelaksana[0]"),
     ([{"nama": "x"}], "type-text", "pelaksana[0]")],
)
def test_top_level_pelaksana(doc: dict[str, Any], value: Any, message: str, path: str) -> None:
    doc["pelaksana"] = value
    assert found(doc) == [(path, message)]


def test_duplicate_pelaksana_is_left_to_actor_duplicate(doc: dict[str, Any]) -> None:
    doc["pelaksana"].append(doc["pelaksana"][0])
    assert found(doc) == []


@pytest.mark.parametrize(
    ("value", "message", "path"),
    [(["Kepala Bagian Persidangan", "Kepala Subbagian Risalah"], None, None),
     ([], "min-items", "prosedur[0].pelaksana"), ("", "empty-required", "prosedur[0].pelaksana"),
     ({"a": 1}, "type-text-or-list", "prosedur[0].pelaksana"), (None, "empty-required", "prosedur[0].pelaksana")],
)
def test_step_pelaksana(doc: dict[str, Any], value: Any, message: str | None, path: str | None) -> None:
    doc["prosedur"][0]["pelaksana"] = value
    assert found(doc) == ([] if message is None else [(path, message)])


@pytest.mark.parametrize("value", ["Satu dasar hukum", [], "-", ["a", "b"], None])
def test_identitas_list_fields_accept_text_or_list(doc: dict[str, Any], value: Any) -> None:
    for key in ("dasar_hukum", "keterkaitan", "kualifikasi_pelaksana", "peralatan_perlengkapan", "pencatatan_pendataan"):
        doc["identitas"][key] = value
    assert found(doc) == []


def test_identitas_list_field_of_wrong_shape(doc: dict[str, Any]) -> None:
    doc["identitas"]["dasar_hukum"] = {"uu": "Undang-Undang Nomor 23 Tahun 2014"}
    doc["identitas"]["keterkaitan"] = [["nested"]]
    assert found(doc) == [("identitas.dasar_hukum", "type-text-or-list"), ("identitas.keterkaitan[0]", "type-text")]


def test_nip_as_a_number_asks_for_quotes(doc: dict[str, Any]) -> None:
    doc["identitas"]["disahkan_oleh"]["nip"] = 196801011990031005
    violation = only(doc)
    assert (format_path(violation.path), violation.message) == ("identitas.disahkan_oleh.nip", "nip-number")
    assert '"19680101 199003 1 005"' in RULE.message(violation.message, "id", violation.args)


def test_a_number_where_text_belongs_asks_for_quotes(doc: dict[str, Any]) -> None:
    doc["identitas"]["nomor"] = 800.1  # `nomor: 800.10` would lose its last zero
    assert found(doc) == [("identitas.nomor", "type-text-number")]


@pytest.mark.parametrize(("value", "message"), [("administrasi", "enum-did-you-mean"), ("umum", "enum"), (None, "empty")])
def test_jenis_is_administratif_or_teknis(doc: dict[str, Any], value: Any, message: str) -> None:
    doc["jenis"] = value
    assert found(doc) == [("jenis", message)]


def test_jenis_of_wrong_type_is_one_finding(doc: dict[str, Any]) -> None:
    doc["jenis"] = 2
    assert found(doc) == [("jenis", "type-text-number")]


def test_monitoring_records(doc: dict[str, Any]) -> None:
    doc["monitoring"][0]["penilaian"] = "Cukup baik"  # monitoring-invalid's business
    assert found(doc) == []
    del doc["monitoring"][0]["tanggal"]
    assert found(doc) == [("monitoring[0]", "missing-tanggal")]
    doc["monitoring"] = {"tanggal": "2024-07-15"}
    assert found(doc) == [("monitoring", "type-list")]


def test_evaluation_criteria_are_ya_or_tidak(doc: dict[str, Any]) -> None:
    kriteria = doc["evaluasi"][0]["kriteria"]
    kriteria["sinergi"] = None  # unanswered: evaluation-incomplete's business
    del kriteria["mudah_dipahami"]
    assert found(doc) == []
    kriteria["mendorong_kinerja"] = "mungkin"
    kriteria["semua_berperan"] = "Ya "
    assert found(doc) == [
        ("evaluasi[0].kriteria.mendorong_kinerja", "enum"),
        ("evaluasi[0].kriteria.semua_berperan", "enum-did-you-mean"),
    ]
    del doc["evaluasi"][0]["tanggal"]
    assert ("evaluasi[0]", "missing-tanggal") in found(doc)


def test_a_step_that_is_not_a_mapping(doc: dict[str, Any]) -> None:
    doc["prosedur"][1] = "Menyusun draf risalah"
    doc["prosedur"][2] = None
    assert found(doc) == [("prosedur[1]", "type-step"), ("prosedur[2]", "type-step")]


def test_empty_prosedur(doc: dict[str, Any]) -> None:
    doc["prosedur"] = []
    assert found(doc) == [("prosedur", "min-items")]


def test_identitas_that_is_not_a_mapping(doc: dict[str, Any]) -> None:
    doc["identitas"] = "Pemerintah Kabupaten Contoh"
    assert found(doc) == [("identitas", "type-mapping")]
    doc["identitas"] = None
    assert found(doc) == [("identitas", "empty-required")]


@pytest.mark.parametrize(("data", "message"), [(None, "empty-file"), ([1, 2], "top-not-mapping"), ("teks", "top-not-mapping")])
def test_not_a_document(data: Any, message: str) -> None:
    assert found(data) == [("", message)]


# --------------------------------------------------------------------------- one pass


def test_all_faults_of_a_document_in_one_pass_in_document_order() -> None:
    text = (DATA / "schema-many-faults.yaml").read_text(encoding="utf-8")
    expected = [line.split("expect: ", 1)[1].strip() for line in text.splitlines() if line.startswith("# expect: ")]
    got = [f"{message} at {path}" for path, message in found(load_yaml(text))]
    assert got == expected


# --------------------------------------------------------------------------- the fast path


def test_the_schema_compiles_to_the_fast_check() -> None:
    assert structure._fast_check() is not None


def test_fast_check_refuses_keywords_it_does_not_know() -> None:
    with pytest.raises(Unsupported):
        compile_schema({"type": "object", "patternProperties": {"^x": {}}})
    with pytest.raises(Unsupported):
        compile_schema({"enum": [1, True]})
    with pytest.raises(Unsupported):
        compile_schema({"$ref": "https://example.org/other.json"})


_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(-2, 30), st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["", " ", "-", "ya", "tidak", "keputusan", "Keputusan", "selesai", "susun", "su sun", "4",
                     "administratif", "teknis", "Berjalan dengan baik", "10 menit"]),
    st.lists(st.sampled_from(["a", "Kepala Bagian Persidangan", ""]), max_size=2),
    st.lists(st.integers(0, 3), max_size=2),
    st.dictionaries(st.sampled_from(["Ya", "Tidak", "kelengkapan", "waktu", "nama"]),
                    st.one_of(st.integers(0, 5), st.text(max_size=4)), max_size=2),
)
_KEYS = st.sampled_from(sorted(set().union(*FORMAT_KEYS.values()) | {"no", "x", "Nomor"}))


def _paths(node: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    data = load_yaml((DATA / "format-example.yaml").read_text(encoding="utf-8"))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        path = draw(st.sampled_from(paths))
        parent: Any = data
        for item in path[:-1]:
            parent = parent[item]
        action = draw(st.sampled_from(["set", "delete", "add"]))
        if action == "set":
            parent[path[-1]] = draw(_VALUES)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(_KEYS)] = draw(_VALUES)
    return data


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents())
def test_fast_check_agrees_with_jsonschema(data: Any) -> None:
    valid = jsonschema.Draft202012Validator(structure.load_schema()).is_valid(data)
    assert structure._fast_check()(data) == valid
    violations = structure.check_structure(data)
    assert (violations == []) == valid
    for v in violations:  # every finding renders, in both languages
        RULE.message(v.message, "id", v.args)
        RULE.message(v.message, "en", v.args)
        assert v.message != "invalid", v


def test_bench_document_is_valid() -> None:
    """The benchmark's 6 KB document (tests/data/schema-bench.py) stays valid."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("schema_bench", DATA / "schema-bench.py")
    bench = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(bench)
    text = bench.scaled_example()
    assert 5_500 < len(text.encode()) < 7_000
    assert structure.check_structure(load_yaml(text)) == []


def test_schema_file_is_tidy_json() -> None:
    raw = structure.SCHEMA_PATH.read_text(encoding="utf-8")
    assert raw.endswith("}\n")
    json.loads(raw)


# --------------------------------------------------------------------------- fixtures and docs
# tests/test_rules.py runs these through the whole pipeline; here they run
# through the structure check alone, so that they hold before the engine does.

FIXTURES = sorted((Path(__file__).parent / "rules" / "schema").glob("*.yaml"))


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_fixture_findings_are_exactly_its_expectations(fixture: Path) -> None:
    text = fixture.read_text(encoding="utf-8")
    expected = sorted(
        line.split(" at ", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("# expect: schema at ")
    )
    assert fixture.name.startswith("valid-") == (expected == [])
    got = sorted(format_path(v.path) for v in structure.check_structure(load_yaml(text)))
    assert got == expected


def _doc_example(heading: str) -> str:
    import re
    import textwrap

    from soplint.rules.document import schema as rule_module

    match = re.search(rf"\n{heading}\n-+\n::\n\n(.*?)(?:\n\S|\Z)", rule_module.__doc__ or "", re.S)
    assert match, heading
    return textwrap.dedent(match.group(1))


def test_docstring_fails_example_fails() -> None:
    assert [m for _, m in found(load_yaml(_doc_example("Fails")))] == ["unknown-key-no", "unknown-key-move"]


def test_docstring_passes_example_is_a_complete_valid_sop() -> None:
    data = load_yaml(_doc_example("Passes"))
    assert found(data) == []
    assert set(data["identitas"]) == FORMAT_KEYS["identitas"] - {"logo"}


def test_an_any_of_that_no_alternative_accepts_becomes_one_type_error() -> None:
    """Not reached by today's schema (it avoids anyOf for types), kept for tomorrow's."""
    validator = jsonschema.Draft202012Validator(
        {"properties": {"ke": {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": "^a"}]}}}
    )
    translator = structure._Translator({"ke": [1]})
    assert [(format_path(v.path), v.message) for v in translator.translate(validator.iter_errors({"ke": [1]}))] == [
        ("ke", "type-step-ref")
    ]
    # An alternative of the right type explains the fault better than the others.
    translator = structure._Translator({"ke": "b"})
    assert [(format_path(v.path), v.message) for v in translator.translate(validator.iter_errors({"ke": "b"}))] == [
        ("ke", "pattern")
    ]
