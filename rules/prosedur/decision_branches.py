"""A keputusan without two answers: ya or tidak missing, or more than two answers.

Ringkasan
---------
Keputusan yang jawabannya kurang dari dua (ya atau tidak belum ditulis) atau lebih dari dua.

Memeriksa bahwa setiap keputusan menyebut ke mana setiap jawaban menuju,
dengan ``ya`` dan ``tidak`` atau dengan butir-butir ``cabang``
(``{Lengkap: 4, Tidak lengkap: 2}``): kurang dari dua jawaban adalah galat
(jawaban yang tidak ada disebut), lebih dari dua adalah peringatan, dan
keputusan yang memakai ``ke`` diminta menggantinya dengan jawaban. Dasar: REG
examples (contoh dalam teks peraturan): peraturan menyebut "opsi jawaban
(alternatif jawaban) seperti jawaban 'ya' atau 'tidak', 'lengkap' atau
'tidak', 'benar' atau 'salah', dan sebagainya" [S5]; contoh-contoh itu teks
peraturan (REG), sedangkan bahwa keputusan punya tepat dua jawaban disimpulkan
dari susunan atau definisi peraturan (INFERRED), dan labelnya tidak terbatas
pada contoh itu. Tulis ``ya: <langkah>`` dan ``tidak: <langkah>``, atau pecah
keputusan dengan banyak pilihan menjadi beberapa keputusan dua arah.

What it checks
--------------
A decision says where each answer leads: ``ya`` and ``tidak``, or the entries
of ``cabang`` (``{Lengkap: 4, Tidak lengkap: 2}``). Fewer than two answers is an
error (the missing one is named); more than two is a warning (split it into
two-way decisions). A keputusan that uses ``ke`` instead of answers is told
so. An answer left empty (``tidak:``) counts as missing. An answer that names
no step is step-ref-unknown's; ``ya``/``tidak`` written together with
``cabang`` is the schema rule's finding, not repeated here.

Why
---
Basis: REG examples. The regulation's flowchart serves procedures whose
"opsi jawaban (alternatif jawaban) seperti jawaban 'ya' atau 'tidak',
'lengkap' atau 'tidak', 'benar' atau 'salah', dan sebagainya" decide the next
step [S5]. The examples are the regulation's (REG); that a decision has exactly
two answers is derived from them (INFERRED), and the labels are an open list.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah berkas permohonan cuti lengkap?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 3
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah berkas permohonan cuti lengkap?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        cabang: {Lengkap: 3, Tidak lengkap: 1}
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if not step.is_decision:
            continue
        args = {"step": step.number}
        answers = step.answers
        if step.answers_written_as == "both":
            continue  # the schema rule reports ya/tidak and cabang written together
        if not answers:
            key = "none-with-ke" if step.ke is not None else "none"
            yield Violation(step.path, key, args, severity=Severity.ERROR)
        elif len(answers) == 1:
            answer = answers[0]
            if step.answers_written_as == "cabang":
                yield Violation(step.path + ("cabang",), "one-cabang", {**args, "label": answer.label}, severity=Severity.ERROR)
            else:
                present = "ya" if answer.path[-1] == "ya" else "tidak"
                missing = "tidak" if present == "ya" else "ya"
                yield Violation(step.path, "missing", {**args, "present": present, "missing": missing}, severity=Severity.ERROR)
        elif len(answers) > 2:
            labels = ", ".join(f"'{a.label}'" for a in answers)
            yield Violation(step.path + ("cabang",), "more", {**args, "count": len(answers), "labels": labels}, severity=Severity.WARNING)


RULE = Rule(
    name="decision-branches",
    code="F307",
    severity=Severity.ERROR,
    basis="REG examples",
    messages={
        "id": {
            "none": "Keputusan pada langkah {step} tidak punya jawaban. Tulis ke mana setiap jawaban menuju: "
            "`ya: <langkah>` dan `tidak: <langkah>`, atau `cabang: {{Lengkap: <langkah>, Tidak lengkap: <langkah>}}`.",
            "none-with-ke": "Keputusan pada langkah {step} memakai `ke`, padahal keputusan bercabang lewat `ya` dan "
            "`tidak` (atau `cabang`). Ganti `ke` dengan `ya: <langkah>` dan `tidak: <langkah>`; jika tidak ada "
            "pilihan, tulis `simbol: proses`.",
            "missing": "Keputusan pada langkah {step} hanya punya `{present}`; tulis juga `{missing}: <langkah>`. "
            "Keputusan bercabang dua, misalnya 'ya' atau 'tidak'.",
            "one-cabang": "Keputusan pada langkah {step} hanya punya satu cabang ('{label}'). Tulis dua jawaban, "
            "misalnya `cabang: {{Lengkap: <langkah>, Tidak lengkap: <langkah>}}`; jika tidak ada pilihan, tulis "
            "`simbol: proses` dan `ke`.",
            "more": "Keputusan pada langkah {step} punya {count} jawaban ({labels}). Keputusan bercabang dua ('ya' "
            "atau 'tidak', 'lengkap' atau 'tidak'): pecah menjadi beberapa keputusan berurutan.",
        },
        "en": {
            "none": "The decision in step {step} has no answers. Write where each answer leads: `ya: <step>` and "
            "`tidak: <step>`, or `cabang: {{Lengkap: <step>, Tidak lengkap: <step>}}`.",
            "none-with-ke": "The decision in step {step} uses `ke`, but a decision branches through `ya` and `tidak` "
            "(or `cabang`). Replace `ke` with `ya: <step>` and `tidak: <step>`; if there is no choice, write "
            "`simbol: proses`.",
            "missing": "The decision in step {step} has only `{present}`; write `{missing}: <step>` too. "
            "A decision has two branches, such as 'ya' or 'tidak'.",
            "one-cabang": "The decision in step {step} has only one branch ('{label}'). Write two answers, such as "
            "`cabang: {{Lengkap: <step>, Tidak lengkap: <step>}}`; if there is no choice, write `simbol: proses` and "
            "`ke`.",
            "more": "The decision in step {step} has {count} answers ({labels}). Decisions have two branches ('ya' or "
            "'tidak', 'lengkap' or 'tidak'): split it into decisions one after another.",
        },
    },
    check=check,
)
