"""SARIF 2.1.0, for code scanning (GitHub, GitLab, Azure DevOps, IDEs).

Each rule that reported is described in ``tool.driver.rules`` (id = the rule's
fixed name, with its code, basis and summary); each finding is a result with
its physical location (1-based line and column, in Unicode code points) and
its document path as a logical location. ``partialFingerprints`` ignore line
numbers, so a result keeps its identity when lines above it move.
"""

from __future__ import annotations

import json

from soplint.findings import Severity
from soplint.reporters import Report
from soplint.reporters._common import fingerprint, relative_uri

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report) -> str:
    findings = [f for result in report.results for f in result.findings]
    rule_names = sorted({f.rule for f in findings})
    index = {name: i for i, name in enumerate(rule_names)}
    rules = []
    for name in rule_names:
        info = report.rules.get(name, {})
        rules.append({
            "id": name,
            "name": info.get("code", name),
            "shortDescription": {"text": info.get("summary") or name},
            "fullDescription": {"text": info.get("summary") or name},
            "help": {"text": f"soplint rule {name}"},
            "defaultConfiguration": {"level": _LEVEL[Severity.parse(info.get("severity", "error"))]},
            "properties": {"code": info.get("code", ""), "basis": info.get("basis", "—")},
        })
    results = []
    for f in findings:
        location = {
            "physicalLocation": {
                "artifactLocation": {"uri": relative_uri(f.file)},
                "region": {"startLine": f.line, "startColumn": f.column},
            }
        }
        if f.path:
            location["logicalLocations"] = [{"fullyQualifiedName": f.path, "kind": "member"}]
        result = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[f.severity],
            "message": {"text": f.message},
            "locations": [location],
            "partialFingerprints": {"soplint/v1": fingerprint(f)},
        }
        if f.step is not None:
            result["properties"] = {"step": f.step}
        results.append(result)
    payload = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "soplint", "version": report.tool_version or "0", "rules": rules}},
            "results": results,
            "columnKind": "unicodeCodePoints",
            "language": report.lang,
        }],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
