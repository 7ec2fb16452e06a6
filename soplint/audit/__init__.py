"""``soplint audit``: the Inspektorat's report over a whole SOP inventory.

    model.py    the aggregation (pure): per SOP, per unit, per rule, the exceptions
    collect.py  one run: lint the inventory, keep each SOP's summary, aggregate
    words.py    the report's own words, in Bahasa Indonesia and English
    html.py, csv.py, json.py, text.py   renderers: pure functions from an Audit to text

The same files and audit date give the same bytes in every format: all is
sorted in the model and no renderer reads the clock.
"""

from __future__ import annotations

from .model import Audit

FORMATS = ("html", "csv", "csv-sop", "json", "text")


def render(fmt: str, audit: Audit, *, csv_delimiter: str = ";") -> str:
    """Render with the renderer named ``fmt``; each is imported only when used."""
    if fmt == "html":
        from .html import render as html

        return html(audit)
    if fmt == "csv":
        from .csv import render_findings

        return render_findings(audit, csv_delimiter)
    if fmt == "csv-sop":
        from .csv import render_sops

        return render_sops(audit, csv_delimiter)
    if fmt == "json":
        from .json import render as json

        return json(audit)
    if fmt == "text":
        from .text import render as text

        return text(audit)
    raise ValueError(f"unknown audit format {fmt!r}")
