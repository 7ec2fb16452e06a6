"""Configuration: ``.soplint.yaml`` discovery, presets, severities and options.

Resolution order, each step overriding the last: the preset named by
``extends`` (default ``recommended``), the ``rules:`` mapping of the file, the
file's ``select``/``ignore``, then the command line's ``--select``/``--ignore``.
Anything unknown (a key, a rule, an option, a severity) is a ``ConfigError``
(exit 2), never silently ignored.

    extends: recommended          # recommended | audit | all
    bahasa: id                    # id | en
    rules:
      nomor-format: {pattern: '^\\d{3}(\\.\\d+)*/\\d{3}/SETWAN/\\d{4}$'}
      nama-not-activity: off
      nip-invalid: error
    select: [I, A201]             # rule names or code prefixes
    ignore: [decision-not-question]
    per_path_ignores:
      "legacy/**": [mutu-baku-missing]
    exclude: ["draft/**"]
    plugins: [tools/aturan_kami.py] # local rule modules: loaded only with --allow-local-plugins
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from soplint.findings import Severity
from soplint.loader import DEFAULT_LIMITS, Limits, load
from soplint.registry import Registry, RegistryError, plugin_specs
from soplint.suggest import did_you_mean

CONFIG_NAMES = (".soplint.yaml", ".soplint.yml")
PRESETS = ("recommended", "audit", "all")
LANGUAGES = ("id", "en")
OFF = "off"
_TOP_KEYS = (
    "extends", "bahasa", "rules", "select", "ignore", "per_path_ignores", "exclude", "limits", "waktu", "tanggal_audit",
    "plugins",
)
#: The option through which lifecycle rules learn the audit date.
AUDIT_DATE_OPTION = "tanggal_audit"
_LIMIT_KEYS = ("max_bytes", "max_depth", "max_steps")
_WAKTU_KEYS = ("jam_kerja_per_hari", "hari_kerja_per_minggu")


class ConfigError(Exception):
    """A configuration the user must fix; the CLI prints it and exits 2."""


@dataclass(frozen=True)
class ActiveRule:
    name: str
    severity: Severity
    #: True when the user configured the severity (it then beats a finding's own).
    severity_configured: bool
    options: Mapping[str, Any]

    def severity_of(self, own: Severity | None) -> Severity:
        """A finding's severity: the configured one, else the rule's choice for
        this finding (``own``), else the rule's default."""
        return own if own is not None and not self.severity_configured else self.severity


@dataclass(frozen=True)
class Config:
    lang: str = "id"
    rules: Mapping[str, ActiveRule] = field(default_factory=dict)
    per_path_ignores: tuple[tuple[str, frozenset[str]], ...] = ()
    exclude: tuple[str, ...] = ()
    limits: Limits = DEFAULT_LIMITS
    waktu: Mapping[str, float] = field(default_factory=lambda: {"jam_kerja_per_hari": 8, "hari_kerja_per_minggu": 5})
    #: Folder that globs are relative to (the config file's folder, else the cwd).
    root: Path = field(default_factory=Path.cwd)
    source: Path | None = None
    #: Local plugin modules the file names; the CLI loads them only with
    #: --allow-local-plugins, before building the configuration.
    plugins: tuple[str, ...] = ()

    def ignored_for(self, relative: str) -> frozenset[str]:
        names: set[str] = set()
        for pattern, rules in self.per_path_ignores:
            if glob_match(relative, pattern):
                names |= rules
        return frozenset(names)

    def excluded(self, relative: str) -> bool:
        return any(glob_match(relative, pattern) for pattern in self.exclude)


def glob_match(relative: str, pattern: str) -> bool:
    """``fnmatch`` where ``**/`` may also match nothing (``legacy/**`` matches
    ``legacy/a.yaml``; ``**/x.yaml`` matches ``x.yaml``)."""
    relative = relative.replace("\\", "/")
    if fnmatch.fnmatchcase(relative, pattern):
        return True
    if pattern.startswith("**/") and fnmatch.fnmatchcase(relative, pattern[3:]):
        return True
    if pattern.endswith("/**") and (relative == pattern[:-3] or relative.startswith(pattern[:-3] + "/")):
        return True
    return False


def find_config(start: Path) -> Path | None:
    """The nearest ``.soplint.yaml`` in ``start`` or a folder above it."""
    folder = start if start.is_dir() else start.parent
    folder = folder.resolve()
    for candidate_dir in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_dir / name
            if candidate.is_file():
                return candidate
    return None


