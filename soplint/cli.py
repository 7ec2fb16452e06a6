"""The command line: arguments, discovery, reporter choice, exit code.

The only module that prints. Exit codes:
0 no finding at or above --fail-on; 1 findings at or above it; 2 a usage or
configuration error, or a named path that does not exist; 3 an internal error
of soplint itself (reported in one line; SOPLINT_DEBUG=1 shows the traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Iterable, Sequence

from soplint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        print(f"soplint: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _split(values: Sequence[str] | None) -> list[str]:
    return [part.strip() for value in values or () for part in value.split(",") if part.strip()]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="soplint",
        description="Linter kepatuhan SOP Administrasi Pemerintahan (PERMENPAN-RB 35/2012). "
        "Compliance linter for Indonesian government SOPs.",
    )
    parser.add_argument("--version", action="version", version=f"soplint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("id", "en"), help="bahasa pesan / message language (default: id)")
    common.add_argument("--config", metavar="FILE", help="berkas konfigurasi / configuration file (default: nearest .soplint.yaml)")
    common.add_argument("--isolated", action="store_true", help="abaikan .soplint.yaml / ignore configuration files")
    common.add_argument(
        "--allow-local-plugins", action="store_true",
        help="jalankan plugin lokal yang disebut .soplint.yaml / run the local plugins named in .soplint.yaml "
        "(code from the repository: only for repositories you trust)",
    )

    check = sub.add_parser("check", parents=[common], help="periksa SOP / check SOP files")
    check.add_argument("paths", nargs="*", metavar="PATH", help="berkas atau folder (default: .)")
    check.add_argument("--format", choices=("text", "json", "sarif", "github", "gitlab"), default="text")
    check.add_argument("--select", action="append", metavar="RULES", help="hanya aturan ini (nama atau awalan kode)")
    check.add_argument("--ignore", action="append", metavar="RULES", help="abaikan aturan ini (nama atau awalan kode)")
    check.add_argument("--fail-on", choices=("error", "warning", "info"), default="error")
    check.add_argument("--tanggal-audit", metavar="DATE", help="tanggal audit untuk aturan siklus hidup / audit date for the lifecycle rules (default: today)")
    check.add_argument("--baseline", metavar="FILE", help="abaikan temuan yang tercatat di baseline / hide findings recorded in a baseline")
    check.add_argument("--write-baseline", metavar="FILE", help="catat temuan saat ini sebagai baseline / record the current findings as a baseline")
    check.add_argument("--exit-zero", action="store_true", help="selalu keluar 0 / always exit 0 (to look around)")
    check.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke berkas / write the report to a file")

    stats = sub.add_parser("stats", parents=[common], help="angka prosedur / procedure figures")
    stats.add_argument("paths", nargs="*", metavar="PATH")
    stats.add_argument("--format", choices=("text", "json"), default="text")

    rules = sub.add_parser("rules", parents=[common], help="daftar aturan / list the rules")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")

    supp = sub.add_parser("suppressions", parents=[common], help="daftar pengecualian / list suppression comments")
    supp.add_argument("paths", nargs="*", metavar="PATH")
    supp.add_argument("--format", choices=("text", "json"), default="text")

    rule = sub.add_parser("rule", parents=[common], help="jelaskan satu aturan / explain one rule")
    rule.add_argument("name", metavar="NAME")

    audit = sub.add_parser("audit", parents=[common], help="laporan audit inventaris SOP / audit report over an SOP inventory")
    audit.add_argument("paths", nargs="*", metavar="PATH", help="berkas atau folder (default: .)")
    audit.add_argument("--tanggal-audit", metavar="DATE", help="tanggal audit (bawaan: hari ini; laporan menyebutnya) / audit date (default: today; the report names it)")
    audit.add_argument("--format", choices=("html", "csv", "csv-sop", "json", "text"),
                       help="html, csv (satu baris per temuan / one row per finding), csv-sop (satu baris per SOP / "
                       "one row per SOP), json, text (bawaan: menurut akhiran --output, selain itu text / default: from "
                       "the --output suffix, else text)")
    audit.add_argument("--csv-delimiter", default=";", metavar="CHAR",
                       help="pemisah kolom CSV (bawaan ';': Excel berlokal Indonesia memakai koma sebagai pemisah "
                       "desimal dan memisah kolom dengan titik koma) / CSV delimiter (default ';': Excel in an "
                       "Indonesian locale, where the decimal separator is a comma, splits CSV on semicolons); 'tab' for a tab")
    audit.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke berkas / write the report to a file")
    return parser


def _use_color(stream) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(stream, "isatty") and stream.isatty()


def _fail(message: str) -> int:
    print(f"soplint: {message}", file=sys.stderr)
    return EXIT_USAGE


class UsageError(Exception):
    """A usage or configuration error: main() prints it and exits 2."""


def _paths(args) -> list[str]:
    """The paths to check (default: the current folder); a missing one is a usage error."""
    from soplint.i18n import t

    paths = args.paths or ["."]
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(t("error.path-missing", args.lang or "id", path=path))
    return paths


def _setup(args, *, select=(), ignore=()):
    """The registry (with any allowed local plugins) and the run's configuration."""
    from soplint.config import ConfigError
    from soplint.i18n import t

    registry = _setup_registry(args)
    try:
        return registry, _load_config(args, registry, select=select, ignore=ignore)
    except ConfigError as exc:
        raise UsageError(t("error.config", args.lang or "id", error=exc)) from None


