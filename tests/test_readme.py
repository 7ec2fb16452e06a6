"""The README stays true: its rule index is generated from the docstrings, and
its test command is the one CI runs."""

from __future__ import annotations

import os
import re
from pathlib import Path

from soplint.docs import rule_index_markdown
from soplint.registry import default_registry

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
START, END = "<!-- rules:start -->", "<!-- rules:end -->"


def test_rule_index_is_current() -> None:
    text = README.read_text(encoding="utf-8")
    index = rule_index_markdown(default_registry())
    current = text[text.index(START) + len(START):text.index(END)].strip("\n")
    if os.environ.get("SOPLINT_UPDATE_README") and current != index.strip("\n"):
        README.write_text(text.replace(text[text.index(START):text.index(END)], f"{START}\n{index}"), encoding="utf-8")
        current = index.strip("\n")
    assert current == index.strip("\n"), "README rule index is stale: run SOPLINT_UPDATE_README=1 python -m pytest tests/test_readme.py"


def test_first_lines_give_the_two_commands() -> None:
    block = re.search(r"```sh\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None
    install, tests = block.group(1).strip().splitlines()
    assert "pip install ." in install and "soplint check" in install and "examples/" in install
    assert tests.endswith("python -m pytest")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "\npython -m pytest\n" in ci, "CI must run the README's test command"
    assert "pip install --quiet -e '.[test]'" in ci


def test_docs_format_is_the_contract() -> None:
    contract = ROOT.parent / "shared" / "spec" / "FORMAT.md"
    if contract.is_file():  # beside a checkout in this workplace; absent elsewhere
        assert (ROOT / "docs" / "FORMAT.md").read_text(encoding="utf-8") == contract.read_text(encoding="utf-8")