def read_config_file(path: Path) -> dict[str, Any]:
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    loaded = load(source)
    for problem in loaded.problems:
        line = (problem.line or 0) + 1
        col = (problem.column or 0) + 1
        if problem.rule == "schema" and problem.message == "empty-file":
            return {}
        raise ConfigError(f"{path}:{line}:{col}: {problem.rule}: {_problem_text(problem)}")
    if loaded.data is None:
        return {}
    if not isinstance(loaded.data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping")
    return loaded.data


def _problem_text(problem) -> str:
    args = dict(problem.args)
    return args.get("problem") or problem.message


def load_preset(name: str, registry: Registry) -> dict[str, Severity]:
    if name not in PRESETS:
        raise ConfigError(f"extends: unknown preset {name!r}{_suggest(name, PRESETS)} (presets: {', '.join(PRESETS)})")
    text = resources.files("soplint.presets").joinpath(f"{name}.yaml").read_bytes()
    data = load(text).data or {}
    severities: dict[str, Severity] = {}
    for base in data.get("extends", []) or []:
        severities.update(load_preset(base, registry))
    if data.get("rules") == "all":
        for rule in registry.rules.values():
            severities[rule.name] = rule.severity
    else:
        for rule_name, setting in (data.get("rules") or {}).items():
            rule = registry.rules.get(rule_name)
            if rule is None:
                continue  # a built-in not installed in this build; tests keep presets complete
            severities[rule_name] = rule.severity if setting == "default" else Severity.parse(setting)
    return severities


def _suggest(word: str, candidates: Iterable[str]) -> str:
    match = did_you_mean(word, candidates)
    return f" (did you mean {match!r}?)" if match else ""


def select_rules(selectors: Iterable[str], registry: Registry, where: str) -> set[str]:
    """Names of the rules matched by rule names or code prefixes."""
    chosen: set[str] = set()
    for selector in selectors:
        selector = selector.strip()
        if not selector:
            continue
        if selector in registry.rules:
            chosen.add(selector)
            continue
        upper = selector.upper()
        matched = {r.name for r in registry.rules.values() if r.code.startswith(upper)}
        if not matched:
            raise ConfigError(
                f"{where}: no rule named or coded {selector!r}"
                f"{_suggest(selector, list(registry.rules) + [r.code for r in registry.rules.values()])}"
            )
        chosen |= matched
    return chosen


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [part for part in value.split(",")]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where}: expected a list of rule names or codes")


def _validate_options(rule_name: str, options: Mapping[str, Any], registry: Registry, where: str) -> dict[str, Any]:
    rule = registry.rules[rule_name]
    unknown = [k for k in options if k not in rule.options]
    if unknown:
        known = ", ".join(rule.options) or "none"
        raise ConfigError(
            f"{where}: rule {rule_name} has no option {unknown[0]!r}{_suggest(unknown[0], rule.options)} (options: {known})"
        )
    merged = {**rule.options, **options}
    if rule.options_schema:
        import jsonschema

        try:
            jsonschema.validate(merged, rule.options_schema)
        except jsonschema.ValidationError as exc:
            at = ".".join(str(p) for p in exc.absolute_path) or "options"
            raise ConfigError(f"{where}: rule {rule_name}: {at}: {exc.message}") from None
    return merged


def _audit_date(value: Any, where: str) -> str:
    from soplint.dates import parse_date

    parsed = parse_date(str(value))
    if parsed is None or not hasattr(parsed, "isoformat"):
        raise ConfigError(f"{where}: {value!r} is not a date (write 2026-12-01 or 1 Desember 2026)")
    return parsed.isoformat()


def _number_mapping(value: Any, keys: Sequence[str], where: str) -> dict[str, float]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a mapping")
    for key, number in value.items():
        if key not in keys:
            raise ConfigError(f"{where}: unknown key {key!r}{_suggest(key, keys)} (keys: {', '.join(keys)})")
        if isinstance(number, bool) or not isinstance(number, (int, float)) or number <= 0:
            raise ConfigError(f"{where}.{key}: expected a positive number")
    return dict(value)


