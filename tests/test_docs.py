"""Rule documentation in both languages.

Every built-in rule's docstring opens with an Indonesian "Ringkasan" (summary
line, then a paragraph stating the basis tag); ``soplint rule`` and
``soplint rules`` show the part in the language asked for, and a rule without a
Ringkasan (a third-party plugin) falls back to its English text.
"""

from __future__ import annotations

import json
import re

import pytest

from soplint.cli import main
from soplint.docs import (
    RINGKASAN,
    explain_rule,
    parse_doc,
    rule_index_markdown,
    rules_json,
    rules_table_text,
    summary,
)
from soplint.findings import Severity
from soplint.registry import default_registry
from soplint.rule import Rule

REGISTRY = default_registry()

# How an unconfirmed basis is put in Indonesian, so that it never reads as the
# regulation's own words (REGULATION.md, confidence tags).
DISCLAIMER = {
    "PRACTICE": "praktik umum, bukan ketentuan peraturan",
    "INFERRED": "disimpulkan dari susunan atau definisi peraturan",
}

PLUGIN_DOC = """A local rule of the Setwan: every SOP names its unit.

What it checks
--------------
That identitas.unit_kerja is written.

Why
---
Basis: PRACTICE. The Setwan's own habit.
"""


def _doc(name: str):
    return parse_doc(REGISTRY.rules[name].doc)


@pytest.mark.parametrize("name", sorted(REGISTRY.rules))
def test_every_rule_opens_with_a_ringkasan(name: str) -> None:
    rule = REGISTRY.rules[name]
    doc = _doc(name)
    assert list(doc.sections)[:2] == [RINGKASAN, "What it checks"], f"{name}: Ringkasan must come right before What it checks"
    assert doc.summary_id, f"{name}: the Ringkasan's first line (the Indonesian summary) is empty"
    assert doc.summary_id != doc.summary, f"{name}: the Ringkasan's first line is the English summary"
    assert "|" not in doc.summary_id, f"{name}: the summary is a cell of the README table"
    paragraph = " ".join(doc.ringkasan_paragraph().split())  # as read, whatever the line breaks
    assert paragraph, f"{name}: the Ringkasan has no paragraph after its summary line"
    # The tag exactly as the rule's basis, not a longer tag that merely starts with it (REG-2 for REG).
    assert re.search(rf"Dasar: {re.escape(rule.basis)}(?![\w-])", paragraph), f"{name}: the Ringkasan must state 'Dasar: {rule.basis}'"
    for tag, phrase in DISCLAIMER.items():
        if tag in rule.basis:
            assert phrase in paragraph, f"{name}: a {tag} basis is said as '{phrase}'"


@pytest.mark.parametrize("name", sorted(REGISTRY.rules))
def test_explain_shows_the_part_in_the_language_asked(name: str) -> None:
    rule = REGISTRY.rules[name]
    doc = _doc(name)
    first_line_of_paragraph = doc.ringkasan_paragraph().splitlines()[0]

    indonesian = explain_rule(rule, "id")
    assert indonesian.splitlines()[2] == doc.summary_id
    assert indonesian.count(doc.summary_id) == 1  # the heading's line, not repeated in the section
    assert doc.ringkasan_paragraph() in indonesian
    assert indonesian.index(f"{RINGKASAN}\n---------\n") < indonesian.index("What it checks\n") < indonesian.index("Passes\n")

    english = explain_rule(rule, "en")
    assert english.splitlines()[2] == doc.summary
    assert RINGKASAN not in english and first_line_of_paragraph not in english
    assert doc.summary_id not in english
    for title in doc.sections:
        if title != RINGKASAN:
            assert doc.sections[title] in english and doc.sections[title] in indonesian


@pytest.mark.parametrize("name", ["mutu-baku-missing", "nip-invalid", "D001"])
def test_soplint_rule_lang(name: str, capsys) -> None:
    rule = REGISTRY.get(name)
    doc = parse_doc(rule.doc)

    assert main(["rule", name, "--lang", "id"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{rule.name} ({rule.code})\n")
    assert doc.summary_id in out and doc.ringkasan_paragraph() in out
    assert "Tingkat bawaan" in out and "Dasar:" in out
    assert out.index("Ringkasan\n") < out.index("What it checks\n") < out.index("Why\n") < out.index("Fails\n")

    assert main(["rule", name, "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert doc.summary in out and "What it checks\n" in out and "Fails\n" in out
    assert "Ringkasan" not in out and doc.summary_id not in out

    assert main(["rule", name]) == 0  # Bahasa Indonesia is the default
    assert "Ringkasan\n" in capsys.readouterr().out


def test_rules_table_in_each_language() -> None:
    indonesian, english = rules_table_text(REGISTRY, "id"), rules_table_text(REGISTRY, "en")
    for rule in REGISTRY.ordered():
        doc = parse_doc(rule.doc)
        line_id = next(line for line in indonesian.splitlines() if f" {rule.name} " in line)
        line_en = next(line for line in english.splitlines() if f" {rule.name} " in line)
        assert line_id.endswith(doc.summary_id) and line_en.endswith(doc.summary)


def test_summary_defaults_to_english() -> None:
    rule = REGISTRY.rules["dead-end"]
    assert summary(rule) == summary(rule, "en") == parse_doc(rule.doc).summary
    assert summary(rule, "id") == parse_doc(rule.doc).summary_id


def test_rules_json_carries_both_summaries() -> None:
    entries = {e["name"]: e for e in json.loads(rules_json(REGISTRY))}
    for rule in REGISTRY.ordered():
        doc = parse_doc(rule.doc)
        assert entries[rule.name]["summary"] == doc.summary
        assert entries[rule.name]["ringkasan"] == doc.summary_id


def test_readme_index_is_english_with_a_ringkasan_column() -> None:
    lines = rule_index_markdown(REGISTRY).splitlines()
    assert lines[0] == "| code | rule | severity | basis | what it finds | ringkasan |"
    assert lines[1].count("|") == lines[0].count("|")
    for rule, line in zip(REGISTRY.ordered(), lines[2:]):
        doc = parse_doc(rule.doc)
        assert line.startswith(f"| {rule.code} | `{rule.name}` |")
        assert line.endswith(f"| {doc.summary} | {doc.summary_id} |")
        assert line.count("|") == lines[0].count("|")


def test_a_rule_without_ringkasan_is_shown_in_english() -> None:
    plugin = Rule(
        name="unit-kerja-setwan", code="X901", severity=Severity.WARNING, basis="PRACTICE",
        messages={"id": {}, "en": {}}, doc=PLUGIN_DOC,
    )
    doc = parse_doc(plugin.doc)
    assert doc.summary_id == "" and doc.ringkasan_paragraph() == ""
    assert summary(plugin, "id") == summary(plugin, "en") == "A local rule of the Setwan: every SOP names its unit."
    indonesian = explain_rule(plugin, "id")
    assert "Ringkasan" not in indonesian
    assert "every SOP names its unit" in indonesian and "What it checks" in indonesian and "The Setwan's own habit" in indonesian
