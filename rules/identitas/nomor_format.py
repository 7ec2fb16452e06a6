"""The Nomor SOP does not follow the numbering pattern of the agency.

Ringkasan
---------
Nomor SOP tidak mengikuti pola penomoran instansi.

Memeriksa ``identitas.nomor`` terhadap pola (regular expression) yang
ditetapkan instansi pada opsi ``pattern``; karena tidak ada pola nasional,
aturan ini tidak aktif sampai pola itu diatur, dan opsi ``example`` dikutip
dalam pesan sebagai contoh nomor yang benar. Dasar: REG (own tata naskah
dinas), yaitu tata naskah dinas instansi sendiri: Nomor SOP adalah "nomor
prosedur yang di-SOP-kan sesuai dengan tata naskah dinas yang berlaku" (REG
[S1]); contoh nomor yang beredar adalah praktik, bukan ketentuan. Tulis nomor
menurut tata naskah dinas instansi, misalnya ``100.3.4/001/SETWAN/2024`` bila
itu pola Sekretariat DPRD Anda.

What it checks
--------------
``identitas.nomor`` against the regular expression set in the option
``pattern`` (the whole nomor must match; letters are compared as written).
There is no national pattern, so the rule yields nothing until a pattern is
configured. ``example``, when set, is quoted in the message as the nomor to
write instead.

For a Sekretariat DPRD whose nomors read ``100.3.4/001/SETWAN/2024``, a
pattern could be ``\\d{3}(\\.\\d+)*/\\d{3}/SETWAN/\\d{4}`` with that nomor as the
example.

Why
---
Basis: REG (own tata naskah dinas). The regulation leaves the numbering to
each agency: the Nomor SOP is the "nomor prosedur yang di-SOP-kan sesuai
dengan tata naskah dinas yang berlaku" (REG [S1]). The pattern is the
agency's, written into its configuration; published examples such as
"SOP-036/17000/2025" [S19] are practice, not a rule.

Fails
-----
::

    # options: {"pattern": "\\\\d{3}(\\\\.\\\\d+)*/\\\\d{3}/SETWAN/\\\\d{4}"}
    identitas:
      nomor: SOP/01/2024

Passes
------
::

    # options: {"pattern": "\\\\d{3}(\\\\.\\\\d+)*/\\\\d{3}/SETWAN/\\\\d{4}"}
    identitas:
      nomor: 100.3.4/001/SETWAN/2024

Options
-------
``pattern`` (text, no default): a Python regular expression the whole nomor
must match. ``example`` (text, optional): a correct nomor, shown in the
message. Until ``pattern`` is set the rule is off.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._fields import is_blank

MESSAGES = {
    "id": {
        "mismatch": (
            "Nomor SOP \"{nomor}\" tidak sesuai dengan pola penomoran tata naskah dinas instansi ({pattern}). "
            "Tulis nomor menurut tata naskah dinas yang berlaku{example_id}."
        ),
        "bad_pattern": (
            "Pola nomor-format \"{pattern}\" bukan regular expression yang sah ({error}). Perbaiki opsi "
            "pattern pada konfigurasi soplint."
        ),
    },
    "en": {
        "mismatch": (
            "Nomor SOP \"{nomor}\" does not follow the agency's tata naskah dinas numbering ({pattern}). "
            "Write the nomor by the tata naskah dinas in force{example_en}."
        ),
        "bad_pattern": (
            "The nomor-format pattern \"{pattern}\" is not a valid regular expression ({error}). Fix the "
            "pattern option in the soplint configuration."
        ),
    },
}


@lru_cache(maxsize=32)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    pattern = options.get("pattern")
    nomor = doc.identitas.nomor
    if not pattern or nomor is None or is_blank(nomor):
        return  # off until configured; a missing nomor is identitas-missing-field's
    path = ("identitas", "nomor")
    try:
        compiled = _compile(pattern)
    except re.error as error:
        yield Violation(path, "bad_pattern", {"pattern": pattern, "error": str(error)})
        return
    if compiled.fullmatch(nomor.strip()):
        return
    example = options.get("example")
    yield Violation(path, "mismatch", {
        "nomor": nomor.strip(),
        "pattern": pattern,
        "example_id": f", misalnya {example}" if example else "",
        "example_en": f", e.g. {example}" if example else "",
    })


RULE = Rule(
    name="nomor-format",
    code="I105",
    severity=Severity.WARNING,
    basis="REG (own tata naskah dinas)",
    messages=MESSAGES,
    check=check,
    options={"pattern": None, "example": None},
    options_schema={
        "type": "object",
        "properties": {
            "pattern": {
                "type": ["string", "null"],
                "format": "regex",
                "description": "Regular expression the whole nomor must match; the rule is off while unset.",
            },
            "example": {"type": ["string", "null"], "description": "A correct nomor, quoted in the message."},
        },
        "additionalProperties": False,
    },
    needs_config=True,
)
