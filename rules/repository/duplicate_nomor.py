"""Two SOPs with one nomor.

Ringkasan
---------
Dua SOP dengan nomor yang sama.

Memeriksa bahwa tidak ada dua SOP yang diperiksa bersama dengan `nomor` yang
sama (tanpa membedakan huruf besar-kecil dan spasi); setiap SOP sesudah yang
pertama, menurut urutan berkas, dilaporkan dengan menyebut yang pertama. Nomor
SOP dipakai surat, keputusan dan temuan audit untuk merujuk sebuah SOP,
sehingga nomor ganda membuat setiap rujukan rancu. Dasar: — (bukan ketentuan
peraturan): nomor mengikuti tata naskah dinas instansi ("nomor prosedur yang
di-SOP-kan sesuai dengan tata naskah dinas yang berlaku", REG [S1]), tetapi
keunikannya tidak dinyatakan dalam peraturan. Beri setiap SOP nomornya sendiri
sesuai tata naskah dinas.

What it checks
--------------
That no two SOPs checked together carry the same `nomor`. The nomor is how a
letter, a decree or an audit finding refers to an SOP; two SOPs with one
nomor make every such reference ambiguous. Every SOP after the first (in
file order) is reported, naming the first. Nomor are compared without regard
to case and spaces.

Why
---
Basis: none. The nomor follows the agency's tata naskah dinas ("nomor
prosedur yang di-SOP-kan sesuai dengan tata naskah dinas yang berlaku", REG
[S1]); that it is unique is not stated in the regulation, it is what a
numbering is for.

Fails
-----
::

    # (two files, checked together)
    # surat-masuk.yaml:  identitas: {nomor: 100.3.4/006/SETWAN/2024, nama: Pengelolaan Surat Masuk}
    # surat-keluar.yaml: identitas: {nomor: 100.3.4/006/SETWAN/2024, nama: Pengelolaan Surat Keluar}

Passes
------
::

    # surat-masuk.yaml:  identitas: {nomor: 100.3.4/006/SETWAN/2024, nama: Pengelolaan Surat Masuk}
    # surat-keluar.yaml: identitas: {nomor: 100.3.4/007/SETWAN/2024, nama: Pengelolaan Surat Keluar}
"""

from __future__ import annotations

from soplint.findings import Severity
from soplint.repository import normalise_nomor
from soplint.rule import Rule
from soplint.rules.repository._titles import later_repeats


def check(index, graph, options):
    return later_repeats(index, index.nomor_keys, index.nomor, lambda _, nomor: normalise_nomor(nomor.text), "nomor")


RULE = Rule(
    name="duplicate-nomor",
    code="R601",
    severity=Severity.ERROR,
    basis="—",
    stage="repository",
    check=check,
    messages={
        "id": {"duplicate": "Nomor SOP '{nomor}' sudah dipakai oleh {other} (baris {other_line}). Setiap SOP "
               "memerlukan nomor sendiri sesuai tata naskah dinas."},
        "en": {"duplicate": "SOP number '{nomor}' is already used by {other} (line {other_line}). Every SOP needs "
               "its own number under the agency's rules for official documents."},
    },
)
