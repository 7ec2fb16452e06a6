"""Two SOPs of one unit with one nama.

Ringkasan
---------
Dua SOP dari satu unit kerja dengan nama yang sama.

Memeriksa bahwa tidak ada dua SOP dari unit yang sama (`instansi` dan
`unit_kerja` yang sama) dengan `nama` yang sama, tanpa membedakan huruf
besar-kecil, spasi atau awalan "SOP"; SOP dari unit yang berbeda boleh
berjudul sama. Dua SOP berjudul sama biasanya versi lama yang tertinggal di
samping versi baru, atau salinan yang belum diganti judulnya. Dasar: —
(kerapian kumpulan SOP, bukan ketentuan peraturan). Hapus versi lama, atau
bedakan judulnya.

What it checks
--------------
That no two SOPs of the same unit (the same `instansi` and `unit_kerja`)
have the same `nama`, compared without regard to case, spacing or a leading
"SOP". Two SOPs with one title are usually an old version left beside the
new one, or a copy that was never renamed. SOPs of different units may share
a title (every Sekretariat has a "Pengelolaan Surat Masuk").

Why
---
Basis: none (repository hygiene).

Fails
-----
::

    # (two files of Sekretariat DPRD, checked together)
    # a.yaml: identitas: {unit_kerja: Sekretariat DPRD, nama: Pengelolaan Surat Masuk}
    # b.yaml: identitas: {unit_kerja: Sekretariat DPRD, nama: SOP Pengelolaan surat masuk}

Passes
------
::

    # a.yaml: identitas: {unit_kerja: Sekretariat DPRD, nama: Pengelolaan Surat Masuk}
    # b.yaml: identitas: {unit_kerja: Bagian Umum, nama: Pengelolaan Surat Masuk}
"""

from __future__ import annotations

from soplint.findings import Severity
from soplint.repository import normalise_title, unit_of
from soplint.rule import Rule
from soplint.rules.repository._titles import later_repeats


def check(index, graph, options):
    def same(number, nama):
        identitas = index.identitas(number)
        return f"{unit_of(identitas) if identitas else ''}\n{normalise_title(nama.text)}"

    return later_repeats(index, index.nama_keys, index.nama, same, "nama")


RULE = Rule(
    name="duplicate-nama",
    code="R602",
    severity=Severity.WARNING,
    basis="—",
    stage="repository",
    check=check,
    messages={
        "id": {"duplicate": "Unit kerja ini sudah memiliki SOP berjudul '{nama}' di {other} (baris {other_line}). "
               "Hapus versi lama atau bedakan judulnya."},
        "en": {"duplicate": "This unit already has an SOP titled '{nama}' in {other} (line {other_line}). "
               "Remove the old version or give the titles distinct names."},
    },
)
