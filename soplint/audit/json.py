"""The audit as versioned JSON: every figure of the HTML report, for other tools.

    {"version": 1, "tool": {"name": "soplint", "version": "..."},
     "tanggal_audit": "2026-12-01", "lang": "id",
     "rule_set": {preset, config_file, active},
     "summary": {sops, invalid, compliant, review_overdue, monitoring_overdue, revoked,
                 findings: {error, warning, info}, skipped, flags_checked: [...]},
     "units": [{instansi, unit_kerja, sops, compliant, compliance, <flags>, findings: {...}}],
     "rules": [{code, name, basis, severity, count, sops}],
     "sops": [{file, instansi, unit_kerja, nomor, nama, tanggal_efektif, tanggal_revisi,
               monitoring_terakhir, evaluasi_terakhir, flags: {...}, findings_by_severity: {...},
               findings: [{rule, code, severity, line, column, step, path, message}]}],
     "suppressions": [{file, line, kind, rules, reason, covers_line}]}

A flag whose rule did not run is null, not false. ``compliance`` is the share
of the unit's SOPs without an error, rounded to four decimals.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from soplint.findings import Severity

from .model import FLAGS, Audit

REPORT_VERSION = 1


def _by_severity(item) -> dict[str, int]:
    return {s.label: item.count(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)}


def as_data(audit: Audit) -> dict:
    def flags_of(sop) -> dict:
        return {name: (sop.flag(name) if name in audit.flags_checked else None) for name in FLAGS}

    return {
        "version": REPORT_VERSION,
        "tool": {"name": "soplint", "version": audit.version},
        "tanggal_audit": audit.tanggal_audit.isoformat(),
        "lang": audit.lang,
        "rule_set": asdict(audit.rule_set),
        "summary": {
            "sops": audit.checked,
            "invalid": audit.flagged("invalid"),
            "compliant": audit.checked - audit.flagged("invalid"),
            **{name: (audit.flagged(name) if name in audit.flags_checked else None) for name in FLAGS if name != "invalid"},
            "findings": {s.label: audit.total(s) for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)},
            "skipped": audit.skipped,
            "flags_checked": sorted(audit.flags_checked),
        },
        "units": [
            {
                "instansi": u.instansi,
                "unit_kerja": u.unit_kerja,
                "sops": u.sops,
                "compliant": u.compliant,
                "compliance": round(u.compliance, 4),
                **{name: (u.flag(name) if name in audit.flags_checked else None) for name in FLAGS},
                "findings": _by_severity(u),
            }
            for u in audit.units
        ],
        "rules": [
            {"code": r.code, "name": r.name, "basis": r.basis, "severity": r.severity.label, "count": r.count,
             "sops": r.sops}
            for r in audit.rules
        ],
        "sops": [
            {
                **asdict(s.facts),
                "flags": flags_of(s),
                "findings_by_severity": _by_severity(s),
                "findings": [
                    {"rule": f.rule, "code": f.code, "severity": f.severity.label, "line": f.line,
                     "column": f.column, "step": f.step, "path": f.path, "message": f.message}
                    for f in s.findings
                ],
            }
            for s in audit.sops
        ],
        "suppressions": [
            {"file": s.file, "line": s.line, "kind": s.kind, "rules": list(s.rules), "reason": s.reason,
             "covers_line": s.covers_line or None}
            for s in audit.suppressions
        ],
    }


def render(audit: Audit) -> str:
    return json.dumps(as_data(audit), ensure_ascii=False, indent=2) + "\n"
