"""An evaluation record that does not answer every criterion, or says "tidak" without a note.

Ringkasan
---------
Evaluasi yang tidak menjawab setiap kriteria, atau menjawab "tidak" tanpa catatan.

Memeriksa setiap evaluasi di bagian `evaluasi` (Evaluasi Penerapan SOP AP):
setiap kriteria wajib dijawab `ya` atau `tidak` (Mampu mendorong peningkatan
kinerja, Mudah dipahami, Mudah dilaksanakan, Semua orang dapat menjalankan
perannya masing-masing, Mampu mengatasi permasalahan yang berkaitan dengan
proses, Mampu menjawab kebutuhan peningkatan kinerja organisasi, Sinergi satu
dengan lainnya), jawaban `tidak` disertai `catatan`, dan evaluasi itu
bertanggal. Dasar: REG-2 (peraturan sebagaimana dikutip pedoman turunan):
templat evaluasi provinsi menyebut ketujuh kriteria Ya/Tidak itu berasal dari
"Pedoman Evaluasi Dokumen SOP sebagaimana diatur dalam" PermenPAN-RB 35/2012
[S20], sedangkan tabel aslinya belum terkonfirmasi; kewajiban catatan untuk
setiap "tidak" disimpulkan dari susunan atau definisi peraturan (INFERRED).
Jawab setiap kriteria dengan ya atau tidak, tulis apa yang kurang pada
`catatan` bila ada jawaban tidak, dan atur opsi `kriteria_wajib` bila formulir
instansi hanya memakai enam kriteria.

What it checks
--------------
Each record under `evaluasi` (Evaluasi Penerapan SOP AP):

- every required criterion is answered; a missing or empty criterion is
  named with the wording of the evaluation form:

  - `mendorong_kinerja`: Mampu mendorong peningkatan kinerja
  - `mudah_dipahami`: Mudah dipahami
  - `mudah_dilaksanakan`: Mudah dilaksanakan
  - `semua_berperan`: Semua orang dapat menjalankan perannya masing-masing
  - `mengatasi_masalah`: Mampu mengatasi permasalahan yang berkaitan dengan proses
  - `menjawab_kebutuhan`: Mampu menjawab kebutuhan peningkatan kinerja organisasi
  - `sinergi`: Sinergi satu dengan lainnya

- every answer is `ya` or `tidak` (case and surrounding spaces do not
  matter);
- a record with a `tidak` has a `catatan` saying what falls short;
- the record has a `tanggal`, without which `review-overdue` cannot count
  it as a review. A `tanggal` that is no real date is reported by
  `date-invalid`.

Why
---
Basis: REG-2. A provincial evaluation template attributes the seven
Ya/Tidak criteria above to the "Pedoman Evaluasi Dokumen SOP sebagaimana
diatur dalam" PermenPAN-RB 35/2012 [S20]; the regulation's own table (its
number and layout) is NOT CONFIRMED, and some implementations list only the
first six (see the option). Requiring a catatan for each "tidak" is
INFERRED: Tabel 7 of the monitoring pairs each assessment with Catatan Hasil
Penilaian, and an unexplained "tidak" cannot be acted on. No scoring rule or
pass mark was found; a "% Ya" score is application PRACTICE, so this rule
counts nothing.

Fails
-----
::

    evaluasi:
      - tanggal: 2025-01-20
        kriteria:
          mendorong_kinerja: ya
          mudah_dipahami: ya
          mudah_dilaksanakan: tidak
        catatan: ""

Passes
------
::

    evaluasi:
      - tanggal: 2025-01-20
        kriteria:
          mendorong_kinerja: ya
          mudah_dipahami: ya
          mudah_dilaksanakan: ya
          semua_berperan: ya
          mengatasi_masalah: tidak
          menjawab_kebutuhan: ya
          sinergi: ya
        catatan: SOP belum mengatur alat perekam cadangan; dimasukkan pada revisi berikutnya

Options
-------
`kriteria_wajib`: the criteria every record must answer, as a list of the
keys above (default: all seven). An agency whose evaluation form has six
criteria writes the six it uses, e.g. without `sinergi`. Answers to the
other criteria are still checked.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import Evaluasi
from soplint.rule import Rule
from soplint.suggest import did_you_mean

#: The criteria of the evaluation form, key -> its wording (REGULATION.md §7).
KRITERIA: Mapping[str, str] = {
    "mendorong_kinerja": "Mampu mendorong peningkatan kinerja",
    "mudah_dipahami": "Mudah dipahami",
    "mudah_dilaksanakan": "Mudah dilaksanakan",
    "semua_berperan": "Semua orang dapat menjalankan perannya masing-masing",
    "mengatasi_masalah": "Mampu mengatasi permasalahan yang berkaitan dengan proses",
    "menjawab_kebutuhan": "Mampu menjawab kebutuhan peningkatan kinerja organisasi",
    "sinergi": "Sinergi satu dengan lainnya",
}
ANSWERS = ("ya", "tidak")
#: Answers whose meaning is plain; anything else gets no guess.
_MEANS = {
    "y": "ya", "iya": "ya", "yes": "ya", "ok": "ya", "sesuai": "ya", "benar": "ya", "mampu": "ya",
    "t": "tidak", "tdk": "tidak", "no": "tidak", "belum": "tidak", "kurang": "tidak", "tidak sesuai": "tidak",
}


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _listing(keys: list[str], written: Mapping[str, str], lang: str) -> str:
    """``sinergi (Sinergi satu dengan lainnya)``, with a hint at a misspelt key."""
    unknown = [k for k in written if k not in KRITERIA]
    items = []
    for key in keys:
        item = f"{key} ({KRITERIA[key]})"
        typo = did_you_mean(key, unknown)
        if typo is not None:
            item += f" [tertulis '{typo}'?]" if lang == "id" else f" [written as '{typo}'?]"
        items.append(item)
    return "; ".join(items)


def _unanswered(record: Evaluasi, required: list[str]) -> list[str]:
    return [k for k in required if not record.kriteria.get(k, "").strip()]


def _record(record: Evaluasi, required: list[str]) -> Iterator[Violation]:
    no = record.index + 1
    if record.tanggal is None or not record.tanggal.raw.strip():
        yield Violation(record.path + ("tanggal",), "tanggal-missing", {"no": no})

    missing = _unanswered(record, required)
    if not record.kriteria_present:
        yield Violation(record.path + ("kriteria",), "kriteria-missing", {
            "no": no, "daftar_id": _listing(required, {}, "id"), "daftar_en": _listing(required, {}, "en"),
        })
    elif missing:
        yield Violation(record.path + ("kriteria",), "kriteria-unanswered", {
            "no": no, "jumlah": len(missing),
            "daftar_id": _listing(missing, record.kriteria, "id"), "daftar_en": _listing(missing, record.kriteria, "en"),
        })

    said_tidak = []
    for key, value in record.kriteria.items():
        if key not in KRITERIA or not value.strip():
            continue  # unknown keys are the schema's; empty answers are listed above
        answer = _fold(value)
        if answer == "tidak":
            said_tidak.append(key)
        elif answer != "ya":
            args = {"no": no, "kriteria": key, "wording": KRITERIA[key], "value": value.strip()}
            suggestion = _MEANS.get(answer)
            if suggestion:
                yield Violation(record.path + ("kriteria", key), "jawaban-suggest", {**args, "suggestion": suggestion})
            else:
                yield Violation(record.path + ("kriteria", key), "jawaban-invalid", args)

    if said_tidak and not (record.catatan or "").strip():
        yield Violation(record.path + ("catatan",), "tidak-no-catatan", {
            "no": no, "daftar_id": _listing(said_tidak, {}, "id"), "daftar_en": _listing(said_tidak, {}, "en"),
        })


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    wanted = set(options.get("kriteria_wajib") or ())
    required = [k for k in KRITERIA if k in wanted]  # the form's order, whatever the option's
    for record in doc.evaluasi:
        yield from _record(record, required)


RULE = Rule(
    name="evaluation-incomplete",
    code="L703",
    severity=Severity.WARNING,
    basis="REG-2",
    messages={
        "id": {
            "tanggal-missing": "Evaluasi ke-{no} tidak bertanggal. Tulis tanggal evaluasi, misalnya tanggal: "
            "2025-01-20; tanpa tanggal, evaluasi ini tidak terhitung sebagai peninjauan ulang SOP.",
            "kriteria-missing": "Evaluasi ke-{no} tidak berisi kriteria. Di bawah kriteria, jawab ya atau tidak untuk "
            "setiap kriteria evaluasi penerapan SOP AP: {daftar_id}.",
            "kriteria-unanswered": "Evaluasi ke-{no} belum menjawab {jumlah} kriteria: {daftar_id}. Jawab ya atau "
            "tidak untuk setiap kriteria.",
            "jawaban-invalid": "Kriteria {kriteria} ({wording}) pada evaluasi ke-{no} dijawab '{value}'. Jawab ya "
            "atau tidak.",
            "jawaban-suggest": "Kriteria {kriteria} ({wording}) pada evaluasi ke-{no} dijawab '{value}'. Tulis "
            "'{suggestion}': jawaban kriteria hanya ya atau tidak.",
            "tidak-no-catatan": "Evaluasi ke-{no} menjawab tidak untuk {daftar_id}, tetapi catatan kosong. Tulis di "
            "catatan apa yang belum terpenuhi dan rencana perbaikannya.",
        },
        "en": {
            "tanggal-missing": "Evaluation record {no} has no tanggal. Write the date of the evaluation, e.g. "
            "tanggal: 2025-01-20; without a date it does not count as a review of the SOP.",
            "kriteria-missing": "Evaluation record {no} has no kriteria. Under kriteria, answer ya or tidak for each "
            "criterion of the SOP evaluation: {daftar_en}.",
            "kriteria-unanswered": "Evaluation record {no} leaves unanswered: {daftar_en}. Answer ya or tidak for each "
            "criterion.",
            "jawaban-invalid": "Criterion {kriteria} ({wording}) in evaluation record {no} is answered '{value}'. "
            "Answer ya or tidak.",
            "jawaban-suggest": "Criterion {kriteria} ({wording}) in evaluation record {no} is answered '{value}'. "
            "Write '{suggestion}': a criterion is answered only ya or tidak.",
            "tidak-no-catatan": "Evaluation record {no} answers tidak for {daftar_en}, but catatan is empty. Write "
            "under catatan what falls short and how it will be improved.",
        },
    },
    check=check,
    options={"kriteria_wajib": list(KRITERIA)},
    options_schema={
        "type": "object",
        "properties": {
            "kriteria_wajib": {"type": "array", "items": {"enum": list(KRITERIA)}, "uniqueItems": True},
        },
    },
)
