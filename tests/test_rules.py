"""The rule harness: every rule's fixtures and docstring examples, through the
real pipeline with only that rule selected."""

from __future__ import annotations

from pathlib import Path

import pytest

from rule_harness import example_files, fixture_files, located, parse_case, run_case, run_files
from soplint.docs import REQUIRED_SECTIONS, parse_doc
from soplint.registry import default_registry

FIXTURES = Path(__file__).parent / "rules"
REGISTRY = default_registry()
#: Rules whose Fails example cannot be produced from a file (only a broken rule raises).
NO_FAILING_EXAMPLE = {"rule-error"}


def _fixture_params():
    return [pytest.param(path, id=f"{path.parent.name}/{path.name}") for path in fixture_files(FIXTURES)]



@pytest.mark.parametrize("path", _fixture_params())
def test_fixture(path: Path) -> None:
    rule_name = path.parent.name
    assert rule_name in REGISTRY.rules, f"fixture folder {rule_name} names no installed rule"
    case = parse_case(path.read_bytes())
    findings = run_case(case, rule_name, REGISTRY, file=str(path))
    if path.name.startswith("valid"):
        assert findings == [], [f"{f.line}:{f.column} {f.message}" for f in findings]
    else:
        assert path.name.startswith("invalid"), "fixtures are named valid-*.yaml or invalid-*.yaml"
        assert case.expected, f"{path.name}: an invalid fixture names its findings with '# expect:' lines"
        forms = dict(case.expected)
        got = sorted((f.rule, located(f, forms.get(f.rule, ""))) for f in findings)
        assert got == list(case.expected), [f"{f.line}:{f.column} {f.path} {f.message}" for f in findings]


def _folder_params():
    return [pytest.param(path, id=f"{path.parent.name}/{path.name}") for path in sorted(FIXTURES.glob("*/*")) if path.is_dir()]


@pytest.mark.parametrize("folder", _folder_params())
def test_repository_fixture(folder: Path, tmp_path: Path) -> None:
    """A fixture folder is a set of SOPs checked together (repository rules);
    each file's header names the findings expected in it."""
    rule_name = folder.parent.name
    files = {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}
    findings = run_files(files, rule_name, REGISTRY, tmp_path)
    got = sorted((Path(f.file).name, f.path) for f in findings)
    expected = sorted((name, path) for name, data in files.items() for _, path in parse_case(data).expected)
    if folder.name.startswith("valid"):
        assert got == [], got
    else:
        assert expected, f"{folder.name}: an invalid folder names its findings with '# expect:' lines"
        assert got == expected, [f"{f.file}:{f.line} {f.message}" for f in findings]


@pytest.mark.parametrize("rule_name", sorted(REGISTRY.rules))
def test_rule_has_fixtures(rule_name: str) -> None:
    folder = FIXTURES / rule_name
    names = [p.name for p in folder.iterdir()] if folder.is_dir() else []
    if rule_name in NO_FAILING_EXAMPLE:
        return
    assert any(n.startswith("valid") for n in names), f"{rule_name}: no valid-*.yaml fixture"
    assert any(n.startswith("invalid") for n in names), f"{rule_name}: no invalid-*.yaml fixture"


@pytest.mark.parametrize("rule_name", sorted(REGISTRY.rules))
def test_docstring_sections(rule_name: str) -> None:
    doc = parse_doc(REGISTRY.rules[rule_name].doc)
    missing = [s for s in REQUIRED_SECTIONS if s not in doc.sections]
    assert not missing, f"{rule_name}: docstring lacks sections {missing}"
    assert doc.summary and not doc.summary.endswith(":")
    rule = REGISTRY.rules[rule_name]
    if rule.options:
        assert "Options" in doc.sections, f"{rule_name} has options but no Options section"
    if rule.basis not in ("—",):
        assert rule.basis in doc.sections["Why"], f"{rule_name}: the Why section must state the basis {rule.basis}"


def _run_example(text: str, rule_name: str, tmp_path: Path):
    files = example_files(text)
    if files is not None:
        return run_files(files, rule_name, REGISTRY, tmp_path)
    return run_case(parse_case(text), rule_name, REGISTRY)


@pytest.mark.parametrize("rule_name", sorted(REGISTRY.rules))
def test_docstring_examples(rule_name: str, tmp_path: Path) -> None:
    doc = parse_doc(REGISTRY.rules[rule_name].doc)
    passing = doc.example("Passes")
    assert passing is not None, f"{rule_name}: no Passes example"
    findings = _run_example(passing, rule_name, tmp_path / "passes")
    assert findings == [], [f.message for f in findings]
    if rule_name in NO_FAILING_EXAMPLE:
        return
    failing = doc.example("Fails")
    assert failing is not None, f"{rule_name}: no Fails example"
    assert _run_example(failing, rule_name, tmp_path / "fails"), f"{rule_name}: the Fails example gives no finding"
