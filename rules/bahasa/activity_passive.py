"""An activity written in the passive: a di- verb instead of an active one.

Ringkasan
---------
Kegiatan ditulis pasif: kata kerja di- alih-alih kata kerja aktif.

Memeriksa bahwa kegiatan ditulis dengan kata kerja aktif ("Memeriksa berkas
permohonan"), bukan pasif ("Berkas diperiksa", "Ditandatangani oleh Sekretaris
DPRD"); bila kata kerja utamanya berbentuk di-, pesan menyebut bentuk aktifnya
(diperiksa menjadi memeriksa, disusun menjadi menyusun) dan, bila kalimatnya
memungkinkan, kegiatan yang ditulis ulang. Kata yang hanya tampak pasif
(disposisi, distribusi, dinas, diklat ...) tidak dilaporkan, dan langkah
keputusan tidak diperiksa karena teksnya pertanyaan. Dasar: REG (aktif):
"Penulisan kegiatan dalam prosedur bersifat aktif menggunakan kata kerja tanpa
subyek" [S4]; membedakan kata kerja pasif dari kata benda berawalan di-
menurut bentuknya adalah heuristik proyek ini (INFERRED). Tulis kata kerja
aktif tanpa subjek, misalnya "Memeriksa berkas"; pelaksananya cukup ditulis di
kolom Pelaksana.

What it checks
--------------
An activity is written with an active verb ("Memeriksa berkas permohonan"),
not in the passive ("Berkas diperiksa", "Ditandatangani oleh Sekretaris
DPRD"). The first main verb of the activity is found (skipping a relative
clause: in "Surat yang telah ditandatangani dikirim" the verb is "dikirim");
when it is a di- verb, the activity is reported at ``kegiatan``, with the
active form where it can be derived (diperiksa -> memeriksa, diterima ->
menerima, disusun -> menyusun, dikirim -> mengirim) and, when the sentence
allows, the whole activity rewritten ("Memeriksa berkas"; an "oleh ..." agent
is dropped, since the actor belongs in the Pelaksana column). Words that only
look passive are not reported: di- nouns (disposisi, distribusi, digitalisasi,
diskusi, dinas, direktur, disiplin, diagram, dialog, digital, diklat ...), the
pronoun dia, and prepositions written as one word (diatas, dimana). Keputusan
steps are not checked: their text is a question. The heuristic and its word
lists (rules/data/verbs-id.yaml) are described in rules/bahasa/_wording.py.

Why
---
Basis: REG (aktif). "Penulisan kegiatan dalam prosedur bersifat aktif
menggunakan kata kerja tanpa subyek" [S4]. Telling a passive di- verb from a
di- noun by its form is a heuristic (INFERRED).

Fails
-----
::

    pelaksana: [Arsiparis]
    prosedur:
      - kegiatan: Berkas arsip diperiksa oleh arsiparis
        pelaksana: Arsiparis

Passes
------
::

    pelaksana: [Arsiparis]
    prosedur:
      - kegiatan: Memeriksa berkas arsip sesuai daftar arsip
        pelaksana: Arsiparis
      - kegiatan: Distribusi salinan arsip kepada unit pengolah
        pelaksana: Arsiparis
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.rule import Rule

from ._wording import analyse_activity, declared_actors


def check(doc, graph, options: Mapping[str, Any]) -> Iterator[Violation]:
    actors = declared_actors(doc)
    for step in doc.steps:
        if step.is_decision or not step.kegiatan:
            continue
        wording = analyse_activity(step.kegiatan, actors)
        if wording.kind != "passive":
            continue
        path = step.path + ("kegiatan",)
        args = {"step": step.number, "passive": wording.passive}
        if wording.suggestion:
            yield Violation(path, "rewrite", {**args, "suggestion": wording.suggestion})
        elif wording.active:
            yield Violation(path, "active-verb", {**args, "active": wording.active})
        else:
            yield Violation(path, "passive", args)


RULE = Rule(
    name="activity-passive",
    code="B501",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "rewrite": "Kegiatan langkah {step} ditulis pasif ('{passive}'). Tulis kata kerja aktif tanpa subjek: "
            "'{suggestion}'.",
            "active-verb": "Kegiatan langkah {step} ditulis pasif ('{passive}'). Tulis kata kerja aktif tanpa subjek, "
            "diawali '{active}'.",
            "passive": "Kegiatan langkah {step} ditulis pasif ('{passive}'). Tulis kata kerja aktif (me-, ber-) tanpa "
            "subjek.",
        },
        "en": {
            "rewrite": "The activity of step {step} is in the passive ('{passive}'). Write an active verb without "
            "subject: '{suggestion}'.",
            "active-verb": "The activity of step {step} is in the passive ('{passive}'). Write an active verb without "
            "subject, starting with '{active}'.",
            "passive": "The activity of step {step} is in the passive ('{passive}'). Write an active verb (me-, ber-) "
            "without subject.",
        },
    },
    check=check,
)
