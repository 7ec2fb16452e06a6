"""The audit's numbers as CSV, for a pivot table in Excel.

UTF-8 with a byte order mark, so that Excel reads "Pengelolaan Surat Masuk"
and "Ketentuan Umum" alike without asking for an encoding. The delimiter is
";" by default: Excel in an Indonesian locale, where the decimal separator is
a comma, splits CSV files on semicolons.

Two shapes: ``render_findings`` one row per finding, ``render_sops`` one row
per SOP with its dates, flags (1/0, to sum) and counts. Column names are
fixed, in the report's field names, whatever the language; values such as
severity are the machine labels (error, warning, info), the message is in the
report's language.

A cell that begins with = + - or @ is a formula to a spreadsheet: such a
cell gets a leading apostrophe, so that text from an SOP file is never run.
"""

from __future__ import annotations

import csv
import io
from typing import Iterable, Sequence

from .model import FLAGS, Audit

BOM = "\ufeff"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

FINDING_COLUMNS = ("unit_kerja", "instansi", "file", "nomor", "nama", "rule", "code", "severity", "basis", "line",
                   "step", "message")
SOP_COLUMNS = (
    "unit_kerja", "instansi", "file", "nomor", "nama", "tanggal_efektif", "tanggal_revisi", "monitoring_terakhir",
    "evaluasi_terakhir", *FLAGS, "errors", "warnings", "infos", "findings",
)


def safe_cell(value: object) -> str:
    """Text a spreadsheet shows and never evaluates. A lone "-" (tanggal_revisi
    never planned) is no formula and stays as written."""
    text = "" if value is None else str(value)
    if text != "-" and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def _write(columns: Sequence[str], rows: Iterable[Sequence[object]], delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return BOM + buffer.getvalue()


def render_findings(audit: Audit, delimiter: str = ";") -> str:
    basis = {r.name: r.basis for r in audit.rules}

    def rows():
        for sop in audit.sops:
            facts = sop.facts
            for f in sop.findings:
                yield (facts.unit_kerja, facts.instansi, facts.file, facts.nomor, facts.nama, f.rule, f.code,
                       f.severity.label, basis.get(f.rule, ""), f.line or "", "" if f.step is None else f.step,
                       f.message)

    return _write(FINDING_COLUMNS, rows(), delimiter)


def render_sops(audit: Audit, delimiter: str = ";") -> str:
    def flag(sop, name: str) -> str:
        # an empty cell, not 0, when the flag's rule did not run
        return ("1" if sop.flag(name) else "0") if name in audit.flags_checked else ""

    def rows():
        for sop in audit.sops:
            facts = sop.facts
            yield (facts.unit_kerja, facts.instansi, facts.file, facts.nomor, facts.nama, facts.tanggal_efektif,
                   facts.tanggal_revisi, facts.monitoring_terakhir, facts.evaluasi_terakhir,
                   *(flag(sop, name) for name in FLAGS), sop.errors, sop.warnings, sop.infos, len(sop.findings))

    return _write(SOP_COLUMNS, rows(), delimiter)
