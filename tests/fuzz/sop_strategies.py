"""Hypothesis strategies: SOP documents from FORMAT.md, valid and subtly not.

``sop_documents()`` draws plain data shaped like an SOP in which any value
may be swapped for a wrong one: a wrong type, a reference to nowhere, a cycle,
a huge or empty string, odd Unicode (right-to-left marks, line and paragraph
separators, NEL, zero-width characters, astral characters, lone combining
marks). ``sop_sources()`` writes such data as YAML bytes in block or flow
style, sometimes with CRLF line ends, a BOM, UTF-16, or a hostile token
spliced in (anchors, aliases, tags, tabs, ``---``, NUL).
``mutated(source)`` damages real files byte by byte.
"""

from __future__ import annotations

import codecs
import io
import json
from typing import Any

from hypothesis import strategies as st

ODD_TEXT = [
    "", " ", "-", "~", "null", "no", "yes", "ya", "tidak", "true", "0", "1e400", "0x1F", "0o17", "-.inf", ".nan",
    "2024-02-30", "31 Februari 2024", "10 Januari 2024", "1 - 2 hari", "segera", "10 mnt", "1,5 jam",
    "\u202eKepala Bagian\u202c", "Kepala\u200bBagian", "A\u2028B", "A\u2029B", "A\x85B", "\ufeffMenerima",
    "😀 Menerima berkas", "\U0001d400\U0001d401", "e\u0301", "\u0301", "Menerima\tberkas", "a: b", "- x", "# bukan komentar",
    "'", '"', "\\", "{", "[", "&a", "*a", "!!python/object:os.system", "%YAML 1.1", "---", "...", "\r", "\r\n",
    "Jika berkas lengkap maka diteruskan", "Apakah berkas lengkap?", "Berkas diterima oleh Staf",
    "Sekretaris menerima berkas", "x" * 3000,
]

PELAKSANA = ["Kepala Bagian Persidangan", "Kepala Subbagian Risalah", "Pengolah Data Risalah", "Pengadministrasi Umum"]
SIMBOL = ["mulai", "proses", "keputusan", "selesai", "dokumen", "penghubung", "Proses", "", "persiapan"]
KEGIATAN = [
    "Menerima disposisi penyusunan risalah", "Menyusun draf risalah", "Apakah draf risalah sudah benar?",
    "Menandatangani risalah", "Risalah diperiksa oleh Kepala Bagian", "Kepala Bagian memeriksa risalah",
    "Jika lengkap, meneruskan berkas", "Mengarsipkan surat",
]


def odd_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(ODD_TEXT),
        st.text(max_size=40),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=20),
        st.builds(lambda n: "Menerima " + "berkas " * n, st.integers(0, 400)),
    )


def scalar() -> st.SearchStrategy[Any]:
    return st.one_of(
        odd_text(),
        st.integers(min_value=-(10**30), max_value=10**30),
        st.floats(allow_nan=True, allow_infinity=True),
        st.booleans(),
        st.none(),
    )


def anything(depth: int = 3) -> st.SearchStrategy[Any]:
    """A wrong value of any shape."""
    return st.recursive(
        scalar(),
        lambda children: st.one_of(
            st.lists(children, max_size=4), st.dictionaries(st.one_of(odd_text(), st.sampled_from(["kegiatan", "ya", "ke"])), children, max_size=4)
        ),
        max_leaves=8,
    )


