"""The audit on a terminal: the header, the summary, each unit, the flagged
SOPs. The whole report (every finding, the rules, the exceptions) is in the
HTML, JSON and CSV formats."""

from __future__ import annotations

import re

from soplint.findings import Severity

from .model import FLAG_RULES, FLAGS, Audit
from .words import long_date, percent, unit_name, w


#: Control characters from an SOP file must not reach the terminal (an escape
#: sequence could rewrite what the auditor sees).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _plain(text: str) -> str:
    return _CONTROL.sub("\ufffd", text)


def _line(label: str, value: str) -> str:
    return f"  {label}: {value}"


def render(audit: Audit) -> str:
    lang = audit.lang
    total = audit.checked
    rule_set = audit.rule_set
    config = (w("rule_set.config", lang, file=rule_set.config_file) if rule_set.config_file
              else w("rule_set.no_config", lang))
    out = [
        w("title", lang),
        "=" * len(w("title", lang)),
        _line(w("audit_date", lang), f"{long_date(audit.tanggal_audit, lang)} ({audit.tanggal_audit.isoformat()})"),
        _line(w("instansi", lang), "; ".join(audit.instansi) or w("not_stated", lang)),
        _line(w("rule_set", lang), w("rule_set.value", lang, preset=rule_set.preset, active=rule_set.active, config=config)),
        _line(w("version", lang), audit.version),
        "",
        w("s.summary", lang),
        _line(w("summary.checked", lang), str(total)),
    ]

    def share(count: int) -> str:
        return f"{count} ({percent(count / total, lang)})" if total else str(count)

    out.append(_line(w("summary.invalid", lang), share(audit.flagged("invalid"))))
    for flag in ("review_overdue", "monitoring_overdue", "revoked"):
        value = share(audit.flagged(flag)) if flag in audit.flags_checked else w("not_checked", lang, rule=FLAG_RULES[flag])
        out.append(_line(w(f"summary.{flag}", lang), value))
    out.append("  " + w("summary.findings", lang, errors=audit.total(Severity.ERROR),
                        warnings=audit.total(Severity.WARNING), infos=audit.total(Severity.INFO)))
    if audit.skipped:
        out.append("  " + w("summary.skipped", lang, count=audit.skipped))

    out += ["", w("text.units", lang)]
    for unit in audit.units:
        name = unit_name(unit.unit_kerja, lang)
        if unit.instansi:
            name += f" ({unit.instansi})"
        figures = w("text.unit_line", lang, sops=unit.sops, compliant=unit.compliant, share=percent(unit.compliance, lang))
        flags = [f"{w('flag.' + flag, lang)} {unit.flag(flag)}" for flag in ("review_overdue", "monitoring_overdue", "revoked")
                 if flag in audit.flags_checked]
        out.append(f"  {name}: {figures}; " + ", ".join(flags))

    flagged = [s for s in audit.sops if any(s.flag(f) for f in FLAGS if f in audit.flags_checked)]
    if flagged:
        out += ["", w("text.flagged", lang)]
        for sop in flagged:
            words = [w(f"flag.{f}", lang) for f in FLAGS if f in audit.flags_checked and sop.flag(f)]
            title = sop.facts.nama or w("not_stated", lang)
            out.append(f"  {sop.facts.file}: {title}: {', '.join(words)}")
    return "\n".join(_plain(line) for line in out) + "\n"
