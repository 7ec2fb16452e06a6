"""Nothing lost: every write is a temporary file in the same folder, then a rename.

The tests interrupt writes at each stage (an exception mid-way, a failing
rename, a process killed with SIGKILL while writing) and find the original
intact; a static check keeps every other module from writing files itself.
"""

from __future__ import annotations

import ast
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from soplint import atomic
from soplint.atomic import atomic_write_bytes, atomic_write_text

ROOT = Path(__file__).resolve().parent.parent
ORIGINAL = b"identitas:\n  nama: Pengelolaan Surat Masuk\n"


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "laporan.json"
    atomic_write_text(target, "{}\n")
    assert target.read_text() == "{}\n"
    atomic_write_text(target, '{"a": 1}\n')
    assert target.read_text() == '{"a": 1}\n'
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize("stage", ["fsync", "chmod", "replace"])
@pytest.mark.parametrize("error", [KeyboardInterrupt, OSError])
def test_interrupted_write_keeps_the_original(tmp_path: Path, monkeypatch, stage: str, error: type) -> None:
    target = tmp_path / "sop.yaml"
    target.write_bytes(ORIGINAL)

    def interrupt(*args, **kwargs):
        raise error("interrupted")

    monkeypatch.setattr(atomic.os, stage, interrupt)
    with pytest.raises(error):
        atomic_write_bytes(target, b"x" * 100_000)
    monkeypatch.undo()
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(tmp_path) == []


def test_interrupted_in_the_middle_of_writing(tmp_path: Path, monkeypatch) -> None:
    """The data stream itself breaks half-way (disk full)."""
    target = tmp_path / "sop.yaml"
    target.write_bytes(ORIGINAL)
    real_fdopen = os.fdopen

    class HalfWriter:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.stream.close()
            return False

        def write(self, data):
            self.stream.write(data[: len(data) // 2])
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: HalfWriter(real_fdopen(fd, mode)))
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"y" * 10_000)
    assert target.read_bytes() == ORIGINAL
    assert _leftovers(tmp_path) == []


_KILLED_WRITER = """
import sys
from pathlib import Path
from soplint.atomic import atomic_write_bytes

target = Path(sys.argv[1])
# 400 MB: long enough to be killed while the temporary file is being written
atomic_write_bytes(target, b"z" * (400 * 1024 * 1024))
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX signals")
def test_process_killed_while_writing_keeps_the_original(tmp_path: Path) -> None:
    target = tmp_path / "baseline.json"
    target.write_bytes(ORIGINAL)
    child = subprocess.Popen([sys.executable, "-c", _KILLED_WRITER, str(target)])
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and child.poll() is None:
            if any(p.stat().st_size > 0 for p in tmp_path.glob(".baseline.json.*.tmp")):
                break
            time.sleep(0.005)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait()
    # never half old, half new; and killed mid-write, the old one
    assert target.read_bytes() == ORIGINAL, "the writer finished before it could be killed; the test proves nothing"


def test_a_report_written_in_pieces(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    atomic_write_text(target, iter(["{", '"a": "é"', "}"]))
    assert target.read_text(encoding="utf-8") == '{"a": "é"}'


def test_a_renderer_failing_half_way_keeps_the_original(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("lama", encoding="utf-8")

    def pieces():
        yield "baru, sebagian"
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError):
        atomic_write_text(target, pieces())
    assert target.read_text(encoding="utf-8") == "lama"
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_keeps_permissions_of_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "sop.yaml"
    target.write_bytes(ORIGINAL)
    target.chmod(0o640)
    atomic_write_bytes(target, b"baru\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "laporan.html"
        atomic_write_bytes(target, b"<html></html>\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # not the 0600 of a temporary file


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_writes_through_a_symlink(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "report.json"
    real.write_text("lama\n")
    link = tmp_path / "report.json"
    link.symlink_to(real)
    atomic_write_text(link, "baru\n")
    assert link.is_symlink()
    assert real.read_text() == "baru\n"
    assert _leftovers(tmp_path) == [] and _leftovers(shared) == []


def test_missing_folder_is_an_oserror_naming_the_target(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "laporan.json"
    with pytest.raises(FileNotFoundError) as raised:
        atomic_write_text(target, "{}")
    assert raised.value.filename == str(target)  # not the temporary file's name
    assert list(tmp_path.iterdir()) == []


def test_target_that_is_a_folder_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "laporan.json"
    folder.mkdir()
    (folder / "isi.txt").write_text("tetap\n")
    with pytest.raises(OSError):
        atomic_write_text(folder, "{}")
    assert (folder / "isi.txt").read_text() == "tetap\n"
    assert _leftovers(tmp_path) == []


def test_cli_report_goes_through_the_helper(tmp_path: Path, monkeypatch) -> None:
    from soplint import cli

    sop = tmp_path / "sop.yaml"
    sop.write_bytes(ORIGINAL)
    out = tmp_path / "laporan.json"
    out.write_text("laporan lama\n")
    calls = []
    real = atomic.atomic_write_bytes

    def spy(target, data):
        calls.append(Path(target))
        real(target, data)

    monkeypatch.setattr(atomic, "atomic_write_bytes", spy)
    cli.main(["check", "--isolated", "--format", "json", "-o", str(out), str(sop)])
    assert calls == [out]
    assert out.read_text().lstrip().startswith("{")


# --------------------------------------------------------------------------- no other writer

_WRITE_MODES = set("wax+")
_WRITING_METHODS = {"write_text", "write_bytes", "mkstemp", "NamedTemporaryFile"}
_SHUTIL_WRITERS = {"copyfile", "copy", "copy2", "copytree", "move"}
_WRITE_FLAGS = {"O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND", "O_TRUNC"}


def _writes(node: ast.Call) -> str | None:
    func = node.func
    name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if name in ("open", "fdopen"):
        mode_node = node.args[1] if len(node.args) > 1 else next((k.value for k in node.keywords if k.arg == "mode"), None)
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "os" and name == "open":
            flags = {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)} & _WRITE_FLAGS
            return f"os.open with {sorted(flags)}" if flags else None
        if isinstance(mode_node, ast.Constant) and isinstance(mode_node.value, str) and _WRITE_MODES & set(mode_node.value):
            first = node.args[0] if node.args else None
            if isinstance(first, ast.Attribute) and first.attr == "devnull":
                return None  # silencing a closed stdout writes no file
            return f"{name}(..., {mode_node.value!r})"
        if mode_node is not None and not isinstance(mode_node, ast.Constant):
            return f"{name}() with a computed mode"
    if name in _WRITING_METHODS:
        return f"{name}()"
    if name in _SHUTIL_WRITERS and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "shutil":
        return f"shutil.{name}()"
    if name in ("replace", "rename") and isinstance(func, ast.Attribute) and getattr(func.value, "id", "") == "os":
        return f"os.{name}()"
    return None


def test_no_module_writes_files_but_the_atomic_helper() -> None:
    offenders = []
    for folder in (ROOT / "soplint", ROOT / "rules"):
        for path in sorted(folder.rglob("*.py")):
            if path == ROOT / "soplint" / "atomic.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Call) and (what := _writes(node)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {what}")
    assert offenders == [], "write files through soplint.atomic only:\n" + "\n".join(offenders)
