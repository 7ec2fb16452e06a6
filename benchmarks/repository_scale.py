"""Scale of the rules across SOPs, in their worst case: a finding in every SOP.

    python benchmarks/repository_scale.py [--sizes 1000,2000,4000,8000]

The repository rules (duplicate-nomor, duplicate-nama, keterkaitan-unresolved)
compare every SOP of a run with every other. Done naively that is quadratic,
and an inspectorate's inventory is where it shows: its SOPs name related SOPs
of other units, which are not in the set, so nearly every keterkaitan is
unknown and asks for a did-you-mean among all the titles.

For each size the benchmark writes the corpus of ``benchmarks/corpus.py``
with every title made distinct, in three variants:

- ``resolved``: both keterkaitan of every SOP name SOPs of the set (no finding);
- ``unknown``: both name no SOP of the set, each a distinct name close to a
  title (so every one is a did-you-mean, and no answer is reused);
- ``duplicate``: every SOP carries the same nomor and the same nama: a
  duplicate nomor in every SOP but the first, a duplicate nama in every SOP
  but the first of its unit.

It lints them in process (the document stage, which builds the index), then
times the repository stage alone, and prints milliseconds per SOP and, as
the ratio that matters, the repository stage against the parse floor of the
same files (ruamel.yaml's C composer, read and composed in the same run). A
level ratio across the sizes means linear: no SOP is compared with all.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from ruamel.yaml import YAML

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import sop_text  # noqa: E402

from soplint.config import build_config  # noqa: E402
from soplint.engine import lint_paths  # noqa: E402
from soplint.registry import default_registry  # noqa: E402
from soplint.repository import RepositoryIndex, lint_repository  # noqa: E402

RULES = ["duplicate-nomor", "duplicate-nama", "keterkaitan-unresolved"]
_NAMA = re.compile(r"^(  nama: )(.*)$", re.M)
_RELATED = re.compile(r"^(    - SOP .*)$", re.M)
_NOMOR = re.compile(r"^(  nomor: )(.*)$", re.M)


def title(number: int) -> str:
    """The distinct title of SOP ``number``: the did-you-mean has all of them to choose from."""
    return f"{_NAMA.search(sop_text(number))[2].strip(chr(34))} Seksi {number}"


def variant(number: int, size: int, kind: str) -> str:
    text = _NAMA.sub(lambda m: f"{m[1]}{title(number)}", sop_text(number), count=1)
    related = iter((title((number + 1) % size), title((number + 7) % size)))
    if kind == "unknown":
        return _RELATED.sub(lambda m: f"    - SOP {next(related)} Wilayah {number}", text)
    if kind == "duplicate":
        text = _NOMOR.sub(lambda m: f"{m[1]}100.3.4/001/SETWAN/2024", text, count=1)
        text = _NAMA.sub(lambda m: f"{m[1]}Pengelolaan Surat Masuk", text, count=1)
        return _RELATED.sub("    - SOP Pengelolaan Surat Masuk", text)
    return _RELATED.sub(lambda m: f"    - SOP {next(related)}", text)


def write(root: Path, size: int, kind: str) -> list[Path]:
    folder = root / f"{kind}-{size}"
    folder.mkdir(parents=True)
    paths = []
    for number in range(size):
        path = folder / f"sop-{number:05}.yaml"
        path.write_text(variant(number, size, kind), encoding="utf-8")
        paths.append(path)
    return paths


def parse_floor(paths: list[Path]) -> float:
    yaml = YAML(typ="safe", pure=False)
    start = time.perf_counter()
    for path in paths:
        yaml.compose(path.read_bytes().decode("utf-8"))
    return time.perf_counter() - start


def repository_stage(folder: Path) -> tuple[float, int]:
    registry = default_registry()
    config = build_config(registry, {}, cli_select=RULES)
    index = RepositoryIndex.of((r.index for r in lint_paths([folder], config, registry) if r.index), config.limits)
    start = time.perf_counter()
    found = lint_repository(index, config, registry)
    return time.perf_counter() - start, sum(len(f) for f in found.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,2000,4000,8000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    root = Path(tempfile.mkdtemp(prefix="soplint-repository-scale-"))
    try:
        print("| variant | SOPs | findings | repository stage ms/SOP | parse floor ms/SOP | stage / floor |")
        print("|---|---:|---:|---:|---:|---:|")
        for kind in ("resolved", "unknown", "duplicate"):
            for size in sizes:
                paths = write(root, size, kind)
                floor = parse_floor(paths)
                stage, findings = repository_stage(paths[0].parent)
                print(f"| {kind} | {size:,} | {findings:,} | {stage / size * 1000:.3f} | {floor / size * 1000:.3f} "
                      f"| {stage / floor:.2f} |", flush=True)
                shutil.rmtree(paths[0].parent)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
