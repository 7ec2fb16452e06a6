"""The structure check: plain data against schemas/sop-ap.schema.json.

``check_structure(data)`` reports every structural fault of a document in one
pass, each as a ``Violation`` of the ``schema`` rule with the path of the
fault and a message key of ``soplint.rules.document.schema``.

Speed: most documents are valid, so a compiled validity check (see
``schema_fast``) answers first, at a few percent of the cost of parsing.
Only an invalid document pays for jsonschema, which stays the source of truth
for *what* is wrong; its errors are then turned into one plain message per
fault, at the place the author must edit.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from soplint.findings import DocPath, Violation, format_path
from soplint.schema_fast import Unsupported, compile_schema

if TYPE_CHECKING:  # jsonschema is imported only when a document is invalid
    from importlib.abc import Traversable  # importlib.resources.abc is Python 3.11+

    from jsonschema import ValidationError
    from jsonschema.protocols import Validator

RULE_NAME = "schema"
#: The schema as installed: package data of ``soplint.schemas``.
SCHEMA_PATH: "Traversable" = files("soplint.schemas") / "sop-ap.schema.json"
SCHEMA_ID = "urn:soplint:schema:sop-ap:1"


def load_schema() -> dict[str, Any]:
    """The SOP-AP JSON Schema, freshly parsed (callers may change their copy)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _schema() -> Mapping[str, Any]:
    return load_schema()


@lru_cache(maxsize=1)
def _fast_check() -> Callable[[Any], bool] | None:
    """The compiled validity check, or None if the schema outgrew it."""
    try:
        return compile_schema(_schema())
    except Unsupported:  # still correct, only slower: jsonschema decides alone
        return None


@lru_cache(maxsize=1)
def _full_validator() -> "Validator":
    from jsonschema import Draft202012Validator

    return Draft202012Validator(_schema())


def check_structure(data: Any) -> list[Violation]:
    """All structural faults of a document (plain data), in document order."""
    # The loader reports these two itself (same keys), and hands no data on.
    if data is None:
        return [_violation((), "empty-file")]
    if not isinstance(data, dict):
        return [_violation((), "top-not-mapping", kind="list" if isinstance(data, list) else "scalar")]
    fast = _fast_check()
    if fast is not None and fast(data):
        return []
    errors = list(_full_validator().iter_errors(data))
    return _Translator(data).translate(errors)


# --------------------------------------------------------------------------- messages

#: Every message key this module emits; the ``schema`` rule's catalogue holds
#: exactly these (a test checks both directions).
MESSAGE_KEYS: frozenset[str] = frozenset({
    "empty-file", "top-not-mapping",
    "missing-identitas", "missing-pelaksana", "missing-prosedur", "missing-kegiatan",
    "missing-step-pelaksana", "missing-tanggal", "missing-key",
    "type-text", "type-text-number", "nip-number", "type-list", "type-mapping", "type-integer",
    "type-step-ref", "type-text-or-list", "type-other", "type-step",
    "empty", "empty-required", "enum", "enum-did-you-mean",
    "pattern", "pattern-id", "pattern-ref", "minimum-step", "min-items",
    "ke-on-keputusan", "answer-not-on-keputusan", "answers-mixed",
    "unknown-key", "unknown-key-did-you-mean", "unknown-key-move", "unknown-key-no",
    "invalid",
})

#: Expected JSON types (without "null") -> message key for a wrong type.
TYPE_MESSAGES: Mapping[frozenset[str], str] = {
    frozenset({"string"}): "type-text",
    frozenset({"string", "number"}): "type-text",
    frozenset({"array"}): "type-list",
    frozenset({"object"}): "type-mapping",
    frozenset({"integer"}): "type-integer",
    frozenset({"integer", "string"}): "type-step-ref",
    frozenset({"array", "string"}): "type-text-or-list",
}

#: The keys the schema requires, by the kind of mapping they sit in, each with
#: the message for its absence (a test holds this to the schema's "required").
MISSING_MESSAGES: Mapping[tuple[str, str], str] = {
    ("top", "identitas"): "missing-identitas",
    ("top", "pelaksana"): "missing-pelaksana",
    ("top", "prosedur"): "missing-prosedur",
    ("step", "kegiatan"): "missing-kegiatan",
    ("step", "pelaksana"): "missing-step-pelaksana",
    ("record", "tanggal"): "missing-tanggal",
}