def _load_config(args, registry, *, select=(), ignore=()):
    """The run's configuration: the nearest .soplint.yaml (or --config), then the flags."""
    from soplint.config import build_config, find_config, read_config_file

    source = None
    data: dict = {}
    if args.config:
        source = Path(args.config)
        if not source.is_file():
            from soplint.config import ConfigError

            raise ConfigError(f"{source}: no such configuration file")
    elif not args.isolated:
        start = Path(args.paths[0]) if getattr(args, "paths", None) else Path.cwd()
        source = find_config(start if start.exists() else Path.cwd())
    if source is not None:
        data = read_config_file(source)
    return build_config(
        registry, data, source=source, cli_select=select, cli_ignore=ignore, cli_lang=args.lang,
        cli_audit_date=getattr(args, "tanggal_audit", None),
    )


def _registry(args=None):
    """Installed rules; with ``args``, also the local plugins the configuration
    names, which load only with --allow-local-plugins (else LocalPluginsRefused)."""
    from soplint.registry import LocalPluginsRefused, default_registry, registry_with_local_plugins

    registry = default_registry()
    if args is None:
        return registry
    source = _config_source(args)
    if source is None:
        return registry
    from soplint.config import read_config_file
    from soplint.registry import RegistryError, plugin_specs

    data = read_config_file(source)
    try:
        specs = plugin_specs(data.get("plugins"), str(source))
    except RegistryError as exc:
        from soplint.config import ConfigError

        raise ConfigError(str(exc)) from None
    if not specs:
        return registry
    if not getattr(args, "allow_local_plugins", False):
        bahasa = data.get("bahasa")
        raise LocalPluginsRefused(source, specs, lang=bahasa if bahasa in ("id", "en") else None)
    return registry_with_local_plugins(specs, source.parent)


def _config_source(args) -> Path | None:
    """The configuration file _load_config reads (None with --isolated or none found)."""
    from soplint.config import find_config

    if args.config:
        source = Path(args.config)
        return source if source.is_file() else None  # _load_config reports the missing file
    if args.isolated:
        return None
    start = Path(args.paths[0]) if getattr(args, "paths", None) else Path.cwd()
    return find_config(start if start.exists() else Path.cwd())


