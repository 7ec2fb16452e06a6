"""The one way soplint writes a file: a temporary file in the same folder,
flushed to disk, then renamed over the target. A crash or an interruption at
any point leaves either the old file or the new one, never half of either.

Every file soplint writes (reports, fixes, baselines, a cache) goes through
``atomic_write_bytes`` or ``atomic_write_text``; ``tests/test_atomic.py`` fails
if another module opens a file for writing.

- The temporary file lies in the target's folder, so the rename never crosses
  a file system (a rename across file systems is a copy, and not atomic).
- A target that is a symbolic link is written through: the link stays and the
  file it points to is replaced (``-o report.json`` where report.json links
  into a shared folder keeps pointing there).
- The target keeps its permission bits; a new file gets the usual ones
  (0666 less the umask), not the 0600 of a temporary file.
- On failure or interruption the temporary file is removed and the target is
  untouched; the error is raised as ``OSError`` for the caller to report.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterable


def atomic_write_bytes(target: Path, data: "bytes | Iterable[bytes]") -> None:
    """Write ``data`` (or its chunks, one after another: a long report is never
    held whole) to ``target`` atomically."""
    target = _real_target(Path(target))
    folder = target.parent
    mode = _mode_for(target)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:  # name the file the user asked for, not our temporary one
        raise type(exc)(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            for chunk in (data,) if isinstance(data, (bytes, bytearray, memoryview)) else data:
                stream.write(chunk)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
    _sync_folder(folder)


def atomic_write_text(target: Path, text: "str | Iterable[str]", encoding: str = "utf-8") -> None:
    chunks = (text,) if isinstance(text, str) else text
    atomic_write_bytes(target, (chunk.encode(encoding) for chunk in chunks))


def _real_target(target: Path) -> Path:
    if target.is_symlink():
        # resolve only the link chain; a missing final file is created there
        target = Path(os.path.realpath(target))
    return target


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); a no-op where folders cannot be opened."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
