"""A step that no path from mulai reaches.

Ringkasan
---------
Langkah yang tidak dapat dicapai dari langkah mulai.

Mengikuti anak panah dari setiap langkah ``mulai`` (``ke``, langkah di
bawahnya, jawaban keputusan) dan melaporkan setiap langkah yang tidak
tercapai, beserta sebabnya bila dapat diketahui: langkah di atasnya adalah
selesai, melompat ke tempat lain dengan ``ke``, atau berupa keputusan yang
jawabannya menuju langkah lain. Dasar: INFERRED (disimpulkan dari susunan atau
definisi peraturan): anak panah memberi "arah kegiatan (arah proses kegiatan)"
dari terminator yang menandai awal prosedur [S4], dan simbol yang tidak
tercapai dari awal tidak pernah dilaksanakan. Arahkan ``ke`` atau salah satu
jawaban keputusan ke langkah itu, atau hapus langkah tersebut.

What it checks
--------------
Following the arrows from every ``mulai`` (``ke``, the step below, the
answers of decisions), each step should be reached. One finding per step that
is not, at the step, saying why when it can: the step above is a selesai,
jumps elsewhere with ``ke``, or is a decision whose answers lead elsewhere; or
the only steps leading here are unreachable themselves. When there is no
mulai at all, the first step is taken as the entry (start-terminator reports
the missing mulai). An unreachable step is never also reported by
no-path-to-end.

Why
---
Basis: INFERRED. Arrows give "arah kegiatan (arah proses kegiatan)" from the
terminator that marks where the procedure begins [S4]; a symbol no arrow from
the start reaches is never carried out. The check is derived from these
definitions.

Fails
-----
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
        ke: 3
      - kegiatan: Memindai surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum

Passes
------
::

    pelaksana: [Pengadministrasi Umum]
    prosedur:
      - kegiatan: Menerima surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Memindai surat masuk
        pelaksana: Pengadministrasi Umum
      - kegiatan: Mengarsipkan surat masuk
        pelaksana: Pengadministrasi Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ._common import ref_text, step_lists


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    reachable = graph.reachable_from_start
    for index in graph.unreachable:
        step = doc.steps[index]
        args: dict[str, Any] = {"step": step.number}
        predecessors = sorted(p for p in graph.nx.predecessors(index) if p != index)
        above = doc.steps[index - 1] if index > 0 else None
        if predecessors:
            names = step_lists(predecessors)
            yield Violation(step.path, "only-from-unreachable", {**args, "from_id": names["id"], "from_en": names["en"]})
        elif above is not None and above.index in reachable:
            if above.simbol == "selesai":
                yield Violation(step.path, "after-end", {**args, "above": above.number})
            elif above.is_decision:
                yield Violation(step.path, "after-decision", {**args, "above": above.number})
            elif above.ke is not None:
                yield Violation(step.path, "after-jump", {**args, "above": above.number, "target": ref_text(above.ke.raw)})
            else:
                yield Violation(step.path, "unreachable", args)
        else:
            yield Violation(step.path, "unreachable", args)


_FIX_ID = "Arahkan `ke` atau sebuah jawaban keputusan ke langkah {step}, atau hapus langkah ini."
_FIX_EN = "Point a `ke` or a decision answer at step {step}, or remove this step."

RULE = Rule(
    name="unreachable-step",
    code="F312",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "unreachable": "Langkah {step} tidak dapat dicapai dari mulai: tidak ada jalur dari langkah mulai ke "
            "sini. " + _FIX_ID,
            "after-end": "Langkah {step} tidak dapat dicapai dari mulai: langkah {above} di atasnya adalah selesai, "
            "dan tidak ada rujukan lain ke langkah {step}. " + _FIX_ID,
            "after-jump": "Langkah {step} tidak dapat dicapai dari mulai: langkah {above} di atasnya melompat ke "
            "langkah {target} dengan `ke`, dan tidak ada rujukan lain ke langkah {step}. " + _FIX_ID,
            "after-decision": "Langkah {step} tidak dapat dicapai dari mulai: jawaban keputusan langkah {above} di "
            "atasnya tidak mengarah ke sini, dan tidak ada rujukan lain ke langkah {step}. " + _FIX_ID,
            "only-from-unreachable": "Langkah {step} tidak dapat dicapai dari mulai: yang menuju ke sini hanya "
            "langkah {from_id}, yang juga tidak tercapai. " + _FIX_ID,
        },
        "en": {
            "unreachable": "Step {step} cannot be reached from mulai: no path leads here from a mulai step. " + _FIX_EN,
            "after-end": "Step {step} cannot be reached from mulai: step {above} above it is a selesai, and nothing "
            "else refers to step {step}. " + _FIX_EN,
            "after-jump": "Step {step} cannot be reached from mulai: step {above} above it jumps to step {target} "
            "with `ke`, and nothing else refers to step {step}. " + _FIX_EN,
            "after-decision": "Step {step} cannot be reached from mulai: the answers of the decision in step {above} "
            "above it lead elsewhere, and nothing else refers to step {step}. " + _FIX_EN,
            "only-from-unreachable": "Step {step} cannot be reached from mulai: only step {from_en} leads here, and it "
            "is unreachable too. " + _FIX_EN,
        },
    },
    check=check,
)
