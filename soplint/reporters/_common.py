"""Small pieces the machine reporters share."""

from __future__ import annotations

import hashlib
import os

from soplint.findings import Finding


def relative_uri(file: str) -> str:
    """A path relative to the working folder, with forward slashes (CI tools
    resolve annotations against the repository root the run starts in)."""
    try:
        relative = os.path.relpath(file)
    except ValueError:  # another drive on Windows
        relative = file
    if relative.startswith(".."):
        relative = file
    return relative.replace(os.sep, "/")


def fingerprint(finding: Finding) -> str:
    """Stable across edits that move lines: file, rule and document path.

    Findings of the load stage have no document path: their source line's
    text stands in (it moves with the line), else the message.
    """
    anchor = finding.path or finding.snippet.strip() or finding.message
    key = "\x1f".join((relative_uri(finding.file), finding.rule, anchor))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()
