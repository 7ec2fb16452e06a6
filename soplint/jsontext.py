"""JSON text with one long list written item by item.

A report over an inventory has a list with an entry per SOP (the figures of
``documents``). ``json.dumps`` of the whole payload would hold every entry as
objects and the text twice over at once; here each entry is dumped on its
own, and the text is the same to the byte.
"""

from __future__ import annotations

import json
from typing import Any, Iterable, Iterator, Mapping


def dumps_with_list(payload: Mapping[str, Any], key: str, items: Iterable[Any]) -> str:
    """``json.dumps({**payload, key: list(items)}, ensure_ascii=False, indent=2)``,
    without the list ever being built."""
    return "".join(iter_with_list(payload, key, items))


def iter_with_list(payload: Mapping[str, Any], key: str, items: Iterable[Any]) -> Iterator[str]:
    """The text of ``dumps_with_list`` in pieces: the payload, then each item."""
    head = json.dumps({**payload, key: []}, ensure_ascii=False, indent=2)
    empty = "[]\n}"
    assert head.endswith(empty), "the list comes last"
    yield head[: -len(empty)]
    first = True
    for item in items:
        # JSON text holds no raw line break inside a value: each line is one of the layout
        yield ("[\n    " if first else ",\n    ") + json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    ")
        first = False
    yield "[]\n}" if first else "\n  ]\n}"
