"""A cited regulation dated after the SOP was made, or before 1945.

Ringkasan
---------
Peraturan yang dirujuk bertahun sesudah SOP dibuat, atau sebelum 1945.

Memeriksa tahun setiap peraturan di ``identitas.dasar_hukum`` (termasuk
rangkaian "sebagaimana telah diubah dengan ..."): tahun sesudah tahun tanggal
pembuatan berarti SOP merujuk peraturan yang belum ada ketika dibuat, kecuali
tidak melewati tahun tanggal revisi, dan tahun sebelum 1945 hampir pasti salah
ketik. Dasar: INFERRED (disimpulkan dari susunan atau definisi peraturan):
tanggal pembuatan adalah "tanggal selesainya SOP AP dibuat" (REG [S1]),
sehingga yang menjadi dasarnya harus sudah ada saat itu; perbandingan ini dan
batas 1945 tidak dinyatakan peraturan. Periksa tahun peraturan yang dirujuk,
atau perbarui tanggal pembuatan atau tanggal revisi bila SOP memang sudah
direvisi.

What it checks
--------------
The year of each regulation cited in ``identitas.dasar_hukum`` (the entry's
own and any in its "sebagaimana telah diubah dengan ..." chain):

- after the year of ``tanggal_pembuatan``: the SOP cites a regulation that
  did not exist when it was made. A regulation not later than the year of a
  real ``tanggal_revisi`` is accepted, since a revised SOP cites the law of its
  revision;
- before 1945: no regulation of the Republic is older; the year is most
  likely a typing slip.

One finding per entry. Entries whose year cannot be read are left to
``dasar-hukum-format``; without a real ``tanggal_pembuatan`` only the 1945
bound is checked.

Why
---
Basis: INFERRED. The regulation defines Tanggal Pembuatan as "tanggal
selesainya SOP AP dibuat" (REG [S1]): what an SOP rests on must exist by
then. The comparison, and the 1945 floor, are derived for linting; the
regulation does not state them.

Fails
-----
::

    identitas:
      tanggal_pembuatan: 10 Januari 2013
      dasar_hukum:
        - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah

Passes
------
::

    identitas:
      tanggal_pembuatan: 10 Januari 2024
      dasar_hukum:
        - Undang-Undang Dasar Negara Republik Indonesia Tahun 1945
        - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
"""

from __future__ import annotations

from typing import Any, Final, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._citation import find_citations

#: The year of the Proclamation and of the constitution.
EARLIEST_YEAR: Final = 1945

MESSAGES = {
    "id": {
        "after_pembuatan": (
            "Dasar hukum {cited} bertahun {tahun}, sesudah SOP dibuat (tanggal_pembuatan {pembuatan}): SOP tidak "
            "dapat berdasar pada peraturan yang belum ada. Periksa tahun peraturan, atau perbarui "
            "tanggal_pembuatan/tanggal_revisi bila SOP telah direvisi."
        ),
        "before_1945": (
            "Dasar hukum {cited} bertahun {tahun}, sebelum 1945. Periksa tahun peraturan (salah ketik?)."
        ),
    },
    "en": {
        "after_pembuatan": (
            "The dasar hukum {cited} dates from {tahun}, after the SOP was made (tanggal_pembuatan {pembuatan}): "
            "an SOP cannot rest on a regulation that did not exist yet. Check the regulation's year, or update "
            "tanggal_pembuatan/tanggal_revisi if the SOP was revised."
        ),
        "before_1945": (
            "The dasar hukum {cited} dates from {tahun}, before 1945. Check the regulation's year (a typing slip?)."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    identitas = doc.identitas
    pembuatan = identitas.tanggal_pembuatan
    made = pembuatan.value if pembuatan is not None else None
    revisi = identitas.tanggal_revisi
    latest_year = made.year if made else None
    if made and revisi is not None and revisi.value is not None and revisi.value > made:
        latest_year = revisi.value.year
    for entry in identitas.dasar_hukum or ():
        for citation in find_citations(entry.text):
            if citation.tahun is None:
                continue
            # A citation without a type is named by its own words.
            cited = citation.short if citation.family else f"\"{entry.text.strip()}\""
            args = {"cited": cited, "tahun": citation.tahun}
            if citation.tahun < EARLIEST_YEAR:
                yield Violation(entry.path, "before_1945", args)
                break
            if latest_year is not None and citation.tahun > latest_year:
                yield Violation(entry.path, "after_pembuatan", {**args, "pembuatan": pembuatan.raw.strip()})
                break


RULE = Rule(
    name="dasar-hukum-date",
    code="I107",
    severity=Severity.ERROR,
    basis="INFERRED",
    messages=MESSAGES,
    check=check,
)
