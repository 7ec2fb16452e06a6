"""The engine's and CLI's own words, in Bahasa Indonesia and English.

Rule messages live with their rules (``Rule.messages``); this catalogue holds
what surrounds them: summaries, headings, command-line errors.
"""

from __future__ import annotations

from typing import Any, Final

CATALOGUE: Final[dict[str, dict[str, str]]] = {
    "id": {
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "severity.info": "info",
        "step": "langkah {step}",
        "summary.clean": "Tidak ada temuan pada {checked} berkas SOP yang diperiksa.",
        "summary.findings": "{total} temuan ({errors} galat, {warnings} peringatan, {infos} info) pada {with_findings} dari {checked} berkas SOP yang diperiksa.",
        "summary.skipped": "{skipped} berkas YAML bukan SOP dilewati.",
        "error.path-missing": "Path tidak ditemukan: {path}",
        "error.config": "Konfigurasi tidak valid: {error}",
        "error.registry": "Plugin aturan bermasalah: {error}",
        "error.no-files": "Tidak ada berkas YAML di {paths}.",
        "error.write": "Laporan tidak dapat ditulis ke {file}: {error}.",
        "more-findings": "... dan {count} temuan lain dari aturan ini di berkas ini (hanya 100 pertama yang ditampilkan).",
        "error.internal": "soplint: kesalahan internal soplint ({error}). Ini bukan kesalahan SOP Anda; mohon laporkan "
        "kepada pengembang soplint beserta perintah dan berkas yang dipakai (SOPLINT_DEBUG=1 menampilkan rinciannya).",
        "rules.heading": "Aturan soplint ({count})",
        "rules.columns": "kode  nama  tingkat  dasar",
        "rule.unknown": "Aturan tidak dikenal: {name}{suggestion}",
        "rule.suggestion": " (maksud Anda {match}?)",
        "rule.severity": "Tingkat bawaan",
        "rule.basis": "Dasar",
        "rule.code": "Kode",
        "rule.options": "Opsi",
        "stats.none": "Tidak ada prosedur untuk dihitung.",
        "suppressions.no-reason": "(tanpa alasan)",
        "baseline.written": "{count} temuan dicatat sebagai baseline di {file}.",
        "summary.baselined": "{count} temuan lama disembunyikan oleh baseline.",
        "suppressions.count": "{count} pengecualian.",
    },
    "en": {
        "severity.error": "error",
        "severity.warning": "warning",
        "severity.info": "info",
        "step": "step {step}",
        "summary.clean": "No findings in {checked} SOP files checked.",
        "summary.findings": "{total} findings ({errors} errors, {warnings} warnings, {infos} info) in {with_findings} of {checked} SOP files checked.",
        "summary.skipped": "{skipped} YAML files that are not SOPs were passed over.",
        "error.path-missing": "Path does not exist: {path}",
        "error.config": "Invalid configuration: {error}",
        "error.registry": "Broken rule plugin: {error}",
        "error.no-files": "No YAML files in {paths}.",
        "error.write": "The report cannot be written to {file}: {error}.",
        "more-findings": "... and {count} more findings of this rule in this file (only the first 100 are shown).",
        "error.internal": "soplint: internal error of soplint ({error}). This is not a fault of your SOP; please report "
        "it to the soplint developers with the command and files used (SOPLINT_DEBUG=1 shows the details).",
        "rules.heading": "soplint rules ({count})",
        "rules.columns": "code  name  severity  basis",
        "rule.unknown": "Unknown rule: {name}{suggestion}",
        "rule.suggestion": " (did you mean {match}?)",
        "rule.severity": "Default severity",
        "rule.basis": "Basis",
        "rule.code": "Code",
        "rule.options": "Options",
        "stats.none": "No procedure to measure.",
        "suppressions.no-reason": "(no reason given)",
        "baseline.written": "{count} findings recorded as the baseline in {file}.",
        "summary.baselined": "{count} known findings hidden by the baseline.",
        "suppressions.count": "{count} suppressions.",
    },
}


def t(key: str, lang: str = "id", **args: Any) -> str:
    catalogue = CATALOGUE.get(lang, CATALOGUE["id"])
    template = catalogue.get(key, CATALOGUE["id"][key])
    return template.format(**args) if args else template
