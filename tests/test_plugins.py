"""No code from an SOP or a repository runs unless the user says so.

Installed plugins come through the ``soplint.rules`` entry-point group. A
local plugin named in a repository's ``.soplint.yaml`` loads only with
``--allow-local-plugins``; without it the run stops with exit 2 *before* the
plugin is imported (each test plugin leaves a marker file when imported, and
the tests look for it). A plugin rule that raises becomes a ``rule-error``
finding and the run goes on.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from soplint import cli, registry as registry_module
from soplint.registry import RegistryError, build_registry, default_registry

SOP = """\
identitas:
  nama: Pengelolaan Surat Masuk
pelaksana: [Pengadministrasi Umum]
prosedur:
  - kegiatan: Menerima surat masuk
    pelaksana: Pengadministrasi Umum
  - kegiatan: Mengarsipkan surat masuk
    pelaksana: Pengadministrasi Umum
"""

PLUGIN_DOC = """A local rule of the Setwan: every SOP names its unit.

What it checks
--------------
That identitas.unit_kerja is written.

Why
---
Basis: PRACTICE. The Setwan's own habit.

Fails
-----
::

    identitas:
      nama: Pengelolaan Surat Masuk

Passes
------
::

    identitas:
      unit_kerja: Sekretariat DPRD
