"""A file, a nesting depth or a procedure beyond the configured limits.

Ringkasan
---------
Berkas, kedalaman susunan atau jumlah langkah melebihi batas yang ditetapkan.

Memeriksa bahwa berkas tetap dalam batas yang tidak pernah didekati SOP
sungguhan: ukuran berkas (bawaan 5 MB), kedalaman susunan bersarang (bawaan
64, paling banyak 256) dan jumlah langkah `prosedur` (bawaan 10.000); berkas
yang melampauinya tidak diperiksa lebih lanjut. Dasar: — (ketahanan alat,
bukan ketentuan peraturan): peraturan tidak membatasi jumlah langkah, dan
batas ini hanya menjaga agar berkas yang rusak tidak menghentikan pemeriksaan.
Periksa apakah berkas itu memang SOP yang dimaksud; bila batasnya perlu
diubah, atur `limits:` (`max_bytes`, `max_depth`, `max_steps`) di
`.soplint.yaml`.

What it checks
--------------
That a file stays within the limits an SOP never comes near, so that a
hostile or broken file cannot make soplint run out of time or memory:

- file size (default 5 MB: a long SOP is 20 KB);
- nesting depth of mappings and lists (default 64: an SOP needs 4; at most
  256 whatever the configuration, so that no file can exhaust the stack);
- number of steps in `prosedur` (default 10,000).

A file over a limit is not checked further. The limits are set in
`.soplint.yaml` under `limits:` (`max_bytes`, `max_depth`, `max_steps`).

Why
---
Basis: none (robustness). The regulation sets no limit on the number of steps
(REGULATION.md §4); these limits only keep the checker safe.

Fails
-----
::

    # config: {"limits": {"max_steps": 2}}
    prosedur:
      - kegiatan: Menerima surat
      - kegiatan: Mencatat surat
      - kegiatan: Mengarsipkan surat

Passes
------
::

    prosedur:
      - kegiatan: Menerima surat
      - kegiatan: Mengarsipkan surat
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="too-large",
    code="D006",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={
        "id": {
            "file-size": "Berkas terlalu besar ({size} byte; batas {limit} byte) dan tidak diperiksa.",
            "depth": "Struktur bersarang lebih dari {limit} tingkat; berkas tidak diperiksa lebih lanjut.",
            "steps": "Prosedur berisi {count} langkah, melebihi batas {limit}; langkah-langkahnya tidak diperiksa.",
        },
        "en": {
            "file-size": "The file is too large ({size} bytes; limit {limit} bytes) and was not checked.",
            "depth": "Nesting deeper than {limit} levels; the file was not checked further.",
            "steps": "The procedure has {count} steps, over the limit of {limit}; its steps were not checked.",
        },
    },
)
