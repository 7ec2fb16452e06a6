"""soplint's performance benchmark: one command, one table of ratios.

    pip install -r benchmarks/requirements.txt     # the peers and a profiler
    python benchmarks/run.py                       # about 10 minutes on 2 cores

Timings on a shared machine are noisy, so every target is a ratio of two
figures taken in the same run, and the repetitions are interleaved (floor,
soplint, peers, floor, soplint, ...) so that a burst of load falls on all of
them alike. Each figure is the median of its repetitions.

Every tool is run as a process, the way a user runs it, in as few processes as
it allows: ``soplint check FOLDER`` once, ``check-jsonschema --schemafile
schemas/sop-ap.schema.json FILES...`` and ``yamllint FILES...`` with the files
batched on the command line, and the parse floor (``benchmarks/floor.py``) once.

Options: ``--per-rule`` adds the time of each pipeline stage and of each rule
over the corpus (in this process); ``--profile FILE`` writes a pyinstrument
profile of ``soplint check`` over the corpus, run in this process.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCHEMA = ROOT / "schemas" / "sop-ap.schema.json"
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402  (a sibling module, not a package)

BARE_IMPORT = "import ruamel.yaml, jsonschema, networkx, rich"
#: Stay well under ARG_MAX when passing files on a peer's command line.
ARGV_BUDGET = 100_000


@dataclass(frozen=True)
class Target:
    name: str
    numerator: str
    denominator: str
    limit: float
    #: "max": ratio must be at most limit; "min": at least.
    kind: str
    what: str


TARGETS = (
    Target("check-vs-floor", "soplint", "floor", 2.0, "max", "soplint check / parse floor"),
    Target("vs-check-jsonschema", "check-jsonschema", "soplint", 1.5, "min", "check-jsonschema / soplint check"),
    Target("vs-yamllint", "yamllint", "soplint", 5.0, "min", "yamllint / soplint check"),
    Target("startup", "soplint-one-file", "bare-import", 1.3, "max", "soplint check (1 file) / bare import of the 4 deps"),
    Target("memory", "peak-big", "peak-small", 1.5, "max", "peak memory over the big corpus / over the small one"),
    # Not a target: the same without the repository rules, whose index of every
    # SOP is what the CLI must keep until the last file (see --per-rule).
    Target("memory-no-index", "peak-big-no-index", "peak-small-no-index", 1.5, "info",
           "the same, repository rules ignored (information)"),
    # Not a target either: the JSON report keeps the figures of every SOP (its
    # "documents"), so its peak grows with the run by design; how much is shown.
    Target("memory-json", "peak-big-json", "peak-small-json", 1.5, "info",
           "the same, JSON report with every SOP's figures (information)"),
)


def tool(name: str) -> list[str]:
    """A console script of this environment (the venv's own, not one on PATH)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return [str(beside)]
    found = shutil.which(name)
    if found:
        return [found]
    raise SystemExit(f"benchmark: {name} is not installed; run: pip install -r benchmarks/requirements.txt")


def batches(prefix: list[str], files: Sequence[Path]) -> list[list[str]]:
    """As few command lines as ARGV_BUDGET allows, each holding many files."""
    commands: list[list[str]] = []
    current: list[str] = []
    size = 0
    for path in files:
        text = str(path)
        if current and size + len(text) + 1 > ARGV_BUDGET:
            commands.append(prefix + current)
            current, size = [], 0
        current.append(text)
        size += len(text) + 1
    if current:
        commands.append(prefix + current)
    return commands


@dataclass(frozen=True)
class Run:
    seconds: float
    #: None for a timing run: see PEAK_LAUNCHER.
    peak_kib: int | None
    exit_codes: tuple[int, ...]


#: Peak memory is read through this small launcher, never from the benchmark's
#: own children: on Linux a child's ru_maxrss starts at its parent's RSS when
#: it is spawned (the high-water mark survives fork and exec), so a child of
#: this process, grown big generating 20,000 files, would report this
#: process's size. The launcher is a fresh small interpreter; its own size is
#: measured too ("peak-launcher") and is far below soplint's.
PEAK_LAUNCHER = (
    "import os, subprocess, sys\n"
    "child = subprocess.Popen(sys.argv[2:])\n"
    "_, status, usage = os.wait4(child.pid, 0)\n"
    "with open(sys.argv[1], 'w') as out: out.write(str(usage.ru_maxrss))\n"
    "sys.exit(os.waitstatus_to_exitcode(status))\n"
)


def child_environment(pycache: Path) -> dict[str, str]:
    """The tools' environment: bytecode cached, as an installed package has it.

    pip compiles every installed module to bytecode, but an editable install
    (this checkout) is compiled on first import, and not at all where
    PYTHONDONTWRITEBYTECODE is set: soplint alone would then pay for compiling
    its sources on every run. A private cache folder keeps the checkout clean.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(pycache)
    env["NO_COLOR"] = "1"
    return env


ENV: dict[str, str] = dict(os.environ)


def run_commands(commands: list[list[str]], ok_codes: tuple[int, ...] = (0, 1), *, peak: bool = False) -> Run:
    """Wall time of the commands one after another; with ``peak``, the peak
    RSS of the largest, read through PEAK_LAUNCHER (which then adds its own
    start-up to the time: memory runs are not timing runs)."""
    peaks = []
    codes = []
    start = time.perf_counter()
    for command in commands:
        # stderr to a file, not a pipe: a chatty child cannot block on a full pipe
        with tempfile.TemporaryFile() as errors, tempfile.NamedTemporaryFile("r") as peak_file:
            if peak:
                command = [sys.executable, "-c", PEAK_LAUNCHER, peak_file.name, *command]
            process = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=errors, cwd=ROOT, env=ENV)
            if process.returncode not in ok_codes:
                errors.seek(0)
                stderr = errors.read().decode("utf-8", "replace")
                raise SystemExit(f"benchmark: {' '.join(command[:3])} ... exited {process.returncode}:\n{stderr[-2000:]}")
            if peak:
                peaks.append(int(peak_file.read()))
        codes.append(process.returncode)
    return Run(time.perf_counter() - start, max(peaks) if peaks else None, tuple(codes))


@dataclass
class Measure:
    name: str
    what: str
    commands: list[list[str]]
    files: int
    ok_codes: tuple[int, ...] = (0, 1)
    repeat: int = 0  # 0: the benchmark's --repeat

    def __post_init__(self) -> None:
        self.runs: list[Run] = []

    @property
    def median(self) -> float:
        return statistics.median(r.seconds for r in self.runs)

    def as_dict(self) -> dict:
        times = [r.seconds for r in self.runs]
        return {
            "what": self.what,
            "files": self.files,
            "processes": len(self.commands),
            "median_s": round(self.median, 4),
            "min_s": round(min(times), 4),
            "max_s": round(max(times), 4),
            "runs": len(times),
            "ms_per_file": round(self.median / self.files * 1000, 3) if self.files else None,
            "peak_rss_mib": round(max(r.peak_kib for r in self.runs) / 1024, 1) if self.runs[0].peak_kib else None,
            "exit_codes": sorted({c for r in self.runs for c in r.exit_codes}),
        }


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.yaml"))


def build_measures(small: Path, one_file: Path, with_peers: bool) -> list[Measure]:
    files = corpus_files(small)
    soplint = tool("soplint")
    measures = [
        Measure("floor", "ruamel.yaml C composer over the corpus (benchmarks/floor.py)",
                [[sys.executable, str(HERE / "floor.py"), str(small)]], len(files), ok_codes=(0,)),
        Measure("soplint", "soplint check FOLDER (recommended rules, one process)",
                [soplint + ["check", "--isolated", str(small)]], len(files)),
    ]
    if with_peers:
        measures += [
            Measure("check-jsonschema", "check-jsonschema --schemafile schemas/sop-ap.schema.json FILES...",
                    batches(tool("check-jsonschema") + ["--schemafile", str(SCHEMA)], files), len(files)),
            Measure("yamllint", "yamllint FILES... (default configuration)",
                    batches(tool("yamllint"), files), len(files)),
        ]
    measures += [
        Measure("soplint-one-file", "soplint check FILE (one file)",
                [soplint + ["check", "--isolated", str(one_file)]], 1, repeat=15),
        Measure("bare-import", f'python -c "{BARE_IMPORT}"', [[sys.executable, "-c", BARE_IMPORT]], 1, ok_codes=(0,), repeat=15),
    ]
    return measures


def measure_all(measures: list[Measure], repeat: int) -> None:
    # One untimed run of each first: bytecode written, files in the page cache.
    for m in measures:
        run_commands(m.commands[:1], m.ok_codes)
    rounds = max(repeat, *(m.repeat for m in measures))
    for round_no in range(rounds):
        for m in measures:
            if round_no < (m.repeat or repeat):
                m.runs.append(run_commands(m.commands, m.ok_codes))
        print(f"  round {round_no + 1}/{rounds} done", file=sys.stderr, flush=True)


def repository_rules() -> list[str]:
    """The recommended rules that read across files (stage "repository")."""
    from soplint.config import build_config
    from soplint.registry import default_registry

    registry = default_registry()
    return sorted(n for n in build_config(registry).rules if registry.rules[n].stage == "repository")


def measure_memory(small: Path, big: Path) -> dict[str, Measure]:
    soplint = tool("soplint")
    without = repository_rules()
    variants = [("", [], "")]
    if without:
        variants.append(("-no-index", ["--ignore", ",".join(without)], ", repository rules ignored"))
    # the JSON report has a record of figures for every SOP: it must keep them all
    variants.append(("-json", ["--format", "json"], ", JSON report"))
    result = {}
    launcher = Measure("peak-launcher", "the memory launcher alone (python -c pass): the floor of every peak below",
                       [[sys.executable, "-c", "pass"]], 0)
    launcher.runs.append(run_commands(launcher.commands, (0,), peak=True))
    result[launcher.name] = launcher
    for suffix, extra, note in variants:
        for name, folder in (("peak-small", small), ("peak-big", big)):
            files = corpus_files(folder)
            m = Measure(name + suffix, f"soplint check over {len(files)} files{note}: peak RSS",
                        [soplint + ["check", "--isolated", *extra, str(folder)]], len(files))
            m.runs.append(run_commands(m.commands, m.ok_codes, peak=True))
            result[m.name] = m
            print(f"  memory over {len(files)} files{note}: {m.runs[0].peak_kib / 1024:.1f} MiB", file=sys.stderr, flush=True)
    return result


def retained_per_file(folder: Path, top: int = 8) -> dict:
    """Bytes the CLI keeps per file until the report (tracemalloc), by source line."""
    import gc
    import tracemalloc

    from soplint.config import build_config
    from soplint.engine import collect, lint_paths
    from soplint.registry import default_registry

    registry = default_registry()
    config = build_config(registry)
    list(lint_paths([folder], config, registry))  # warm caches: they are not per file
    gc.collect()
    tracemalloc.start(1)
    before = tracemalloc.take_snapshot()
    kept = collect(lint_paths([folder], config, registry), config, registry)  # what the CLI keeps
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = after.compare_to(before, "lineno")
    files = kept.checked
    total = sum(s.size_diff for s in stats)
    root = str(ROOT) + os.sep
    return {
        "bytes_per_file": round(total / files),
        "by_line": [
            {"where": str(s.traceback[0]).replace(root, ""), "bytes_per_file": round(s.size_diff / files)}
            for s in stats[:top]
        ],
    }


def ratios(figures: dict[str, float]) -> list[dict]:
    rows = []
    for target in TARGETS:
        if target.numerator not in figures or target.denominator not in figures:
            continue
        ratio = figures[target.numerator] / figures[target.denominator]
        if target.kind == "info":
            met, limit = None, ""
        else:
            met = ratio <= target.limit if target.kind == "max" else ratio >= target.limit
            limit = f"{'<=' if target.kind == 'max' else '>='} {target.limit}"
        rows.append({"target": target.name, "ratio": round(ratio, 2), "limit": limit, "met": met, "what": target.what})
    return rows


def table(measures: dict[str, Measure], rows: list[dict]) -> str:
    lines = ["| measure | files | processes | median s | ms/file | peak MiB |", "|---|---:|---:|---:|---:|---:|"]
    for m in measures.values():
        d = m.as_dict()
        per_file = f"{d['ms_per_file']:.2f}" if d["ms_per_file"] is not None else ""
        peak = f"{d['peak_rss_mib']:.1f}" if d["peak_rss_mib"] is not None else ""
        median = f"{d['median_s']:.3f}" if not m.name.startswith("peak") else ""
        lines.append(f"| {m.name}: {m.what} | {d['files']} | {d['processes']} | {median} | {per_file if median else ''} | {peak} |")
    lines += ["", "| target | ratio | required | met |", "|---|---:|---|---|"]
    for row in rows:
        met = "" if row["met"] is None else "yes" if row["met"] else "NO"
        lines.append(f"| {row['what']} | {row['ratio']:.2f} | {row['limit']} | {met} |")
    return "\n".join(lines)


# --------------------------------------------------------------------------- in-process detail


def stage_and_rule_times(folder: Path, limit: int | None = None) -> dict:
    """Milliseconds per file of each pipeline stage and each rule, in this process.

    One file at a time, each stage timed on its own, nothing kept from one
    file to the next: holding the whole corpus's documents would make the
    garbage collector's passes, not the stages, the bulk of the figures.
    """
    from soplint.config import build_config
    from soplint.engine import lint_source
    from soplint.graph import ProcedureGraph
    from soplint.loader import load
    from soplint.model import build_document
    from soplint.registry import default_registry

    try:
        from soplint.schema import check_structure
    except ImportError:  # pragma: no cover - a build without the schema stage
        check_structure = None

    registry = default_registry()
    config = build_config(registry)
    rules = [(registry.rules[n], a) for n, a in config.rules.items() if n in registry.rules and registry.rules[n].stage == "document"]
    paths = corpus_files(folder)[:limit]
    stages = dict.fromkeys(("read", "load (soplint loader)", "schema", "model", "graph (build)", "rules (all)"), 0.0)
    per_rule = dict.fromkeys((rule.name for rule, _ in rules), 0.0)
    clock = time.perf_counter
    for path in paths:
        t0 = clock()
        source = path.read_bytes()
        t1 = clock()
        loaded = load(source, config.limits)
        t2 = clock()
        if check_structure is not None:
            check_structure(loaded.data)
        t3 = clock()
        doc = build_document(loaded.data)
        t4 = clock()
        graph = ProcedureGraph(doc)
        t5 = clock()
        for name, spent in zip(("read", "load (soplint loader)", "schema", "model", "graph (build)"), (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            stages[name] += spent
        for rule, active in rules:
            start = clock()
            try:
                for _ in rule.check(doc, graph, active.options):
                    pass
            except Exception:  # a raising rule is the engine's rule-error; time it all the same
                pass
            per_rule[rule.name] += clock() - start
    stages["rules (all)"] = sum(per_rule.values())
    start = clock()
    for path in paths:
        lint_source(path.read_bytes(), str(path), config, registry)
    stages["whole pipeline (read + lint_source)"] = clock() - start
    from ruamel.yaml import YAML

    composer = YAML(typ="safe", pure=False)
    start = clock()
    for path in paths:
        composer.compose(path.read_bytes().decode("utf-8"))
    stages["parse floor (read + C composer)"] = clock() - start
    files = len(paths)
    return {
        "files": files,
        "stages_ms_per_file": {k: round(v / files * 1000, 4) for k, v in stages.items()},
        "rules_ms_per_file": {k: round(v / files * 1000, 4) for k, v in sorted(per_rule.items(), key=lambda kv: -kv[1])},
    }


def profile(folder: Path, output: Path) -> None:
    """A pyinstrument profile of ``soplint check FOLDER``, run in this process."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("benchmark: --profile needs pyinstrument: pip install -r benchmarks/requirements.txt")
    import contextlib
    import io

    from soplint.cli import main as soplint_main

    profiler = Profiler(interval=0.0005)
    with contextlib.redirect_stdout(io.StringIO()):
        profiler.start()
        soplint_main(["check", "--isolated", str(folder)])
        profiler.stop()
    output.write_text(profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8")
    print(f"profile written to {output}", file=sys.stderr)


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000, help="corpus size for the timings (default 2000)")
    parser.add_argument("--big-files", type=int, default=20000, help="corpus size for the memory check (default 20000; 0 skips it)")
    parser.add_argument("--repeat", type=int, default=5, help="repetitions of each timing (default 5)")
    parser.add_argument("--corpus", type=Path, default=Path(tempfile.gettempdir()) / "soplint-benchmark", help="where the corpus is written")
    parser.add_argument("--json", type=Path, default=HERE / "results.json", help="where the results are written")
    parser.add_argument("--no-peers", action="store_true", help="skip check-jsonschema and yamllint")
    parser.add_argument("--per-rule", action="store_true", help="also time each stage and each rule, in process")
    parser.add_argument("--profile", type=Path, metavar="FILE", help="also write a pyinstrument profile of the corpus run")
    args = parser.parse_args(argv)

    # The small corpus is the first folder of the big one: the same files, so
    # the memory ratio compares like with like.
    total = max(args.files, args.big_files)
    print(f"corpus: {total} files under {args.corpus}", file=sys.stderr, flush=True)
    corpus = generate(args.corpus, total, per_folder=args.files)
    small = corpus.folders[0]
    one_file = corpus_files(small)[0]

    global ENV
    ENV = child_environment(args.corpus / "pycache")
    measures = build_measures(small, one_file, with_peers=not args.no_peers)
    measure_all(measures, args.repeat)
    by_name = {m.name: m for m in measures}
    if args.big_files:
        by_name.update(measure_memory(small, args.corpus))

    figures = {name: m.median for name, m in by_name.items() if not name.startswith("peak")}
    figures.update({name: float(m.runs[0].peak_kib) for name, m in by_name.items() if name.startswith("peak")})
    rows = ratios(figures)
    report = {
        "machine": {"python": platform.python_version(), "platform": platform.platform(), "cpus": os.cpu_count()},
        "corpus": {"files": len(corpus_files(small)), "big_files": args.big_files,
                   "mean_bytes": round(sum(p.stat().st_size for p in corpus_files(small)) / len(corpus_files(small)))},
        "rules": _rule_count(),
        "measures": {name: m.as_dict() for name, m in by_name.items()},
        "targets": rows,
    }
    if args.per_rule:
        report["in_process"] = stage_and_rule_times(small)
        report["in_process"]["retained"] = retained_per_file(small)
    if args.profile:
        profile(small, args.profile)
    args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(by_name, rows))
    if args.per_rule:
        detail = report["in_process"]
        print("\nin process, ms per file:")
        for name, value in detail["stages_ms_per_file"].items():
            print(f"  {name:<36} {value:8.3f}")
        print("rules, slowest first:")
        for name, value in list(detail["rules_ms_per_file"].items())[:12]:
            print(f"  {name:<36} {value:8.3f}")
        retained = detail["retained"]
        print(f"kept for the report: {retained['bytes_per_file']} bytes per file, by where it was allocated:")
        for row in retained["by_line"]:
            print(f"  {row['where']:<48} {row['bytes_per_file']:6d}")
    print(f"\nresults written to {args.json}", file=sys.stderr)
    return 0 if all(row["met"] is not False for row in rows) else 1


def _rule_count() -> int:
    from soplint.registry import default_registry

    return len(default_registry().rules)


if __name__ == "__main__":
    raise SystemExit(main())
