"""The audit as one self-contained HTML file, for the auditor's working papers.

Inline CSS only: no script, no external font or image, so the file opens
offline and reads the same in ten years. Printable on A4: each section after
the summary starts a new page, table headers repeat on every page, and
nothing is told by colour alone (flags are words, severities are words).

Every text that comes from an SOP file (names, numbers, messages that quote
them, file names) goes through ``_e`` (``html.escape``): an SOP must never
put markup into the auditor's report.
"""

from __future__ import annotations

from html import escape
from itertools import groupby
from typing import Iterable, Sequence

from soplint.findings import Severity

from .model import FLAG_RULES, FLAGS, Audit, SopSummary, UnitSummary
from .words import BASIS_TAGS, long_date, percent, unit_name, w

_CSS = """
:root { color: #111; background: #fff; }
body { font: 10pt/1.4 "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 2em auto; max-width: 68em;
       padding: 0 1.5em; }
h1 { font-size: 18pt; margin: 0 0 .2em; }
h2 { font-size: 13pt; margin: 1.6em 0 .6em; border-bottom: 2px solid #111; padding-bottom: .15em; }
h3 { font-size: 11pt; margin: 1.2em 0 .4em; }
.subtitle { margin: 0 0 1em; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1.2em; margin: 0 0 1em; }
dl.meta dt { font-weight: bold; }
dl.meta dd { margin: 0; }
ul.plain { margin: 0; padding-left: 1.1em; }
table { border-collapse: collapse; width: 100%; margin: .4em 0 1em; }
th, td { border: 1px solid #777; padding: .25em .4em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.date { white-space: nowrap; }
.file { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; overflow-wrap: anywhere; }
td.name { min-width: 12em; }
td.rule, td.sev { white-space: nowrap; }
th.rule { width: 12em; }
th.sev { width: 6em; }
.note { font-size: 9pt; }
.flag { font-weight: bold; white-space: nowrap; }
.sev-error { font-weight: bold; }
nav ol { margin: .2em 0 1em; }
a { color: inherit; }
@page { size: A4; margin: 15mm 12mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
  nav { display: none; }
  section.page { break-before: page; }
  h2, h3 { break-after: avoid; }
  thead { display: table-header-group; }
  tr, dl.meta, h3 + table thead { break-inside: avoid; }
  th { background: none; border-bottom: 2px solid #111; }
  a { text-decoration: none; }
}
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _table(headers: Sequence[tuple[str, str]], rows: Iterable[Sequence[tuple[str, str]]]) -> str:
    """headers and cells as (css class, already escaped html)."""
    head = "".join(f'<th class="{c}">{h}</th>' if c else f"<th>{h}</th>" for c, h in headers)
    body = "\n".join(
        "<tr>" + "".join(f'<td class="{c}">{v}</td>' if c else f"<td>{v}</td>" for c, v in row) + "</tr>"
        for row in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _severity(severity: Severity, lang: str) -> str:
    return f'<span class="sev-{severity.label}">{_e(w("severity." + severity.label, lang))}</span>'


def _date(text: str, lang: str, missing: str = "none.date") -> str:
    """A date of the SOP; ``missing`` says what its absence means (no record
    yet, or a field not filled in)."""
    return _e(text) if text else _e(w(missing, lang))


def _flags(summary: SopSummary, audit: Audit) -> str:
    lang = audit.lang
    words = [w(f"flag.{name}", lang) for name in FLAGS if name in audit.flags_checked and summary.flag(name)]
    if not words:
        return _e(w("flags.none", lang))
    # one flag a line, never broken inside: "Tanggal revisi lewat" stays one item
    return "<br>".join(f'<span class="flag">{_e(word)}</span>' for word in words)


def _header(audit: Audit) -> str:
    lang = audit.lang
    rule_set = audit.rule_set
    config = (w("rule_set.config", lang, file=rule_set.config_file) if rule_set.config_file
              else w("rule_set.no_config", lang))
    units = sorted({unit_name(u.unit_kerja, lang) for u in audit.units})
    instansi = audit.instansi or (w("not_stated", lang),)

    def listing(items: Sequence[str]) -> str:
        if len(items) == 1:
            return _e(items[0])
        return '<ul class="plain">' + "".join(f"<li>{_e(i)}</li>" for i in items) + "</ul>"

    meta = [
        (w("instansi", lang), listing(instansi)),
        (w("units", lang), listing(units) if units else _e(w("not_stated", lang))),
        (w("audit_date", lang), f"{_e(long_date(audit.tanggal_audit, lang))} ({audit.tanggal_audit.isoformat()})"),
        (w("rule_set", lang), _e(w("rule_set.value", lang, preset=rule_set.preset, active=rule_set.active, config=config))),
        (w("version", lang), _e(audit.version)),
    ]
    items = "\n".join(f"<dt>{_e(k)}</dt><dd>{v}</dd>" for k, v in meta)
    sections = ("summary", "units", "sops", "rules", "findings", "suppressions")
    toc = "".join(f'<li><a href="#{s}">{_e(w("s." + s, lang))}</a></li>' for s in sections)
    return (
        f"<header>\n<h1>{_e(w('title', lang))}</h1>\n<p class=\"subtitle\">{_e(w('subtitle', lang))}</p>\n"
        f'<dl class="meta">\n{items}\n</dl>\n</header>\n'
        f"<nav><strong>{_e(w('toc', lang))}</strong><ol>{toc}</ol></nav>"
    )


def _share(count: int, total: int, lang: str) -> str:
    return percent(count / total, lang) if total else "–"


def _summary(audit: Audit) -> str:
    lang = audit.lang
    total = audit.checked
    rows = [(w("summary.checked", lang), str(total), "")]
    rows.append((w("summary.invalid", lang), str(audit.flagged("invalid")), _share(audit.flagged("invalid"), total, lang)))
    compliant = total - audit.flagged("invalid")
    rows.append((w("summary.compliant", lang), str(compliant), _share(compliant, total, lang)))
    for flag in ("review_overdue", "monitoring_overdue", "revoked"):
        label = w(f"summary.{flag}", lang)
        if flag in audit.flags_checked:
            rows.append((label, str(audit.flagged(flag)), _share(audit.flagged(flag), total, lang)))
        else:
            rows.append((label, w("not_checked", lang, rule=FLAG_RULES[flag]), ""))
    table = _table(
        [("", _e(w("summary.what", lang))), ("num", _e(w("summary.count", lang))), ("num", _e(w("summary.share", lang)))],
        ([("", _e(a)), ("num", _e(b)), ("num", _e(c))] for a, b, c in rows),
    )
    findings = w("summary.findings", lang, errors=audit.total(Severity.ERROR), warnings=audit.total(Severity.WARNING),
                 infos=audit.total(Severity.INFO))
    extra = f"<p>{_e(findings)}</p>"
    if audit.skipped:
        extra += f'<p class="note">{_e(w("summary.skipped", lang, count=audit.skipped))}</p>'
    return f'<section id="summary">\n<h2>1. {_e(w("s.summary", lang))}</h2>\n{table}\n{extra}\n</section>'


def _unit_cells(unit: UnitSummary, audit: Audit) -> list[tuple[str, str]]:
    lang = audit.lang
    cells = [
        ("name", f"{_e(unit_name(unit.unit_kerja, lang))}<br><span class=\"note\">{_e(unit.instansi or w('not_stated', lang))}</span>"),
        ("num", str(unit.sops)),
        ("num", f"{unit.compliant} ({_e(percent(unit.compliance, lang))})"),
    ]
    for flag in ("review_overdue", "monitoring_overdue", "revoked"):
        cells.append(("num", str(unit.flag(flag)) if flag in audit.flags_checked else "–"))
    cells.append(("num", f"{unit.errors}/{unit.warnings}/{unit.infos}"))
    return cells


def _units(audit: Audit) -> str:
    lang = audit.lang
    headers = [("", _e(w("col.unit", lang))), ("num", _e(w("col.sops", lang))), ("num", _e(w("col.compliance", lang)))]
    headers += [("num", _e(w(f"flag.{flag}", lang))) for flag in ("review_overdue", "monitoring_overdue", "revoked")]
    headers.append(("num", _e(w("col.counts", lang))))
    table = _table(headers, (_unit_cells(u, audit) for u in audit.units))
    note = f'<p class="note">{_e(w("units.note", lang))} {_e(w("counts.legend", lang))}</p>'
    return f'<section id="units" class="page">\n<h2>2. {_e(w("s.units", lang))}</h2>\n{table}\n{note}\n</section>'


def _sop_cell(summary: SopSummary, number: int, lang: str) -> str:
    facts = summary.facts
    nama = _e(facts.nama or w("not_stated", lang))
    if summary.findings:
        nama = f'<a href="#sop-{number}">{nama}</a>'
    nomor = _e(facts.nomor or w("not_stated", lang))
    return f'<span class="file">{_e(facts.file)}</span><br>{nomor}<br><strong>{nama}</strong>'


def _sops(audit: Audit) -> str:
    lang = audit.lang
    headers = [
        ("num", _e(w("col.no", lang))), ("", _e(w("col.sop", lang))), ("", _e(w("col.efektif", lang))),
        ("", _e(w("col.revisi", lang))), ("", _e(w("col.monitoring", lang))), ("", _e(w("col.evaluasi", lang))),
        ("num", _e(w("col.counts", lang))), ("", _e(w("flags", lang))),
    ]
    parts = []
    # the SOPs are sorted by unit: one table per unit, in the order of the units table
    by_unit = groupby(enumerate(audit.sops, start=1), key=lambda pair: pair[1].facts.unit)
    for (instansi, unit_kerja), group in by_unit:
        members = list(group)
        rows = [
            [
                ("num", str(n)), ("name", _sop_cell(s, n, lang)),
                ("date", _date(s.facts.tanggal_efektif, lang, "not_stated")),
                ("date", _date(s.facts.tanggal_revisi, lang, "not_stated")), ("date", _date(s.facts.monitoring_terakhir, lang)),
                ("date", _date(s.facts.evaluasi_terakhir, lang)), ("num", f"{s.errors}/{s.warnings}/{s.infos}"),
                ("", _flags(s, audit)),
            ]
            for n, s in members
        ]
        title = f"{_e(unit_name(unit_kerja, lang))} <span class=\"note\">({_e(instansi or w('not_stated', lang))})</span>"
        parts.append(f"<h3>{title}</h3>\n{_table(headers, rows)}")
    note = f'<p class="note">{_e(w("sops.note", lang))} {_e(w("counts.legend", lang))}</p>'
    body = "\n".join(parts)
    return f'<section id="sops" class="page">\n<h2>3. {_e(w("s.sops", lang))}</h2>\n{note}\n{body}\n</section>'


def _legend(lang: str) -> str:
    items = [f"<dt>{tag}</dt><dd>{_e(w('legend.' + tag, lang))}</dd>" for tag in BASIS_TAGS]
    items.append(f"<dt>—</dt><dd>{_e(w('legend.none', lang))}</dd>")
    return (f"<h3>{_e(w('legend', lang))}</h3>\n<dl class=\"meta legend\">\n" + "\n".join(items) + "\n</dl>\n"
            f"<p class=\"note\">{_e(w('legend.note', lang))}</p>")


def _rules(audit: Audit) -> str:
    lang = audit.lang
    headers = [
        ("", _e(w("col.code", lang))), ("", _e(w("col.rule", lang))), ("", _e(w("col.basis", lang))),
        ("", _e(w("col.severity", lang))), ("num", _e(w("col.count", lang))), ("num", _e(w("col.sops_with", lang))),
    ]
    rows = [
        [("", _e(r.code)), ("", _e(r.name)), ("", _e(r.basis or "—")), ("sev", _severity(r.severity, lang)),
         ("num", str(r.count)), ("num", str(r.sops))]
        for r in audit.rules
    ]
    # the legend first: it tells how to read the basis column
    return (f'<section id="rules" class="page">\n<h2>4. {_e(w("s.rules", lang))}</h2>\n{_legend(lang)}\n'
            f"{_table(headers, rows)}\n</section>")


def _findings(audit: Audit) -> str:
    lang = audit.lang
    headers = [
        ("rule", _e(w("col.rule", lang))), ("sev", _e(w("col.severity", lang))), ("num", _e(w("col.line", lang))),
        ("num", _e(w("col.step", lang))), ("", _e(w("col.message", lang))),
    ]
    parts = []
    clean = 0
    for number, summary in enumerate(audit.sops, start=1):
        if not summary.findings:
            clean += 1
            continue
        facts = summary.facts
        nomor = f" ({_e(facts.nomor)})" if facts.nomor else ""
        title = (f'<h3 id="sop-{number}">{number}. {_e(facts.nama or w("not_stated", lang))}{nomor} '
                 f'<span class="file">{_e(facts.file)}</span></h3>')
        rows = [
            [("rule", f"{_e(f.code)}<br>{_e(f.rule)}"), ("sev", _severity(f.severity, lang)),
             ("num", str(f.line) if f.line else ""), ("num", str(f.step) if f.step is not None else ""),
             ("", _e(f.message))]
            for f in summary.findings
        ]
        parts.append(f"{title}\n{_table(headers, rows)}")
    if not parts:
        parts.append(f"<p>{_e(w('findings.none', lang))}</p>")
    if clean and clean != audit.checked:
        parts.append(f'<p class="note">{_e(w("findings.clean", lang, count=clean))}</p>')
    body = "\n".join(parts)
    return f'<section id="findings" class="page">\n<h2>5. {_e(w("s.findings", lang))}</h2>\n{body}\n</section>'


def _suppressions(audit: Audit) -> str:
    lang = audit.lang
    if not audit.suppressions:
        body = f"<p>{_e(w('suppressions.none', lang))}</p>"
    else:
        headers = [
            ("", _e(w("col.file", lang))), ("num", _e(w("col.line", lang))), ("", _e(w("col.rules", lang))),
            ("", _e(w("col.covers", lang))), ("", _e(w("col.reason", lang))),
        ]
        rows = [
            [("file", _e(s.file)), ("num", str(s.line)), ("rule", "<br>".join(_e(r) for r in s.rules)),
             ("", _e(w("covers.file", lang) if s.covers_line == 0 else w("covers.line", lang, line=s.covers_line))),
             ("", _e(s.reason) if s.reason else f'<span class="flag">{_e(w("no_reason", lang))}</span>')]
            for s in audit.suppressions
        ]
        body = f'<p class="note">{_e(w("suppressions.note", lang))}</p>\n{_table(headers, rows)}'
    return f'<section id="suppressions" class="page">\n<h2>6. {_e(w("s.suppressions", lang))}</h2>\n{body}\n</section>'


def render(audit: Audit) -> str:
    lang = audit.lang
    title = f"{w('title', lang)}: {long_date(audit.tanggal_audit, lang)}"
    footer = w("footer", lang, version=audit.version, date=audit.tanggal_audit.isoformat())
    body = "\n".join((_header(audit), _summary(audit), _units(audit), _sops(audit), _rules(audit), _findings(audit),
                      _suppressions(audit)))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="soplint">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n{body}\n"
        f'<footer class="note"><p>{_e(footer)}</p></footer>\n</body>\n</html>\n'
    )