def cmd_check(args) -> int:
    from soplint.engine import collect, lint_paths, summarise
    from soplint.findings import Severity
    from soplint.i18n import t
    from soplint.reporters import Report, render_chunks

    paths = _paths(args)
    registry, config = _setup(args, select=_split(args.select), ignore=_split(args.ignore))

    want_stats = args.format == "json"
    run = collect(lint_paths(paths, config, registry, want_stats=want_stats), config, registry, keep_stats=want_stats)
    results = run.results
    if args.write_baseline:
        from soplint.baseline import write_baseline

        count = write_baseline(Path(args.write_baseline), results)
        print(t("baseline.written", config.lang, count=count, file=args.write_baseline), file=sys.stderr)
        return EXIT_CLEAN
    held = 0
    if args.baseline:
        from soplint.baseline import BaselineError, apply_baseline, read_baseline

        try:
            results, held = apply_baseline(results, read_baseline(Path(args.baseline)))
        except BaselineError as exc:
            raise UsageError(str(exc)) from None
    summary = summarise(results, checked=run.checked, skipped=run.skipped)
    summary["baselined"] = held
    documents = [{"file": r.file, "stats": r.stats} for r in results if r.checked and r.stats is not None]
    report = Report(
        results=results,
        summary=summary,
        lang=config.lang,
        color=args.format == "text" and not args.output and _use_color(sys.stdout),
        tool_version=__version__,
        documents=documents,
        rules=_rule_metadata(registry, results, config.lang) if args.format == "sarif" else {},
    )
    _emit(render_chunks(args.format, report), args.output, config.lang)
    threshold = Severity.parse(args.fail_on)
    failing = any(f.severity >= threshold for r in results for f in r.findings)
    return EXIT_FINDINGS if failing and not args.exit_zero else EXIT_CLEAN


def _rule_metadata(registry, results, lang: str) -> dict:
    from soplint.docs import summary

    names = {f.rule for r in results for f in r.findings}
    return {
        rule.name: {"code": rule.code, "severity": rule.severity.label, "basis": rule.basis, "summary": summary(rule, lang)}
        for rule in registry.rules.values()
        if rule.name in names
    }


def _emit(text: "str | Iterable[str]", target: str | None, lang: str = "id") -> None:
    """Write a report (whole, or in pieces as they are rendered) to the file or to stdout."""
    if target:
        from soplint.atomic import atomic_write_text
        from soplint.i18n import t

        try:
            atomic_write_text(Path(target), text)
        except OSError as exc:
            raise UsageError(t("error.write", lang, file=target, error=exc.strerror or exc)) from None
    else:
        for chunk in (text,) if isinstance(text, str) else text:
            sys.stdout.write(chunk)


def cmd_stats(args) -> int:
    from soplint import stats as stats_module
    from soplint.engine import lint_paths

    paths = _paths(args)
    registry, config = _setup(args, select=["yaml-syntax"])
    entries = []
    for result in lint_paths(paths, config, registry, want_stats=True):
        if result.checked and result.stats is not None:
            entries.append((result.file, stats_module.PackedStats(result.stats)))  # one per SOP: compact
    renderer = stats_module.render_json if args.format == "json" else stats_module.render_text
    sys.stdout.write(renderer(entries, lang=config.lang))
    return EXIT_CLEAN


def _registry_or_exit(args):
    """(registry, None), or (None, exit code) once the error is printed."""
    try:
        return _setup_registry(args), None
    except UsageError as exc:
        return None, _fail(str(exc))


def _setup_registry(args):
    from soplint.config import ConfigError
    from soplint.i18n import t
    from soplint.registry import LocalPluginsRefused, RegistryError

    try:
        return _registry(args)
    except LocalPluginsRefused as exc:
        raise UsageError(exc.message(args.lang)) from None
    except RegistryError as exc:
        raise UsageError(t("error.registry", args.lang or "id", error=exc)) from None
    except ConfigError as exc:
        raise UsageError(t("error.config", args.lang or "id", error=exc)) from None


def cmd_rules(args) -> int:
    from soplint.docs import rule_index_markdown, rules_json, rules_table_text

    registry, failed = _registry_or_exit(args)
    if registry is None:
        return failed
    lang = args.lang or "id"
    if args.format == "json":
        sys.stdout.write(rules_json(registry))
    elif args.format == "markdown":
        sys.stdout.write(rule_index_markdown(registry))
    else:
        sys.stdout.write(rules_table_text(registry, lang))
    return EXIT_CLEAN


def cmd_rule(args) -> int:
    from soplint.docs import explain_rule
    from soplint.i18n import t
    from soplint.suggest import did_you_mean

    registry, failed = _registry_or_exit(args)
    if registry is None:
        return failed
    lang = args.lang or "id"
    rule = registry.get(args.name)
    if rule is None:
        match = did_you_mean(args.name, registry.rules)
        suggestion = t("rule.suggestion", lang, match=match) if match else ""
        return _fail(t("rule.unknown", lang, name=args.name, suggestion=suggestion))
    sys.stdout.write(explain_rule(rule, lang))
    return EXIT_CLEAN


