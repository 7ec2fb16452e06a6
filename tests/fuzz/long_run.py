"""The long fuzz run: many random examples, failures kept as regression inputs.

    python tests/fuzz/long_run.py                      # 20,000 examples per test, some minutes
    python tests/fuzz/long_run.py --examples 200000 --seconds 3600

It runs the hypothesis tests of this folder with the ``long`` profile (random,
not derandomized, with an example database under ``.hypothesis/``), then
replays every input hypothesis shrank to a failure through
``fuzz_support.check_input`` and saves it in ``tests/data/hostile/`` as
``found-<hash>.bin`` with a ``.txt`` note, where ``tests/test_hostile.py``
replays it on every CI run. Fix the cause, then commit the input.

Exit status: 0 when nothing was found, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000, help="examples per hypothesis test")
    parser.add_argument("--seconds", type=float, default=0, help="stop starting new rounds after this long (0: one round)")
    parser.add_argument("-k", default="", help="pytest -k expression: only these tests")
    args = parser.parse_args(argv)

    import pytest

    os.environ["SOPLINT_FUZZ_PROFILE"] = "long"
    os.environ["SOPLINT_FUZZ_EXAMPLES"] = str(args.examples)
    found = _Collector()
    deadline = time.monotonic() + args.seconds
    rounds = 0
    while True:
        rounds += 1
        pytest_args = [str(HERE), "-q", "-p", "no:cacheprovider"]
        if args.k:
            pytest_args += ["-k", args.k]
        status = pytest.main(pytest_args, plugins=[found])
        if status not in (0, 1) or time.monotonic() >= deadline:
            break
    for path in found.saved:
        print(f"saved {path}")
    print(f"{rounds} round(s); {len(found.saved)} failing input(s) saved")
    return 0 if not found.saved and status == 0 else 1


class _Collector:
    """A pytest plugin: keeps the input of every FuzzFailure."""

    def __init__(self) -> None:
        self.saved: list[Path] = []

    def pytest_runtest_makereport(self, item, call):
        if call.excinfo is None:
            return
        from fuzz_support import FuzzFailure, save_failure

        for error in _failures(call.excinfo.value, FuzzFailure):
            note = f"Found by {item.nodeid} (tests/fuzz/long_run.py):\n{error}"
            self.saved.append(save_failure(error.source, note))


def _failures(error: BaseException | None, kind: type) -> list:
    """Every ``kind`` in an exception, its causes, and (hypothesis reports
    several distinct bugs at once) the members of an exception group."""
    found, seen = [], set()
    pending = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, kind):
            found.append(current)
        pending.extend(getattr(current, "exceptions", ()))
        pending.extend((current.__cause__, current.__context__))
    return found


if __name__ == "__main__":
    raise SystemExit(main())
