"""CLI scenarios as data (tests/data/cli-scenarios.yaml): arguments -> output, exit code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from soplint.cli import main

SCENARIOS = YAML(typ="safe").load((Path(__file__).parent / "data" / "cli-scenarios.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario(scenario, tmp_path, monkeypatch, capsys) -> None:
    for name, content in (scenario.get("files") or {}).items():
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    for step in scenario.get("steps") or [scenario]:
        _run_step(step, tmp_path, capsys)


def _run_step(scenario, tmp_path, capsys) -> None:
    for name, content in (scenario.get("write") or {}).items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    code = main(scenario["args"])
    out, err = capsys.readouterr()
    assert code == scenario["exit"], (out, err)
    for text in scenario.get("stdout", []):
        assert text in out, out
    for text in scenario.get("not_stdout", []):
        assert text not in out, out
    for text in scenario.get("stderr", []):
        assert text in err, err
    if "json_summary" in scenario:
        summary = json.loads(out)["summary"]
        for key, value in scenario["json_summary"].items():
            assert summary[key] == value, summary
    if "count" in scenario:
        # every finding is printed with its rule and code in parentheses: count them
        for rule, expected in scenario["count"].items():
            assert out.count(f" {rule} (") == expected, out
    for name, text in (scenario.get("written") or {}).items():
        assert text in (tmp_path / name).read_text(encoding="utf-8")
