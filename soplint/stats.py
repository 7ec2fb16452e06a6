"""Procedure figures: ``soplint stats`` and the ``documents`` of check's JSON.

Per SOP: steps, decisions (keputusan), pelaksana (declared, and used by steps),
hand-offs (arrows between steps of different pelaksana), the cyclomatic number
(E - N + 2P over the arrows), and the shortest and longest loop-free duration
from a mulai to a selesai, with the steps of each path.

Durations. Each step's mutu baku waktu is parsed by soplint.waktu into working
minutes (a range gives a low and a high bound). The rework loops' back arrows
are taken out by one depth-first search from the mulai steps, and the shortest
path (each step at its lower bound) and the longest path (at its upper bound)
are found on the remaining DAG in one pass: linear in the procedure's size. A
step without a parseable waktu counts as 0 and is counted as unknown, so a
total that rests on unknown steps says how many. Calendar time (hari, minggu,
bulan) is converted as soplint.waktu documents, and a path that holds some says
so.

``compute_stats`` is pure; ``render_text`` and ``render_json`` are pure
functions of the figures (as ``ProcedureStats`` or their ``as_dict()``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Mapping, Sequence

from soplint.flow import PathTotal, cyclomatic_number, extreme_path, handoffs, loop_free
from soplint.graph import ProcedureGraph
from soplint.model import SopDocument
from soplint.waktu import Duration, WaktuConfig, format_minutes, parse_waktu, waktu_config


@dataclass(frozen=True)
class PathFigure:
    minutes: float
    #: 1-based step numbers, in flow order.
    steps: tuple[int, ...]
    #: Steps on the path without a parseable waktu (counted as 0).
    unknown_waktu: int
    #: True when the path holds calendar time (hari, minggu, bulan, tahun).
    calendar: bool

    def as_dict(self) -> dict[str, Any]:
        return {
            "minutes": round(self.minutes, 1),
            "steps": list(self.steps),
            "unknown_waktu": self.unknown_waktu,
            "calendar": self.calendar,
        }


@dataclass(frozen=True)
class ProcedureStats:
    nama: str | None
    nomor: str | None
    steps: int
    decisions: int
    pelaksana: int
    pelaksana_used: int
    arrows: int
    handoffs: int
    cyclomatic: int
    #: Steps with a parseable waktu, and the 1-based numbers of those without.
    waktu_known: int
    waktu_unknown_steps: tuple[int, ...]
    shortest: PathFigure | None
    longest: PathFigure | None
    jam_kerja_per_hari: float
    hari_kerja_per_minggu: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "nama": self.nama,
            "nomor": self.nomor,
            "steps": self.steps,
            "decisions": self.decisions,
            "pelaksana": self.pelaksana,
            "pelaksana_used": self.pelaksana_used,
            "arrows": self.arrows,
            "handoffs": self.handoffs,
            "cyclomatic": self.cyclomatic,
            "waktu_known": self.waktu_known,
            "waktu_unknown_steps": list(self.waktu_unknown_steps),
            "shortest": self.shortest.as_dict() if self.shortest else None,
            "longest": self.longest.as_dict() if self.longest else None,
            "time_basis": {
                "jam_kerja_per_hari": self.jam_kerja_per_hari,
                "hari_kerja_per_minggu": self.hari_kerja_per_minggu,
            },
        }


def _figure(total: PathTotal | None) -> PathFigure | None:
    if total is None:
        return None
    return PathFigure(total.minutes, tuple(i + 1 for i in total.steps), total.unknown, total.calendar)


def step_durations(doc: SopDocument, config: WaktuConfig) -> list[Duration | None]:
    return [
        parse_waktu(step.mutu_baku.waktu, config) if step.mutu_baku and step.mutu_baku.waktu else None
        for step in doc.steps
    ]


def compute_stats(doc: SopDocument, graph: ProcedureGraph, config: Any = None) -> ProcedureStats:
    """The figures of one SOP. ``config`` is the ``waktu:`` settings (a mapping
    of jam_kerja_per_hari / hari_kerja_per_minggu, a WaktuConfig, or None)."""
    cfg = waktu_config(config)
    durations = step_durations(doc, cfg)
    dag = loop_free(graph)

    def low(i: int) -> float | None:
        return durations[i].low if durations[i] else None

    def high(i: int) -> float | None:
        return durations[i].high if durations[i] else None

    def calendar(i: int) -> bool:
        return bool(durations[i] and durations[i].calendar)

    used = {name for step in doc.steps for name in step.pelaksana}
    return ProcedureStats(
        nama=doc.identitas.nama,
        nomor=doc.identitas.nomor,
        steps=len(doc.steps),
        decisions=sum(1 for s in doc.steps if s.is_decision),
        pelaksana=len(doc.pelaksana),
        pelaksana_used=len(used),
        arrows=len(graph.edges),
        handoffs=handoffs(graph),
        cyclomatic=cyclomatic_number(graph),
        waktu_known=sum(1 for d in durations if d is not None),
        waktu_unknown_steps=tuple(i + 1 for i, d in enumerate(durations) if d is None),
        shortest=_figure(extreme_path(graph, dag, low, longest=False, calendar=calendar)),
        longest=_figure(extreme_path(graph, dag, high, longest=True, calendar=calendar)),
        jam_kerja_per_hari=cfg.jam_kerja_per_hari,
        hari_kerja_per_minggu=cfg.hari_kerja_per_minggu,
    )


# --------------------------------------------------------------------------- rendering

_TEXT = {
    "id": {
        "untitled": "(tanpa nama)",
        "steps": "Langkah",
        "decisions": "Keputusan",
        "pelaksana": "Pelaksana",
        "used": "dipakai",
        "handoffs": "Serah terima antarpelaksana",
        "cyclomatic": "Bilangan siklomatik",
        "shortest": "Waktu terpendek",
        "longest": "Waktu terpanjang",
        "path": "langkah",
        "no-path": "tidak ada jalur dari mulai ke selesai",
        "unknown": "{count} langkah di jalur ini tanpa waktu yang terbaca (dihitung 0)",
        "calendar": "termasuk waktu kalender: 7 hari = {days} hari kerja",
        "waktu-unknown": "Waktu tidak terbaca: langkah {steps}",
        "basis": "1 hari kerja = {hours} jam",
        "none": "Tidak ada prosedur untuk dihitung.",
    },
    "en": {
        "untitled": "(untitled)",
        "steps": "Steps",
        "decisions": "Decisions",
        "pelaksana": "Pelaksana",
        "used": "used",
        "handoffs": "Hand-offs between pelaksana",
        "cyclomatic": "Cyclomatic number",
        "shortest": "Shortest time",
        "longest": "Longest time",
        "path": "steps",
        "no-path": "no path from mulai to selesai",
        "unknown": "{count} steps on this path without a readable waktu (counted as 0)",
        "calendar": "includes calendar time: 7 days = {days} working days",
        "waktu-unknown": "Waktu not readable: steps {steps}",
        "basis": "1 working day = {hours} hours",
        "none": "No procedure to measure.",
    },
}


class PackedStats:
    """One SOP's figures as compact JSON, until a report reads them.

    A JSON report over an inventory holds the figures of every SOP until the
    end; as dicts and lists they take about 3 KB an SOP, packed a fifth of it.
    Not a Mapping on purpose: each reading decodes the whole text."""

    __slots__ = ("text",)

    def __init__(self, figures: Mapping[str, Any]) -> None:
        self.text = json.dumps(figures, ensure_ascii=False, separators=(",", ":"))

    def unpacked(self) -> dict[str, Any]:
        return json.loads(self.text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PackedStats) and other.text == self.text

    __hash__ = None  # type: ignore[assignment]


def unpacked(figures: "Mapping[str, Any] | PackedStats | ProcedureStats") -> dict[str, Any]:
    """The figures as a dict, whichever form they are kept in."""
    if isinstance(figures, PackedStats):
        return figures.unpacked()
    if isinstance(figures, ProcedureStats):
        return figures.as_dict()
    return dict(figures)


def _entries(items: Iterable[Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Accept (file, figures) pairs or bare figures, as ProcedureStats, packed or dicts;
    one at a time, so that only one SOP's figures are unpacked at once."""
    for item in items:
        file, figures = item if isinstance(item, tuple) else ("", item)
        yield file, unpacked(figures)


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _steps_list(steps: Sequence[int]) -> str:
    return ", ".join(str(s) for s in steps)


