"""The command line's choices for ``soplint audit``, as small pure functions,
so that ``cli.cmd_audit`` stays a few lines."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any, Mapping

from . import FORMATS

#: The preset of an audit when the configuration does not say ``extends``.
AUDIT_PRESET = "audit"
_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json"}

MESSAGES = {
    "id": {
        "delimiter": "--csv-delimiter harus satu karakter (misalnya ';' atau ','), atau 'tab'; bukan {value!r}.",
        "written": "Laporan audit (tanggal audit {date}, {sops} SOP) ditulis ke {file}.",
    },
    "en": {
        "delimiter": "--csv-delimiter must be one character (such as ';' or ','), or 'tab'; not {value!r}.",
        "written": "Audit report (audit date {date}, {sops} SOPs) written to {file}.",
    },
}


def message(key: str, lang: str | None, **args: Any) -> str:
    return MESSAGES.get(lang or "id", MESSAGES["id"])[key].format(**args)


def with_audit_preset(data: Mapping[str, Any]) -> dict[str, Any]:
    """The configuration with the audit preset unless it names its own."""
    chosen = dict(data)
    chosen.setdefault("extends", AUDIT_PRESET)
    return chosen


def report_format(fmt: str | None, output: str | None) -> str:
    """The format asked for, else the one the output file's suffix names
    (laporan.html, temuan.csv), else text."""
    if fmt:
        return fmt
    if output:
        guessed = _SUFFIX_FORMATS.get(Path(output).suffix.lower())
        if guessed in FORMATS:
            return guessed
    return "text"


def csv_delimiter(value: str) -> str | None:
    """One character, or "tab"; None when unusable (a quote or a line break
    would break the file)."""
    if value.lower() in ("tab", "\\t"):
        return "\t"
    if len(value) != 1 or value in "\"\r\n" or value.isalnum():
        return None
    return value


def audit_day(given: Any, today: date) -> date:
    """The report's date: the one given (already checked by the configuration),
    else today."""
    from soplint.dates import parse_date

    if given is None:
        return today
    parsed = parse_date(str(given))
    return parsed if isinstance(parsed, date) else today


def shown_config(source: Path | None) -> str | None:
    """The configuration file as the report names it: relative to where the run
    started, so that the report does not depend on where the repository lies."""
    if source is None:
        return None
    try:
        return Path(os.path.relpath(source)).as_posix()
    except ValueError:  # another drive on Windows
        return source.name
