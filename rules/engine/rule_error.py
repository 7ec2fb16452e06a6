"""A rule that failed while checking a file.

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
