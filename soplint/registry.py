"""Rule discovery: every rule, built-in or third-party, comes through one
entry-point group, ``soplint.rules``.

An entry point names either one ``Rule`` or an iterable of them (a plugin
pack); the built-in families are packs, each collecting the ``RULE`` of every
module in its folder. The registry checks each rule's metadata once, so that a
broken plugin is a clear error and not a confusing finding later.

Local plugins. A ``.soplint.yaml`` may name rule modules that live in the
repository (``plugins: [tools/aturan_kami.py, "tools:paket.modul:RULES"]``).
Those are code from the repository, so they load only when the user says
``--allow-local-plugins``; otherwise the CLI stops with exit 2 before any of
them is imported (an auditor checking another agency's repository runs none
of its code). ``local_plugin_sources`` is the only place that imports them.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import sys
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping, Sequence

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
def _installed_sources() -> tuple[tuple[str, object], ...]:
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
    return tuple(sources)


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    """All installed rules, through the entry-point group."""
    return build_registry(_installed_sources())


# --------------------------------------------------------------------------- local plugins

#: What the CLI says when a configuration names local plugins and the user did
#: not allow them ({config}: the file, {plugins}: what it names).
LOCAL_PLUGINS_REFUSED = {
    "id": "{config} memuat plugin lokal ({plugins}): itu kode Python dari repositori yang akan berjalan di komputer "
    "Anda. soplint berhenti tanpa menjalankannya. Bila Anda mempercayai repositori ini, ulangi dengan "
    "--allow-local-plugins; bila tidak, periksa dengan --isolated (tanpa konfigurasi repositori).",
    "en": "{config} names local plugins ({plugins}): Python code from the repository that would run on your machine. "
    "soplint stopped without running it. If you trust this repository, run again with --allow-local-plugins; "
    "otherwise check it with --isolated (without the repository's configuration).",
}


class LocalPluginsRefused(RegistryError):
    """Local plugins named in a configuration the user did not allow to run."""

    def __init__(self, config: Path, specs: Sequence[str], lang: str | None = None) -> None:
        super().__init__(LOCAL_PLUGINS_REFUSED["en"].format(config=config, plugins=", ".join(specs)))
        self.config = config
        self.specs = tuple(specs)
        #: The configuration's ``bahasa``, for when --lang was not given.
        self.lang = lang

    def message(self, lang: str | None = None) -> str:
        lang = lang or self.lang or "id"
        template = LOCAL_PLUGINS_REFUSED.get(lang, LOCAL_PLUGINS_REFUSED["id"])
        return template.format(config=self.config, plugins=", ".join(self.specs))


def plugin_specs(value: object, where: str) -> tuple[str, ...]:
    """The ``plugins:`` value of a configuration: a list of local module specs."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise RegistryError(f'{where}: plugins: expected a list of "path/to/module.py" or "folder:module:ATTRIBUTE"')
    return tuple(v.strip() for v in value)


def registry_with_local_plugins(specs: Sequence[str], base: Path) -> Registry:
    """Installed rules and the local plugins' rules; called only once the user allowed them."""
    return build_registry([*_installed_sources(), *local_plugin_sources(specs, base)])


def local_plugin_sources(specs: Sequence[str], base: Path) -> list[tuple[str, object]]:
    """Import each local plugin, relative to ``base`` (the configuration's folder).

    ``path/to/module.py`` contributes its ``RULES`` (an iterable) or ``RULE``;
    ``folder:module:ATTRIBUTE`` imports ``module`` (dotted) from ``folder``.
    """
    sources = []
    for index, spec in enumerate(specs):
        origin = f"local plugin {spec}"
        try:
            module, attribute = _import_local(spec, base, index)
            if attribute is not None:
                obj = getattr(module, attribute)
            elif hasattr(module, "RULES"):
                obj = module.RULES
            else:
                obj = module.RULE
        except (RegistryError, KeyboardInterrupt):
            raise
        except BaseException as exc:  # its code raised (or called exit): the plugin, not soplint, is broken
            raise RegistryError(f"{origin} failed to load: {type(exc).__name__}: {exc}") from None
        rules = [obj] if isinstance(obj, Rule) else obj
        try:
            rules = [replace(r, doc=r.doc or (module.__doc__ or "")) if isinstance(r, Rule) else r for r in rules]
        except TypeError:
            raise RegistryError(f"{origin}: {obj!r} is neither a soplint Rule nor a list of them") from None
        sources.append((origin, rules))
    return sources


def _import_local(spec: str, base: Path, index: int):
    if spec.endswith(".py"):
        path = _local_path(spec, base)
        name = f"soplint_local_plugin_{index}_{re.sub(r'[^0-9A-Za-z_]', '_', path.stem)}"
        module_spec = importlib.util.spec_from_file_location(name, path)
        if module_spec is None or module_spec.loader is None:
            raise RegistryError(f"local plugin {spec}: {path} is not a Python module")
        module = importlib.util.module_from_spec(module_spec)
        sys.modules[name] = module  # dataclasses and pickling look modules up by name
        try:
            module_spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
        return module, None
    parts = spec.rsplit(":", 2)
    if len(parts) != 3 or not all(parts):
        raise RegistryError(f'local plugin {spec}: write "path/to/module.py" or "folder:module:ATTRIBUTE"')
    folder, module_name, attribute = parts
    folder_path = _local_path(folder, base)
    if not folder_path.is_dir():
        raise RegistryError(f"local plugin {spec}: no folder {folder_path}")
    if module_name.split(".")[0] in sys.modules:
        raise RegistryError(f"local plugin {spec}: the name {module_name.split('.')[0]!r} is taken by an installed module; rename it")
    sys.path.insert(0, str(folder_path))
    try:
        module = importlib.import_module(module_name)
    finally:
        sys.path.remove(str(folder_path))
    return module, attribute


def _local_path(text: str, base: Path) -> Path:
    path = Path(text).expanduser()
    path = path if path.is_absolute() else base / path
    if not path.exists():
        raise RegistryError(f"local plugin {text}: no such file or folder ({path})")
    return path
