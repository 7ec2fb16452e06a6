"""Rule documentation from rule docstrings: sections, examples, listings.

A rule's module docstring has a one-line summary and sections with fixed
headings, each underlined with dashes: "What it checks", "Why", "Fails",
"Passes" and, for rules with options, "Options". The examples under Fails and
Passes are YAML blocks introduced by ``::`` and indented by four spaces; the
test suite runs them.

The built-in rules also open with a "Ringkasan" section, the documentation in
Bahasa Indonesia for the SOP's authors: its first line is the summary in
Indonesian, then a short paragraph (what is checked, the basis tag, what to
write instead). The English sections stay the reference; a rule without a
Ringkasan (a third-party plugin) is shown in English in both languages.
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
RINGKASAN = "Ringkasan"
_HEADING = re.compile(r"^(?P<title>[A-Z][^\n]*)\n-{3,}\s*$", re.MULTILINE)


@dataclass(frozen=True)
class RuleDoc:
    summary: str
    sections: Mapping[str, str]
    #: The Indonesian summary: the first line of the Ringkasan ("" without one).
    summary_id: str = ""

    def summary_in(self, lang: str) -> str:
        return self.summary_id if lang == "id" and self.summary_id else self.summary

    def ringkasan_paragraph(self) -> str:
        """The Ringkasan without its first line (that line is ``summary_id``)."""
        _, _, rest = self.sections.get(RINGKASAN, "").strip("\n").partition("\n")
        return rest.strip("\n")

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
    ringkasan = sections.get(RINGKASAN, "").strip("\n")
    return RuleDoc(first.strip(), sections, ringkasan.partition("\n")[0].strip())


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


def summary(rule: Rule, lang: str = "en") -> str:
    """The one-line summary: the Ringkasan's for "id" when there is one."""
    return parse_doc(rule.doc).summary_in(lang)


def rules_table_text(registry: Registry, lang: str = "id") -> str:
    rules = registry.ordered()
    lines = [t("rules.heading", lang, count=len(rules))]
    width = max((len(r.name) for r in rules), default=10)
    basis_width = max((len(r.basis) for r in rules), default=5)
    for rule in rules:
        lines.append(f"  {rule.code}  {rule.name:<{width}}  {rule.severity.label:<7}  {rule.basis:<{basis_width}}  {summary(rule, lang)}")
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
                "ringkasan": summary(r, "id"),
                "options": dict(r.options),
            }
            for r in registry.ordered()
        ],
        ensure_ascii=False,
        indent=2,
    ) + "\n"


def explain_rule(rule: Rule, lang: str = "id") -> str:
    """The whole documentation of one rule. In Indonesian the Ringkasan comes
    first (its first line as the summary) and the English sections follow as
    the reference; in English the Ringkasan is left out."""
    doc = parse_doc(rule.doc)
    head = [
        f"{rule.name} ({rule.code})",
        "=" * (len(rule.name) + len(rule.code) + 3),
        doc.summary_in(lang),
        "",
        f"{t('rule.severity', lang)}: {rule.severity.label}    {t('rule.basis', lang)}: {rule.basis}",
    ]
    if rule.options:
        head.append(f"{t('rule.options', lang)}: " + ", ".join(f"{k}={v!r}" for k, v in rule.options.items()))
    body = []
    if lang == "id" and doc.ringkasan_paragraph():
        body += ["", RINGKASAN, "-" * len(RINGKASAN), doc.ringkasan_paragraph()]
    for title, content in doc.sections.items():
        if title != RINGKASAN:
            body += ["", title, "-" * len(title), content]
    return "\n".join(head + body) + "\n"


def rule_index_markdown(registry: Registry) -> str:
    """The README's rule index, generated from the docstrings: English, with the
    Indonesian summary beside it."""
    lines = ["| code | rule | severity | basis | what it finds | ringkasan |", "|---|---|---|---|---|---|"]
    for rule in registry.ordered():
        doc = parse_doc(rule.doc)
        lines.append(
            f"| {rule.code} | `{rule.name}` | {rule.severity.label} | {rule.basis} | {doc.summary} | {doc.summary_id} |"
        )
    return "\n".join(lines) + "\n"
