"""The audit's figures: per SOP, per unit, per rule, as of one audit date.

Pure: built from what one run of the engine produced (each SOP's facts and
findings), never from files or the clock. Only small summaries are kept per
SOP, never documents, so that an inventory of tens of thousands of SOPs fits.

Everything is sorted here, once, so that every renderer gives the same bytes
for the same inventory and date.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Sequence

from soplint.findings import Finding, Severity
from soplint.model import DateField, SopDocument

#: Flag -> the rule whose findings raise it.
FLAG_RULES: Mapping[str, str] = {
    "review_overdue": "review-overdue",
    "monitoring_overdue": "monitoring-overdue",
    "revoked": "dasar-hukum-revoked",
}
#: Every flag in report order; "invalid" is any finding of severity error.
FLAGS: tuple[str, ...] = ("review_overdue", "monitoring_overdue", "revoked", "invalid")
SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)

_SPACES = re.compile(r"\s+")


def _clean(text: str | None) -> str:
    """One line of text: SOP authors break long names over lines."""
    return _SPACES.sub(" ", text).strip() if text else ""


@dataclass(frozen=True)
class SopFacts:
    """What the audit keeps of one SOP's document. Dates are ISO text when real,
    the text as written otherwise ("-" for a tanggal_revisi never planned), or
    "" when absent."""

    file: str
    instansi: str = ""
    unit_kerja: str = ""
    nomor: str = ""
    nama: str = ""
    tanggal_efektif: str = ""
    tanggal_revisi: str = ""
    #: Latest real record date on or before the audit date ("" when none):
    #: records dated later prove nothing yet, as the lifecycle rules hold.
    monitoring_terakhir: str = ""
    evaluasi_terakhir: str = ""

    @property
    def unit(self) -> tuple[str, str]:
        return (self.instansi, self.unit_kerja)


def _date_text(field: DateField | None) -> str:
    if field is None:
        return ""
    return field.value.isoformat() if field.value is not None else _clean(field.raw)


def _latest(fields: Iterable[DateField | None], audit: date) -> str:
    days = [f.value for f in fields if f is not None and f.value is not None and f.value <= audit]
    return max(days).isoformat() if days else ""


def sop_facts(file: str, doc: SopDocument | None, audit: date) -> SopFacts:
    """The facts of one SOP; a file that did not parse has only its name."""
    if doc is None:
        return SopFacts(file)
    identitas = doc.identitas
    return SopFacts(
        file=file,
        instansi=_clean(identitas.instansi),
        unit_kerja=_clean(identitas.unit_kerja),
        nomor=_clean(identitas.nomor),
        nama=_clean(identitas.nama),
        tanggal_efektif=_date_text(identitas.tanggal_efektif),
        tanggal_revisi=_date_text(identitas.tanggal_revisi),
        monitoring_terakhir=_latest((m.tanggal for m in doc.monitoring), audit),
        evaluasi_terakhir=_latest((e.tanggal for e in doc.evaluasi), audit),
    )


@dataclass(frozen=True)
class AuditFinding:
    """A finding as the audit keeps it: without the source line."""

    rule: str
    code: str
    severity: Severity
    line: int
    column: int
    step: int | None
    path: str
    message: str

    @classmethod
    def of(cls, finding: Finding) -> "AuditFinding":
        return cls(finding.rule, finding.code, finding.severity, finding.line, finding.column, finding.step,
                   finding.path, finding.message)

    @property
    def sort_key(self) -> tuple:
        return (self.line, self.column, self.rule, self.message)


@dataclass(frozen=True)
class SopSummary:
    facts: SopFacts
    findings: tuple[AuditFinding, ...]
    errors: int
    warnings: int
    infos: int
    review_overdue: bool
    monitoring_overdue: bool
    revoked: bool
    invalid: bool

    def flag(self, name: str) -> bool:
        return bool(getattr(self, name))

    def count(self, severity: Severity) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.infos}[severity]


def summarise_sop(facts: SopFacts, findings: Iterable[Finding | AuditFinding]) -> SopSummary:
    kept = sorted((f if isinstance(f, AuditFinding) else AuditFinding.of(f) for f in findings), key=lambda f: f.sort_key)
    by_severity = Counter(f.severity for f in kept)
    rules = {f.rule for f in kept}
    return SopSummary(
        facts=facts,
        findings=tuple(kept),
        errors=by_severity[Severity.ERROR],
        warnings=by_severity[Severity.WARNING],
        infos=by_severity[Severity.INFO],
        review_overdue=FLAG_RULES["review_overdue"] in rules,
        monitoring_overdue=FLAG_RULES["monitoring_overdue"] in rules,
        revoked=FLAG_RULES["revoked"] in rules,
        invalid=by_severity[Severity.ERROR] > 0,
    )


@dataclass(frozen=True)
class UnitSummary:
    instansi: str
    unit_kerja: str
    sops: int
    review_overdue: int
    monitoring_overdue: int
    revoked: int
    invalid: int
    errors: int
    warnings: int
    infos: int

    @property
    def compliant(self) -> int:
        """SOPs with no error."""
        return self.sops - self.invalid

    @property
    def compliance(self) -> float:
        """The share of SOPs with no error (0..1); 0 for a unit without SOPs."""
        return self.compliant / self.sops if self.sops else 0.0

    def flag(self, name: str) -> int:
        return int(getattr(self, name))

    def count(self, severity: Severity) -> int:
        return {Severity.ERROR: self.errors, Severity.WARNING: self.warnings, Severity.INFO: self.infos}[severity]


@dataclass(frozen=True)
class RuleInfo:
    """A rule of the run's rule set, as configured."""

    name: str
    code: str
    basis: str
    severity: Severity


