"""Rule documentation from rule docstrings: sections, examples, listings.

A rule's module docstring has a one-line summary and sections with fixed
headings, each underlined with dashes: "What it checks", "Why", "Fails",
"Passes" and, for rules with options, "Options". The examples under Fails and
Passes are YAML blocks introduced by ``::`` and indented by four spaces; the
test suite runs them.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from typing import Mapping

from soplint.i18n import t
from soplint.registry import Registry
from soplint.rule import Rule

REQUIRED_SECTIONS = ("What it checks", "Why", "Fails", "Passes")
_HEADING = re.compile(r"^(?P<title>[A-Z][^\n]*)\n-{3,}\s*$", re.MULTILINE)


@dataclass(frozen=True)
class RuleDoc:
    summary: str
    sections: Mapping[str, str]

    def example(self, section: str) -> str | None:
        return extract_example(self.sections.get(section, ""))


def parse_doc(docstring: str) -> RuleDoc:
    text = textwrap.dedent(docstring).strip("\n")
    first, _, rest = text.partition("\n")
    matches = list(_HEADING.finditer(rest))
    sections: dict[str, str] = {}
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(rest)
        sections[match["title"].strip()] = rest[match.end():end].strip("\n")
    return RuleDoc(first.strip(), sections)


def extract_example(section: str) -> str | None:
    """The block after a ``::`` line, dedented; None if there is none."""
    lines = section.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip().endswith("::"):
            block = []
            for follow in lines[i + 1:]:
                if follow.strip() and not follow.startswith("    "):
                    break
                block.append(follow)
            return textwrap.dedent("\n".join(block)).strip("\n") + "\n"
    return None


def summary(rule: Rule) -> str:
    return parse_doc(rule.doc).summary


def rules_table_text(registry: Registry, lang: str = "id") -> str:
    rules = registry.ordered()
    lines = [t("rules.heading", lang, count=len(rules))]
    width = max((len(r.name) for r in rules), default=10)
    basis_width = max((len(r.basis) for r in rules), default=5)
    for rule in rules:
        lines.append(f"  {rule.code}  {rule.name:<{width}}  {rule.severity.label:<7}  {rule.basis:<{basis_width}}  {summary(rule)}")
    return "\n".join(lines) + "\n"


def rules_json(registry: Registry) -> str:
    return json.dumps(
        [
            {
                "name": r.name,
                "code": r.code,
                "severity": r.severity.label,
                "basis": r.basis,
                "summary": summary(r),
                "options": dict(r.options),
            }
            for r in registry.ordered()
        ],
        ensure_ascii=False,
        indent=2,
    ) + "\n"


def explain_rule(rule: Rule, lang: str = "id") -> str:
    doc = parse_doc(rule.doc)
    head = [
        f"{rule.name} ({rule.code})",
        "=" * (len(rule.name) + len(rule.code) + 3),
        doc.summary,
        "",
        f"{t('rule.severity', lang)}: {rule.severity.label}    {t('rule.basis', lang)}: {rule.basis}",
    ]
    if rule.options:
        head.append(f"{t('rule.options', lang)}: " + ", ".join(f"{k}={v!r}" for k, v in rule.options.items()))
    body = []
    for title, content in doc.sections.items():
        body += ["", title, "-" * len(title), content]
    return "\n".join(head + body) + "\n"


def rule_index_markdown(registry: Registry) -> str:
    """The README's rule index, generated from the docstrings."""
    lines = ["| code | rule | severity | basis | what it finds |", "|---|---|---|---|---|"]
    for rule in registry.ordered():
        lines.append(f"| {rule.code} | `{rule.name}` | {rule.severity.label} | {rule.basis} | {summary(rule)} |")
    return "\n".join(lines) + "\n"
