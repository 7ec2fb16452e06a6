"""A keputusan worded as neither a question nor a condition.

Ringkasan
---------
Keputusan yang tidak ditulis sebagai pertanyaan maupun kondisi.

Memeriksa bahwa teks sebuah ``keputusan`` terbaca sebagai hal yang dijawab
oleh jawabannya: pertanyaan ("Apakah berkas lengkap?", "Sudahkah disetujui?")
atau kondisi ("Berkas lengkap", "Sesuai ketentuan"); keputusan yang ditulis
sebagai kegiatan ("Memeriksa kelengkapan berkas") atau kata benda saja
("Persetujuan Sekretaris") dilaporkan beserta usulan pertanyaannya. Dasar:
PRACTICE (praktik umum, bukan ketentuan peraturan): menulis keputusan sebagai
pertanyaan adalah kebiasaan SOP yang diterbitkan; peraturan hanya menyebut
jawabannya, "'ya' atau 'tidak', 'lengkap' atau 'tidak', 'benar' atau 'salah'"
(REG [S5]). Tulis keputusan sebagai pertanyaan, misalnya "Apakah berkas
lengkap?".

What it checks
--------------
The text of a ``keputusan`` should read as what its answers answer: a
question ("Apakah berkas lengkap?", "Lengkap?", "Sudahkah disetujui?") or a
condition ("Berkas lengkap", "Disetujui", "Sesuai ketentuan"). A decision
worded as an activity ("Memeriksa kelengkapan berkas") or as a bare noun
("Persetujuan Sekretaris") is reported, with a question to write instead.
A text is a question when it ends with "?", opens with a question word
(Apakah, Bagaimana, Berapa ...) or a -kah word, or holds "apakah"; a condition
when it holds a condition word (lengkap, sesuai, benar, disetujui, memenuhi
...) or opens with a di- participle. The word lists are in
rules/data/keputusan-id.yaml.

Why
---
Basis: PRACTICE. Wording decisions as questions is the common practice of
published SOPs, not the regulation's text. The regulation only names the
answers ("'ya' atau 'tidak', 'lengkap' atau 'tidak', 'benar' atau 'salah'" [S5],
REG), which a question or a condition makes readable.

Fails
-----
::

    pelaksana: [Kepala Subbagian Umum]
    prosedur:
      - kegiatan: Menerima berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
      - kegiatan: Memeriksa kelengkapan berkas permohonan cuti
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 3
        tidak: 1
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
        ya: 3
        tidak: 1
      - kegiatan: Meneruskan permohonan cuti kepada Sekretaris DPRD
        pelaksana: Kepala Subbagian Umum
"""

from __future__ import annotations

from typing import Any, Iterator, Literal, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ..bahasa._wording import is_active_verb, is_passive_verb, tokenize
from ._common import decision_words

Phrasing = Literal["question", "condition", "action", "other"]


def phrasing(text: str) -> Phrasing:
    """How a decision is worded."""
    tokens = tokenize(text)
    if not tokens:
        return "other"
    words = [t.word for t in tokens]
    vocabulary = decision_words()
    first = words[0]
    if text.rstrip().endswith("?") or first in vocabulary.question_words or "apakah" in words:
        return "question"
    if first.endswith("kah") and len(first) > 5:
        return "question"
    if is_active_verb(first):
        return "action"
    if is_passive_verb(first) or any(w in vocabulary.condition_words for w in words):
        return "condition"
    return "other"


def _question_for(text: str) -> str:
    """"Memeriksa kelengkapan berkas" -> "Apakah berkas sudah lengkap?";
    "Memverifikasi dokumen" -> "Apakah dokumen sudah sesuai?"."""
    words = text.rstrip(".").split()[1:]
    if not words:
        return "Apakah berkas lengkap?"
    first = words[0].lower()
    if len(words) > 1 and first.startswith("ke") and first.endswith("an") and len(first) > 6:
        quality = first[2:-2]  # kelengkapan -> lengkap, kebenaran -> benar, kesesuaian -> sesuai
        return f"Apakah {' '.join(words[1:])} sudah {quality}?"
    rest = " ".join(words)
    return f"Apakah {rest[0].lower() + rest[1:] if rest[1:2].islower() else rest} sudah sesuai?"


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    for step in doc.steps:
        if not step.is_decision or not step.kegiatan or not step.kegiatan.strip():
            continue
        kind = phrasing(step.kegiatan)
        path = step.path + ("kegiatan",)
        args = {"step": step.number, "text": step.kegiatan.strip()}
        if kind == "action":
            yield Violation(path, "action", {**args, "suggestion": _question_for(step.kegiatan.strip())})
        elif kind == "other":
            yield Violation(path, "other", args)


RULE = Rule(
    name="decision-not-question",
    code="F309",
    severity=Severity.INFO,
    basis="PRACTICE",
    messages={
        "id": {
            "action": "Keputusan pada langkah {step} ditulis sebagai kegiatan ('{text}'). Tulis sebagai pertanyaan "
            "yang dijawab oleh jawabannya, misalnya '{suggestion}'.",
            "other": "Keputusan pada langkah {step} ('{text}') bukan pertanyaan atau kondisi. Tulis sebagai "
            "pertanyaan, misalnya 'Apakah berkas lengkap?', atau sebagai kondisi, misalnya 'Berkas lengkap'.",
        },
        "en": {
            "action": "The decision in step {step} is worded as an activity ('{text}'). Word it as the question its "
            "answers answer, such as '{suggestion}'.",
            "other": "The decision in step {step} ('{text}') is neither a question nor a condition. Word it as a "
            "question, such as 'Apakah berkas lengkap?', or as a condition, such as 'Berkas lengkap'.",
        },
    },
    check=check,
)
