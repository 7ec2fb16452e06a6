"""Scale of the flow analysis: one SOP of 5,000 steps with nested loops.

    python benchmarks/flow_scale.py [--steps 5000] [--repeat 5]

Generates two procedures of ``--steps`` steps (default 5,000): one clean, and
one with a closed loop (a trap) in the middle. Both are built of blocks of ten
steps with an inner rework loop (a decision back to the block's first step), an
outer loop (a decision back to the previous block) and, every fifth block, a
loop back over five blocks, so loops nest and overlap as in long real SOPs.

For each it times, in the same run and on the same machine:

- the parse floor: composing the file with ruamel.yaml's C composer, nothing else;
- the full pipeline, as ``soplint check`` runs it on one file (load with
  positions, schema, model, graph, every rule of the recommended preset,
  locating and rendering the findings), plus the procedure figures;
- the graph rules alone (model and graph built once, then each rule of the
  Prosedur, Mutu baku and Bahasa families), and the procedure figures;

and prints each as milliseconds and as a ratio to the parse floor. Then it
times the graph rules at 1/4, 1/2, 1 and 2 times the size, to show the cost
per step stays flat (linear): no rule enumerates cycles or paths.

This is a benchmark, not a test: the numbers depend on the machine, the ratios
much less.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from typing import Callable

from ruamel.yaml import YAML

from soplint.config import build_config
from soplint.engine import lint_source
from soplint.graph import ProcedureGraph
from soplint.loader import Limits, load
from soplint.model import build_document
from soplint.registry import default_registry
from soplint.stats import compute_stats

PELAKSANA = ("Kepala Bagian Persidangan", "Kepala Subbagian Risalah", "Pengolah Data Risalah", "Sekretaris DPRD")
WAKTU = ("10 menit", "15 menit", "1 jam", "1 - 2 jam", "1 hari kerja", "30 menit", "2 hari kerja", "1,5 jam")
BLOCK = 10
FAMILIES = ("F", "M", "B")


def _step(lines: list[str], number: int, kegiatan: str, pelaksana: str, extra: str = "") -> None:
    waktu = WAKTU[number % len(WAKTU)]
    lines.append(f"  - id: s{number}\n")
    lines.append(f"    kegiatan: {kegiatan} tahap {number}\n")
    lines.append(f"    pelaksana: {pelaksana}\n")
    if extra:
        lines.append(extra)
    lines.append(f"    mutu_baku: {{kelengkapan: Berkas tahap {number}, waktu: {waktu}, output: Hasil tahap {number}}}\n")


def generate(steps: int, trap: bool = False) -> str:
    """A valid SOP of ``steps`` steps (a multiple of ten) with nested loops.

    Block b covers steps 10b+1 .. 10b+10. Its step 4 decides whether to redo
    the block (tidak -> its first step), its step 8 whether to redo the
    previous block (tidak -> that block's first step), and in every fifth block
    step 9 loops back five blocks. With ``trap``, the middle block's step 6 is
    a decision whose "tidak" enters a two-step loop with no way out.
    """
    blocks = max(1, steps // BLOCK)
    total = blocks * BLOCK
    lines = [
        "identitas:\n",
        "  instansi: Pemerintah Kabupaten Contoh\n",
        "  unit_kerja: Sekretariat DPRD\n",
        "  nomor: 100.3.4/999/SETWAN/2024\n",
        "  nama: Penyusunan Risalah Rapat Paripurna Panjang\n",
        "  tanggal_pembuatan: 2024-01-10\n",
        "  tanggal_efektif: 2024-01-15\n",
        "  disahkan_oleh: {jabatan: Sekretaris DPRD, nama: Drs. H. Ahmad Fauzi, M.Si., nip: \"19680101 199003 1 005\"}\n",
        "  dasar_hukum: [Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah]\n",
        "  keterkaitan: \"-\"\n",
        "  kualifikasi_pelaksana: [Memahami tata naskah dinas]\n",
        "  peralatan_perlengkapan: [Komputer dan printer]\n",
        "  peringatan: Apabila SOP ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu.\n",
        "  pencatatan_pendataan: [Risalah rapat disimpan sebagai data elektronik]\n",
        "pelaksana:\n",
        *[f"  - {p}\n" for p in PELAKSANA],
        "prosedur:\n",
    ]
    middle = blocks // 2
    for b in range(blocks):
        first = b * BLOCK + 1
        for k in range(1, BLOCK + 1):
            n = b * BLOCK + k
            who = PELAKSANA[(n // 3) % len(PELAKSANA)]
            if n == 1:
                _step(lines, n, "Menerima disposisi penyusunan risalah", who, "    simbol: mulai\n")
            elif n == total:
                _step(lines, n, "Menyerahkan risalah kepada pimpinan rapat", who, "    simbol: selesai\n")
            elif k == 4:
                _step(lines, n, "Apakah draf sudah benar", who, f"    simbol: keputusan\n    ya: {n + 1}\n    tidak: s{first}\n")
            elif k == 8 and b > 0:
                _step(lines, n, "Apakah draf blok sebelumnya sudah sesuai", who,
                      f"    simbol: keputusan\n    ya: {n + 1}\n    tidak: s{first - BLOCK}\n")
            elif k == 9 and b % 5 == 4:
                _step(lines, n, "Apakah rangkaian tahap sudah disetujui", who,
                      f"    simbol: keputusan\n    ya: {n + 1}\n    tidak: {max(1, first - 4 * BLOCK)}\n")
            elif trap and b == middle and k == 6:
                # "tidak" enters the closed loop written after this block
                _step(lines, n, "Apakah anggaran tersedia", who, f"    simbol: keputusan\n    ya: {n + 1}\n    tidak: trap-a\n")
            elif trap and b == middle and k == BLOCK:
                # the flow goes on past the trap steps written below this one
                _step(lines, n, "Menyusun draf risalah", who, f"    ke: s{n + 1}\n")
            else:
                _step(lines, n, "Menyusun draf risalah", who)
            if trap and b == middle and k == BLOCK:
                # the closed loop: two steps that only lead to each other
                lines.append("  - id: trap-a\n    kegiatan: Mengajukan tambahan anggaran\n"
                             f"    pelaksana: {PELAKSANA[0]}\n"
                             "    mutu_baku: {kelengkapan: Usulan, waktu: 1 hari kerja, output: Usulan}\n")
                lines.append("  - id: trap-b\n    kegiatan: Menelaah usulan tambahan anggaran\n"
                             f"    pelaksana: {PELAKSANA[1]}\n    ke: trap-a\n"
                             "    mutu_baku: {kelengkapan: Usulan, waktu: 1 hari kerja, output: Telaahan}\n")
    text = "".join(lines)
    if trap:
        # the two trap steps shift every later number by two: renumber references past them
        text = _shift_numbers_after_trap(text, middle * BLOCK + BLOCK)
    return text


def _shift_numbers_after_trap(text: str, last_before_trap: int) -> str:
    """Numeric references to steps after the inserted trap point two further."""
    out = []
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        for key in ("ya: ", "tidak: "):
            if stripped.startswith(key) and stripped[len(key):].isdigit():
                target = int(stripped[len(key):])
                if target > last_before_trap:
                    line = line.replace(f"{key}{target}", f"{key}{target + 2}")
        out.append(line)
    return "".join(out)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    """Median wall time of ``repeat`` runs, in milliseconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def graph_rules(registry):
    return [r for r in registry.ordered() if r.code[0] in FAMILIES]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--steps", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    yaml = YAML(typ="safe", pure=False)
    if yaml.Parser.__name__ != "CParser":
        print("flow_scale: ruamel.yaml.clib (the C parser) is not installed", file=sys.stderr)
        return 2
    registry = default_registry()
    config = build_config(registry)
    rules = graph_rules(registry)

    for label, trap in (("nested loops", False), ("nested loops and a trap", True)):
        text = generate(args.steps, trap=trap)
        source = text.encode("utf-8")
        floor = best_of(args.repeat, lambda: yaml.compose(text))
        pipeline = best_of(args.repeat, lambda: lint_source(source, "flow-scale.yaml", config, registry, want_stats=True))
        result = lint_source(source, "flow-scale.yaml", config, registry, want_stats=True)
        doc = build_document(load(source, Limits(max_bytes=len(source) + 1)).data)
        graph_build = best_of(args.repeat, lambda: ProcedureGraph(doc))

        def run_rules():
            graph = ProcedureGraph(doc)
            return [list(rule.check(doc, graph, rule.options)) for rule in rules]

        rule_time = best_of(args.repeat, run_rules)
        stats_time = best_of(args.repeat, lambda: compute_stats(doc, ProcedureGraph(doc), config.waktu))
        flow_findings = sorted({f.rule for f in result.findings if registry.rules[f.rule].code[0] == "F"})
        print(f"\n{len(doc.steps)} steps, {label} ({len(source) / 1024:.0f} KB); flow findings: {', '.join(flow_findings) or 'none'}")
        print(f"  {'':<44}{'ms':>9}{'x floor':>10}")
        for name, ms in (
            ("parse floor (C composer)", floor),
            ("full pipeline, recommended preset + figures", pipeline),
            ("graph build (model given)", graph_build),
            (f"{len(rules)} flow/mutu baku/bahasa rules (incl. graph)", rule_time),
            ("procedure figures (incl. graph)", stats_time),
        ):
            print(f"  {name:<44}{ms:>9.1f}{ms / floor:>10.2f}")
        if not trap:
            graph = ProcedureGraph(doc)
            slowest = sorted(
                ((best_of(args.repeat, lambda r=r: list(r.check(doc, graph, r.options))), r.name) for r in rules),
                reverse=True,
            )[:3]
            print("  slowest rules on a built graph: " + ", ".join(f"{n} {ms:.1f} ms" for ms, n in slowest))

    print("\nlinearity: graph rules per step, clean procedure")
    for factor in (0.25, 0.5, 1, 2):
        size = int(args.steps * factor)
        doc = build_document(load(generate(size).encode("utf-8"), Limits(max_bytes=50 * 1024 * 1024, max_steps=10 ** 6)).data)

        def run_rules():
            graph = ProcedureGraph(doc)
            return [list(rule.check(doc, graph, rule.options)) for rule in rules]

        ms = best_of(args.repeat, run_rules)
        print(f"  {len(doc.steps):>6} steps  {ms:>8.1f} ms  {1000 * ms / len(doc.steps):>6.1f} µs/step")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
