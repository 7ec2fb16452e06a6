"""A wheel built from the repository, installed into a fresh virtual
environment, runs every built-in rule and finds its schema and data files:
rules/ and schemas/ must install inside the soplint namespace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from soplint.registry import default_registry

ROOT = Path(__file__).resolve().parent.parent


def _run(cmd: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=600, **kwargs)


@pytest.fixture(scope="module")
def wheel_env(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(work / "dist"), str(ROOT)])
    wheels = list((work / "dist").glob("soplint-*.whl"))
    assert len(wheels) == 1, wheels
    env_dir = work / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    _run([str(python), "-m", "pip", "install", "--quiet", str(wheels[0])])
    return env_dir


def test_wheel_has_no_top_level_rules_module(wheel_env: Path) -> None:
    site = next((wheel_env / "lib").glob("python*/site-packages"))
    assert not (site / "rules").exists()
    assert not (site / "schemas").exists()
    assert (site / "soplint" / "rules").is_dir()
    assert (site / "soplint" / "schemas" / "sop-ap.schema.json").is_file()


def test_wheel_runs_every_builtin_rule(wheel_env: Path, tmp_path: Path) -> None:
    soplint = wheel_env / "bin" / "soplint"
    listed = json.loads(_run([str(soplint), "rules", "--format", "json"], cwd=tmp_path).stdout)
    assert sorted(r["name"] for r in listed) == sorted(default_registry().rules)
    # check the bundled examples from outside the repository, with every rule
    clean = ROOT / "examples" / "sekretariat-dprd"
    if clean.is_dir():
        result = subprocess.run(
            [str(soplint), "check", "--isolated", "--format", "json", str(clean)],
            capture_output=True, text=True, cwd=tmp_path, timeout=300,
        )
        assert result.returncode in (0, 1), result.stderr
        report = json.loads(result.stdout)
        assert report["summary"]["files_checked"] >= 10
        assert not [f for f in report["findings"] if f["rule"] == "rule-error"], report["findings"]
    audit = subprocess.run(
        [str(soplint), "audit", "--isolated", "--tanggal-audit", "2026-12-01", "--format", "json", str(ROOT / "examples")],
        capture_output=True, text=True, cwd=tmp_path, timeout=300,
    )
    assert audit.returncode == 0, audit.stderr
    assert json.loads(audit.stdout)
    env = {**os.environ, "NO_COLOR": "1"}
    bad = tmp_path / "rusak.yaml"
    bad.write_text("identitas: [\n", encoding="utf-8")
    result = subprocess.run([str(soplint), "check", str(bad)], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "yaml-syntax" in result.stdout


def test_every_package_folder_is_listed_for_setuptools() -> None:
    """pyproject.toml lists packages by hand (rules/ and schemas/ are mapped into
    the soplint namespace); a folder left out would be missing from the wheel."""
    import re

    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'"(soplint(?:\.[a-z_]+)*)"', text.split("packages = [", 1)[1].split("]", 1)[0]))
    mapping = {"soplint": ROOT / "soplint", "soplint.rules": ROOT / "rules", "soplint.schemas": ROOT / "schemas"}
    on_disk = set()
    for prefix, folder in mapping.items():
        for init in folder.rglob("__init__.py"):
            relative = init.parent.relative_to(folder).parts
            if "__pycache__" in relative:
                continue
            on_disk.add(".".join((prefix, *relative)))
    assert on_disk == listed
