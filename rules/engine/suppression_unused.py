"""A suppression comment that suppressed nothing.

Ringkasan
---------
Komentar penekan yang tidak menekan temuan apa pun.

Memeriksa bahwa setiap komentar `# soplint: disable=...` masih berguna:
menyebut aturan yang ada, dan aturan itu memang melaporkan temuan pada baris
yang dicakupnya. Penekan yang tertinggal setelah SOP diperbaiki akan
menyembunyikan masalah lain di baris itu, dan Inspektorat yang memeriksa
daftar pengecualian (`soplint suppressions`) seharusnya hanya melihat
pengecualian yang masih berlaku. Dasar: — (perilaku alat, bukan ketentuan
peraturan). Hapus komentar penekan itu, atau perbaiki nama atau kode aturan
yang disebutnya.

What it checks
--------------
That every `# soplint: disable=...` comment still has work to do: it names a
rule that exists, and that rule reported something on the line the comment
covers. A suppression left behind after the SOP was corrected hides the next,
different problem on that line; an inspector listing the exceptions
(`soplint suppressions`) should see only live ones. A rule that is not
active in this run (a narrower `--select`) is not judged.

Suppression comments: at the end of a line (covers that line), on a line of
their own or as `disable-next-line` (covers the line below), or
`disable-file` (covers the whole file); the reason follows ` -- `.

Why
---
Basis: none (tool behaviour).

Fails
-----
::

    # config: {"select": ["duplicate-key"]}
    identitas:
      nama: Pengelolaan Surat Masuk  # soplint: disable=duplicate-key -- tidak ada lagi

Passes
------
::

    # config: {"select": ["duplicate-key"]}
    identitas:
      nama: Pengelolaan Surat Masuk
      nama: Lama  # soplint: disable=duplicate-key -- disimpan untuk perbandingan, dihapus saat revisi
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="suppression-unused",
    code="E902",
    severity=Severity.WARNING,
    basis="—",
    stage="engine",
    messages={
        "id": {
            "unused": "Komentar penekan untuk {rules} tidak menekan temuan apa pun di baris ini. Hapus komentar ini.",
            "unknown": "Komentar penekan menyebut aturan yang tidak dikenal: '{rule}'. Periksa nama atau kode aturan "
            "(soplint rules).",
        },
        "en": {
            "unused": "The suppression comment for {rules} suppresses no finding here. Remove the comment.",
            "unknown": "The suppression comment names an unknown rule: '{rule}'. Check the rule name or code "
            "(soplint rules).",
        },
    },
)