#: Words authors write for a key the format spells differently. Offered only
#: where the target key is allowed.
ALIASES: Mapping[str, str] = {
    "no": "nomor", "no_urut": "nomor", "nomor_urut": "nomor", "urutan": "nomor",
    "uraian": "kegiatan", "uraian_kegiatan": "kegiatan", "aktivitas": "kegiatan",
    "pelaku": "pelaksana", "aktor": "pelaksana", "actor": "pelaksana", "actors": "pelaksana",
    "selanjutnya": "ke", "lanjut": "ke", "next": "ke", "menuju": "ke",
    "symbol": "simbol", "bentuk": "simbol",
    "langkah": "prosedur", "steps": "prosedur", "flowchart": "prosedur", "prosedur_kerja": "prosedur",
    "identity": "identitas", "identitas_sop": "identitas",
    "catatan": "keterangan", "ket": "keterangan",
    "mutu": "mutu_baku", "baku_mutu": "mutu_baku",
    "persyaratan": "kelengkapan", "syarat": "kelengkapan", "waktu_pelaksanaan": "waktu",
    "hasil": "output", "keluaran": "output",
    "disahkan": "disahkan_oleh", "pengesahan": "disahkan_oleh",
    "dasar": "dasar_hukum", "peralatan": "peralatan_perlengkapan", "perlengkapan": "peralatan_perlengkapan",
    "kualifikasi": "kualifikasi_pelaksana", "pencatatan": "pencatatan_pendataan",
}

_PATTERN_MESSAGES: Mapping[str, str] = {
    "\\S": "empty",
    "^[A-Za-z0-9_-]+$": "pattern-ref",
}

# Validators whose error is a consequence when the same value also has a type
# error (jenis: 3 is a wrong type, not also a wrong choice).
_SECONDARY = frozenset({"enum", "const", "pattern", "minimum", "minLength", "minItems", "anyOf", "oneOf"})


def _violation(path: DocPath, message: str, on_key: bool = False, **args: Any) -> Violation:
    return Violation(tuple(path), message, {**_place(tuple(path)), **args}, on_key=on_key, rule=RULE_NAME)


def _place(path: DocPath) -> dict[str, str]:
    """Where the fault is, in words, for both catalogues (``lokasi``/``location``)
    and the field as the author sees it inside that place (``field``)."""
    if len(path) >= 2 and path[0] in ("prosedur", "monitoring", "evaluasi") and isinstance(path[1], int):
        number = path[1] + 1
        words = {
            "prosedur": ("Langkah", "Step"),
            "monitoring": ("Catatan monitoring", "Monitoring record"),
            "evaluasi": ("Catatan evaluasi", "Evaluation record"),
        }[path[0]]
        # Inside a step or record the field is named from there (mutu_baku.waktu).
        rest = format_path(path[2:]) if len(path) > 2 else format_path(path)
        return {"lokasi": f"{words[0]} {number}: ", "location": f"{words[1]} {number}: ", "field": rest}
    return {"lokasi": "", "location": "", "field": format_path(path)}


def _show(value: Any, limit: int = 40) -> str:
    """A value as the author wrote it, short enough for a message."""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 1] + "…"
        return f'"{text}"'
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return "[…]" if isinstance(value, list) else "{…}"
    return str(value)


def _close(word: str, choices: list[str]) -> list[str]:
    """The likeliest meant choice, if any is close enough."""
    import difflib  # imported here: only invalid documents need it

    return difflib.get_close_matches(word, choices, n=1, cutoff=0.6)


def _types(schema_type: Any) -> frozenset[str]:
    names = {schema_type} if isinstance(schema_type, str) else set(schema_type)
    return frozenset(names - {"null"}) or frozenset({"null"})


def _resolve(schema: Any, root: Mapping[str, Any]) -> Any:
    """Follow a local ``$ref`` (one hop is all the schema uses)."""
    while isinstance(schema, dict) and "$ref" in schema and schema["$ref"].startswith("#/$defs/"):
        target = root["$defs"][schema["$ref"].rsplit("/", 1)[1]]
        schema = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


# --------------------------------------------------------------------------- translation