def cmd_suppressions(args) -> int:
    """Every deliberate exception in the SOPs, with its reason: for inspectors."""
    import json

    from soplint.engine import Discovered, discover
    from soplint.files import Unreadable, read_regular
    from soplint.i18n import t
    from soplint.loader import decode
    from soplint.suppressions import find_suppressions

    lang = args.lang or "id"
    paths = _paths(args)
    _, config = _setup(args)
    rows = []
    for item in discover(paths, config):
        if not isinstance(item, Discovered):
            continue
        try:  # a pipe or a device named like an SOP must not hang the listing
            text, _ = decode(read_regular(item.path, config.limits.max_bytes)[: config.limits.max_bytes])
        except Unreadable:
            continue
        for s in find_suppressions(text or ""):
            rows.append({"file": str(item.path), "line": s.line, "rules": list(s.rules), "kind": s.kind,
                         "reason": s.reason, "covers_line": s.target_line or None})
    if args.format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        no_reason = t("suppressions.no-reason", lang)
        for row in rows:
            reason = row["reason"] or no_reason
            sys.stdout.write(f"{row['file']}:{row['line']}: {', '.join(row['rules'])}: {reason}\n")
        sys.stdout.write(t("suppressions.count", lang, count=len(rows)) + "\n")
    return EXIT_CLEAN


def cmd_audit(args) -> int:
    """The Inspektorat's report over an SOP inventory (soplint.audit). A report,
    not a gate: exit 0 whatever it finds, 2 on a usage or configuration error."""
    from datetime import date

    from soplint.audit import render as render_audit
    from soplint.audit import options
    from soplint.audit.collect import run_audit
    from soplint.audit.model import RuleSet
    from soplint.config import ConfigError, build_config, read_config_file
    from soplint.i18n import t

    lang = args.lang or "id"
    paths = _paths(args)
    delimiter = options.csv_delimiter(args.csv_delimiter)
    if delimiter is None:
        return _fail(options.message("delimiter", args.lang, value=args.csv_delimiter))
    registry, failed = _registry_or_exit(args)
    if registry is None:
        return failed
    try:
        if args.config and not Path(args.config).is_file():
            raise ConfigError(f"{args.config}: no such configuration file")
        source = _config_source(args)
        data = options.with_audit_preset(read_config_file(source) if source else {})
        config = build_config(registry, data, source=source, cli_lang=args.lang, cli_audit_date=args.tanggal_audit)
        day = options.audit_day(args.tanggal_audit or data.get("tanggal_audit"), date.today())
        # one date for the whole report, named in it, reaches every lifecycle rule
        config = build_config(registry, data, source=source, cli_lang=args.lang, cli_audit_date=day.isoformat())
    except ConfigError as exc:
        return _fail(t("error.config", lang, error=exc))
    how = RuleSet(preset=str(data["extends"]), config_file=options.shown_config(source), active=len(config.rules))
    audit = run_audit(paths, config, registry, tanggal_audit=day, version=__version__, how=how)
    output = render_audit(options.report_format(args.format, args.output), audit, csv_delimiter=delimiter)
    _emit(output, args.output, config.lang)
    if args.output:
        print(options.message("written", config.lang, date=day.isoformat(), sops=audit.checked, file=args.output), file=sys.stderr)
    return EXIT_CLEAN


COMMANDS = {"check": cmd_check, "stats": cmd_stats, "rules": cmd_rules, "rule": cmd_rule, "suppressions": cmd_suppressions, "audit": cmd_audit}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return COMMANDS[args.command](args)
    except UsageError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `soplint check | head`: not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return EXIT_CLEAN
    except Exception as exc:  # the last resort: a user never sees a traceback
        if os.environ.get("SOPLINT_DEBUG"):
            raise
        from soplint.i18n import t

        print(t("error.internal", args.lang or "id", error=f"{type(exc).__name__}: {exc}"), file=sys.stderr)
        return EXIT_INTERNAL


def entry() -> None:
    raise SystemExit(main())


if __name__ == "__main__":  # pragma: no cover
    entry()
