"""Baselines: hold the findings of legacy SOPs so only new problems block.

``soplint check --write-baseline soplint-baseline.json`` records today's
findings; ``soplint check --baseline soplint-baseline.json`` then reports only
findings not in it. A finding is identified by its file, rule and document
path (not its line), so edits that move lines keep it baselined; each
recorded finding excuses one finding, so a second, new fault of the same
kind at the same place still shows.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Sequence

from soplint.atomic import atomic_write_text
from soplint.engine import FileResult
from soplint.reporters._common import fingerprint, relative_uri

BASELINE_VERSION = 1


class BaselineError(Exception):
    pass


def write_baseline(path: Path, results: Sequence[FileResult]) -> int:
    entries = sorted(
        ({"fingerprint": fingerprint(f), "file": relative_uri(f.file), "rule": f.rule, "path": f.path, "line": f.line}
         for r in results for f in r.findings),
        key=lambda e: (e["file"], e["line"], e["rule"]),
    )
    atomic_write_text(path, json.dumps({"version": BASELINE_VERSION, "findings": entries}, ensure_ascii=False, indent=2) + "\n")
    return len(entries)


def read_baseline(path: Path) -> Counter:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise BaselineError(f"{path}: cannot read the baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION or not isinstance(data.get("findings"), list):
        raise BaselineError(f"{path}: not a soplint baseline (version {BASELINE_VERSION})")
    return Counter(e["fingerprint"] for e in data["findings"] if isinstance(e, dict) and "fingerprint" in e)


def apply_baseline(results: Sequence[FileResult], baseline: Counter) -> tuple[list[FileResult], int]:
    """Results without the baselined findings, and how many were held back."""
    remaining = Counter(baseline)
    held = 0
    out = []
    for result in results:
        kept = []
        for finding in result.findings:
            key = fingerprint(finding)
            if remaining[key] > 0:
                remaining[key] -= 1
                held += 1
            else:
                kept.append(finding)
        out.append(replace(result, findings=tuple(kept)) if len(kept) != len(result.findings) else result)
    return out, held