def build_config(
    registry: Registry,
    data: Mapping[str, Any] | None = None,
    *,
    source: Path | None = None,
    cli_select: Sequence[str] = (),
    cli_ignore: Sequence[str] = (),
    cli_lang: str | None = None,
    cli_options: Mapping[str, Mapping[str, Any]] | None = None,
    cli_audit_date: str | None = None,
) -> Config:
    """Resolve a configuration mapping (from a file, or empty) with CLI overrides."""
    data = dict(data or {})
    where = str(source) if source else "configuration"
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"{where}: unknown key {key!r}{_suggest(key, _TOP_KEYS)} (keys: {', '.join(_TOP_KEYS)})")

    extends = data.get("extends", "recommended")
    if not isinstance(extends, str):
        raise ConfigError(f"{where}: extends: expected one preset name")
    severities = load_preset(extends, registry)
    configured: set[str] = set()
    turned_off: set[str] = set()  # "off" in the file: a code prefix in select does not revive it
    options: dict[str, dict[str, Any]] = {}

    rules_section = data.get("rules") or {}
    if not isinstance(rules_section, dict):
        raise ConfigError(f"{where}: rules: expected a mapping of rule name to severity or options")
    for name, setting in rules_section.items():
        rule_where = f"{where}: rules.{name}"
        if name not in registry.rules:
            raise ConfigError(f"{rule_where}: unknown rule{_suggest(name, registry.rules)}")
        rule = registry.rules[name]
        if isinstance(setting, str) or setting is False:
            text = OFF if setting is False else setting.strip().lower()
            if text == OFF:
                severities.pop(name, None)
                turned_off.add(name)
            else:
                try:
                    severities[name] = Severity.parse(text)
                except ValueError:
                    raise ConfigError(f"{rule_where}: {setting!r} is not off, error, warning or info") from None
                configured.add(name)
        elif isinstance(setting, dict):
            setting = dict(setting)
            severity = setting.pop("severity", None)
            if severity is not None:
                if str(severity).lower() == OFF:
                    severities.pop(name, None)
                    turned_off.add(name)
                else:
                    try:
                        severities[name] = Severity.parse(str(severity))
                    except ValueError:
                        raise ConfigError(f"{rule_where}.severity: {severity!r} is not off, error, warning or info") from None
                    configured.add(name)
            else:
                severities.setdefault(name, rule.severity)  # configuring options turns a rule on
            options[name] = _validate_options(name, setting, registry, rule_where)
        else:
            raise ConfigError(f"{rule_where}: expected a severity (off, error, warning, info) or a mapping of options")

    for name, opts in (cli_options or {}).items():
        options[name] = _validate_options(name, opts, registry, f"--option {name}")

    file_select = _as_list(data.get("select"), f"{where}: select")
    file_ignore = _as_list(data.get("ignore"), f"{where}: ignore")
    for selectors, origin in ((file_select, f"{where}: select"), (list(cli_select), "--select")):
        if selectors:
            chosen = select_rules(selectors, registry, origin)
            chosen -= turned_off - {s.strip() for s in selectors}
            # select picks among all rules: one outside the preset runs at its default severity
            severities = {name: severities.get(name, registry.rules[name].severity) for name in sorted(chosen)}
    for selectors, origin in ((file_ignore, f"{where}: ignore"), (list(cli_ignore), "--ignore")):
        for name in select_rules(selectors, registry, origin):
            severities.pop(name, None)

    lang = cli_lang or data.get("bahasa", "id")
    if lang not in LANGUAGES:
        raise ConfigError(f"{where}: bahasa: {lang!r} is not one of {', '.join(LANGUAGES)}")

    per_path = []
    raw_per_path = data.get("per_path_ignores") or {}
    if not isinstance(raw_per_path, dict):
        raise ConfigError(f"{where}: per_path_ignores: expected a mapping of glob to rule list")
    for pattern, selectors in raw_per_path.items():
        names = select_rules(_as_list(selectors, f"{where}: per_path_ignores.{pattern}"), registry, f"{where}: per_path_ignores.{pattern}")
        per_path.append((str(pattern), frozenset(names)))

    exclude = data.get("exclude") or []
    if isinstance(exclude, str):
        exclude = [exclude]
    if not isinstance(exclude, list) or not all(isinstance(p, str) for p in exclude):
        raise ConfigError(f"{where}: exclude: expected a list of globs")
    try:
        plugins = plugin_specs(data.get("plugins"), where)
    except RegistryError as exc:
        raise ConfigError(str(exc)) from None

    limits_data = _number_mapping(data.get("limits"), _LIMIT_KEYS, f"{where}: limits")
    limits = Limits(**{k: int(v) for k, v in limits_data.items()}) if limits_data else DEFAULT_LIMITS
    waktu = {"jam_kerja_per_hari": 8, "hari_kerja_per_minggu": 5}
    waktu.update(_number_mapping(data.get("waktu"), _WAKTU_KEYS, f"{where}: waktu"))

    audit_date = cli_audit_date or data.get(AUDIT_DATE_OPTION)
    if audit_date is not None:
        audit_date = _audit_date(audit_date, "--tanggal-audit" if cli_audit_date else f"{where}: tanggal_audit")
        # the run's audit date reaches every rule that takes one, unless a rule sets its own in the file
        for name in severities:
            if AUDIT_DATE_OPTION in registry.rules[name].options:
                rule_options = options.setdefault(name, dict(registry.rules[name].options))
                setting = rules_section.get(name)
                own_date = isinstance(setting, dict) and AUDIT_DATE_OPTION in setting
                if cli_audit_date or not own_date:
                    rule_options[AUDIT_DATE_OPTION] = audit_date

    active = {
        name: ActiveRule(
            name=name,
            severity=severity,
            severity_configured=name in configured,
            options=options.get(name) or dict(registry.rules[name].options),
        )
        for name, severity in severities.items()
    }
    return Config(
        lang=lang,
        rules=active,
        per_path_ignores=tuple(per_path),
        exclude=tuple(exclude),
        limits=limits,
        waktu=waktu,
        root=source.parent if source else Path.cwd(),
        source=source,
        plugins=plugins,
    )
