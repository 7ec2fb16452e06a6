"""Configuration: presets as data, resolution order, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from soplint.config import ConfigError, build_config, find_config, glob_match
from soplint.findings import Severity
from soplint.registry import default_registry

REGISTRY = default_registry()
PRESETS = Path(__file__).resolve().parent.parent / "soplint" / "presets"


@pytest.mark.parametrize("name", ["recommended", "audit"])
def test_presets_name_only_installed_rules(name: str) -> None:
    data = YAML(typ="safe").load((PRESETS / f"{name}.yaml").read_text(encoding="utf-8"))
    missing = [rule for rule in data["rules"] if rule not in REGISTRY.rules]
    assert missing == [], f"preset {name} names rules that are not installed: {missing}"


def test_every_builtin_rule_is_in_a_preset() -> None:
    recommended = build_config(REGISTRY, {"extends": "recommended"}).rules
    audit = build_config(REGISTRY, {"extends": "audit"}).rules
    everything = build_config(REGISTRY, {"extends": "all"}).rules
    assert set(everything) == set(REGISTRY.rules)
    assert set(recommended) <= set(audit) == set(everything)


def test_audit_adds_the_lifecycle_rules() -> None:
    recommended = set(build_config(REGISTRY, {}).rules)
    audit = set(build_config(REGISTRY, {"extends": "audit"}).rules)
    assert {r for r in audit - recommended} == {n for n, r in REGISTRY.rules.items() if r.code.startswith("L")}


def test_resolution_order() -> None:
    config = build_config(
        REGISTRY,
        {"rules": {"duplicate-key": "warning", "yaml-syntax": "off"}, "ignore": ["D005"]},
        cli_select=["D"],
    )
    assert config.rules["duplicate-key"].severity is Severity.WARNING
    assert config.rules["duplicate-key"].severity_configured
    assert "yaml-syntax" not in config.rules  # off in the file: a code prefix does not revive it
    assert "yaml-feature-not-allowed" not in config.rules
    assert set(config.rules) <= {r.name for r in REGISTRY.rules.values() if r.code.startswith("D")}
    revived = build_config(REGISTRY, {"rules": {"yaml-syntax": "off"}}, cli_select=["yaml-syntax"])
    assert set(revived.rules) == {"yaml-syntax"}


def test_select_by_code_prefix_and_name() -> None:
    config = build_config(REGISTRY, {}, cli_select=["D00", "rule-error"])
    assert set(config.rules) == {r.name for r in REGISTRY.rules.values() if r.code.startswith("D00")} | {"rule-error"}


@pytest.mark.parametrize(
    "data,message",
    [
        ({"extend": "audit"}, "did you mean 'extends'"),
        ({"rules": {"duplicate-kye": "error"}}, "did you mean 'duplicate-key'"),
        ({"rules": {"too-large": {"max": 1}}}, "has no option 'max'"),
        ({"rules": {"duplicate-key": "kritis"}}, "is not off, error, warning or info"),
        ({"bahasa": "jv"}, "bahasa"),
        ({"select": ["Z9"]}, "no rule named or coded 'Z9'"),
        ({"limits": {"max_steps": -1}}, "positive number"),
        ({"limits": {"max_langkah": 5}}, "unknown key 'max_langkah'"),
        ({"per_path_ignores": {"lama/**": ["bogus"]}}, "bogus"),
        ({"tanggal_audit": "besok"}, "is not a date"),
    ],
)
def test_errors_are_clear(data, message) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(")):
        build_config(REGISTRY, data)


def test_find_config_walks_up(tmp_path: Path) -> None:
    (tmp_path / ".soplint.yaml").write_text("bahasa: en\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / ".soplint.yaml"
    assert find_config(deep / "sop.yaml") == tmp_path / ".soplint.yaml"


@pytest.mark.parametrize(
    "path,pattern,matches",
    [("lama/a.yaml", "lama/**", True), ("lama/x/a.yaml", "lama/**", True), ("baru/a.yaml", "lama/**", False),
     ("a.yaml", "**/a.yaml", True), ("x/a.yaml", "**/a.yaml", True), ("x/b.yaml", "*.yaml", True)],
)
def test_globs(path: str, pattern: str, matches: bool) -> None:
    assert glob_match(path, pattern) is matches
