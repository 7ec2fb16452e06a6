"""What every fuzz input must satisfy, and the inputs' building blocks.

``check_input(source)`` runs one file's bytes through the whole pipeline with
every rule on (preset ``all``) and every reporter, and fails when soplint:

- raised anything (the user would see a traceback);
- turned a built-in rule's exception into ``rule-error`` (still a bug);
- fell back on the loader's last-resort ``internal`` finding;
- gave a line or column outside the file.

Used by the hypothesis tests, the long run (``long_run.py``), the atheris
harness and the regression inputs in ``tests/data/hostile/``.
"""

from __future__ import annotations

import codecs
import hashlib
from functools import lru_cache
from pathlib import Path

from soplint.config import build_config
from soplint.engine import FileResult, lint_source, summarise
from soplint.loader import decode, load
from soplint.registry import default_registry

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
HOSTILE = TESTS / "data" / "hostile"


class FuzzFailure(AssertionError):
    """An input soplint mishandled; ``source`` is the input, to save and replay."""

    def __init__(self, message: str, source: bytes) -> None:
        super().__init__(message)
        self.source = source


@lru_cache(maxsize=None)
def _setup(lang: str):
    registry = default_registry()
    config = build_config(registry, {"extends": "all", "bahasa": lang})
    return registry, config


def file_lines(source: bytes) -> list[str]:
    """The file's lines as findings count them: the loader's text, or for bytes
    that do not decode, what an editor shows (each bad byte one character)."""
    text = load(source, _setup("id")[1].limits).text or decode(source)[0]
    if not text:
        encoding = "utf-16" if source[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else "utf-8"
        text = source.decode(encoding, "replace")
    return text.split("\n")


def inside_file(line: int, column: int, lines: list[str]) -> bool:
    if line == 0 or (line == 1 and column in (0, 1)):
        return True  # the whole file, or its start
    if not 1 <= line <= len(lines):
        return False
    return 1 <= column <= len(lines[line - 1]) + 1


def check_input(source: bytes, *, lang: str = "id", walked: bool = False) -> FileResult:
    registry, config = _setup(lang)
    try:
        result = lint_source(source, "fuzz.yaml", config, registry, walked=walked, want_stats=True)
        _render_everything(result, lang)
    except Exception as exc:  # the property: nothing escapes
        raise FuzzFailure(f"soplint raised {type(exc).__name__}: {exc}", source) from exc
    lines = None
    for finding in result.findings:
        if finding.rule == "rule-error":
            raise FuzzFailure(f"a rule raised: {finding.message}", source)
        if finding.rule == "yaml-syntax" and "internal" in finding.message:
            raise FuzzFailure(f"loader fallback: {finding.message}", source)
        if lines is None:
            lines = file_lines(source)
        if not inside_file(finding.line, finding.column, lines):
            raise FuzzFailure(
                f"{finding.rule} at {finding.line}:{finding.column} lies outside the file "
                f"({len(lines)} lines): {finding.message}",
                source,
            )
    return result


def _render_everything(result: FileResult, lang: str) -> None:
    from soplint.reporters import FORMATS, Report, render

    report = Report(results=[result], summary=summarise([result]), lang=lang, tool_version="fuzz")
    for fmt in FORMATS:
        render(fmt, report)


def save_failure(source: bytes, note: str, folder: Path = HOSTILE) -> Path:
    """Keep a found input as a regression file (replayed by tests/test_hostile.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(source).hexdigest()[:12]
    path = folder / f"found-{digest}.bin"
    if not path.exists():
        from soplint.atomic import atomic_write_bytes

        atomic_write_bytes(path, source)
        atomic_write_bytes(path.with_suffix(".txt"), (note.strip() + "\n").encode("utf-8"))
    return path


def example_files() -> list[Path]:
    """Real SOPs to mutate: the bundled examples and the format's own example."""
    files = sorted((ROOT / "examples").rglob("*.yaml"))
    files += sorted((TESTS / "rules").glob("*/*.yaml"))
    format_example = TESTS / "data" / "format-example.yaml"
    if format_example.exists():
        files.insert(0, format_example)
    return files
