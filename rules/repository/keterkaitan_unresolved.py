"""A keterkaitan entry that names no SOP in the checked set.

Ringkasan
---------
Keterkaitan yang tidak menunjuk SOP mana pun di antara SOP yang diperiksa.

Memeriksa bahwa setiap SOP yang disebut pada `keterkaitan` (dengan `nama` atau
`nomor`-nya) termasuk SOP yang diperiksa bersama, agar rangkaian SOP terkait
dapat ditelusuri; nama dibandingkan tanpa membedakan huruf besar-kecil, spasi
atau awalan "SOP", dan nama yang mirip disarankan. Aturan ini hanya berjalan
bila lebih dari satu SOP diperiksa, dan `keterkaitan: "-"` tetap sah. Dasar:
REG-2 (keselarasan): SOP "harus selaras dengan prosedur-prosedur standar lain
yang terkait" (REG-2 [S9]) dan unsur Keterkaitan menyebut prosedur-prosedur
itu (REG-2 [S19, S21]); mencocokkannya dengan SOP yang diperiksa disimpulkan
dari susunan atau definisi peraturan (INFERRED). Tulis nama atau nomor SOP
terkait persis seperti pada SOP tersebut.

What it checks
--------------
That every SOP named under `keterkaitan` (by its `nama` or its `nomor`) is
among the SOPs checked together, so that the chain of related SOPs can be
followed. Names are compared without regard to case, spacing or a leading
"SOP"; a close match is suggested. The rule runs only when more than one SOP
is checked: a single draft cannot be expected to bring its neighbours along.
`keterkaitan: "-"` (no related SOP) is fine.

Why
---
Basis: REG-2 (keselarasan). Prinsip keselarasan: SOP "harus selaras dengan
prosedur-prosedur standar lain yang terkait" (REG-2 [S9]); keterkaitan names
them (REG-2 [S19, S21]). Resolving the names against the checked set is
INFERRED.

Fails
-----
::

    # (two files, checked together)
    # a.yaml: identitas: {nama: Pengelolaan Surat Masuk, keterkaitan: [SOP Pengelolaan Arsip Dinamis]}
    # b.yaml: identitas: {nama: Pengelolaan Surat Keluar, keterkaitan: "-"}

Passes
------
::

    # a.yaml: identitas: {nama: Pengelolaan Surat Masuk, keterkaitan: [SOP Pengelolaan Surat Keluar]}
    # b.yaml: identitas: {nama: Pengelolaan Surat Keluar, nomor: 100.3.4/007/SETWAN/2024, keterkaitan: "-"}
"""

from __future__ import annotations

from soplint.engine import MAX_FINDINGS_PER_RULE
from soplint.findings import Severity
from soplint.repository import KeySet, at, normalise_title
from soplint.rule import Rule
from soplint.suggest import TitleFinder


def check(index, graph, options):
    if len(index) < 2:
        return
    titles, numbers = KeySet(index.title_keys), KeySet(index.nomor_keys)
    finder: TitleFinder | None = None  # filed on the first unknown name: most runs have none
    suggested: dict[tuple[str, str | None], int | None] = {}  # one unknown name recurs across an inventory
    for number in range(len(index)):
        unknown = 0
        for row in index.related(number):
            if (
                index.related_title_keys[row] in titles
                or index.related_nomor_keys[row] in numbers
                or index.related_bare_nomor_keys[row] in numbers
            ):
                continue
            mention = index.mention(number, row)
            unknown += 1
            if unknown > MAX_FINDINGS_PER_RULE:
                # past what one file shows, findings are only counted: no did-you-mean is sought
                yield number, at(mention, "unresolved", name=mention.text, count=len(index))
                continue
            wanted = normalise_title(mention.text)
            own = index.title(number)
            asked = (wanted, normalise_title(own) if own is not None else None)
            if asked not in suggested:
                finder = finder or TitleFinder((n, normalise_title(title)) for n, title in index.titles())
                suggested[asked] = finder.closest(wanted, cutoff=0.75, exclude=asked[1])
            match = suggested[asked]
            if match is not None:
                yield number, at(mention, "unresolved-suggest", name=mention.text, match=index.title(match))
            else:
                yield number, at(mention, "unresolved", name=mention.text, count=len(index))


RULE = Rule(
    name="keterkaitan-unresolved",
    code="R603",
    severity=Severity.WARNING,
    basis="REG-2",
    stage="repository",
    check=check,
    messages={
        "id": {
            "unresolved": "Keterkaitan '{name}' tidak menunjuk SOP mana pun di antara {count} SOP yang diperiksa. "
            "Tulis nama atau nomor SOP terkait persis seperti pada SOP tersebut.",
            "unresolved-suggest": "Keterkaitan '{name}' tidak menunjuk SOP yang diperiksa. Maksud Anda '{match}'?",
        },
        "en": {
            "unresolved": "Keterkaitan '{name}' names none of the {count} SOPs checked. Write the related SOP's "
            "name or number exactly as that SOP gives it.",
            "unresolved-suggest": "Keterkaitan '{name}' names no SOP checked. Did you mean '{match}'?",
        },
    },
)
