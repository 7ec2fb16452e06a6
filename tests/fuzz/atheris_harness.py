"""Coverage-guided fuzzing of the whole pipeline with atheris (libFuzzer).

Where atheris installs (it ships wheels for Linux; it is not a dependency of
soplint), in an environment with soplint installed:

    pip install atheris
    python tests/fuzz/atheris_harness.py -max_total_time=600 -rss_limit_mb=1024 CORPUS_DIR

``CORPUS_DIR`` (created when missing) is seeded with the bundled examples and
the rule fixtures; libFuzzer keeps the inputs that reach new code there. Each
input goes through ``fuzz_support.check_input`` (all rules, every reporter,
positions inside the file); a failing input is saved in ``tests/data/hostile/``
(``found-<hash>.bin``) before libFuzzer stops, so that ``tests/test_hostile.py``
replays it on every CI run. libFuzzer's own limits catch the rest: a slow
input (``-timeout``, default 1200 s, set it to a few seconds) or one that uses
too much memory (``-rss_limit_mb``).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

try:
    import atheris
except ImportError:  # pragma: no cover - atheris is optional
    sys.exit("atheris is not installed here: pip install atheris (Linux wheels), then run this again")

with atheris.instrument_imports(include=["soplint"]):
    # everything soplint imports while the first input runs: the rules come
    # through entry points, the reporters on first use
    from fuzz_support import FuzzFailure, check_input, example_files, save_failure

    check_input(b"identitas:\n  nama: Pengelolaan Surat Masuk\n")


def test_one_input(data: bytes) -> None:
    try:
        check_input(data)
    except FuzzFailure as failure:
        path = save_failure(failure.source, f"Found by tests/fuzz/atheris_harness.py:\n{failure}")
        print(f"\nsaved {path}", file=sys.stderr)
        raise


def _seed(corpus: Path) -> None:
    corpus.mkdir(parents=True, exist_ok=True)
    if any(corpus.iterdir()):
        return
    for index, path in enumerate(example_files()):
        (corpus / f"seed-{index:03d}-{path.name}").write_bytes(path.read_bytes())


def main() -> None:
    corpora = [Path(a) for a in sys.argv[1:] if not a.startswith("-")]
    for corpus in corpora[:1]:
        _seed(corpus)
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
