"""Rule discovery: every rule, built-in or third-party, comes through one
entry-point group, ``soplint.rules``.

An entry point names either one ``Rule`` or an iterable of them (a plugin
pack); the built-in families are packs, each collecting the ``RULE`` of every
module in its folder. The registry checks each rule's metadata once, so that a
broken plugin is a clear error and not a confusing finding later.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Mapping

from soplint.rule import LANGUAGES, Rule

ENTRY_POINT_GROUP = "soplint.rules"
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{1,3}[0-9]{3}$")


class RegistryError(Exception):
    """A plugin whose rules cannot be used (bad metadata, clash, import error)."""


def family_rules(package: str) -> tuple[Rule, ...]:
    """Collect ``RULE`` from each module of a package, in module-name order."""
    module = sys.modules[package]
    rules = []
    for info in sorted(pkgutil.iter_modules(module.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        sub = importlib.import_module(f"{package}.{info.name}")
        rule = getattr(sub, "RULE", None)
        if isinstance(rule, Rule):
            rules.append(replace(rule, doc=rule.doc or (sub.__doc__ or "")))
    return tuple(rules)


def validate_rule(rule: Rule, origin: str) -> None:
    problems = []
    if not _NAME.match(rule.name):
        problems.append(f"name {rule.name!r} is not kebab-case")
    if not _CODE.match(rule.code):
        problems.append(f"code {rule.code!r} is not letters and three digits (e.g. F301)")
    for lang in LANGUAGES:
        if lang not in rule.messages:
            problems.append(f"no {lang!r} messages")
    if "id" in rule.messages and "en" in rule.messages:
        missing = set(rule.messages["id"]) ^ set(rule.messages["en"])
        if missing:
            problems.append(f"messages not in both languages: {sorted(missing)}")
    if not rule.doc.strip():
        problems.append("no documentation (module docstring)")
    if problems:
        raise RegistryError(f"{origin}: rule {rule.name}: " + "; ".join(problems))


@dataclass(frozen=True)
class Registry:
    rules: Mapping[str, Rule]

    def by_code(self) -> dict[str, Rule]:
        return {r.code: r for r in self.rules.values()}

    def get(self, name_or_code: str) -> Rule | None:
        if name_or_code in self.rules:
            return self.rules[name_or_code]
        return self.by_code().get(name_or_code.upper())

    def ordered(self) -> list[Rule]:
        return sorted(self.rules.values(), key=lambda r: r.code)


def _entry_points():
    from importlib.metadata import entry_points

    return entry_points(group=ENTRY_POINT_GROUP)


def build_registry(sources: Iterable[tuple[str, object]]) -> Registry:
    """Build a registry from (origin, Rule-or-iterable) pairs; checks clashes."""
    rules: dict[str, Rule] = {}
    codes: dict[str, str] = {}
    for origin, obj in sources:
        items = [obj] if isinstance(obj, Rule) else list(obj)  # type: ignore[arg-type]
        for rule in items:
            if not isinstance(rule, Rule):
                raise RegistryError(f"{origin}: {rule!r} is not a soplint Rule")
            validate_rule(rule, origin)
            if rule.name in rules:
                raise RegistryError(f"{origin}: rule name {rule.name} is already taken")
            if rule.code in codes:
                raise RegistryError(f"{origin}: code {rule.code} of {rule.name} is already used by {codes[rule.code]}")
            rules[rule.name] = rule
            codes[rule.code] = rule.name
    return Registry(rules)


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """All installed rules, through the entry-point group."""
    sources = []
    for ep in _entry_points():
        try:
            sources.append((f"plugin {ep.name} ({ep.value})", ep.load()))
        except Exception as exc:  # a plugin that fails to import names itself
            raise RegistryError(f"plugin {ep.name} ({ep.value}) failed to load: {exc}") from exc
    if not sources:
        raise RegistryError(
            "no rules found in the 'soplint.rules' entry-point group: is soplint installed (pip install .)?"
        )
    return build_registry(sources)
