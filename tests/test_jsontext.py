"""The JSON report in pieces: the same bytes as one json.dumps, never the whole list at once."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from soplint.jsontext import dumps_with_list, iter_with_list
from soplint.stats import PackedStats, unpacked

_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_text, inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(payload=st.dictionaries(_text.filter(lambda k: k != "documents"), _values, max_size=4), items=st.lists(_values, max_size=5))
def test_the_same_bytes_as_one_dumps(payload, items) -> None:
    expected = json.dumps({**payload, "documents": items}, ensure_ascii=False, indent=2)
    assert dumps_with_list(payload, "documents", iter(items)) == expected


def test_the_list_is_read_one_item_at_a_time() -> None:
    taken = []

    def items():
        for n in range(3):
            taken.append(n)
            yield {"n": n}

    pieces = iter_with_list({"version": 1}, "documents", items())
    assert next(pieces) == '{\n  "version": 1,\n  "documents": '
    assert taken == []
    next(pieces)
    assert taken == [0]


@settings(max_examples=200, derandomize=True, deadline=None)
@given(figures=st.dictionaries(_text, _values, max_size=6))
def test_packed_figures_come_back_as_json_reads_them(figures) -> None:
    packed = PackedStats(figures)
    assert unpacked(packed) == json.loads(json.dumps(figures))
    assert len(packed.text.encode()) <= len(json.dumps(figures, ensure_ascii=False).encode())
