"""The audit report's own words, in Bahasa Indonesia and English.

Rule messages come with their findings; this catalogue holds the headings,
labels and explanations around them. Terms are the regulation's: tanggal
efektif, tanggal revisi, monitoring, evaluasi, dasar hukum.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from soplint.dates import format_date_id

_MONTHS_EN: Final = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

WORDS: Final[dict[str, dict[str, str]]] = {
    "id": {
        "title": "Laporan Audit SOP",
        "subtitle": "Kepatuhan SOP Administrasi Pemerintahan terhadap PermenPAN-RB Nomor 35 Tahun 2012",
        "instansi": "Instansi",
        "units": "Unit kerja",
        "audit_date": "Tanggal audit",
        "version": "Versi soplint",
        "rule_set": "Aturan yang dipakai",
        "rule_set.value": "preset {preset}, {active} aturan aktif; {config}",
        "rule_set.config": "konfigurasi {file}",
        "rule_set.no_config": "tanpa berkas konfigurasi",
        "not_stated": "(tidak tercantum)",
        "toc": "Isi",
        "s.summary": "Ringkasan",
        "s.units": "Perbandingan unit kerja",
        "s.sops": "Daftar SOP",
        "s.rules": "Aturan yang diperiksa",
        "s.findings": "Temuan per SOP",
        "s.suppressions": "Pengecualian (komentar soplint: disable)",
        "summary.checked": "SOP diperiksa",
        "summary.invalid": "SOP dengan galat",
        "summary.compliant": "SOP tanpa galat",
        "summary.review_overdue": "Tanggal revisi lewat tanpa evaluasi",
        "summary.monitoring_overdue": "Monitoring 6 bulanan terlambat",
        "summary.revoked": "Mengutip dasar hukum yang dicabut",
        "summary.findings": "Temuan: {errors} galat, {warnings} peringatan, {infos} info",
        "summary.skipped": "Berkas YAML yang bukan SOP (dilewati): {count}.",
        "summary.share": "dari SOP",
        "summary.count": "Jumlah",
        "summary.what": "Uraian",
        "not_checked": "tidak diperiksa (aturan {rule} tidak aktif)",
        "flag.review_overdue": "Tanggal revisi lewat",
        "flag.monitoring_overdue": "Monitoring terlambat",
        "flag.revoked": "Dasar hukum dicabut",
        "flag.invalid": "Ada galat",
        "flags": "Tanda",
        "flags.none": "tidak ada",
        "col.no": "No.",
        "col.unit": "Unit kerja",
        "col.sops": "SOP",
        "col.compliance": "Tanpa galat",
        "col.file": "Berkas",
        "col.nomor": "Nomor",
        "col.nama": "Nama SOP",
        "col.sop": "SOP (berkas, nomor, nama)",
        "col.efektif": "Tanggal efektif",
        "col.revisi": "Tanggal revisi",
        "col.monitoring": "Monitoring terakhir",
        "col.evaluasi": "Evaluasi terakhir",
        "col.counts": "Temuan (G/P/I)",
        "col.errors": "Galat",
        "col.warnings": "Peringatan",
        "col.infos": "Info",
        "col.code": "Kode",
        "col.rule": "Aturan",
        "col.basis": "Dasar",
        "col.severity": "Tingkat",
        "col.count": "Temuan",
        "col.sops_with": "SOP",
        "col.line": "Baris",
        "col.step": "Langkah",
        "col.message": "Pesan",
        "col.kind": "Jenis",
        "col.rules": "Aturan",
        "col.reason": "Alasan",
        "col.covers": "Berlaku untuk",
        "covers.file": "seluruh berkas",
        "covers.line": "baris {line}",
        "no_reason": "(tanpa alasan: dilaporkan sebagai suppression-no-reason)",
        "none.date": "belum ada",
        "counts.legend": "G/P/I: jumlah galat, peringatan dan info.",
        "units.note": "Tanpa galat: bagian SOP unit itu yang tidak memiliki temuan bertingkat galat.",
        "sops.note": "Monitoring dan evaluasi terakhir: catatan terakhir yang bertanggal sah sampai tanggal audit.",
        "findings.none": "Tidak ada temuan.",
        "findings.clean": "{count} SOP tanpa temuan tidak dicantumkan di bagian ini.",
        "suppressions.none": "Tidak ada komentar pengecualian.",
        "suppressions.note": (
            "Setiap pengecualian menyembunyikan temuan yang disebutnya. Periksa apakah alasannya dapat diterima."
        ),
        "legend": "Keterangan dasar aturan",
        "legend.REG": "teks peraturan itu sendiri (PermenPAN-RB 35/2012 atau Permendagri 52/2011), dilihat pada "
        "salinan Lampiran.",
        "legend.REG-2": "peraturan sebagaimana dikutip atau diringkas pedoman turunan, bahan pelatihan atau peraturan "
        "daerah; hampir pasti benar, tetapi kata-kata aslinya belum dilihat.",
        "legend.PRACTICE": "kebiasaan yang lazim pada SOP yang diterbitkan; bukan ketentuan peraturan.",
        "legend.INFERRED": "diturunkan dari susunan atau definisi peraturan; peraturan tidak menyatakannya.",
        "legend.none": "pemeriksaan teknis berkas (format YAML, struktur, berkas terbaca); bukan ketentuan peraturan.",
        "legend.note": "Temuan aturan PRACTICE dan INFERRED bukan pelanggaran atas kata-kata peraturan; sebutkan "
        "dasarnya apa adanya bila mengutipnya dalam kertas kerja audit.",
        "severity.error": "galat",
        "severity.warning": "peringatan",
        "severity.info": "info",
        "footer": "Dibuat oleh soplint {version} untuk tanggal audit {date}. Laporan yang sama dihasilkan kembali "
        "dari berkas yang sama dan tanggal audit yang sama.",
        "text.units": "Unit kerja",
        "text.flagged": "SOP bertanda",
        "text.unit_line": "{sops} SOP, {compliant} tanpa galat ({share})",
    },
    "en": {
        "title": "SOP Audit Report",
        "subtitle": "Compliance of government administration SOPs with PermenPAN-RB 35/2012",
        "instansi": "Instansi (agency)",
        "units": "Unit kerja (units)",
        "audit_date": "Audit date",
        "version": "soplint version",
        "rule_set": "Rule set",
        "rule_set.value": "preset {preset}, {active} rules active; {config}",
        "rule_set.config": "configuration {file}",
        "rule_set.no_config": "no configuration file",
        "not_stated": "(not stated)",
        "toc": "Contents",
        "s.summary": "Summary",
        "s.units": "Units compared",
        "s.sops": "SOPs",
        "s.rules": "Rules checked",
        "s.findings": "Findings per SOP",
        "s.suppressions": "Exceptions (soplint: disable comments)",
        "summary.checked": "SOPs checked",
        "summary.invalid": "SOPs with errors",
        "summary.compliant": "SOPs without errors",
        "summary.review_overdue": "Revision date passed without an evaluation",
        "summary.monitoring_overdue": "Six-monthly monitoring overdue",
        "summary.revoked": "Citing a revoked dasar hukum",
        "summary.findings": "Findings: {errors} errors, {warnings} warnings, {infos} info",
        "summary.skipped": "YAML files that are not SOPs (passed over): {count}.",
        "summary.share": "of SOPs",
        "summary.count": "Count",
        "summary.what": "Item",
        "not_checked": "not checked (rule {rule} not active)",
        "flag.review_overdue": "Revision date passed",
        "flag.monitoring_overdue": "Monitoring overdue",
        "flag.revoked": "Revoked dasar hukum",
        "flag.invalid": "Has errors",
        "flags": "Flags",
        "flags.none": "none",
        "col.no": "No.",
        "col.unit": "Unit kerja",
        "col.sops": "SOPs",
        "col.compliance": "Without errors",
        "col.file": "File",
        "col.nomor": "Nomor",
        "col.nama": "Nama SOP",
        "col.sop": "SOP (file, nomor, nama)",
        "col.efektif": "Tanggal efektif",
        "col.revisi": "Tanggal revisi",
        "col.monitoring": "Last monitoring",
        "col.evaluasi": "Last evaluation",
        "col.counts": "Findings (E/W/I)",
        "col.errors": "Errors",
        "col.warnings": "Warnings",
        "col.infos": "Info",
        "col.code": "Code",
        "col.rule": "Rule",
        "col.basis": "Basis",
        "col.severity": "Severity",
        "col.count": "Findings",
        "col.sops_with": "SOPs",
        "col.line": "Line",
        "col.step": "Step",
        "col.message": "Message",
        "col.kind": "Kind",
        "col.rules": "Rules",
        "col.reason": "Reason",
        "col.covers": "Covers",
        "covers.file": "the whole file",
        "covers.line": "line {line}",
        "no_reason": "(no reason given: reported as suppression-no-reason)",
        "none.date": "none",
        "counts.legend": "E/W/I: number of errors, warnings and info.",
        "units.note": "Without errors: the share of the unit's SOPs with no finding of severity error.",
        "sops.note": "Last monitoring and evaluation: the latest record with a real date on or before the audit date.",
        "findings.none": "No findings.",
        "findings.clean": "{count} SOPs without findings are not listed in this section.",
        "suppressions.none": "No suppression comments.",
        "suppressions.note": "Each exception hides the findings it names. Check that its reason is acceptable.",
        "legend": "Basis of the rules",
        "legend.REG": "the regulation's own text (PermenPAN-RB 35/2012 or Permendagri 52/2011), seen in a copy of "
        "the Lampiran.",
        "legend.REG-2": "the regulation as quoted or summarised by derivative guidelines, training material or "
        "regional regulations; very likely right, but the original wording was not seen.",
        "legend.PRACTICE": "common practice in published SOPs; not a provision of the regulation.",
        "legend.INFERRED": "derived from the regulation's layout or definitions; the regulation does not say it.",
        "legend.none": "a technical check of the file (YAML, structure, readability); not a provision of the "
        "regulation.",
        "legend.note": "Findings of PRACTICE and INFERRED rules are not breaches of the regulation's words; state "
        "their basis as it is when citing them in audit working papers.",
        "severity.error": "error",
        "severity.warning": "warning",
        "severity.info": "info",
        "footer": "Made by soplint {version} for the audit date {date}. The same files and audit date give the same "
        "report again.",
        "text.units": "Units",
        "text.flagged": "Flagged SOPs",
        "text.unit_line": "{sops} SOPs, {compliant} without errors ({share})",
    },
}

#: Basis tags in legend order; "—" marks a technical check.
BASIS_TAGS: Final = ("REG", "REG-2", "PRACTICE", "INFERRED")


def w(key: str, lang: str, **args: object) -> str:
    catalogue = WORDS.get(lang, WORDS["id"])
    template = catalogue.get(key, WORDS["id"][key])
    return template.format(**args) if args else template


def long_date(day: date, lang: str) -> str:
    """1 Desember 2026 / 1 December 2026."""
    if lang == "en":
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"
    return format_date_id(day)


def percent(share: float, lang: str) -> str:
    """80,0% in Indonesian (decimal comma), 80.0% in English."""
    text = f"{share * 100:.1f}"
    return (text.replace(".", ",") if lang == "id" else text) + "%"


def unit_name(unit_kerja: str, lang: str) -> str:
    return unit_kerja or w("not_stated", lang)
