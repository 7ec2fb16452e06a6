"""The loader: scalars by YAML 1.2's core schema, positions, Document-family problems."""

from __future__ import annotations

import codecs

import pytest

from soplint.loader import Limits, load, resolve_plain


@pytest.mark.parametrize(
    "text,value",
    [("no", "no"), ("ya", "ya"), ("yes", "yes"), ("tidak", "tidak"), ("true", True), ("False", False),
     ("~", None), ("", None), ("null", None), ("12", 12), ("-3", -3), ("0o17", 15), ("0x1F", 31),
     ("1.5", 1.5), ("2024-01-10", "2024-01-10"), ("100.3.4/001/SETWAN/2024", "100.3.4/001/SETWAN/2024"),
     ("1,5 jam", "1,5 jam")],
)
def test_plain_scalars(text, value) -> None:
    assert resolve_plain(text) == value


def test_quoted_scalars_stay_text() -> None:
    loaded = load(b'nip: "196801011990031005"\nnomor: \'12\'\nya: 4\n')
    assert loaded.data == {"nip": "196801011990031005", "nomor": "12", "ya": 4}


def test_positions_of_keys_and_values() -> None:
    source = b"identitas:\n  nama: Pengelolaan Surat Masuk\nprosedur:\n  - kegiatan: Menerima surat\n    pelaksana: Staf\n"
    loaded = load(source)
    locate = loaded.positions.locate
    assert locate(loaded.data, ("identitas", "nama")) == (1, 8, True)
    assert locate(loaded.data, ("identitas", "nama"), on_key=True) == (1, 2, True)
    assert locate(loaded.data, ("identitas",)) == (0, 0, True)  # a block mapping: at its key
    assert locate(loaded.data, ("prosedur", 0)) == (3, 4, True)
    assert locate(loaded.data, ("prosedur", 0, "pelaksana")) == (4, 15, True)
    # a missing path falls back to its nearest existing parent
    assert locate(loaded.data, ("prosedur", 0, "mutu_baku", "waktu")) == (3, 4, False)
    assert locate(loaded.data, ("identitas", "nomor")) == (0, 0, False)


def test_crlf_positions() -> None:
    loaded = load(b"identitas:\r\n  nama: A\r\n  nama: B\r\n")
    (problem,) = loaded.problems
    assert (problem.rule, problem.line, problem.column) == ("duplicate-key", 2, 2)


def test_duplicate_key_keeps_the_first_value() -> None:
    loaded = load(b"a: 1\nb: 2\na: 3\n")
    assert loaded.data == {"a": 1, "b": 2}
    assert [(p.rule, p.line, dict(p.args)) for p in loaded.problems] == [("duplicate-key", 2, {"key": "a", "first_line": 1})]


def test_alias_is_never_expanded() -> None:
    bomb = b'a: &a ["x","x","x","x","x","x","x","x","x"]\n' + b"".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)
    )
    loaded = load(bomb)
    assert all(v is None or isinstance(v, list) for v in loaded.data.values())
    assert sum(1 for p in loaded.problems if p.message == "alias") == 72
    assert loaded.data["i"] == [None] * 9


def test_unknown_tag_is_kept_as_text() -> None:
    loaded = load(b"nomor: !!python/object/apply:os.system [\"id\"]\nnama: !custom x\n")
    assert {p.args["tag"] for p in loaded.problems} == {"tag:yaml.org,2002:python/object/apply:os.system", "!custom"}
    assert loaded.data["nama"] == "x"


def test_depth_limit() -> None:
    loaded = load(b"a: " + b"[" * 100_000, Limits(max_depth=10))
    assert [p.rule for p in loaded.problems] == ["too-large"]
    assert loaded.data is None


def test_size_limit() -> None:
    loaded = load(b"a: " + b"x" * 200, Limits(max_bytes=100))
    assert [(p.rule, p.message) for p in loaded.problems] == [("too-large", "file-size")]


@pytest.mark.parametrize("bom,encoding", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_bom_encodings(bom: bytes, encoding: str) -> None:
    loaded = load(bom + "identitas:\n  nama: Pelayanan Informasi — PPID\n".encode(encoding))
    assert loaded.problems == ()
    assert loaded.data["identitas"]["nama"] == "Pelayanan Informasi — PPID"
    assert loaded.is_sop


def test_not_utf8_names_the_position() -> None:
    (problem,) = load(b"a: 1\nb: caf\xe9\n").problems
    assert (problem.rule, problem.message, problem.line, problem.column) == ("encoding", "not-utf8", 1, 6)


def test_syntax_error_points_at_the_unclosed_bracket() -> None:
    (problem,) = load(b"identitas:\n  dasar_hukum: [UU 23/2014\npelaksana:\n  - A\n").problems
    assert (problem.rule, problem.line, problem.column) == ("yaml-syntax", 1, 15)


def test_not_an_sop() -> None:
    loaded = load(b"stages: [test]\n")
    assert loaded.problems == () and not loaded.is_sop and loaded.data == {"stages": ["test"]}