@dataclass(frozen=True)
class RuleSummary:
    name: str
    code: str
    basis: str
    severity: Severity
    #: Findings of the rule, and the number of SOPs with at least one.
    count: int
    sops: int


@dataclass(frozen=True)
class SuppressionEntry:
    file: str
    line: int
    kind: str
    rules: tuple[str, ...]
    reason: str
    #: The line it covers; 0 for the whole file.
    covers_line: int


@dataclass(frozen=True)
class RuleSet:
    """How the rules of the run were chosen: the preset, the configuration file
    (as a path relative to where the run started, or None) and the active rules."""

    preset: str
    config_file: str | None
    active: int


@dataclass(frozen=True)
class Audit:
    tanggal_audit: date
    version: str
    lang: str
    rule_set: RuleSet
    sops: tuple[SopSummary, ...]
    units: tuple[UnitSummary, ...]
    rules: tuple[RuleSummary, ...]
    suppressions: tuple[SuppressionEntry, ...]
    #: Flags whose rule was active: a flag of an inactive rule was not checked.
    flags_checked: frozenset[str]
    #: YAML files passed over because they are not SOPs.
    skipped: int = 0

    @property
    def checked(self) -> int:
        return len(self.sops)

    def flagged(self, name: str) -> int:
        return sum(1 for s in self.sops if s.flag(name))

    def total(self, severity: Severity) -> int:
        return sum(s.count(severity) for s in self.sops)

    @property
    def instansi(self) -> tuple[str, ...]:
        return tuple(sorted({u.instansi for u in self.units if u.instansi}))


def _unit_key(unit: tuple[str, str]) -> tuple:
    # units that do not say who they are come last
    instansi, unit_kerja = unit
    return (not instansi, instansi, not unit_kerja, unit_kerja)


def sop_order(summary: SopSummary) -> tuple:
    return (*_unit_key(summary.facts.unit), summary.facts.file)


def _units(sops: Sequence[SopSummary]) -> tuple[UnitSummary, ...]:
    grouped: dict[tuple[str, str], list[SopSummary]] = {}
    for summary in sops:
        grouped.setdefault(summary.facts.unit, []).append(summary)
    units = []
    for key in sorted(grouped, key=_unit_key):
        members = grouped[key]
        units.append(UnitSummary(
            instansi=key[0],
            unit_kerja=key[1],
            sops=len(members),
            **{name: sum(1 for s in members if s.flag(name)) for name in FLAGS},
            errors=sum(s.errors for s in members),
            warnings=sum(s.warnings for s in members),
            infos=sum(s.infos for s in members),
        ))
    return tuple(units)


def _rules(sops: Sequence[SopSummary], rule_set: Iterable[RuleInfo]) -> tuple[RuleSummary, ...]:
    known = {info.name: info for info in rule_set}
    counts: Counter[str] = Counter()
    spread: Counter[str] = Counter()
    for summary in sops:
        names = [f.rule for f in summary.findings]
        counts.update(names)
        spread.update(set(names))
        for finding in summary.findings:  # a finding of a rule outside the set still gets a row
            if finding.rule not in known:
                known[finding.rule] = RuleInfo(finding.rule, finding.code, "", finding.severity)
    rows = [RuleSummary(i.name, i.code, i.basis, i.severity, counts[i.name], spread[i.name]) for i in known.values()]
    return tuple(sorted(rows, key=lambda r: (r.code or "~", r.name)))


def build_audit(
    sops: Iterable[SopSummary],
    rule_set: Iterable[RuleInfo],
    suppressions: Iterable[SuppressionEntry],
    *,
    tanggal_audit: date,
    version: str,
    lang: str,
    how: RuleSet,
    skipped: int = 0,
) -> Audit:
    """Aggregate one run. ``rule_set`` is every active rule (rows with no
    finding show what was checked)."""
    rule_set = tuple(rule_set)
    ordered = tuple(sorted(sops, key=sop_order))
    active = {info.name for info in rule_set}
    checked = frozenset(flag for flag, rule in FLAG_RULES.items() if rule in active) | {"invalid"}
    return Audit(
        tanggal_audit=tanggal_audit,
        version=version,
        lang=lang,
        rule_set=how,
        sops=ordered,
        units=_units(ordered),
        rules=_rules(ordered, rule_set),
        suppressions=tuple(sorted(suppressions, key=lambda s: (s.file, s.line, s.rules, s.reason))),
        flags_checked=checked,
        skipped=skipped,
    )
