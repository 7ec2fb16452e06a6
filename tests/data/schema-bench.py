"""Time the structure check against YAML composition, on one 6 KB SOP.

Run: python tests/data/schema-bench.py

The document is the FORMAT.md example with its procedure grown to about 25
steps (about 6 KB), the size the pipeline benchmark uses. The ratio is what
matters: both timings come from the same run on the same machine.
"""

from __future__ import annotations

import sys
import timeit
from pathlib import Path

from ruamel.yaml import YAML

HERE = Path(__file__).parent
STEP = """\
  - kegiatan: Memeriksa berkas tahap {n}
    pelaksana: Pengolah Data Risalah
    mutu_baku: {{kelengkapan: Berkas {n}, waktu: 15 menit, output: Berkas {n}}}
"""


def scaled_example(target_bytes: int = 6 * 1024) -> str:
    """The FORMAT.md example with process steps added before its decision."""
    text = (HERE / "format-example.yaml").read_text(encoding="utf-8")
    head, tail = text.split("  - kegiatan: Apakah draf risalah sudah benar?", 1)
    tail = "  - kegiatan: Apakah draf risalah sudah benar?" + tail
    extra = []
    n = 0
    while len(head) + len(tail) + sum(map(len, extra)) < target_bytes:
        n += 1
        extra.append(STEP.format(n=n))
    # The decision's "ya: 4" pointed at the step after it; keep it so.
    tail = tail.replace("ya: 4 ", f"ya: {4 + n} ", 1)
    return head + "".join(extra) + tail


def plain(value):
    """Dates back to their source text, as the loader hands them over."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat") and not isinstance(value, str):
        return value.isoformat()
    return value


def main() -> int:
    from soplint import schema

    text = scaled_example()
    data = plain(YAML(typ="safe").load(text))
    assert schema.check_structure(data) == [], schema.check_structure(data)
    composer = YAML(typ="safe", pure=False)

    def best(fn, number: int) -> float:
        return min(timeit.repeat(fn, number=number, repeat=7)) / number

    t_compose = best(lambda: composer.compose(text), 200)
    from soplint.schema_fast import compile_schema

    # Once per run, by the first file: reading the schema and compiling it.
    t_compile = best(lambda: compile_schema(schema.load_schema()), 20)
    t_fast = best(lambda: schema.check_structure(data), 2000)
    full = schema._full_validator()
    t_jsonschema = best(lambda: full.is_valid(data), 200)
    steps = len(data["prosedur"])
    print(f"document: {len(text)} bytes, {steps} steps")
    print(f"compose (ruamel C):            {t_compose * 1e6:8.1f} us")
    print(f"compile fast check (once):     {t_compile * 1e6:8.1f} us")
    print(f"check_structure (valid):       {t_fast * 1e6:8.1f} us  ratio {t_fast / t_compose:.3f}")
    print(f"jsonschema is_valid (for ref): {t_jsonschema * 1e6:8.1f} us  ratio {t_jsonschema / t_compose:.3f}")
    broken = plain(YAML(typ="safe").load(text.replace("pelaksana: Pengolah", "pelaksan: Pengolah", 3)))
    t_broken = best(lambda: schema.check_structure(broken), 50)
    print(f"check_structure (3 faults):    {t_broken * 1e6:8.1f} us  ratio {t_broken / t_compose:.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent.parent))
    sys.exit(main())
