"""The Nama SOP does not begin with the activity aspect.

Ringkasan
---------
Nama SOP tidak diawali aspek kegiatan.

Memeriksa bahwa ``identitas.nama`` diawali aspek kegiatan lalu output-nya,
misalnya "Penyusunan Risalah Rapat Paripurna" atau "Pengelolaan Surat Masuk";
yang diterima sebagai aspek adalah contoh Tabel 6, kata benda sejenis
berimbuhan pe-...-an atau -asi/-isasi, dan beberapa kata lain (Monitoring,
Reviu, Audit), dan kata tambahan dapat diatur dengan opsi ``extra_words``.
Dasar: REG (Tabel 6): Tabel 6 "Formulir Identifikasi SOP AP Berdasarkan Tugas
dan Fungsi" menurunkan Judul SOP dari kegiatan, output dan aspek kegiatan,
dengan contoh "penyusunan, pelaksanaan, evaluasi, pelaporan, publikasi, dan
distribusi" [S8]; bahwa judul *diawali* aspek itu, dan kata-kata di luar
contoh Tabel 6, disimpulkan dari susunan atau definisi peraturan (INFERRED),
karena itu tingkatnya hanya info. Tulis aspek kegiatan sebagai kata benda di
awal, misalnya "Pengelolaan Surat Masuk" alih-alih "SOP Surat Masuk", dan
"Penyusunan Risalah" alih-alih "Menyusun Risalah".

What it checks
--------------
``identitas.nama`` should begin with the aspect of the activity, followed by
its output: "Penyusunan Risalah Rapat Paripurna", "Pengelolaan Surat Masuk".
Accepted as aspects are Tabel 6's examples (penyusunan, pelaksanaan,
evaluasi, pelaporan, publikasi, distribusi), nouns formed like them with
pe-/pem-/pen-/peng-/peny-/per-/pel- ... -an (Pengelolaan, Penerimaan,
Penyelenggaraan, Pelayanan, Pengiriman), -asi/-isasi nouns (Fasilitasi,
Verifikasi, Koordinasi, Inventarisasi) and a few others (Monitoring, Reviu,
Audit), but not nouns of that shape that name a field or a document
(Peraturan, Perjalanan, Pemerintahan, Informasi, Aspirasi ...). Add words with
the option ``extra_words``.

"SOP Surat Masuk" fails, and the message suggests a title such as
"Pengelolaan Surat Masuk"; a title that opens with a verb ("Menyusun Risalah")
gets its noun form ("Penyusunan Risalah"). A leading "SOP" or "Standar
Operasional Prosedur" is ignored for the test, and the message mentions that
it is not needed; so are "Tata Cara", "Prosedur" and "Mekanisme", which the
message suggests dropping.

Why
---
Basis: REG (Tabel 6). Tabel 6, "Formulir Identifikasi SOP AP Berdasarkan
Tugas dan Fungsi", derives the Judul SOP from the columns Kegiatan, Output and
Aspek Kegiatan, the aspects given as examples ("misalnya"): "penyusunan,
pelaksanaan, evaluasi, pelaporan, publikasi, dan distribusi" (REG [S8]). That
the title *begins* with the aspect, and the words accepted beyond Tabel 6's
examples, are INFERRED; hence the severity info.

Fails
-----
::

    identitas:
      nama: SOP Surat Masuk

Passes
------
::

    identitas:
      nama: Pengelolaan Surat Masuk

Options
-------
``extra_words`` (list of texts, default empty): further first words to
accept as an activity aspect (compared without case), for instance
"Rekonsiliasi" or a local term.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._aspect import read_title
from ._fields import is_blank

MESSAGES = {
    "id": {
        "not_activity": (
            "Nama SOP \"{nama}\" tidak diawali aspek kegiatan (Tabel 6: penyusunan, pelaksanaan, evaluasi, "
            "pelaporan, publikasi, distribusi, dan sejenisnya). Tulis aspek kegiatan lalu output-nya, misalnya "
            "\"{suggestion}\".{prefix_id}"
        ),
        "verb": (
            "Nama SOP \"{nama}\" diawali kata kerja \"{word}\". Nama SOP diawali aspek kegiatan sebagai kata "
            "benda, misalnya \"{suggestion}\".{prefix_id}"
        ),
        "filler": (
            "Nama SOP \"{nama}\" diawali \"{filler}\", bukan aspek kegiatan. Awali dengan aspek kegiatannya, "
            "misalnya \"{suggestion}\".{prefix_id}"
        ),
    },
    "en": {
        "not_activity": (
            "The Nama SOP \"{nama}\" does not begin with an activity aspect (Tabel 6: penyusunan, pelaksanaan, "
            "evaluasi, pelaporan, publikasi, distribusi, and the like). Write the aspect, then the output, e.g. "
            "\"{suggestion}\".{prefix_en}"
        ),
        "verb": (
            "The Nama SOP \"{nama}\" begins with the verb \"{word}\". A Nama SOP begins with the activity aspect "
            "as a noun, e.g. \"{suggestion}\".{prefix_en}"
        ),
        "filler": (
            "The Nama SOP \"{nama}\" begins with \"{filler}\", not with an activity aspect. Begin with the "
            "aspect, e.g. \"{suggestion}\".{prefix_en}"
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    nama = doc.identitas.nama
    if nama is None or is_blank(nama):
        return  # identitas-missing-field reports it
    reading = read_title(nama, options.get("extra_words") or ())
    if reading.kind == "aspect":
        return
    key = {"verb": "verb", "filler": "filler"}.get(reading.kind, "not_activity")
    prefix = reading.prefix
    yield Violation(("identitas", "nama"), key, {
        "nama": nama.strip(),
        "word": reading.word,
        "filler": reading.filler,
        "suggestion": reading.suggestion,
        "prefix_id": f" Awalan \"{prefix}\" tidak perlu ditulis: judul sudah berada di kolom Nama SOP." if prefix else "",
        "prefix_en": f" The leading \"{prefix}\" is not needed: the title already stands under Nama SOP." if prefix else "",
    })


RULE = Rule(
    name="nama-not-activity",
    code="I110",
    severity=Severity.INFO,
    basis="REG (Tabel 6)",
    messages=MESSAGES,
    check=check,
    options={"extra_words": []},
    options_schema={
        "type": "object",
        "properties": {
            "extra_words": {
                "type": "array",
                "items": {"type": "string", "minLength": 1},
                "description": "Further first words accepted as an activity aspect.",
            },
        },
        "additionalProperties": False,
    },
)
