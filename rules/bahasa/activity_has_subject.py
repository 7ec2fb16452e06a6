"""An activity that opens with its actor or another subject.

Ringkasan
---------
Kegiatan yang diawali pelaksananya atau subjek lain.

Memeriksa bahwa kegiatan menyebut apa yang dikerjakan, bukan siapa yang
mengerjakan: kegiatan dilaporkan bila diawali pelaksana yang terdaftar dalam
SOP ini ("Kepala Bagian Umum menandatangani ..."), nama jabatan (Kepala,
Sekretaris, Staf, Petugas, Kasubbag ...), kata ganti (Kami, Ia, Mereka) atau
kata benda lain yang diikuti kata kerja aktif ("Sistem mengirim notifikasi").
Dasar: REG (tanpa subyek): "Penulisan kegiatan dalam prosedur bersifat aktif
menggunakan kata kerja tanpa subyek" [S4], dan judul bagian format "Pelaksana
dipisahkan dari kegiatan" [S4] menunjuk ke arah yang sama (isinya belum
terkonfirmasi); mengenali subjek dari kata-katanya adalah heuristik proyek ini
(INFERRED). Hapus subjeknya dan awali kegiatan dengan kata kerja, misalnya
"Menandatangani surat"; pelaksananya ditulis di kolom Pelaksana.

What it checks
--------------
An activity names what is done, not who does it: the actor stands in the
Pelaksana column. An activity is reported at ``kegiatan`` when it opens with
a declared pelaksana of this SOP (in any case: "Kepala Bagian Umum
menandatangani ..."), with a job title or office (Kepala, Sekretaris, Staf,
Pegawai, Petugas, Pengadministrasi, Kasubbag, Kabag, Pejabat, Operator,
Bendahara, Pimpinan, Anggota, Ketua, Tim ...), with a pronoun (Kami, Ia,
Mereka), or with another noun followed by an active verb ("Sistem mengirim
notifikasi"). The message quotes the subject and the activity rewritten
without it ("Menandatangani surat"). "Berkas diperiksa" is no subject but a
passive (activity-passive); a command root ("Cek kelengkapan berkas") and a
noun naming the activity ("Penyusunan laporan ...") are not reported.
Keputusan steps are not checked. The word lists are in
rules/data/verbs-id.yaml.

Why
---
Basis: REG (tanpa subyek). "Penulisan kegiatan dalam prosedur bersifat aktif
menggunakan kata kerja tanpa subyek" [S4]; the format's heading "Pelaksana
dipisahkan dari kegiatan" [S4] points the same way (its body is not confirmed).
Detecting a subject from the words is a heuristic (INFERRED).

Fails
-----
::

    pelaksana: [Staf Tata Usaha, Kepala Subbagian Tata Usaha]
    prosedur:
      - kegiatan: Staf mencatat maksud kunjungan tamu
        pelaksana: Staf Tata Usaha

Passes
------
::

    pelaksana: [Staf Tata Usaha, Kepala Subbagian Tata Usaha]
    prosedur:
      - kegiatan: Mencatat maksud kunjungan tamu
        pelaksana: Staf Tata Usaha
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
        if wording.kind != "subject":
            continue
        path = step.path + ("kegiatan",)
        args = {"step": step.number, "subject": wording.subject}
        if wording.suggestion:
            yield Violation(path, "subject", {**args, "suggestion": wording.suggestion})
        else:
            yield Violation(path, "subject-only", args)


RULE = Rule(
    name="activity-has-subject",
    code="B502",
    severity=Severity.WARNING,
    basis="REG",
    messages={
        "id": {
            "subject": "Kegiatan langkah {step} diawali subjek '{subject}'. Tulis kata kerja aktif tanpa subjek: "
            "'{suggestion}'; pelaksananya cukup ditulis di kolom pelaksana.",
            "subject-only": "Kegiatan langkah {step} diawali subjek '{subject}'. Tulis kata kerja aktif tanpa subjek; "
            "pelaksananya cukup ditulis di kolom pelaksana.",
        },
        "en": {
            "subject": "The activity of step {step} opens with the subject '{subject}'. Write an active verb without "
            "subject: '{suggestion}'; the actor belongs in the pelaksana column.",
            "subject-only": "The activity of step {step} opens with the subject '{subject}'. Write an active verb "
            "without subject; the actor belongs in the pelaksana column.",
        },
    },
    check=check,
)
