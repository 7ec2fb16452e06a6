"""A rule that failed while checking a file.

Ringkasan
---------
Aturan soplint yang gagal saat memeriksa berkas.

Tidak memeriksa isi SOP: melaporkan bahwa salah satu aturan soplint (atau
aturan plugin) mengalami galat pada berkas ini. Pemeriksaan tetap berlanjut
dengan aturan dan berkas lain, sehingga satu aturan yang rusak tidak
menyembunyikan temuan lainnya. Dasar: — (perilaku alat, bukan ketentuan
peraturan). Ini bukan kesalahan SOP Anda: laporkan kepada pembuat aturan
tersebut dengan menyertakan berkas penyebabnya.

What it checks
--------------
Nothing in the SOP: it reports that one of soplint's rules (or a plugin's)
raised an error on this file. The run goes on with the other rules and files,
so one broken rule never hides the rest of the findings. Please report it to
the rule's authors with the file that caused it.

Why
---
Basis: none (tool behaviour).

Fails
-----
::

    # not runnable: only a broken rule produces it

Passes
------
::

    identitas:
      nama: Penyusunan Risalah Rapat Paripurna
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="rule-error",
    code="E901",
    severity=Severity.ERROR,
    basis="—",
    stage="engine",
    messages={
        "id": {"raised": "Aturan '{rule}' gagal memeriksa berkas ini ({error}). Ini kesalahan soplint, bukan SOP Anda; "
               "temuan aturan lain tetap dilaporkan."},
        "en": {"raised": "Rule '{rule}' failed on this file ({error}). This is a soplint bug, not a fault of your SOP; "
               "the other rules' findings are still reported."},
    },
)
