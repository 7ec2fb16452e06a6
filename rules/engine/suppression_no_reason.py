"""A suppression comment without a reason.

Ringkasan
---------
Komentar penekan tanpa alasan.

Memeriksa bahwa setiap komentar `# soplint: disable=...` menyebut alasannya
sesudah ` -- `. Pengecualian dari ketentuan adalah keputusan seseorang, dan
Inspektorat yang mengaudit SOP perlu membaca keputusan itu, bukan menebaknya.
Dasar: — (perilaku alat, bukan ketentuan peraturan): pengecualian yang
disengaja membawa alasannya. Tulis alasannya, misalnya
`# soplint: disable=nip-invalid -- NIP lama sebelum Perka BKN 22/2007`.

What it checks
--------------
That every `# soplint: disable=...` comment says why, after ` -- `:
`# soplint: disable=nip-invalid -- NIP lama sebelum Perka BKN 22/2007`.
An exception to the regulation is a decision someone took; the Inspektorat
auditing the SOP needs to read that decision, not guess it.

Why
---
Basis: none (tool behaviour): a deliberate exception carries its reason.

Fails
-----
::

    # config: {"select": ["duplicate-key"]}
    identitas:
      nama: Pengelolaan Surat Masuk
      nama: Lama  # soplint: disable=duplicate-key

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
    name="suppression-no-reason",
    code="E903",
    severity=Severity.WARNING,
    basis="—",
    stage="engine",
    messages={
        "id": {"no-reason": "Komentar penekan untuk {rules} tidak menyebut alasan. Tambahkan alasannya setelah ' -- '."},
        "en": {"no-reason": "The suppression comment for {rules} gives no reason. Add it after ' -- '."},
    },
)
