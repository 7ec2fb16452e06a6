"""A process step that hides a decision: a condition in its activity, or answers.

Ringkasan
---------
Langkah proses yang menyembunyikan keputusan: syarat dalam kegiatannya, atau jawaban.

Memeriksa kegiatan langkah mulai, proses atau selesai yang memuat syarat
("jika berkas lengkap maka meneruskan ...", "apabila", "bila", "kalau",
"manakala"): itu keputusan yang digambar sebagai kotak proses, sehingga bagan
menunjukkan satu jalan padahal pekerjaannya bercabang dua. Langkah mulai atau
proses yang menulis jawaban (``ya``, ``tidak``, ``cabang``) tanpa
``simbol: keputusan`` juga dilaporkan, karena jawabannya diabaikan. Dasar:
PRACTICE (praktik umum, bukan ketentuan peraturan): peraturan menyatakan
"hanya ada dua alternatif sifat kegiatan administrasi pemerintahan yaitu
kegiatan eksekusi (process) dan pengambilan keputusan (decision)" (REG [S4]),
yang mendukung agar setiap keputusan berada di belah ketupat, tetapi
mengenalinya dari kata syarat adalah kebiasaan. Pisahkan syarat itu menjadi
langkah keputusan berupa pertanyaan, misalnya "Apakah berkas lengkap?", dengan
``ya`` dan ``tidak``.

What it checks
--------------
A condition inside the activity of a mulai, proses or selesai step ("jika
berkas lengkap maka meneruskan ...", "apabila", "bila", "kalau", "manakala")
is a decision drawn as a box: the chart shows one way where the work has two.
The finding quotes the condition and suggests the question for a keputusan
step ("Apakah berkas lengkap?"). A mulai or proses step that writes answers
(``ya``, ``tidak``, ``cabang``) without ``simbol: keputusan`` is reported too:
its answers are ignored and the flow simply goes on to the next step.
Keputusan steps are not checked (a condition is what they hold). The
conditional words are in rules/data/keputusan-id.yaml.

Why
---
Basis: PRACTICE. The regulation knows "hanya ada dua alternatif sifat kegiatan
administrasi pemerintahan yaitu kegiatan eksekusi (process) dan pengambilan
keputusan (decision)" [S4] (REG), which supports keeping every decision in the
diamond; finding one by its conditional words is practice.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Meneruskan permohonan kepada Sekretaris DPRD jika sisa cuti mencukupi
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Apakah sisa cuti mencukupi?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 3
        tidak: 1
      - kegiatan: Meneruskan permohonan kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ..bahasa._wording import tokenize
from ._common import decision_words

_ANSWER_KEYS = ("ya", "tidak", "cabang")
_MAX_CONDITION_WORDS = 8


def condition_in(text: str) -> tuple[str, str] | None:
    """The first conditional word and the condition after it:
    "Meneruskan berkas jika berkas lengkap, ..." -> ("jika", "berkas lengkap")."""
    tokens = tokenize(text)
    conditionals = decision_words().conditionals
    for i, token in enumerate(tokens):
        if token.word not in conditionals:
            continue
        condition = []
        for follow in tokens[i + 1: i + 1 + _MAX_CONDITION_WORDS]:
            if follow.word == "maka":
                break
            condition.append(follow.text)
            if follow.ends_clause:
                break
        written = token.text.strip(",;:.")
        return written, " ".join(condition).rstrip(",;:.")
    return None


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if step.is_decision:
            continue
        args: dict[str, Any] = {"step": step.number}
        if step.simbol != "selesai":  # answers on a selesai are end-has-successor's
            written = [key for key in _ANSWER_KEYS if key in step.keys]
            if written:
                edges = graph.out_edges(step.index)
                following = edges[0].target + 1 if edges else None
                key = "answers-on-process" if following else "answers-on-last"
                yield Violation(step.path + (written[0],), key, {**args, "key": written[0], "simbol": step.simbol, "next": following})
                continue
        if not step.kegiatan:
            continue
        found = condition_in(step.kegiatan)
        if found is None:
            continue
        word, condition = found
        path = step.path + ("kegiatan",)
        if condition:
            yield Violation(path, "condition", {**args, "word": word, "condition": condition})
        else:
            yield Violation(path, "conditional", {**args, "word": word})


_SPLIT_ID = "dengan `ya` dan `tidak`, lalu tulis kegiatan setiap cabang sebagai langkah sendiri."
_SPLIT_EN = "with `ya` and `tidak`, and write each branch's activity as a step of its own."

RULE = Rule(
    name="hidden-decision",
    code="F314",
    severity=Severity.WARNING,
    basis="PRACTICE",
    messages={
        "id": {
            "condition": "Kegiatan langkah {step} memuat syarat ('{word} {condition}'): keputusan tersembunyi di dalam "
            "kotak proses. Pisahkan menjadi langkah keputusan, misalnya 'Apakah {condition}?', " + _SPLIT_ID,
            "conditional": "Kegiatan langkah {step} memuat syarat ('{word}'): keputusan tersembunyi di dalam kotak "
            "proses. Pisahkan menjadi langkah keputusan berupa pertanyaan " + _SPLIT_ID,
            "answers-on-process": "Langkah {step} menulis `{key}` tetapi simbolnya {simbol}, sehingga jawabannya "
            "diabaikan dan alur lanjut ke langkah {next}. Jika ini keputusan, tulis `simbol: keputusan`; jika bukan, "
            "hapus `{key}` dan tulis `ke` bila perlu.",
            "answers-on-last": "Langkah {step} menulis `{key}` tetapi simbolnya {simbol}, sehingga jawabannya "
            "diabaikan. Jika ini keputusan, tulis `simbol: keputusan`; jika bukan, hapus `{key}`.",
        },
        "en": {
            "condition": "The activity of step {step} holds a condition ('{word} {condition}'): a decision hidden in "
            "a process box. Split it into a decision step, such as 'Apakah {condition}?', " + _SPLIT_EN,
            "conditional": "The activity of step {step} holds a condition ('{word}'): a decision hidden in a process "
            "box. Split it into a decision step worded as a question " + _SPLIT_EN,
            "answers-on-process": "Step {step} writes `{key}` but its symbol is {simbol}, so the answers are ignored "
            "and the flow goes on to step {next}. If it is a decision, write `simbol: keputusan`; if not, remove "
            "`{key}` and write `ke` where needed.",
            "answers-on-last": "Step {step} writes `{key}` but its symbol is {simbol}, so the answers are ignored. "
            "If it is a decision, write `simbol: keputusan`; if not, remove `{key}`.",
        },
    },
    check=check,
)
