"""The benchmark's corpus generator: deterministic, and every SOP valid.

Run on a handful of files so it stays fast; the benchmark itself writes
thousands of the same kind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from soplint.graph import ProcedureGraph
from soplint.loader import load
from soplint.model import build_document

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import corpus  # noqa: E402  (benchmarks/ is a folder of scripts, not a package)

SAMPLE = range(0, 400, 23)  # 18 files spread over the first folder


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    schema = json.loads((ROOT / "schemas" / "sop-ap.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_same_seed_same_bytes() -> None:
    assert [corpus.sop_text(i) for i in SAMPLE] == [corpus.sop_text(i) for i in SAMPLE]


def test_other_seed_other_corpus() -> None:
    assert corpus.sop_text(3) != corpus.sop_text(3, seed=1)


def test_file_does_not_depend_on_corpus_size(tmp_path: Path) -> None:
    small = corpus.generate(tmp_path / "small", 3, per_folder=2)
    big = corpus.generate(tmp_path / "big", 5, per_folder=2)
    assert [p.relative_to(small.root) for p in small.files] == [p.relative_to(big.root) for p in big.files[:3]]
    assert [p.read_bytes() for p in small.files] == [p.read_bytes() for p in big.files[:3]]
    assert [f.name for f in big.folders] == ["part-01", "part-02", "part-03"]


def test_regenerating_a_smaller_corpus_removes_the_rest(tmp_path: Path) -> None:
    corpus.generate(tmp_path, 5, per_folder=2)
    smaller = corpus.generate(tmp_path, 2, per_folder=2)
    assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.yaml")) == [
        p.relative_to(tmp_path) for p in smaller.files
    ]


@pytest.mark.parametrize("index", SAMPLE)
def test_sop_is_valid_by_the_schema(index: int, validator) -> None:
    loaded = load(corpus.sop_text(index).encode("utf-8"))
    assert loaded.problems == () and loaded.is_sop
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(loaded.data)]
    assert errors == []


@pytest.mark.parametrize("index", SAMPLE)
def test_sop_has_the_promised_shape(index: int) -> None:
    text = corpus.sop_text(index)
    doc = build_document(load(text.encode("utf-8")).data)
    graph = ProcedureGraph(doc)
    assert 20 <= len(doc.steps) <= 40
    assert 4_000 <= len(text.encode("utf-8")) <= 10_000
    assert any(step.is_decision for step in doc.steps)
    # Decisions and rework loops, yet a sound flow: every step reachable from
    # mulai, and from every step a way to selesai.
    assert graph.unreachable == () and graph.trapped == ()
    assert any(
        answer.ref.target is not None and answer.ref.target < step.index
        for step in doc.steps
        for answer in step.answers
    ), "no rework loop"
    declared = {entry.text for entry in doc.pelaksana}
    assert {name for step in doc.steps for name in step.pelaksana} <= declared


def test_mean_size_is_about_six_kilobytes() -> None:
    sizes = [len(corpus.sop_text(i).encode("utf-8")) for i in range(60)]
    assert 5_500 <= sum(sizes) / len(sizes) <= 7_500


def test_checking_a_sound_sop_imports_no_heavy_dependency(tmp_path: Path) -> None:
    """The start-up target (benchmarks/README.md): a one-file check of a sound
    SOP must not import networkx, jsonschema or rich; they cost more than the
    rest of the run together and are needed only for faults or colour."""
    import subprocess

    sop = tmp_path / "sop.yaml"
    sop.write_text(corpus.sop_text(0), encoding="utf-8")
    script = (
        "import sys\n"
        "from soplint.cli import main\n"
        f"code = main(['check', '--isolated', {str(sop)!r}])\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'networkx', 'jsonschema', 'rich'})\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.stdout.strip().splitlines()[-1] == "0 []", done.stdout + done.stderr


@pytest.mark.parametrize("kind", ["resolved", "unknown", "duplicate"])
def test_repository_scale_variants_are_what_they_claim(tmp_path: Path, kind: str) -> None:
    """benchmarks/repository_scale.py: no finding, a did-you-mean for every
    keterkaitan, or a duplicate nomor in every SOP but the first."""
    import repository_scale

    from soplint.config import build_config
    from soplint.engine import collect, lint_paths
    from soplint.registry import default_registry

    size = 16
    paths = repository_scale.write(tmp_path, size, kind)
    registry = default_registry()
    config = build_config(registry, {}, cli_select=repository_scale.RULES)
    kept = collect(lint_paths([paths[0].parent], config, registry), config, registry)
    found = [(f.rule, f.message) for r in kept.results for f in r.findings]
    if kind == "resolved":
        assert found == []
    elif kind == "unknown":
        assert len(found) == 2 * size and all("Maksud Anda" in message for _, message in found)
    else:
        assert [rule for rule, _ in found].count("duplicate-nomor") == size - 1
    assert repository_scale.repository_stage(paths[0].parent)[1] == len(found)
    assert len({repository_scale.title(n) for n in range(size)}) == size
