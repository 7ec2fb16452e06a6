"""Flow queries beyond soplint/graph.py: traps, broken references, loop-free paths.

Every query here is linear in the size of the procedure (steps + arrows): one
depth-first search, strongly or weakly connected components, one pass over a
topological order. None enumerates cycles or simple paths, so a generated
procedure of thousands of steps with nested rework loops costs milliseconds.
All searches are iterative: no recursion limit is ever met.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator, Mapping

from soplint.graph import Edge, ProcedureGraph
from soplint.model import Step, StepRef


# --------------------------------------------------------------------------- references


def written_refs(step: Step) -> Iterator[StepRef]:
    """The references that draw this step's arrows, by FORMAT.md's flow rules:
    a keputusan's answers; ``ke`` on mulai and proses. (``ke`` on selesai draws
    nothing: end-has-successor reports it.)"""
    if step.simbol == "keputusan":
        for answer in step.answers:
            yield answer.ref
    elif step.simbol != "selesai" and step.ke is not None:
        yield step.ke


def unknown_refs(step: Step) -> list[StepRef]:
    """This step's arrow references that name no step."""
    return [ref for ref in written_refs(step) if ref.target is None]


def has_broken_flow(step: Step) -> bool:
    """True when another rule already explains why flow stops at this step: a
    reference to no step (step-ref-unknown) or a keputusan with fewer than two
    answers (decision-branches)."""
    if unknown_refs(step):
        return True
    return step.simbol == "keputusan" and len(step.answers) < 2


def self_loops(graph: ProcedureGraph) -> list[Edge]:
    return [edge for edge in graph.edges if edge.source == edge.target]


# --------------------------------------------------------------------------- traps


@dataclass(frozen=True)
class Trap:
    """A closed region of reachable steps from which no selesai is reachable.

    ``steps`` is one weakly connected part of the trapped steps (a loop and the
    steps leading into it from inside the region); ``loops`` are its closed
    loops (strongly connected components of two or more steps that no arrow
    leaves); ``entries`` the reachable steps outside that lead into it, empty
    when the region holds a ``mulai``. Indexes are 0-based.
    """

    steps: tuple[int, ...]
    loops: tuple[tuple[int, ...], ...]
    entries: tuple[int, ...]
    #: Loops in which no step has a broken reference: the trap's own fault.
    unexplained_loops: tuple[tuple[int, ...], ...]

    @property
    def first(self) -> int:
        return self.steps[0]


def traps(graph: ProcedureGraph) -> list[Trap]:
    """The trapped steps (graph.trapped), grouped into closed regions."""
    trapped = set(graph.trapped)
    if not trapped:
        return []
    import networkx as nx  # only for a faulty flow: start-up stays cheap (see graph.py)

    sub = graph.nx.subgraph(trapped)
    result = []
    for region in nx.weakly_connected_components(sub):
        region_graph = sub.subgraph(region)
        condensed = nx.condensation(region_graph)
        loops = []
        for component in condensed.nodes:
            members = condensed.nodes[component]["members"]
            if condensed.out_degree(component) == 0 and len(members) >= 2:
                loops.append(tuple(sorted(members)))
        loops.sort()
        entries = sorted(
            {p for s in region for p in graph.nx.predecessors(s) if p not in region and p in graph.reachable_from_start}
        )
        if any(s in graph.starts for s in region):
            entries = []
        unexplained = tuple(
            loop for loop in loops if not any(has_broken_flow(graph.steps[s]) for s in loop)
        )
        result.append(Trap(tuple(sorted(region)), tuple(loops), tuple(entries), unexplained))
    result.sort(key=lambda t: t.first)
    return result


# --------------------------------------------------------------------------- loop-free paths


def entry_points(graph: ProcedureGraph) -> tuple[int, ...]:
    """Where the flow begins: the mulai steps, else the first step."""
    return graph.starts or ((0,) if graph.steps else ())


