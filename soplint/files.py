"""Reading files that may be hostile: pipes, devices, loops, vanishing files.

soplint reads SOPs from repositories it does not control. A file named
``sop.yaml`` may be a named pipe (reading blocks for ever), a link to
``/dev/zero`` (reading never ends), a link to itself, or gone by the time it
is read. Each of these ends in one message key of the ``encoding`` rule, never
in a hang or a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

#: Opening never blocks (a FIFO without writer) and never takes a terminal.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


class Unreadable(Exception):
    """A file that cannot be checked; ``key`` is an ``encoding`` message key."""

    def __init__(self, key: str, rule: str = "encoding", **args: str) -> None:
        super().__init__(key)
        self.key = key
        self.rule = rule
        self.args_ = args


def read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file, or ``Unreadable``.

    The file's kind is checked before opening (a tape device rewinds on open)
    and again on the open descriptor (it may have been swapped in between).
    """
    try:
        info = os.stat(path)
        _check_kind(info.st_mode)
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    try:
        _check_kind(os.fstat(descriptor).st_mode)
        with os.fdopen(descriptor, "rb") as handle:
            descriptor = -1  # the file object owns it now
            return handle.read(limit + 1)
    except OSError as exc:
        raise _unreadable(path, exc) from None
    finally:
        if descriptor >= 0:
            os.close(descriptor)


def _check_kind(mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise Unreadable("is-directory")
    if not stat.S_ISREG(mode):
        raise Unreadable("not-regular")


def _unreadable(path: Path, exc: OSError) -> Unreadable:
    if isinstance(exc, PermissionError):
        return Unreadable("permission-denied")
    if isinstance(exc, IsADirectoryError):
        return Unreadable("is-directory")
    if exc.errno == errno.ELOOP or (isinstance(exc, FileNotFoundError) and os.path.islink(path)):
        return Unreadable("broken-link")
    if isinstance(exc, FileNotFoundError):
        return Unreadable("vanished")
    return Unreadable("unreadable", reason=exc.strerror or type(exc).__name__)


def walked_kind(entry: os.DirEntry) -> str:
    """What a folder walk does with an entry: "folder", "file", "broken-link" or "skip".

    Pipes, sockets and devices are passed over: nothing named like an SOP in
    a repository is one, and reading one could hang. A link to nowhere is
    reported, since it usually is an SOP that was moved.
    """
    try:
        if entry.is_dir():
            return "folder"
        if entry.is_file():
            return "file"
        if entry.is_symlink() and not os.path.exists(entry.path):
            return "broken-link"
    except OSError:
        return "broken-link" if is_link(entry) else "skip"
    return "skip"


def is_link(entry: os.DirEntry) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def inside(path: Path, top: Path) -> bool:
    """True when ``path`` (resolved) lies in ``top`` (resolved)."""
    try:
        path.resolve().relative_to(top.resolve())
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop before Python 3.13
        return False
    return True
