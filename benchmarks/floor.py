"""The parse floor: read and compose every YAML file under the given paths
with ruamel.yaml's C-backed safe composer, and nothing else.

Run as a process, the way ``soplint check`` is run, so that both figures
include an interpreter start and a folder walk:

    python benchmarks/floor.py CORPUS_FOLDER
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ruamel.yaml import YAML


def yaml_files(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for folder, subfolders, names in os.walk(path):
                subfolders.sort()
                found.extend(Path(folder) / n for n in sorted(names) if n.endswith((".yaml", ".yml")))
        else:
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    yaml = YAML(typ="safe", pure=False)
    if yaml.Parser.__name__ != "CParser":
        print("floor: ruamel.yaml.clib (the C parser) is not installed", file=sys.stderr)
        return 2
    nodes = 0
    for path in yaml_files(argv):
        node = yaml.compose(path.read_bytes().decode("utf-8"))
        nodes += node is not None
    print(f"{nodes} documents composed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