@dataclass(frozen=True)
class LoopFree:
    """The flow with rework loops taken out: a DAG over the steps reachable
    from the entry points.

    A depth-first search from each ``mulai`` (in step order) classifies every
    arrow; those that go back to a step still on the search stack close a loop
    (a rework arrow such as ``tidak: 2``) and are dropped. What is left is
    acyclic, and its paths are loop-free paths of the procedure. (The longest
    *simple* path in a general graph is NP-hard; this is the standard linear
    reading of "without repeating the rework", and it is exact whenever each
    loop is entered at one step, as rework loops are.)
    """

    order: tuple[int, ...]  # topological order of the reachable steps
    successors: Mapping[int, tuple[int, ...]]
    back_edges: frozenset[tuple[int, int]]


def loop_free(graph: ProcedureGraph) -> LoopFree:
    adjacency = graph.nx.succ
    state: dict[int, int] = {}  # 1 on the stack, 2 finished
    postorder: list[int] = []
    back: set[tuple[int, int]] = set()
    for source in entry_points(graph):
        if source in state:
            continue
        state[source] = 1
        stack: list[tuple[int, Iterator[int]]] = [(source, iter(adjacency[source]))]
        while stack:
            node, children = stack[-1]
            for child in children:
                seen = state.get(child)
                if seen is None:
                    state[child] = 1
                    stack.append((child, iter(adjacency[child])))
                    break
                if seen == 1:
                    back.add((node, child))
            else:
                stack.pop()
                state[node] = 2
                postorder.append(node)
    order = tuple(reversed(postorder))
    successors = {n: tuple(c for c in adjacency[n] if (n, c) not in back) for n in order}
    return LoopFree(order, successors, frozenset(back))


@dataclass(frozen=True)
class PathTotal:
    """One extreme loop-free path from a mulai to a selesai."""

    minutes: float
    steps: tuple[int, ...]  # 0-based indexes, in flow order
    #: Steps on the path whose waktu is missing or unparseable (counted as 0).
    unknown: int
    #: True when a step on the path gives calendar time (hari, minggu, bulan).
    calendar: bool


def extreme_path(
    graph: ProcedureGraph,
    dag: LoopFree,
    weight: Callable[[int], float | None],
    longest: bool,
    calendar: Callable[[int], bool] = lambda _: False,
) -> PathTotal | None:
    """The longest (or shortest) weighted loop-free path from an entry to a
    selesai: one pass in topological order. Steps whose weight is None count 0."""
    better = (lambda a, b: a > b) if longest else (lambda a, b: a < b)
    best: dict[int, float] = {}
    came_from: dict[int, int | None] = {}
    weights = {n: weight(n) for n in dag.order}
    for source in entry_points(graph):
        if source in weights:
            best[source] = weights[source] or 0.0
            came_from[source] = None
    for node in dag.order:
        if node not in best:
            continue
        for child in dag.successors[node]:
            value = best[node] + (weights[child] or 0.0)
            if child not in best or better(value, best[child]):
                best[child] = value
                came_from[child] = node
    ends = [e for e in graph.ends if e in best]
    if not ends:
        return None
    end = ends[0]
    for candidate in ends[1:]:
        if better(best[candidate], best[end]):
            end = candidate
    path = []
    node: int | None = end
    while node is not None:
        path.append(node)
        node = came_from[node]
    path.reverse()
    return PathTotal(
        minutes=best[end],
        steps=tuple(path),
        unknown=sum(1 for n in path if weights[n] is None),
        calendar=any(calendar(n) for n in path),
    )


# --------------------------------------------------------------------------- figures


def handoffs(graph: ProcedureGraph) -> int:
    """Arrows whose two steps have different pelaksana (steps without one are
    not counted either way)."""
    count = 0
    for edge in graph.edges:
        a = graph.steps[edge.source].pelaksana
        b = graph.steps[edge.target].pelaksana
        if a and b and set(a) != set(b):
            count += 1
    return count


def cyclomatic_number(graph: ProcedureGraph) -> int:
    """McCabe's E - N + 2P over the arrows as drawn (two answers to one step
    are two arrows), P the weakly connected parts."""
    if not graph.steps:
        return 0
    import networkx as nx  # imported on use: start-up stays cheap (see graph.py)

    parts = nx.number_weakly_connected_components(graph.nx)
    return len(graph.edges) - len(graph.steps) + 2 * parts

