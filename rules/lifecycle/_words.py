"""Numbers the regulation's way: "6 (enam) bulan"."""

from __future__ import annotations

_ID_WORDS = (
    "nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas", "dua belas",
)


def bilangan(number: int) -> str:
    """``6`` -> ``6 (enam)``, as PermenPAN-RB 35/2012 writes intervals; larger
    numbers stay digits."""
    if 0 <= number < len(_ID_WORDS):
        return f"{number} ({_ID_WORDS[number]})"
    return str(number)
