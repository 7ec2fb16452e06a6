"""Runs one SOP text through the real pipeline with one rule selected.

Fixtures and docstring examples share a small header language of YAML
comments at the top of the text:

    # expect: decision-branches at prosedur[2]     (a finding of the rule at a path)
    # expect: yaml-syntax at line 3                (or at a line, for load-stage rules)
    # options: {"pattern": "^\\d+$"}               (the rule's options, JSON)
    # config: {"limits": {"max_steps": 2}}         (other .soplint.yaml settings, JSON;
                                                    a "select" there adds rules that run beside
                                                    the one under test, e.g. for suppressions)
    # escaped-bytes                                 (the rest is bytes with \\xNN escapes)
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from soplint.config import build_config
from soplint.engine import lint_source
from soplint.findings import Finding
from soplint.registry import Registry

_EXPECT = re.compile(r"^#\s*expect:\s*(?P<rule>[a-z0-9-]+)\s+at\s+(?:line\s+(?P<line>\d+)|(?P<path>\S+))\s*$")
_OPTIONS = re.compile(r"^#\s*options:\s*(?P<json>\{.*\})\s*$")
_CONFIG = re.compile(r"^#\s*config:\s*(?P<json>\{.*\})\s*$")


@dataclass(frozen=True)
class Case:
    source: bytes
    expected: tuple[tuple[str, str], ...] = ()  # (rule, "path" or "line N")
    options: dict = field(default_factory=dict)
    config: dict = field(default_factory=dict)


def parse_case(raw: str | bytes) -> Case:
    """Headers are ASCII comments; the source is the file's exact bytes."""
    data = raw if isinstance(raw, bytes) else raw.encode("utf-8")
    text = data.decode("latin-1")
    expected = []
    options: dict = {}
    config: dict = {}
    escaped = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        if m := _EXPECT.match(stripped):
            expected.append((m["rule"], f"line {m['line']}" if m["line"] else m["path"]))
        elif m := _OPTIONS.match(stripped):
            options = json.loads(m["json"])
        elif m := _CONFIG.match(stripped):
            config = json.loads(m["json"])
        elif stripped == "# escaped-bytes":
            escaped = True
    if escaped:
        body = "\n".join(l for l in text.splitlines() if not l.strip().startswith("#"))
        source = codecs.escape_decode(body.strip().encode("ascii"))[0]
    else:
        source = data
    return Case(source, tuple(sorted(expected)), options, config)


def run_case(case: Case, rule_name: str, registry: Registry, file: str = "<example>") -> list[Finding]:
    rules = {rule_name: dict(case.options)} if case.options else {}
    data = {**case.config, "rules": {**case.config.get("rules", {}), **rules}}
    also = data.pop("select", [])
    config = build_config(registry, data, cli_select=[rule_name, *also])
    result = lint_source(case.source, file, config, registry)
    return [f for f in result.findings if f.rule == rule_name]


def located(finding: Finding, expected_form: str) -> str:
    return f"line {finding.line}" if expected_form.startswith("line ") else finding.path


def fixture_files(root: Path) -> list[Path]:
    return sorted(root.glob("*/*.yaml"))


_FILE_LINE = re.compile(r"^#\s*(?P<name>[\w.-]+\.ya?ml):\s*(?P<yaml>.+)$")


def example_files(text: str) -> dict[str, bytes] | None:
    """A repository rule's docstring example: one ``# name.yaml: {flow yaml}`` line per file."""
    files = {m["name"]: (m["yaml"] + "\n").encode("utf-8") for line in text.splitlines() if (m := _FILE_LINE.match(line.strip()))}
    return files or None


def run_files(files: dict[str, bytes], rule_name: str, registry: Registry, root: Path) -> list[Finding]:
    """Lint several files together (the repository stage included)."""
    from soplint.engine import collect, lint_paths

    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (root / name).write_bytes(content)
    config = build_config(registry, {}, cli_select=[rule_name])
    results = collect(lint_paths([root], config, registry), config, registry).results  # as the CLI runs it
    return [f for r in results for f in r.findings if f.rule == rule_name]