"""

PLUGIN = '''\
"""{doc}"""
from pathlib import Path

Path(__file__).with_name("IMPORTED").write_text("plugin code ran")

from soplint.findings import Severity, Violation
from soplint.rule import Rule


def check(doc, graph, options):
    {body}


RULE = Rule(
    name="{name}",
    code="{code}",
    severity=Severity.WARNING,
    basis="PRACTICE",
    messages={{"id": {{"m": "Unit kerja belum ditulis."}}, "en": {{"m": "The unit is not written."}}}},
    check=check,
)
'''

YIELDS = 'yield Violation(("identitas",), "m")'
RAISES = 'raise ZeroDivisionError("aturan lokal rusak")\n    yield'


def _repo(tmp_path: Path, config: str, *, body: str = YIELDS, name: str = "unit-kerja-setwan", code: str = "X901") -> Path:
    repo = tmp_path / "repo"
    (repo / "tools").mkdir(parents=True)
    (repo / "sop").mkdir()
    (repo / "sop" / "surat-masuk.yaml").write_text(SOP)
    (repo / "tools" / "aturan_setwan.py").write_text(PLUGIN.format(doc=PLUGIN_DOC, body=body, name=name, code=code))
    (repo / ".soplint.yaml").write_text(textwrap.dedent(config))
    return repo


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _imported(repo: Path) -> bool:
    return (repo / "tools" / "IMPORTED").exists()


@pytest.mark.parametrize("command", [["check", "--format", "json", "sop"], ["rules"], ["rule", "unit-kerja-setwan"]])
def test_local_plugin_is_refused_without_the_flag(tmp_path, capsys, monkeypatch, command) -> None:
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n")
    monkeypatch.chdir(repo)
    code, out, err = _run(capsys, *command)
    assert code == 2
    assert "--allow-local-plugins" in err and "tools/aturan_setwan.py" in err
    assert "plugin lokal" in err  # Indonesian by default
    assert not _imported(repo), "the plugin's code ran although it was not allowed"
    assert out == ""


def test_refusal_speaks_the_configured_language(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, "bahasa: en\nplugins: [tools/aturan_setwan.py]\n")
    monkeypatch.chdir(repo)
    code, _, err = _run(capsys, "check", "sop")
    assert code == 2 and "names local plugins" in err and not _imported(repo)


def test_isolated_run_ignores_the_repository_configuration(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n")
    monkeypatch.chdir(repo)
    code, out, _ = _run(capsys, "check", "--isolated", "--format", "json", "sop")
    assert code in (0, 1)
    assert "unit-kerja-setwan" not in out and not _imported(repo)


def test_allowed_local_plugin_runs(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n")
    monkeypatch.chdir(repo)
    code, out, _ = _run(capsys, "check", "--allow-local-plugins", "--select", "unit-kerja-setwan", "--format", "json", "sop")
    assert _imported(repo)
    assert '"rule": "unit-kerja-setwan"' in out, out
    assert code == 0  # a warning does not fail the run
    code, out, _ = _run(capsys, "rules", "--allow-local-plugins")
    assert code == 0 and "unit-kerja-setwan" in out
    code, out, _ = _run(capsys, "rule", "--allow-local-plugins", "X901")
    assert code == 0 and "every SOP names its unit" in out


def test_folder_module_attribute_form(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, 'plugins: ["tools:aturan_setwan:RULE"]\n')
    monkeypatch.chdir(repo)
    monkeypatch.delitem(sys.modules, "aturan_setwan", raising=False)
    code, out, _ = _run(capsys, "check", "--allow-local-plugins", "--select", "X9", "sop")
    assert _imported(repo) and "unit-kerja-setwan" in out
    assert str(repo / "tools") not in sys.path  # the folder is on the path only while importing
    sys.modules.pop("aturan_setwan", None)


def test_plugin_rule_that_raises_is_a_rule_error_and_the_run_goes_on(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n", body=RAISES)
    (repo / "sop" / "rusak.yaml").write_text(SOP.replace("nama: Pengelolaan", "nama: Pengelolaan\n  nama: Lagi"))
    monkeypatch.chdir(repo)
    code, out, _ = _run(
        capsys, "check", "--allow-local-plugins", "--select", "unit-kerja-setwan,rule-error,duplicate-key",
        "--format", "json", "--lang", "en", "sop",
    )
    assert code == 1
    assert out.count('"rule": "rule-error"') == 2  # one per file
    assert "ZeroDivisionError: aturan lokal rusak" in out
    assert '"rule": "duplicate-key"' in out  # the other rules' findings still come


@pytest.mark.parametrize(
    "config, body, expected",
    [
        ("plugins: [tools/tidak_ada.py]\n", YIELDS, "no such file"),
        ("plugins: tools/aturan_setwan.py\nrules: {}\n", 'pass', None),  # a single string is a list of one
        ("plugins: {a: b}\n", YIELDS, "expected a list"),
        ('plugins: ["tools:aturan_setwan"]\n', YIELDS, "folder:module:ATTRIBUTE"),
        ('plugins: ["tools:json:RULE"]\n', YIELDS, "taken by an installed module"),
    ],
)
def test_plugin_configuration_errors_are_exit_2(tmp_path, capsys, monkeypatch, config, body, expected) -> None:
    repo = _repo(tmp_path, config, body=body)
    monkeypatch.chdir(repo)
    code, _, err = _run(capsys, "check", "--allow-local-plugins", "sop")
    if expected is None:
        assert code in (0, 1)
    else:
        assert code == 2 and expected in err, err


@pytest.mark.parametrize(
    "source, expected",
    [
        ("import nonexistent_module_xyz\n", "ModuleNotFoundError"),
        ("raise SystemExit(3)\n", "SystemExit"),
        ("RULE = 42\n", "soplint Rule"),
        ("RULES = [1, 2]\n", "not a soplint Rule"),
        ("x = 1\n", "AttributeError"),
    ],
)
def test_broken_local_plugin_is_a_clear_error(tmp_path, capsys, monkeypatch, source, expected) -> None:
    repo = _repo(tmp_path, "plugins: [tools/rusak.py]\n")
    (repo / "tools" / "rusak.py").write_text(source)
    monkeypatch.chdir(repo)
    code, _, err = _run(capsys, "check", "--allow-local-plugins", "sop")
    assert code == 2 and expected in err and "rusak.py" in err, err


def test_plugin_may_not_take_a_builtin_name(tmp_path, capsys, monkeypatch) -> None:
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n", name="yaml-syntax", code="X902")
    monkeypatch.chdir(repo)
    code, _, err = _run(capsys, "check", "--allow-local-plugins", "sop")
    assert code == 2 and "already taken" in err


def test_refusal_in_a_real_process(tmp_path) -> None:
    """What a user sees: one message, exit 2, no traceback, no plugin run."""
    repo = _repo(tmp_path, "plugins: [tools/aturan_setwan.py]\n")
    soplint = Path(sys.executable).with_name("soplint")
    command = [str(soplint)] if soplint.exists() else [sys.executable, "-m", "soplint"]
    result = subprocess.run([*command, "check", "sop"], cwd=repo, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stdout == "" and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not _imported(repo)


# --------------------------------------------------------------------------- installed plugins


class _FakeEntryPoint:
    def __init__(self, name: str, value: str, obj=None, error: Exception | None = None) -> None:
        self.name, self.value, self._obj, self._error = name, value, obj, error

    def load(self):
        if self._error is not None:
            raise self._error
        return self._obj


@pytest.fixture
def fresh_registry_cache():
    registry_module._installed_sources.cache_clear()
    default_registry.cache_clear()
    yield
    registry_module._installed_sources.cache_clear()
    default_registry.cache_clear()


def _plugin_rule():
    from soplint.findings import Severity
    from soplint.rule import Rule

    return Rule(
        name="unit-kerja-setwan", code="X901", severity=Severity.WARNING, basis="PRACTICE",
        messages={"id": {"m": "Unit kerja belum ditulis."}, "en": {"m": "The unit is not written."}}, doc=PLUGIN_DOC,
    )


def test_installed_plugin_comes_through_the_entry_point_group(monkeypatch, fresh_registry_cache) -> None:
    builtin = list(registry_module._entry_points())
    rule = _plugin_rule()
    monkeypatch.setattr(registry_module, "_entry_points", lambda: [*builtin, _FakeEntryPoint("setwan", "setwan:RULE", rule)])
    assert "unit-kerja-setwan" in default_registry().rules


def test_installed_plugin_that_fails_to_import_names_itself(monkeypatch, fresh_registry_cache) -> None:
    monkeypatch.setattr(
        registry_module, "_entry_points", lambda: [_FakeEntryPoint("setwan", "setwan:RULE", error=ImportError("boom"))]
    )
    with pytest.raises(RegistryError, match="plugin setwan .*boom"):
        default_registry()


def test_registry_checks_metadata() -> None:
    rule = _plugin_rule()
    with pytest.raises(RegistryError, match="kebab-case"):
        build_registry([("x", replace(rule, name="Bad_Name"))])
    with pytest.raises(RegistryError, match="no documentation"):
        build_registry([("x", replace(rule, doc=""))])


# --------------------------------------------------------------------------- gaps in the engine (reported)


def _run_plugin_rule(check, template: str = "x"):
    from soplint.config import build_config
    from soplint.engine import lint_source

    rule = replace(_plugin_rule(), check=check, messages={"id": {"m": template}, "en": {"m": template}})
    registry = build_registry([*registry_module._installed_sources(), ("test plugin", rule)])
    config = build_config(registry, {}, cli_select=["unit-kerja-setwan", "rule-error"])
    return lint_source(SOP.encode(), "sop.yaml", config, registry).findings


def test_plugin_rule_that_raises_inside_the_engine() -> None:
    def check(doc, graph, options):
        raise RuntimeError("rusak")
        yield  # pragma: no cover

    assert [f.rule for f in _run_plugin_rule(check)] == ["rule-error"]


@pytest.mark.parametrize("case", ["yields-junk", "calls-exit", "bad-template"])
def test_plugin_rule_misbehaving_is_a_rule_error(case) -> None:
    from soplint.findings import Violation

    def yields_junk(doc, graph, options):
        yield 42

    def calls_exit(doc, graph, options):
        raise SystemExit(1)
        yield  # pragma: no cover

    def attribute_in_message(doc, graph, options):
        yield Violation(("identitas",), "m", {"a": 1})

    check, template = {
        "yields-junk": (yields_junk, "x"),
        "calls-exit": (calls_exit, "x"),
        "bad-template": (attribute_in_message, "{a.b}"),
    }[case]
    expected = ["unit-kerja-setwan"] if case == "bad-template" else ["rule-error"]
    assert [f.rule for f in _run_plugin_rule(check, template)] == expected