def _path_line(label: str, path: Mapping[str, Any] | None, words: Mapping[str, str],
               lang: str, basis: Mapping[str, float]) -> str:
    if path is None:
        return f"  {label}: {words['no-path']}"
    text = format_minutes(path["minutes"], lang, basis)
    notes = []
    if path.get("unknown_waktu"):
        notes.append(words["unknown"].format(count=path["unknown_waktu"]))
    if path.get("calendar"):
        notes.append(words["calendar"].format(days=_number(basis.get("hari_kerja_per_minggu", 5))))
    note = f" [{'; '.join(notes)}]" if notes else ""
    return f"  {label}: {text} ({words['path']} {_steps_list(path['steps'])}){note}"


def render_text(stats_list: Iterable[Any], lang: str = "id") -> str:
    """One block per SOP, in the user's language."""
    words = _TEXT.get(lang, _TEXT["id"])
    blocks = []
    for file, s in _entries(stats_list):
        basis = s.get("time_basis") or {}
        title = s.get("nama") or words["untitled"]
        if s.get("nomor"):
            title += f" ({s['nomor']})"
        head = f"{file}: {title}" if file else title
        lines = [
            head,
            f"  {words['steps']}: {s['steps']}   {words['decisions']}: {s['decisions']}   "
            f"{words['pelaksana']}: {s['pelaksana']} ({words['used']} {s['pelaksana_used']})",
            f"  {words['handoffs']}: {s['handoffs']}   {words['cyclomatic']}: {s['cyclomatic']}",
            _path_line(words["shortest"], s.get("shortest"), words, lang, basis),
            _path_line(words["longest"], s.get("longest"), words, lang, basis),
        ]
        if s.get("waktu_unknown_steps"):
            lines.append(f"  {words['waktu-unknown'].format(steps=_steps_list(s['waktu_unknown_steps']))}")
        lines.append(f"  ({words['basis'].format(hours=_number(basis.get('jam_kerja_per_hari', 8)))})")
        blocks.append("\n".join(lines))
    if not blocks:
        return words["none"] + "\n"
    return "\n\n".join(blocks) + "\n"


def render_json(stats_list: Iterable[Any], lang: str = "id") -> str:
    """``{"version": 1, "documents": [{"file", "stats"}]}``, like check's JSON."""
    from soplint.jsontext import dumps_with_list

    documents = ({"file": file, "stats": figures} for file, figures in _entries(stats_list))
    return dumps_with_list({"version": 1}, "documents", documents) + "\n"
