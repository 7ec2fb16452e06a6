"""The procedure graph: built once per document, queried by the flow rules.

Nodes are 0-based step indexes; an edge ``u -> v`` means "after step u comes
step v", carrying the document path of the reference that drew it (``ke``,
an answer, or ``None`` for the implicit step below). Every query here is
linear in the size of the procedure (BFS, strongly connected components):
no rule enumerates cycles.

The common queries (successors, predecessors, reachability) run on plain
adjacency lists. The networkx view, ``graph.nx``, is built on first use only:
importing networkx costs about half of a one-file run's start-up, and a sound
procedure never needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from soplint.findings import DocPath

if TYPE_CHECKING:
    import networkx as nx

    from soplint.model import SopDocument, Step


@dataclass(frozen=True)
class Edge:
    source: int
    target: int
    #: Path of the reference that drew the edge; None for "the step below".
    via: DocPath | None
    #: The decision answer's label, for edges out of a keputusan.
    label: str | None = None


def successor_edges(step: "Step", count: int) -> list[Edge]:
    """Where a step passes to, by FORMAT.md's flow rules.

    A reference that names no step draws no edge (step-ref-unknown reports it).
    """
    if step.simbol == "selesai":
        return []
    if step.simbol == "keputusan":
        return [
            Edge(step.index, a.ref.target, a.path, a.label)
            for a in step.answers
            if a.ref.target is not None
        ]
    if step.ke is not None:
        return [] if step.ke.target is None else [Edge(step.index, step.ke.target, step.ke.path)]
    return [Edge(step.index, step.index + 1, None)] if step.index + 1 < count else []


class ProcedureGraph:
    """Read-only queries over one document's flow; each computed at most once."""

    def __init__(self, doc: "SopDocument") -> None:
        self.doc = doc
        self.steps = doc.steps
        count = len(doc.steps)
        self.edges: list[Edge] = []
        # Adjacency as networkx's DiGraph holds it: neighbours in the order the
        # arrows were drawn, one entry per neighbour however many arrows.
        self._succ: list[dict[int, None]] = [{} for _ in range(count)]
        self._pred: list[dict[int, None]] = [{} for _ in range(count)]
        self._out: list[list[Edge]] = [[] for _ in range(count)]
        for step in doc.steps:
            for edge in successor_edges(step, count):
                self.edges.append(edge)
                self._out[edge.source].append(edge)
                self._succ[edge.source][edge.target] = None
                self._pred[edge.target][edge.source] = None

    @cached_property
    def nx(self) -> "nx.DiGraph":
        """The same graph as a networkx DiGraph (nodes 0..n-1), built once."""
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(range(len(self.steps)))
        graph.add_edges_from((edge.source, edge.target) for edge in self.edges)
        return graph

    def successors(self, index: int) -> list[int]:
        """Steps an arrow from ``index`` leads to, in the order drawn."""
        return list(self._succ[index])

    def predecessors(self, index: int) -> list[int]:
        """Steps with an arrow leading to ``index``."""
        return list(self._pred[index])

    # -- terminators
    @cached_property
    def starts(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.steps if s.simbol == "mulai")

    @cached_property
    def ends(self) -> tuple[int, ...]:
        return tuple(s.index for s in self.steps if s.simbol == "selesai")

    def out_edges(self, index: int) -> list[Edge]:
        return list(self._out[index]) if 0 <= index < len(self._out) else []

    # -- reachability
    @cached_property
    def reachable_from_start(self) -> frozenset[int]:
        """Steps some path from a ``mulai`` reaches (the starts included).

        With no ``mulai`` at all the first step is taken as the entry, so that
        a missing terminator (start-terminator) does not make every step
        "unreachable" as well.
        """
        sources = self.starts or ((0,) if self.steps else ())
        return self._closure(sources, self._succ)

    @cached_property
    def reaches_end(self) -> frozenset[int]:
        """Steps from which some path reaches a ``selesai`` (the ends included)."""
        return self._closure(self.ends, self._pred)

    @staticmethod
    def _closure(sources, adjacency: list[dict[int, None]]) -> frozenset[int]:
        seen = set(sources)
        stack = list(sources)
        while stack:
            for nxt in adjacency[stack.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return frozenset(seen)

    @cached_property
    def unreachable(self) -> tuple[int, ...]:
        return tuple(i for i in range(len(self.steps)) if i not in self.reachable_from_start)

    @cached_property
    def trapped(self) -> tuple[int, ...]:
        """Reachable steps from which no ``selesai`` can be reached."""
        return tuple(
            i for i in sorted(self.reachable_from_start) if i not in self.reaches_end
        )