def maybe_wrong(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly the right kind of value, sometimes any other."""
    return st.one_of(good, good, good, anything())


def step_ref(count: int) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.integers(min_value=1, max_value=max(count, 1)),  # a real step
        st.integers(min_value=-2, max_value=count + 3),  # 0, negative, past the end
        st.sampled_from(["susun", "arsip", "tidak-ada", "", "4", "1.5"]),
        st.floats(allow_nan=True),
    )


@st.composite
def step(draw, index: int, count: int, actors: list) -> dict:
    data: dict[str, Any] = {
        "kegiatan": draw(maybe_wrong(st.one_of(st.sampled_from(KEGIATAN), odd_text()))),
        "pelaksana": draw(maybe_wrong(st.one_of(st.sampled_from(actors or PELAKSANA), st.lists(st.sampled_from(PELAKSANA), max_size=3)))),
    }
    symbol = draw(st.one_of(st.none(), st.sampled_from(SIMBOL), anything()))
    if symbol is not None:
        data["simbol"] = symbol
    if draw(st.booleans()):
        data["id"] = draw(st.one_of(st.sampled_from(["susun", "arsip", "periksa"]), odd_text()))
    if draw(st.integers(0, 4)) == 0:
        data["nomor"] = draw(st.one_of(st.just(index + 1), st.integers(-1, count + 2), odd_text()))
    answers = draw(st.integers(0, 5))
    if answers == 1 or symbol == "keputusan":
        data["ya"] = draw(step_ref(count))
        if draw(st.booleans()):
            data["tidak"] = draw(step_ref(count))
    elif answers == 2:
        data["cabang"] = draw(st.dictionaries(odd_text(), step_ref(count), max_size=4))
    elif answers == 3:
        data["ke"] = draw(step_ref(count))
    if draw(st.booleans()):
        data["mutu_baku"] = draw(
            maybe_wrong(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "kelengkapan": maybe_wrong(odd_text()),
                        "waktu": maybe_wrong(st.one_of(st.sampled_from(["10 menit", "2 hari kerja", "1 - 2 jam", "-"]), odd_text(), st.integers())),
                        "output": maybe_wrong(odd_text()),
                    },
                )
            )
        )
    if draw(st.integers(0, 6)) == 0:
        data[draw(st.sampled_from(["keterangan", "waktu", "no", "Kegiatan", "pelaksanaa"]))] = draw(anything())
    return data


@st.composite
def identitas(draw) -> dict:
    fields = {
        "instansi": maybe_wrong(odd_text()),
        "unit_kerja": maybe_wrong(st.just("Sekretariat DPRD")),
        "nomor": maybe_wrong(st.one_of(st.just("100.3.4/001/SETWAN/2024"), odd_text())),
        "nama": maybe_wrong(st.one_of(st.just("Penyusunan Risalah Rapat Paripurna"), odd_text())),
        "tanggal_pembuatan": maybe_wrong(st.one_of(st.sampled_from(["2024-01-10", "10 Januari 2024", "2024-13-01"]), odd_text())),
        "tanggal_revisi": maybe_wrong(st.sampled_from(["2025-01-10", "-", "2023-01-01", ""])),
        "tanggal_efektif": maybe_wrong(st.sampled_from(["2024-01-15", "2023-12-31", "15 Januari 2024"])),
        "disahkan_oleh": maybe_wrong(
            st.fixed_dictionaries(
                {},
                optional={
                    "jabatan": maybe_wrong(st.just("Sekretaris DPRD")),
                    "nama": maybe_wrong(odd_text()),
                    "nip": maybe_wrong(
                        st.one_of(st.sampled_from(["19680101 199003 1 005", "19681301 199003 1 005", "1968"]), st.integers(0, 10**19))
                    ),
                },
            )
        ),
        "dasar_hukum": maybe_wrong(
            st.one_of(
                st.lists(
                    st.sampled_from([
                        "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
                        "Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah",
                        "Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib DPRD",
                        "Peraturan Menteri Nomor 99 Tahun 2099 tentang Masa Depan",
                        "UU 23/2014",
                    ]) | odd_text(),
                    max_size=4,
                ),
                odd_text(),
            )
        ),
        "keterkaitan": maybe_wrong(st.one_of(st.just("-"), st.lists(odd_text(), max_size=3))),
        "kualifikasi_pelaksana": maybe_wrong(st.lists(odd_text(), max_size=3)),
        "peralatan_perlengkapan": maybe_wrong(st.lists(odd_text(), max_size=3)),
        "peringatan": maybe_wrong(st.one_of(st.just("Apabila SOP ini tidak dilaksanakan, risalah tidak tersedia."), odd_text())),
        "pencatatan_pendataan": maybe_wrong(st.lists(odd_text(), max_size=3)),
        "logo": st.one_of(st.just("logo.png"), odd_text(), st.just("../../../../etc/passwd"), st.just("/dev/zero")),
    }
    keys = draw(st.sets(st.sampled_from(sorted(fields))))
    return {key: draw(fields[key]) for key in sorted(keys)}


@st.composite
def sop_documents(draw) -> Any:
    """Plain data of one SOP-like document (or, rarely, not even a mapping)."""
    if draw(st.integers(0, 30)) == 0:
        return draw(anything())
    actors = draw(st.lists(st.sampled_from(PELAKSANA + ["", "Kepala Bagian Persidangan"]), max_size=5))
    count = draw(st.integers(0, 12))
    steps = [draw(step(i, count, actors)) for i in range(count)]
    document: dict[str, Any] = {}
    if draw(st.integers(0, 8)):
        document["identitas"] = draw(maybe_wrong(identitas()))
    if draw(st.integers(0, 8)):
        document["pelaksana"] = draw(maybe_wrong(st.just(actors)))
    if draw(st.integers(0, 10)):
        document["prosedur"] = draw(maybe_wrong(st.just(steps)))
    if draw(st.booleans()):
        document["jenis"] = draw(maybe_wrong(st.sampled_from(["administratif", "teknis", "Teknis"])))
    if draw(st.integers(0, 3)) == 0:
        document["monitoring"] = draw(
            maybe_wrong(st.lists(st.fixed_dictionaries({"tanggal": odd_text(), "penilaian": st.sampled_from(["Berjalan dengan baik", "buruk"])}), max_size=3))
        )
    if draw(st.integers(0, 3)) == 0:
        document["evaluasi"] = draw(
            maybe_wrong(st.lists(st.fixed_dictionaries({"tanggal": odd_text(), "kriteria": st.dictionaries(odd_text(), st.sampled_from(["ya", "tidak", "mungkin"]), max_size=8)}), max_size=2))
        )
    if draw(st.integers(0, 10)) == 0:
        document[draw(odd_text())] = draw(anything())
    return document


# --------------------------------------------------------------------------- writing


def to_yaml(data: Any, style: str) -> str:
    if style == "json":  # JSON is YAML: flow style, every string quoted
        return json.dumps(data, ensure_ascii=False, indent=1, default=str, allow_nan=True) + "\n"
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = style == "flow"
    yaml.allow_unicode = True
    yaml.width = 80
    stream = io.StringIO()
    yaml.dump(data, stream)
    return stream.getvalue()


HOSTILE_TOKENS = [
    "&a ", "*a", "!!python/object/apply:os.system ", "!include ", "\t", "\n---\n", ": ", "[", "{", "]", "}", "\x00",
    "\ufeff", "\u2028", "\x85", "\r", "\n\n", "? ", "- ", "'", '"', "#", "%TAG ! tag:x,2024:\n", "|", ">", "\\", "\U0010fff0",
]


@st.composite
def sop_sources(draw) -> bytes:
    data = draw(sop_documents())
    try:
        text = to_yaml(data, draw(st.sampled_from(["block", "block", "flow", "json"])))
    except Exception:  # a value the dumper cannot write: write it as JSON text
        text = json.dumps(data, ensure_ascii=False, default=str) + "\n"
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(HOSTILE_TOKENS)) + text[position:]
    if draw(st.integers(0, 5)) == 0:
        text = text.replace("\n", "\r\n")
    encoding = draw(st.sampled_from(["utf-8"] * 8 + ["utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"]))
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


# --------------------------------------------------------------------------- damaging real files


@st.composite
def mutated(draw, source: bytes) -> bytes:
    data = bytearray(source)
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["flip", "insert", "delete", "truncate", "duplicate", "splice", "byte"]))
        position = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "flip" and data:
            data[position] ^= 1 << draw(st.integers(0, 7))
        elif kind == "byte" and data:
            data[position] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[position : position + draw(st.integers(1, 40))]
        elif kind == "truncate":
            del data[position:]
        elif kind == "duplicate":
            end = position + draw(st.integers(1, 200))
            data[position:position] = data[position:end]
        elif kind == "splice":
            token = draw(st.sampled_from(HOSTILE_TOKENS)).encode("utf-8")
            data[position:position] = token
    if draw(st.integers(0, 10)) == 0:
        data = bytearray(codecs.BOM_UTF16_LE + bytes(data).decode("utf-8", "replace").encode("utf-16-le"))
    return bytes(data)
