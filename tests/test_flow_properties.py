"""Property tests of the flow analysis against a brute-force oracle.

Hypothesis generates small random procedures (plain data, as the loader gives
it: any symbols, references by number, id, digit string or to nothing,
decisions with missing or extra answers). The oracle re-derives every step's
successors from FORMAT.md's flow rules on the plain data, independently of
soplint.model and soplint.graph, and computes reachability by fixpoint
iteration. The properties:

- a step is unreachable exactly when no path from a mulai (else the first step)
  reaches it, and unreachable-step reports exactly those steps, at the step;
- a step is trapped exactly when it is reachable and no path from it reaches a
  selesai;
- no-path-to-end names only trapped steps, once each, at the lowest-numbered
  step of its trap, never with no selesai at all; every trap it leaves out is
  explained by a dead-end, self-loop, step-ref-unknown or decision-branches
  finding inside it;
- the loop-free DAG behind the durations is acyclic, holds every reachable step,
  and its extreme paths equal the brute-force extremes over all its paths;
- no rule of the flow, mutu baku or wording families raises.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from soplint.findings import Severity, Violation, format_path
from soplint.flow import entry_points, extreme_path, loop_free, traps
from soplint.graph import ProcedureGraph
from soplint.model import build_document
from soplint.registry import build_registry

import soplint.rules.bahasa as bahasa
import soplint.rules.mutu_baku as mutu_baku
import soplint.rules.prosedur as prosedur

#: The families of this suite, built directly so that the test does not depend
#: on every installed plugin importing.
RULES = build_registry([("prosedur", prosedur.RULES), ("mutu_baku", mutu_baku.RULES), ("bahasa", bahasa.RULES)]).rules
IDS = ["terima", "periksa", "susun", "a", "b"]
ALLOWED = ("mulai", "proses", "keputusan", "selesai")


# --------------------------------------------------------------------------- generation


@st.composite
def procedures(draw, max_steps: int = 7) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=max_steps))

    def ref():
        return draw(
            st.one_of(
                st.integers(min_value=0, max_value=count + 1),
                st.sampled_from(IDS + ["tidak-ada"]),
                st.integers(min_value=1, max_value=count).map(str),
            )
        )

    steps = []
    for _ in range(count):
        step: dict[str, Any] = {"kegiatan": "Memeriksa berkas", "pelaksana": draw(st.sampled_from(["Staf", "Kasubbag"]))}
        simbol = draw(st.sampled_from([None, None, "mulai", "proses", "keputusan", "keputusan", "selesai", "dokumen"]))
        if simbol is not None:
            step["simbol"] = simbol
        if draw(st.booleans()):
            step["id"] = draw(st.sampled_from(IDS))
        if simbol == "keputusan":
            if draw(st.integers(0, 3)) == 0:
                step["cabang"] = {label: ref() for label in draw(st.lists(st.sampled_from(["Lengkap", "Tidak lengkap", "Ditunda"]), max_size=3, unique=True))}
            else:
                for key in ("ya", "tidak"):
                    if draw(st.integers(0, 4)) > 0:
                        step[key] = ref()
        elif draw(st.integers(0, 2)) == 0:
            step["ke"] = ref()
        steps.append(step)
    return {"pelaksana": ["Staf", "Kasubbag"], "prosedur": steps}


# --------------------------------------------------------------------------- the oracle


def _resolve(raw: Any, steps: list[dict], count: int) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, str):
        for index, step in enumerate(steps):
            if step.get("id") == raw:
                return index
        if raw.strip().isdigit():
            raw = int(raw)
        else:
            return None
    if isinstance(raw, int) and 1 <= raw <= count:
        return raw - 1
    return None


def _symbol(index: int, step: dict, count: int) -> str:
    written = step.get("simbol")
    if written is not None:
        return written if written in ALLOWED else "proses"
    if index == 0:
        return "mulai"
    if index == count - 1 and step.get("ke") is None:
        return "selesai"
    return "proses"


def oracle_successors(data: dict) -> tuple[list[set[int]], list[str]]:
    steps = data["prosedur"]
    count = len(steps)
    symbols = [_symbol(i, s, count) for i, s in enumerate(steps)]
    successors: list[set[int]] = []
    for index, step in enumerate(steps):
        targets: set[int] = set()
        if symbols[index] == "keputusan":
            raws = [step[k] for k in ("ya", "tidak") if step.get(k) is not None]
            raws += list((step.get("cabang") or {}).values())
            targets = {t for t in (_resolve(r, steps, count) for r in raws) if t is not None}
        elif symbols[index] != "selesai":
            if step.get("ke") is not None:
                target = _resolve(step["ke"], steps, count)
                targets = {target} if target is not None else set()
            elif index + 1 < count:
                targets = {index + 1}
        successors.append(targets)
    return successors, symbols


def fixpoint_closure(sources: set[int], successors: list[set[int]]) -> set[int]:
    """Repeat 'add every successor' until nothing changes: no search order involved."""
    reached = set(sources)
    while True:
        grown = reached | {t for s in reached for t in successors[s]}
        if grown == reached:
            return reached
        reached = grown


def oracle(data: dict) -> tuple[set[int], set[int], set[int]]:
    successors, symbols = oracle_successors(data)
    count = len(successors)
    starts = {i for i, s in enumerate(symbols) if s == "mulai"} or {0}
    ends = {i for i, s in enumerate(symbols) if s == "selesai"}
    reachable = fixpoint_closure(starts, successors)
    can_end = {i for i in range(count) if fixpoint_closure({i}, successors) & ends}
    unreachable = set(range(count)) - reachable
    trapped = reachable - can_end
    return unreachable, trapped, ends


def run(rule_name: str, doc, graph) -> list[Violation]:
    rule = RULES[rule_name]
    return list(rule.check(doc, graph, rule.options))


SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(procedures())
def test_graph_matches_the_oracle(data):
    doc = build_document(data)
    graph = ProcedureGraph(doc)
    successors, _ = oracle_successors(data)
    assert [set(graph.nx.successors(i)) for i in range(len(doc.steps))] == successors
    unreachable, trapped, _ = oracle(data)
    assert set(graph.unreachable) == unreachable
    assert set(graph.trapped) == trapped
    assert not (set(graph.unreachable) & set(graph.trapped))


@SETTINGS
@given(procedures())
def test_unreachable_step_reports_exactly_the_unreachable_steps(data):
    doc = build_document(data)
    graph = ProcedureGraph(doc)
    unreachable, _, _ = oracle(data)
    found = [v.path for v in run("unreachable-step", doc, graph)]
    assert sorted(found) == sorted(("prosedur", i) for i in unreachable)


@SETTINGS
@given(procedures())
def test_no_path_to_end_reports_each_trap_once_or_leaves_it_explained(data):
    doc = build_document(data)
    graph = ProcedureGraph(doc)
    unreachable, trapped, ends = oracle(data)
    found = run("no-path-to-end", doc, graph)
    if not ends:
        assert found == []  # end-terminator's finding
        return
    regions = traps(graph)
    assert set().union(*[set(r.steps) for r in regions]) == trapped if regions else not trapped
    reported_at = [v.path[1] for v in found]
    assert len(reported_at) == len(set(reported_at))
    for index in reported_at:
        assert index in trapped and index not in unreachable
        region = next(r for r in regions if r.first == index)
        assert index == min(region.steps)

    explaining = {
        name: {v.path[1] for v in run(name, doc, graph) if len(v.path) > 1}
        for name in ("dead-end", "self-loop", "step-ref-unknown", "decision-branches")
    }
    for region in regions:
        if region.first in reported_at:
            continue
        inside = set(region.steps)
        assert any(found_at & inside for found_at in explaining.values()), (
            f"trap {sorted(inside)} is neither reported nor explained by another finding"
        )


@SETTINGS
@given(procedures())
def test_loop_free_dag_and_its_extreme_paths(data):
    doc = build_document(data)
    graph = ProcedureGraph(doc)
    dag = loop_free(graph)
    reachable = set(graph.reachable_from_start)
    assert set(dag.order) == reachable
    dag_graph = nx.DiGraph()
    dag_graph.add_nodes_from(dag.order)
    dag_graph.add_edges_from((u, v) for u, children in dag.successors.items() for v in children)
    assert nx.is_directed_acyclic_graph(dag_graph)
    assert set(dag_graph.edges) | dag.back_edges == {(u, v) for u, v in graph.nx.edges if u in reachable}
    position = {node: i for i, node in enumerate(dag.order)}
    assert all(position[u] < position[v] for u, v in dag_graph.edges)

    weights = {i: float((i * 7) % 5) if i % 3 else None for i in range(len(doc.steps))}

    def total(path):
        return sum(weights[n] or 0.0 for n in path)

    paths = [
        [s] if s == e else p
        for s in entry_points(graph) if s in reachable
        for e in graph.ends if e in reachable
        for p in ([[s]] if s == e else nx.all_simple_paths(dag_graph, s, e))
    ]
    for longest in (True, False):
        result = extreme_path(graph, dag, weights.get, longest=longest)
        if not paths:
            assert result is None
            continue
        best = (max if longest else min)(total(p) for p in paths)
        assert result is not None and result.minutes == pytest.approx(best)
        assert total(result.steps) == pytest.approx(result.minutes)
        assert len(set(result.steps)) == len(result.steps)  # loop-free
        assert all(graph.nx.has_edge(u, v) for u, v in zip(result.steps, result.steps[1:]))
        assert result.unknown == sum(1 for n in result.steps if weights[n] is None)


@SETTINGS
@given(procedures(max_steps=9))
def test_no_rule_raises_and_every_finding_is_in_the_document(data):
    doc = build_document(data)
    graph = ProcedureGraph(doc)
    for name, rule in RULES.items():
        for violation in rule.check(doc, graph, rule.options):
            assert violation.message in rule.messages["id"] and violation.message in rule.messages["en"]
            for lang in ("id", "en"):
                assert rule.message(violation.message, lang, violation.args)
            path = violation.path
            assert path[0] == "prosedur" and 0 <= path[1] < len(doc.steps), format_path(path)


# --------------------------------------------------------------------------- severities per finding


def _violations(rule_name: str, steps: list[dict]) -> list[Violation]:
    doc = build_document({"pelaksana": ["Staf"], "prosedur": steps})
    return run(rule_name, doc, ProcedureGraph(doc))


def test_start_terminator_severity_per_case():
    none = _violations("start-terminator", [{"kegiatan": "Menerima berkas", "simbol": "proses"}, {"kegiatan": "Mengarsipkan berkas"}])
    assert [v.severity for v in none] == [Severity.ERROR]
    second = _violations(
        "start-terminator",
        [{"kegiatan": "Menerima berkas"}, {"kegiatan": "Menerima berkas daring", "simbol": "mulai"}, {"kegiatan": "Mengarsipkan berkas"}],
    )
    assert [v.severity for v in second] == [Severity.WARNING]


def test_decision_branches_severity_per_case():
    fewer = _violations("decision-branches", [{"kegiatan": "Lengkap?", "simbol": "keputusan", "ya": 2}, {"kegiatan": "Mengarsipkan berkas"}])
    assert [v.severity for v in fewer] == [Severity.ERROR]
    more = _violations(
        "decision-branches",
        [{"kegiatan": "Bagaimana sifat surat?", "simbol": "keputusan", "cabang": {"Biasa": 2, "Segera": 2, "Rahasia": 2}}, {"kegiatan": "Mengarsipkan surat"}],
    )
    assert [v.severity for v in more] == [Severity.WARNING]


def test_waktu_short_form_is_info():
    steps = [{"kegiatan": "Menerima surat", "mutu_baku": {"kelengkapan": "Surat", "waktu": "5 mnt", "output": "Surat"}}]
    assert [v.severity for v in _violations("waktu-unparseable", steps)] == [Severity.INFO]