@dataclass
class _Translator:
    data: Any

    def translate(self, errors: Iterable["ValidationError"]) -> list[Violation]:
        flat = [e for error in errors for e in self._collapse(error)]
        # A value with a wrong type is reported as that alone.
        typed = {tuple(e.absolute_path) for e in flat if e.validator == "type"}
        flat = [e for e in flat if not (e.validator in _SECONDARY and tuple(e.absolute_path) in typed)]

        unknown = [e for e in flat if e.validator == "additionalProperties"]
        suggested: dict[DocPath, set[str]] = {}
        out: list[Violation] = []
        for error in unknown:
            for violation in self._unknown_keys(error):
                out.append(violation)
                if "suggestion" in violation.args:
                    suggested.setdefault(violation.path[:-1], set()).add(violation.args["suggestion"])
        for error in flat:
            if error.validator == "additionalProperties":
                continue
            out.extend(self._one(error, suggested))

        # Two errors may name one fault (a key forbidden by two branches).
        unique = list({(v.path, v.message, v.on_key): v for v in out}.values())
        return sorted(unique, key=lambda v: (self._order(v.path), v.message))

    def _collapse(self, error: "ValidationError") -> Iterator["ValidationError"]:
        """anyOf/oneOf: the alternative closest to what was written, not all."""
        if error.validator not in ("anyOf", "oneOf") or not error.context:
            yield error
            return
        branches: dict[int, list["ValidationError"]] = {}
        for sub in error.context:
            branches.setdefault(sub.relative_schema_path[0], []).append(sub)
        # A branch whose type matched says more than one that wanted another type.
        def rank(subs: list["ValidationError"]) -> tuple[int, int]:
            wrong_type = any(s.validator == "type" and len(s.relative_path) == 0 for s in subs)
            return (1 if wrong_type else 0, len(subs))

        best = min(branches.values(), key=rank)
        if rank(best)[0] == 1:  # no alternative accepts this type: one type error
            types: set[str] = set()
            for subs in branches.values():
                for s in subs:
                    if s.validator == "type" and len(s.relative_path) == 0:
                        types |= _types(s.validator_value)
            merged = copy.copy(error)
            merged.validator = "type"  # type: ignore[misc]
            merged.validator_value = sorted(types)  # type: ignore[misc]
            yield merged
            return
        for sub in best:
            yield from self._collapse(sub)

    def _one(self, error: "ValidationError", suggested: Mapping[DocPath, set[str]]) -> Iterator[Violation]:
        path: DocPath = tuple(error.absolute_path)
        kind = error.validator
        value = error.instance
        if kind == "required":
            present = value.keys() if isinstance(value, dict) else ()
            for key in error.validator_value:
                if key in present or key in suggested.get(path, ()):
                    continue  # a misspelt key already names it
                place = self._kind_of(path)
                message = MISSING_MESSAGES.get((place, key), "missing-key")
                yield _violation(path, message, key=key)
        elif kind == "type":
            yield self._type(path, value, error)
        elif kind == "enum" or kind == "const":
            choices = error.validator_value if kind == "enum" else [error.validator_value]
            texts = [c for c in choices if isinstance(c, str)]
            close = _close(str(value).strip().lower(), texts)
            shown = ", ".join(texts)
            if close:
                yield _violation(path, "enum-did-you-mean", value=_show(value), choices=shown, suggestion=close[0])
            else:
                yield _violation(path, "enum", value=_show(value), choices=shown)
        elif kind == "pattern":
            message = _PATTERN_MESSAGES.get(error.validator_value, "pattern")
            if message == "pattern-ref" and path and path[-1] == "id":
                message = "pattern-id"
            if message == "empty":
                message = "empty-required" if self._required_here(path, error) else "empty"
            yield _violation(path, message, value=_show(value), pattern=error.validator_value)
        elif kind == "minimum":
            yield _violation(path, "minimum-step", value=_show(value))
        elif kind == "minItems":
            yield _violation(path, "min-items")
        elif kind == "not":
            if not self._decision_rule_reports(path, error):
                yield self._not(path, error)
        else:  # a keyword this translation does not know yet: still one finding
            yield _violation(path, "invalid", detail=error.message)

    def _type(self, path: DocPath, value: Any, error: "ValidationError") -> Violation:
        expected = _types(error.validator_value)
        if len(path) == 2 and path[0] == "prosedur" and isinstance(path[1], int):
            return _violation(path, "type-step")
        if value is None:
            return _violation(path, "empty-required" if self._required_here(path, error) else "empty")
        message = TYPE_MESSAGES.get(expected, "type-other")
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if number and "string" in expected and "number" not in expected and "integer" not in expected:
            message = "nip-number" if path[-1:] == ("nip",) else "type-text-number"
        return _violation(path, message, value=_show(value), expected=", ".join(sorted(expected)))

    def _decision_rule_reports(self, path: DocPath, error: "ValidationError") -> bool:
        """A keputusan that goes on by ``ke`` alone, with no answer: decision-branches
        says so ("none-with-ke"), with the fix; a second finding would only repeat it."""
        from soplint.model import has_answers

        if not (error.validator_value == {} and path and path[-1] == "ke" and error.instance is not None):
            return False
        step: Any = self.data
        for item in path[:-1]:
            if isinstance(step, dict) and isinstance(item, str):
                step = step.get(item)
            elif isinstance(step, list) and isinstance(item, int) and 0 <= item < len(step):
                step = step[item]
            else:
                return False
        return isinstance(step, dict) and not has_answers(step)

    def _not(self, path: DocPath, error: "ValidationError") -> Violation:
        if error.validator_value == {} and path and isinstance(path[-1], str):
            key = path[-1]
            message = "ke-on-keputusan" if key == "ke" else "answer-not-on-keputusan"
            return _violation(path, message, on_key=True, key=key)
        # The only other "not": ya/tidak written together with cabang.
        target = path + ("cabang",) if isinstance(error.instance, dict) and "cabang" in error.instance else path
        return _violation(target, "answers-mixed", on_key=target != path)

    def _unknown_keys(self, error: "ValidationError") -> Iterator[Violation]:
        path: DocPath = tuple(error.absolute_path)
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = list(schema.get("properties", {}))
        value = error.instance if isinstance(error.instance, dict) else {}
        for key in value:
            if key in allowed:
                continue
            key_path = path + (key,)
            text = str(key)
            lowered = text.strip().lower()
            if lowered == "no" and "nomor" in allowed:
                yield _violation(key_path, "unknown-key-no", on_key=True, key=text, suggestion="nomor")
                continue
            home = self._home_below(schema, lowered)
            if home and lowered not in allowed:
                yield _violation(key_path, "unknown-key-move", on_key=True, key=text, parent=home)
                continue
            alias = ALIASES.get(lowered)
            close = [alias] if alias in allowed else _close(lowered, allowed)
            if lowered in allowed:  # only the case or spaces differ
                close = [lowered]
            if close:
                yield _violation(key_path, "unknown-key-did-you-mean", on_key=True, key=text, suggestion=close[0])
            else:
                yield _violation(key_path, "unknown-key", on_key=True, key=text, allowed=", ".join(allowed))

    def _home_below(self, schema: Mapping[str, Any], key: str) -> str | None:
        """The child mapping where ``key`` belongs (``waktu`` -> ``mutu_baku``)."""
        root = _schema()
        for name, sub in schema.get("properties", {}).items():
            child = _resolve(sub, root)
            if isinstance(child, dict) and key in child.get("properties", {}):
                return name
        return None

    def _required_here(self, path: DocPath, error: "ValidationError") -> bool:
        """Whether the key at ``path`` must be filled in (so "or delete it" is no advice)."""
        if not path or not isinstance(path[-1], str):
            return True  # a list item: an empty one is never wanted
        return (self._kind_of(path[:-1]), path[-1]) in MISSING_MESSAGES

    def _kind_of(self, path: DocPath) -> str:
        if path == ():
            return "top"
        if len(path) == 2 and path[0] == "prosedur":
            return "step"
        if len(path) == 2 and path[0] in ("monitoring", "evaluasi"):
            return "record"
        return "other"

    def _order(self, path: DocPath) -> tuple[int, ...]:
        """Document order: the position of each key or item along the path."""
        order: list[int] = []
        node = self.data
        for item in path:
            if isinstance(node, dict):
                keys = list(node)
                order.append(keys.index(item) if item in node else len(keys))
                node = node.get(item) if isinstance(item, str) else None
            elif isinstance(node, list) and isinstance(item, int):
                order.append(item)
                node = node[item] if 0 <= item < len(node) else None
            else:
                order.append(0)
                node = None
        return tuple(order)
