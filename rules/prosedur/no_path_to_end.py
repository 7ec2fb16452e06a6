"""A loop with no exit: steps from which no selesai can be reached.

Ringkasan
---------
Putaran tanpa jalan keluar: langkah yang tidak punya jalur ke selesai.

Memeriksa bahwa dari setiap langkah yang tercapai dari mulai ada jalur menuju
langkah selesai; langkah-langkah tanpa jalur itu dikelompokkan menjadi satu
temuan per putaran, pada langkah bernomor terkecil, dengan menyebut semua
langkahnya, putarannya dan langkah tempat alur masuk. Dasar: INFERRED
(disimpulkan dari susunan atau definisi peraturan): terminator menandai tempat
prosedur "berakhir" [S4], dan putaran yang tidak pernah sampai ke sana adalah
prosedur yang tidak pernah selesai. Beri putaran itu jalan keluar, misalnya
keputusan yang salah satu jawabannya menuju langkah sesudah putaran.

What it checks
--------------
From every step that mulai reaches, some path should lead to a selesai. The
steps from which none does are grouped into traps (connected regions of such
steps, each ending in a loop no arrow leaves). One finding per trap, at its
lowest-numbered step, naming all its steps, the loop, and the step the flow
enters it from. A trap is left to the rule that explains it when its loop holds
a broken reference (step-ref-unknown) or a decision with a missing answer
(decision-branches), and when it is a single step leading only to itself
(self-loop) or to nowhere (dead-end). Unreachable steps are unreachable-step's,
and a procedure with no selesai at all is end-terminator's. The search is
linear in the size of the procedure (strongly connected components); loops are
never enumerated.

Why
---
Basis: INFERRED. The terminator marks where the procedure "berakhir" [S4]; a
loop that never reaches it is a procedure that never ends. The check is
derived from the symbol definitions.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum, Sekretaris DPRD]
    prosedur:
      - kegiatan: Menerima usulan perbaikan kendaraan dinas
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah anggaran pemeliharaan tersedia?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 5
        tidak: 3
      - kegiatan: Mengajukan usulan tambahan anggaran
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Menunggu persetujuan tambahan anggaran
        pelaksana: Sekretaris DPRD
        ke: 3
      - kegiatan: Memperbaiki kendaraan dinas
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    pelaksana: [Kepala Subbagian Umum, Sekretaris DPRD]
    prosedur:
      - kegiatan: Menerima usulan perbaikan kendaraan dinas
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah anggaran pemeliharaan tersedia?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 5
        tidak: 3
      - kegiatan: Mengajukan usulan tambahan anggaran
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Menunggu persetujuan tambahan anggaran
        pelaksana: Sekretaris DPRD
        ke: 2
      - kegiatan: Memperbaiki kendaraan dinas
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.flow import traps
from soplint.rule import Rule

from ._common import step_lists


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    if not graph.ends:
        return  # end-terminator: with no selesai, every step would be "trapped"
    for trap in traps(graph):
        if not trap.unexplained_loops:
            continue
        loop = trap.unexplained_loops[0]
        steps, loop_steps, entries = step_lists(trap.steps), step_lists(loop), step_lists(trap.entries)
        args = {
            "step": trap.first + 1,
            "steps_id": steps["id"], "steps_en": steps["en"],
            "loop_id": loop_steps["id"], "loop_en": loop_steps["en"],
            "entries_id": entries["id"], "entries_en": entries["en"],
        }
        same = tuple(loop) == trap.steps
        if not trap.entries:
            key = "loop-from-start" if same else "region-from-start"
        else:
            key = "loop" if same else "region"
        yield Violation(doc.steps[trap.first].path, key, args)


_FIX_ID = ("Beri putaran itu jalan keluar, misalnya keputusan yang salah satu jawabannya menuju langkah berikutnya "
           "atau ke selesai.")
_FIX_EN = "Give that loop a way out, such as a decision with one answer leading on or to a selesai."

RULE = Rule(
    name="no-path-to-end",
    code="F313",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages={
        "id": {
            "loop": "Langkah {steps_id} berputar tanpa jalan keluar: dari sana tidak ada jalur ke selesai. Alur masuk ke "
            "putaran ini dari langkah {entries_id}. " + _FIX_ID,
            "region": "Dari langkah {steps_id} tidak ada jalur ke selesai: langkah {loop_id} berputar tanpa jalan keluar. "
            "Alur masuk ke sana dari langkah {entries_id}. " + _FIX_ID,
            "loop-from-start": "Langkah {steps_id} berputar tanpa jalan keluar sejak langkah mulai: dari sana tidak ada "
            "jalur ke selesai. " + _FIX_ID,
            "region-from-start": "Dari langkah {steps_id} tidak ada jalur ke selesai, sejak langkah mulai: langkah {loop_id} "
            "berputar tanpa jalan keluar. " + _FIX_ID,
        },
        "en": {
            "loop": "Steps {steps_en} go round in a loop with no way out: no path leads from them to a selesai. The flow "
            "enters the loop from step {entries_en}. " + _FIX_EN,
            "region": "No path leads from steps {steps_en} to a selesai: steps {loop_en} go round in a loop with no way "
            "out. The flow enters from step {entries_en}. " + _FIX_EN,
            "loop-from-start": "Steps {steps_en} go round in a loop with no way out, from the mulai step on: no path "
            "leads from them to a selesai. " + _FIX_EN,
            "region-from-start": "No path leads from steps {steps_en} to a selesai, from the mulai step on: steps {loop_en} "
            "go round in a loop with no way out. " + _FIX_EN,
        },
    },
    check=check,
)
