"""Real SOP files damaged byte by byte never crash soplint."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from fuzz_support import check_input, example_files
from sop_strategies import mutated

FILES = example_files()


@pytest.mark.parametrize("path", FILES[:1] + [p for p in FILES if "examples" in p.parts][:3], ids=lambda p: p.name)
def test_mutated_example_files(path: Path) -> None:
    source = path.read_bytes()

    @settings(max_examples=max(settings().max_examples // 3, 10))
    @given(mutated(source))
    def run(damaged: bytes) -> None:
        check_input(damaged)

    run()


@given(st.sampled_from(FILES).flatmap(lambda p: mutated(p.read_bytes())))
def test_mutated_files_of_every_kind(damaged: bytes) -> None:
    check_input(damaged)


@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    check_input(data)


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_prefix_of_a_file_is_handled(path: Path) -> None:
    """A file cut short anywhere (a half-saved upload) - every 97th cut, to stay quick."""
    source = path.read_bytes()
    for cut in range(0, len(source), 97):
        check_input(source[:cut])
