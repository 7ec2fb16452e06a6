"""The file is not valid YAML.

Ringkasan
---------
Berkas bukan YAML yang valid.

Memeriksa bahwa berkas SOP dapat dibaca sebagai YAML. Temuan menunjuk baris
dan kolom tempat pembacaan terhenti, biasanya tepat di kesalahan atau
sesudahnya: tanda kurung atau tanda kutip yang tidak ditutup, tab sebagai
indentasi, indentasi yang tidak sejajar, atau titik dua di dalam teks tanpa
tanda kutip. Dasar: — (keabsahan berkas, bukan ketentuan peraturan): SOP yang
tidak dapat dibaca tidak dapat diperiksa. Perbaiki baris yang ditunjuk
(indentasi dengan spasi, teks yang memuat titik dua diapit tanda kutip), lalu
jalankan soplint lagi.

What it checks
--------------
That the file parses as YAML. The finding points at the line and column where
the parser gave up, which is usually where the fault is or just after it: a
missing closing bracket or quote, a tab used for indentation, a line indented
deeper or shallower than its neighbours, a colon inside an unquoted text.
Characters that YAML does not allow (control characters) are reported here
too, with their position.

A file with a syntax error cannot be read any further, so this is the only
finding for it; fix it first and run soplint again.

Why
---
Basis: none (file validity). The regulation knows nothing of YAML; an SOP that
cannot be read cannot be checked.

Fails
-----
::

    identitas:
      nama: Penyusunan Risalah Rapat Paripurna
      dasar_hukum: [Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah

Passes
------
::

    identitas:
      nama: Penyusunan Risalah Rapat Paripurna
      dasar_hukum: [Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah]
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="yaml-syntax",
    code="D001",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={
        "id": {
            "syntax": "Berkas bukan YAML yang valid: {problem} ({context}). Periksa indentasi (spasi, bukan tab), "
            "titik dua, tanda kurung dan tanda kutip pada baris ini atau baris sebelumnya.",
            "bad-character": "Karakter {character} tidak diperbolehkan dalam YAML. Hapus karakter kendali ini "
            "(sering terbawa saat menyalin dari Word atau PDF).",
        },
        "en": {
            "syntax": "The file is not valid YAML: {problem} ({context}). Check indentation (spaces, not tabs), "
            "colons, brackets and quotes on this line or the line before.",
            "bad-character": "Character {character} is not allowed in YAML. Remove this control character "
            "(often carried over when copying from Word or PDF).",
        },
    },
)
