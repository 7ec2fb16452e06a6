"""A validity-only JSON Schema compiler for the subset the SOP-AP schema uses.

Why it exists: jsonschema's validator costs more than parsing the YAML itself
(about 1.7x the C composer on a 6 KB SOP), while a document that is valid,
the common case, needs only a yes. ``compile_schema`` turns the schema into
nested closures once; a call then costs a few microseconds per field.

It answers *whether* a document is valid, never *why*: the jsonschema library
stays the source of truth for the detailed errors, and the tests hold the two
to the same verdict. A keyword outside the subset raises ``Unsupported`` at
compile time, so a schema change can never be silently half-checked.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping

Check = Callable[[Any], bool]

#: Keywords that never affect validity.
_ANNOTATIONS = frozenset({
    "$schema", "$id", "$defs", "$comment", "title", "description", "markdownDescription",
    "examples", "default", "enumDescriptions", "markdownEnumDescriptions", "deprecated",
    # VS Code's extensions for editor messages.
    "patternErrorMessage", "errorMessage",
})
_SUPPORTED = frozenset({
    "type", "enum", "const", "properties", "required", "additionalProperties", "items",
    "minItems", "minLength", "minimum", "pattern", "$ref", "allOf", "anyOf", "oneOf", "not",
    "if", "then", "else",
}) | _ANNOTATIONS


class Unsupported(Exception):
    """The schema uses a keyword or value this compiler does not implement."""


def _accept(value: Any) -> bool:
    return True


def _reject(value: Any) -> bool:
    return False


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _is_integer(value: Any) -> bool:
    # As jsonschema: 4.0 is an integer, True is not.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


_TYPE_TESTS: Mapping[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "number": _is_number,
    "integer": _is_integer,
}
_EXACT_TYPES: Mapping[str, type] = {
    "string": str, "object": dict, "array": list, "boolean": bool, "null": type(None),
}


def _type_check(types: str | list[str]) -> Check:
    names = [types] if isinstance(types, str) else list(types)
    unknown = set(names) - set(_TYPE_TESTS)
    if unknown:
        raise Unsupported(f"type {sorted(unknown)}")
    # Plain data has exact built-in types, so a set lookup settles nearly every
    # value; the full tests handle subclasses, bool and whole floats.
    exact = frozenset(_EXACT_TYPES[n] for n in names if n in _EXACT_TYPES)
    if "integer" in names or "number" in names:
        exact |= {int}
    tests = [_TYPE_TESTS[n] for n in names]

    def check(value: Any) -> bool:
        if type(value) in exact:
            return True
        return any(test(value) for test in tests)

    return check


def _all(checks: list[Check]) -> Check:
    """One check from several, without a loop in the common small cases."""
    checks = [c for c in checks if c is not _accept]
    if not checks:
        return _accept
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda v: first(v) and second(v)
    return lambda v: all(c(v) for c in checks)


class _Compiler:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root
        self.refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        if pointer in self.refs:
            return self.refs[pointer]
        if not pointer.startswith("#/$defs/") or pointer.count("/") != 2:
            raise Unsupported(f"$ref {pointer}")
        name = pointer.rsplit("/", 1)[1]
        target = self.root.get("$defs", {}).get(name)
        if target is None:
            raise Unsupported(f"$ref to a missing definition {pointer}")
        # A placeholder first, so that a recursive definition compiles.
        compiled: list[Check] = []
        self.refs[pointer] = lambda v: compiled[0](v)
        compiled.append(self.compile(target))
        self.refs[pointer] = compiled[0]
        return compiled[0]

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return _accept
        if schema is False:
            return _reject
        if not isinstance(schema, dict):
            raise Unsupported(f"schema {schema!r}")
        unknown = set(schema) - _SUPPORTED
        if unknown:
            raise Unsupported(f"keywords {sorted(unknown)}")

        checks: list[Check] = []
        if "type" in schema:
            checks.append(_type_check(schema["type"]))
        if "$ref" in schema:
            checks.append(self.ref(schema["$ref"]))
        if "enum" in schema:
            checks.append(_enum_check(schema["enum"]))
        if "const" in schema:
            checks.append(_enum_check([schema["const"]]))
        if "pattern" in schema or "minLength" in schema:
            checks.append(self.string(schema))
        if "minimum" in schema:
            minimum = schema["minimum"]
            checks.append(lambda v: not _is_number(v) or v >= minimum)
        if {"properties", "required", "additionalProperties"} & set(schema):
            checks.append(self.object(schema))
        if "items" in schema or "minItems" in schema:
            checks.append(self.array(schema))
        for sub in schema.get("allOf", ()):
            checks.append(self.compile(sub))
        if "anyOf" in schema:
            alternatives = [self.compile(s) for s in schema["anyOf"]]
            checks.append(lambda v: any(a(v) for a in alternatives))
        if "oneOf" in schema:
            options = [self.compile(s) for s in schema["oneOf"]]
            checks.append(lambda v: sum(1 for o in options if o(v)) == 1)
        if "not" in schema:
            negated = self.compile(schema["not"])
            checks.append(lambda v: not negated(v))
        if "if" in schema:
            condition = self.compile(schema["if"])
            then = self.compile(schema.get("then", True))
            otherwise = self.compile(schema.get("else", True))
            checks.append(lambda v: then(v) if condition(v) else otherwise(v))
        return _all(checks)

    def string(self, schema: Mapping[str, Any]) -> Check:
        search = re.compile(schema["pattern"]).search if "pattern" in schema else None
        min_length = schema.get("minLength", 0)

        def check(value: Any) -> bool:
            if not isinstance(value, str):
                return True
            if len(value) < min_length:
                return False
            return search is None or search(value) is not None

        return check

    def object(self, schema: Mapping[str, Any]) -> Check:
        properties = {k: self.compile(s) for k, s in schema.get("properties", {}).items()}
        required = tuple(schema.get("required", ()))
        additional = schema.get("additionalProperties", True)
        closed = additional is False
        extra = None if additional in (True, False) else self.compile(additional)

        def check(value: Any) -> bool:
            if not isinstance(value, dict):
                return True
            for key in required:
                if key not in value:
                    return False
            for key, item in value.items():
                prop = properties.get(key)
                if prop is not None:
                    if not prop(item):
                        return False
                elif closed:
                    return False
                elif extra is not None and not extra(item):
                    return False
            return True

        return check

    def array(self, schema: Mapping[str, Any]) -> Check:
        if isinstance(schema.get("items", True), list):
            raise Unsupported("tuple-form items")
        item_check = self.compile(schema.get("items", True))
        min_items = schema.get("minItems", 0)

        def check(value: Any) -> bool:
            if not isinstance(value, list):
                return True
            if len(value) < min_items:
                return False
            if item_check is _accept:
                return True
            for item in value:
                if not item_check(item):
                    return False
            return True

        return check


def _enum_check(values: list[Any]) -> Check:
    if not all(v is None or isinstance(v, str) for v in values):
        # Other members need jsonschema's type-aware equality (1 != True).
        raise Unsupported("enum members other than text and null")
    texts = frozenset(v for v in values if isinstance(v, str))
    allows_null = None in values
    return lambda v: (v is None and allows_null) or (isinstance(v, str) and v in texts)


def compile_schema(schema: Mapping[str, Any]) -> Check:
    """A function telling whether plain data is valid against ``schema``."""
    return _Compiler(schema).compile(schema)
