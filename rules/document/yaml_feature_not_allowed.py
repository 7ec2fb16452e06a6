"""YAML features an SOP never needs: anchors, aliases, tags, several documents.

Ringkasan
---------
Fitur YAML yang tidak pernah diperlukan SOP: jangkar, alias, tag, beberapa dokumen.

Memeriksa bahwa berkas hanya berisi kunci dan nilai biasa: tanpa jangkar
(`&nama`) dan alias (`*nama`), tanpa tag khusus (`!!python/object`,
`!include`), tanpa beberapa dokumen yang dipisah `---`, dan tanpa kunci
majemuk (`? [a, b]`). Fitur-fitur itu menyembunyikan isi SOP dari pembaca dan
dapat disalahgunakan (berkas kecil yang mengembang sangat besar, tag yang
menjalankan kode); soplint tidak pernah menjalankannya. Dasar: — (keamanan dan
keterbacaan, bukan ketentuan peraturan). Tulis setiap nilai secara langsung di
tempatnya, dan simpan satu SOP dalam satu berkas.

What it checks
--------------
- anchors (`&name`) and aliases (`*name`): they let one part of a file stand
  for another, which hides what an SOP actually says from a reader and lets a
  few lines expand into gigabytes ("billion laughs"). soplint never expands
  them; the aliased value is treated as empty.
- explicit tags other than YAML's plain ones (`!!python/object`, `!include`,
  `!!binary`): in some YAML libraries a tag runs code. soplint never
  constructs anything from a tag; the value is read as plain text.
- several documents in one file (`---` between them): one SOP is one file.
  Only the first document is checked.
- complex keys (`? [a, b]`).

Why
---
Basis: none (safety and readability). FORMAT.md: one SOP is one YAML file of
plain keys and values.

Fails
-----
::

    pelaksana: &kolom
      - Kepala Bagian Persidangan
    prosedur:
      - kegiatan: Menerima disposisi
        pelaksana: *kolom

Passes
------
::

    pelaksana:
      - Kepala Bagian Persidangan
    prosedur:
      - kegiatan: Menerima disposisi
        pelaksana: Kepala Bagian Persidangan
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="yaml-feature-not-allowed",
    code="D005",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={
        "id": {
            "anchor": "Jangkar YAML '&{anchor}' tidak diperlukan dalam SOP. Tulis nilainya langsung di setiap tempat.",
            "alias": "Alias YAML '*{anchor}' tidak diperbolehkan dan tidak dibaca. Tulis nilainya langsung.",
            "tag": "Tag YAML '{tag}' tidak diperbolehkan; nilainya dibaca sebagai teks biasa dan tidak pernah dijalankan. "
            "Hapus tag tersebut.",
            "documents": "Berkas berisi lebih dari satu dokumen YAML ('---'). Satu SOP satu berkas; hanya dokumen "
            "pertama yang diperiksa.",
            "complex-key": "Kunci kompleks ('? ...') tidak diperbolehkan. Gunakan kunci teks biasa.",
            "more": "... dan {count} temuan fitur YAML lain di berkas ini yang tidak ditampilkan satu per satu.",
        },
        "en": {
            "anchor": "The YAML anchor '&{anchor}' is not needed in an SOP. Write the value in each place.",
            "alias": "The YAML alias '*{anchor}' is not allowed and is not read. Write the value itself.",
            "tag": "The YAML tag '{tag}' is not allowed; its value is read as plain text and never executed. "
            "Remove the tag.",
            "documents": "The file holds more than one YAML document ('---'). One SOP is one file; only the first "
            "document is checked.",
            "complex-key": "Complex keys ('? ...') are not allowed. Use a plain text key.",
            "more": "... and {count} more YAML feature findings in this file, not listed one by one.",
        },
    },
)
