"""The typed SOP document that rules read: frozen dataclasses, defaults applied.

``build_document`` is total: it builds a model from whatever is well-formed and
leaves out (``None`` / empty) what is not, so one broken part never hides the
findings in the rest. The schema stage reports the structural faults; rules
skip only the parts they cannot read.

Every node keeps its document path; the engine turns paths into lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, Literal, Mapping

from soplint.dates import INVALID, parse_date
from soplint.findings import DocPath

Symbol = Literal["mulai", "proses", "keputusan", "selesai"]
SYMBOLS: Final[tuple[str, ...]] = ("mulai", "proses", "keputusan", "selesai")

IDENTITAS_TEXT_FIELDS: Final = ("instansi", "unit_kerja", "logo", "nomor", "nama", "peringatan")
IDENTITAS_DATE_FIELDS: Final = ("tanggal_pembuatan", "tanggal_revisi", "tanggal_efektif")
IDENTITAS_LIST_FIELDS: Final = (
    "dasar_hukum", "keterkaitan", "kualifikasi_pelaksana", "peralatan_perlengkapan", "pencatatan_pendataan",
)
#: The printed placeholder for "none": tanggal_revisi and keterkaitan may be "-".
DASH: Final = "-"


@dataclass(frozen=True)
class Entry:
    """One text item of a list field (or the whole field when a single string)."""

    text: str
    path: DocPath


@dataclass(frozen=True)
class DateField:
    raw: str
    #: The date; None when the text names no real date (see ``valid``).
    value: date | None
    path: DocPath
    #: True when the text has no date shape at all (as opposed to 31 Februari).
    unrecognised: bool = False

    @property
    def is_dash(self) -> bool:
        return self.raw.strip() == DASH

    @property
    def valid(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Pengesahan:
    jabatan: str | None
    nama: str | None
    nip: str | None
    path: DocPath = ("identitas", "disahkan_oleh")
    keys: frozenset[str] = frozenset()
    #: Keys written with no value (``nip:``), as opposed to a value of the wrong type.
    blank_keys: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Identitas:
    present: bool
    keys: frozenset[str]
    #: Keys written with no value (``nomor:`` or ``nomor: ""``). A key in
    #: ``keys`` whose field is None but that is not blank held a value of the
    #: wrong type, which the schema rule reports.
    blank_keys: frozenset[str] = frozenset()
    instansi: str | None = None
    unit_kerja: str | None = None
    logo: str | None = None
    nomor: str | None = None
    nama: str | None = None
    peringatan: str | None = None
    tanggal_pembuatan: DateField | None = None
    tanggal_revisi: DateField | None = None
    tanggal_efektif: DateField | None = None
    disahkan_oleh: Pengesahan | None = None
    #: None when absent or unreadable; () when written as [] or "-".
    dasar_hukum: tuple[Entry, ...] | None = None
    keterkaitan: tuple[Entry, ...] | None = None
    kualifikasi_pelaksana: tuple[Entry, ...] | None = None
    peralatan_perlengkapan: tuple[Entry, ...] | None = None
    pencatatan_pendataan: tuple[Entry, ...] | None = None
    path: DocPath = ("identitas",)


@dataclass(frozen=True)
class StepRef:
    """A reference to a step: a 1-based number or a step ``id``."""

    raw: Any
    path: DocPath
    #: 0-based index of the step referred to; None when it names no step.
    target: int | None


@dataclass(frozen=True)
class Answer:
    label: str
    ref: StepRef
    path: DocPath


@dataclass(frozen=True)
class MutuBaku:
    keys: frozenset[str]
    kelengkapan: str | None
    waktu: str | None
    output: str | None
    path: DocPath


@dataclass(frozen=True)
class Step:
    index: int
    keys: frozenset[str]
    kegiatan: str | None
    #: Names of the step's pelaksana; several when a list was written.
    pelaksana: tuple[str, ...]
    pelaksana_is_list: bool
    #: The effective symbol, FORMAT.md's defaults applied. A symbol outside the
    #: allowed set flows as ``proses`` (symbol-not-allowed reports it).
    simbol: Symbol
    #: The symbol as written, or None when defaulted.
    simbol_raw: str | None
    id: str | None
    nomor: Any
    ke: StepRef | None
    answers: tuple[Answer, ...]
    #: "ya-tidak", "cabang", "both" or None: how the answers were written.
    answers_written_as: str | None
    mutu_baku: MutuBaku | None
    keterangan: str | None

    @property
    def path(self) -> DocPath:
        return ("prosedur", self.index)

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def is_decision(self) -> bool:
        return self.simbol == "keputusan"


@dataclass(frozen=True)
class Monitoring:
    index: int
    tanggal: DateField | None
    penilaian: str | None
    catatan: str | None
    tindakan: str | None
    penilai: str | None

    @property
    def path(self) -> DocPath:
        return ("monitoring", self.index)


@dataclass(frozen=True)
class Evaluasi:
    index: int
    tanggal: DateField | None
    #: criterion key -> answer as written ("ya" / "tidak" / other text).
    kriteria: Mapping[str, str]
    kriteria_present: bool
    catatan: str | None

    @property
    def path(self) -> DocPath:
        return ("evaluasi", self.index)


@dataclass(frozen=True)
class SopDocument:
    top_keys: frozenset[str]
    jenis: str  # effective: "administratif" unless written otherwise
    jenis_raw: str | None
    identitas: Identitas
    pelaksana: tuple[Entry, ...]
    steps: tuple[Step, ...]
    monitoring: tuple[Monitoring, ...] = ()
    evaluasi: tuple[Evaluasi, ...] = ()
    #: Lookup of step ids to 0-based indexes (first occurrence wins).
    step_ids: Mapping[str, int] = field(default_factory=dict)


# --------------------------------------------------------------------------- building


def _text(value: Any) -> str | None:
    """A scalar as text. Numbers become text (``nomor: 12`` is still a nomor);
    mappings, lists and booleans are unreadable as text."""
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def _date_field(value: Any, path: DocPath) -> DateField | None:
    raw = _text(value)
    if raw is None:
        return None
    parsed = parse_date(raw)
    if parsed is None:
        return DateField(raw, None, path, unrecognised=True)
    return DateField(raw, None if parsed is INVALID else parsed, path)  # type: ignore[arg-type]


def _entries(value: Any, path: DocPath) -> tuple[Entry, ...] | None:
    """A list field: a list of strings, or one string (``"-"`` meaning none)."""
    text = _text(value)
    if text is not None:
        if text.strip() in ("", DASH):
            return ()
        return (Entry(text, path),)
    if isinstance(value, list):
        items = []
        for i, item in enumerate(value):
            item_text = _text(item)
            if item_text is not None and item_text.strip() not in ("", DASH):
                items.append(Entry(item_text, path + (i,)))
        return tuple(items)
    return None


def _blank_keys(raw: Mapping[str, Any]) -> frozenset[str]:
    return frozenset(k for k, v in raw.items() if v is None or (isinstance(v, str) and not v.strip()))


def _identitas(value: Any) -> Identitas:
    raw = _mapping(value)
    base: DocPath = ("identitas",)
    fields: dict[str, Any] = {name: _text(raw.get(name)) for name in IDENTITAS_TEXT_FIELDS}
    for name in IDENTITAS_DATE_FIELDS:
        fields[name] = _date_field(raw.get(name), base + (name,))
    for name in IDENTITAS_LIST_FIELDS:
        fields[name] = _entries(raw.get(name), base + (name,)) if name in raw else None
    if isinstance(raw.get("disahkan_oleh"), dict):
        pengesahan = raw["disahkan_oleh"]
        fields["disahkan_oleh"] = Pengesahan(
            jabatan=_text(pengesahan.get("jabatan")),
            nama=_text(pengesahan.get("nama")),
            nip=_text(pengesahan.get("nip")),
            keys=frozenset(pengesahan),
            blank_keys=_blank_keys(pengesahan),
        )
    return Identitas(present=isinstance(value, dict), keys=frozenset(raw), blank_keys=_blank_keys(raw), **fields)


def _step_ids(raw_steps: list[Any]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for index, raw in enumerate(raw_steps):
        step_id = _mapping(raw).get("id")
        if isinstance(step_id, str) and step_id not in ids:
            ids[step_id] = index
    return ids


def resolve_ref(raw: Any, ids: Mapping[str, int], count: int) -> int | None:
    """A step reference to a 0-based index: ``4`` is step 4, ``"susun"`` an id.

    A string of digits that is no id is read as a number, since authors write
    ``ya: "4"`` too.
    """
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        if raw in ids:
            return ids[raw]
        digits = raw.strip()
        # ASCII digits only ("²" is a digit to str.isdigit, not to int), and few of
        # them: no procedure has a billion steps, and int() of thousands of digits
        # is refused or slow
        if digits.isascii() and digits.isdigit() and len(digits) <= 9:
            raw = int(digits)
        else:
            return None
    if isinstance(raw, int) and 1 <= raw <= count:
        return raw - 1
    return None


def _ref(raw: Any, path: DocPath, ids: Mapping[str, int], count: int) -> StepRef:
    return StepRef(raw, path, resolve_ref(raw, ids, count))


def has_answers(raw: Mapping[str, Any]) -> bool:
    """Whether a step mapping gives any answer, by the test ``_answers`` applies."""
    cabang = raw.get("cabang")
    return any(key in raw and raw[key] is not None for key in ("ya", "tidak")) or (isinstance(cabang, dict) and bool(cabang))


def _answers(raw: Mapping[str, Any], path: DocPath, ids: Mapping[str, int], count: int) -> tuple[tuple[Answer, ...], str | None]:
    answers: list[Answer] = []
    written = []
    for key, label in (("ya", "Ya"), ("tidak", "Tidak")):
        if key in raw and raw[key] is not None:
            answers.append(Answer(label, _ref(raw[key], path + (key,), ids, count), path + (key,)))
    if answers:
        written.append("ya-tidak")
    cabang = raw.get("cabang")
    if isinstance(cabang, dict) and cabang:
        written.append("cabang")
        for label, target in cabang.items():
            answer_path = path + ("cabang", label)
            answers.append(Answer(str(label), _ref(target, answer_path, ids, count), answer_path))
    how = "both" if len(written) == 2 else (written[0] if written else None)
    return tuple(answers), how


def _default_symbol(index: int, count: int, raw: Mapping[str, Any]) -> Symbol:
    if index == 0:
        return "mulai"
    if index == count - 1 and raw.get("ke") is None:
        return "selesai"
    return "proses"


def _step(index: int, value: Any, ids: Mapping[str, int], count: int) -> Step:
    raw = _mapping(value)
    path: DocPath = ("prosedur", index)
    simbol_raw = _text(raw.get("simbol"))
    normalised = simbol_raw.strip().lower() if simbol_raw is not None else None
    if normalised is None:
        simbol: Symbol = _default_symbol(index, count, raw)
    elif normalised in SYMBOLS:
        simbol = normalised  # type: ignore[assignment]
    else:
        simbol = "proses"

    pelaksana_raw = raw.get("pelaksana")
    if isinstance(pelaksana_raw, list):
        pelaksana = tuple(t for t in map(_text, pelaksana_raw) if t)
        is_list = True
    else:
        text = _text(pelaksana_raw)
        pelaksana = (text,) if text else ()
        is_list = False

    mutu = raw.get("mutu_baku")
    mutu_baku = None
    if isinstance(mutu, dict):
        mutu_baku = MutuBaku(
            keys=frozenset(mutu),
            kelengkapan=_text(mutu.get("kelengkapan")),
            waktu=_text(mutu.get("waktu")),
            output=_text(mutu.get("output")),
            path=path + ("mutu_baku",),
        )

    answers, written_as = _answers(raw, path, ids, count) if simbol == "keputusan" else ((), None)
    ke = raw.get("ke")
    step_id = raw.get("id")
    return Step(
        index=index,
        keys=frozenset(raw),
        kegiatan=_text(raw.get("kegiatan")),
        pelaksana=pelaksana,
        pelaksana_is_list=is_list,
        simbol=simbol,
        simbol_raw=simbol_raw,
        id=step_id if isinstance(step_id, str) else None,
        nomor=raw.get("nomor"),
        ke=_ref(ke, path + ("ke",), ids, count) if ke is not None else None,
        answers=answers,
        answers_written_as=written_as,
        mutu_baku=mutu_baku,
        keterangan=_text(raw.get("keterangan")),
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _monitoring(index: int, value: Any) -> Monitoring:
    raw = _mapping(value)
    return Monitoring(
        index=index,
        tanggal=_date_field(raw.get("tanggal"), ("monitoring", index, "tanggal")),
        penilaian=_text(raw.get("penilaian")),
        catatan=_text(raw.get("catatan")),
        tindakan=_text(raw.get("tindakan")),
        penilai=_text(raw.get("penilai")),
    )


def _evaluasi(index: int, value: Any) -> Evaluasi:
    raw = _mapping(value)
    kriteria_raw = raw.get("kriteria")
    kriteria = {str(k): t for k, v in _mapping(kriteria_raw).items() if (t := _text(v)) is not None}
    return Evaluasi(
        index=index,
        tanggal=_date_field(raw.get("tanggal"), ("evaluasi", index, "tanggal")),
        kriteria=kriteria,
        kriteria_present=isinstance(kriteria_raw, dict),
        catatan=_text(raw.get("catatan")),
    )


def build_document(data: Any) -> SopDocument:
    """Build the model from plain data (the loader's output). Never raises."""
    top = _mapping(data)
    raw_steps = _list(top.get("prosedur"))
    ids = _step_ids(raw_steps)
    count = len(raw_steps)
    pelaksana_raw = top.get("pelaksana")
    pelaksana = _entries(pelaksana_raw, ("pelaksana",)) if isinstance(pelaksana_raw, list) else None
    jenis_raw = _text(top.get("jenis"))
    return SopDocument(
        top_keys=frozenset(top),
        jenis=(jenis_raw or "administratif").strip().lower(),
        jenis_raw=jenis_raw,
        identitas=_identitas(top.get("identitas")),
        pelaksana=pelaksana or (),
        steps=tuple(_step(i, raw, ids, count) for i, raw in enumerate(raw_steps)),
        monitoring=tuple(_monitoring(i, raw) for i, raw in enumerate(_list(top.get("monitoring")))),
        evaluasi=tuple(_evaluasi(i, raw) for i, raw in enumerate(_list(top.get("evaluasi")))),
        step_ids=ids,
    )
