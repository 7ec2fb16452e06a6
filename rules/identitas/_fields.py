"""Small readings of identitas text shared by several rules."""

from __future__ import annotations

from soplint.model import DASH


def is_blank(text: str | None) -> bool:
    """Written but saying nothing: empty, spaces, or the printed "-"."""
    return text is not None and text.strip() in ("", DASH)
