"""A key written twice in one mapping.

Ringkasan
---------
Kunci yang ditulis dua kali dalam satu bagian.

Memeriksa bahwa tidak ada kunci yang berulang dalam satu pemetaan, misalnya
dua baris `nomor:` di `identitas` atau dua `waktu:` dalam satu `mutu_baku`.
Pembaca YAML diam-diam hanya memakai salah satu nilainya, sehingga SOP yang
diperiksa dan dicetak dapat berbeda dari yang dimaksud penyusun; soplint
memakai nilai pertama dan melaporkan penulisan kedua. Dasar: — (keabsahan
berkas, bukan ketentuan peraturan). Hapus salah satu baris dan sisakan nilai
yang benar.

What it checks
--------------
That no key appears twice in the same mapping, for example two `nomor:` lines
in `identitas`, or two `waktu:` in one `mutu_baku`. YAML parsers silently keep
one of the two values, so an author who corrected a value by adding a new line
may be reading a different SOP from the one that is checked and printed.
soplint keeps the first value and reports the repetition at the second.

Why
---
Basis: none (file validity).

Fails
-----
::

    identitas:
      nomor: 100.3.4/001/SETWAN/2024
      nama: Penyusunan Risalah Rapat Paripurna
      nomor: 100.3.4/002/SETWAN/2024

Passes
------
::

    identitas:
      nomor: 100.3.4/002/SETWAN/2024
      nama: Penyusunan Risalah Rapat Paripurna
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="duplicate-key",
    code="D002",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={
        "id": {
            "duplicate": "Kunci '{key}' ditulis dua kali dalam satu bagian (pertama di baris {first_line}). "
            "Hapus salah satunya; soplint memakai nilai yang pertama.",
            "more": "... dan {count} temuan kunci ganda lain di berkas ini yang tidak ditampilkan satu per satu.",
        },
        "en": {
            "duplicate": "Key '{key}' is written twice in one mapping (first on line {first_line}). "
            "Remove one of them; soplint uses the first value.",
            "more": "... and {count} more repeated key findings in this file, not listed one by one.",
        },
    },
)
