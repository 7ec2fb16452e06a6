"""A dasar hukum that cites a regulation known to be revoked or replaced.

Ringkasan
---------
Dasar hukum yang merujuk peraturan yang diketahui telah dicabut atau diganti.

Mencocokkan setiap butir ``identitas.dasar_hukum``, termasuk rangkaian
perubahannya, dengan tabel peraturan yang telah dicabut, dicabut sebagian atau
diganti (``rules/data/revoked-regulations.yaml``); setiap baris tabel menyebut
ketentuan pencabutnya, peraturan penggantinya dan sumbernya. Peraturan yang
hanya diubah dan masih berlaku tidak dilaporkan, dan peraturan yang tidak ada
dalam tabel belum tentu masih berlaku. Dasar: PRACTICE (praktik umum, bukan
ketentuan peraturan): prinsip kepatuhan hukum meminta SOP memenuhi
"peraturan-peraturan pemerintah yang berlaku" (REG-2 [S9]), sedangkan tabel
pencabutan adalah alat bantu proyek ini. Rujuk peraturan pengganti yang
disebut dalam pesan, misalnya "Undang-Undang Nomor 23 Tahun 2014 tentang
Pemerintahan Daerah" sebagai pengganti UU 32/2004.

What it checks
--------------
Each entry of ``identitas.dasar_hukum`` against a table of regulations often
cited by regional governments that have been revoked (dicabut), partly revoked
(dicabut sebagian) or replaced (diganti), shipped with soplint as
``rules/data/revoked-regulations.yaml``; every entry of the table names its
revoking provision, the regulation to cite today and its public source. The
message names the successor to cite instead ("UU 32/2004 telah dicabut oleh
UU 23/2014 Pasal 409 huruf b; rujuk UU 23/2014 tentang Pemerintahan Daerah").

Citations are compared by type, issuer, Nomor and Tahun, so "UU No. 32 Th.
2004" and "Undang-Undang Nomor 32 Tahun 2004" are the same regulation. Both
the entry's own regulation and those in its amendment chain ("sebagaimana
telah diubah terakhir dengan ...") are checked; one finding per entry.

A partly revoked regulation (UU 17/2014, whose DPRD articles were revoked by
UU 23/2014) is reported with the articles concerned, and not at all when the
entry names only articles outside them ("UU 17/2014 Pasal 5"). Amended
regulations still in force (UU 23/2014, PP 12/2018 ...) are never reported.
Rows of the table whose succession is likely but whose revoking provision was
not seen are reported only with the option ``include_unverified``.

The table covers what it covers: a regulation missing from it may still be
revoked.

Why
---
Basis: PRACTICE. The principle of kepatuhan hukum asks that an SOP "harus
memenuhi ketentuan dan peraturan-peraturan pemerintah yang berlaku" (REG-2
[S9]); for instance PermenPAN No. PER/21/M.PAN/11/2008 was replaced by
PermenPAN-RB 35/2012 because it was "sudah tidak sesuai dengan kebutuhan dan
perkembangan keadaan" (REG [S11]). Keeping a table of revoked regulations is
practice; each of its entries carries its own source.

Fails
-----
::

    identitas:
      dasar_hukum:
        - Undang-Undang Nomor 32 Tahun 2004 tentang Pemerintahan Daerah

Passes
------
::

    identitas:
      dasar_hukum:
        - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
        - Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib DPRD

Options
-------
``include_unverified`` (true/false, default false): also report the table's
unverified rows (a successor is likely but the revoking provision was not
seen); their message says so and names the source to check.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._revoked import RevokedEntry, load_table

MESSAGES = {
    "id": {
        "dicabut": (
            "{cited} tentang {title} telah dicabut oleh {by} (sejak {since}); rujuk {successor}."
        ),
        "diganti": (
            "{cited} tentang {title} telah diganti dengan {by} (sejak {since}); rujuk {successor}."
        ),
        "dicabut_sebagian": (
            "{cited} tentang {title} dicabut sebagian: {articles} dicabut oleh {by} (sejak {since}); pasal "
            "lainnya masih berlaku. Bila SOP ini merujuk pasal-pasal tersebut, rujuk {successor}; bila tidak, "
            "sebutkan pasal yang dirujuk, misalnya \"{cited} Pasal ...\"."
        ),
        "unverified": (
            "{cited} tentang {title} kemungkinan telah diganti dengan {by} (belum terverifikasi; sumber: "
            "{source}). Periksa statusnya dan, bila benar, rujuk {successor}."
        ),
    },
    "en": {
        "dicabut": (
            "{cited} tentang {title} was revoked by {by} (since {since}); cite {successor} instead."
        ),
        "diganti": (
            "{cited} tentang {title} was replaced by {by} (since {since}); cite {successor} instead."
        ),
        "dicabut_sebagian": (
            "{cited} tentang {title} is partly revoked: {articles} revoked by {by} (since {since}); its other "
            "articles are in force. If this SOP relies on those articles, cite {successor}; if not, name the "
            "article relied on, e.g. \"{cited} Pasal ...\"."
        ),
        "unverified": (
            "{cited} tentang {title} was probably replaced by {by} (unverified; source: {source}). Check its "
            "status and, if confirmed, cite {successor}."
        ),
    },
}


def message_key(entry: RevokedEntry) -> str:
    if not entry.verified:
        return "unverified"
    return {"dicabut": "dicabut", "diganti": "diganti", "dicabut sebagian": "dicabut_sebagian"}[entry.status]


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    entries = doc.identitas.dasar_hukum
    if not entries:
        return
    table = load_table()
    include_unverified = bool(options.get("include_unverified", False))
    for item in entries:
        found = table.match_entry(item.text, include_unverified=include_unverified)
        if found is None:
            continue
        _, revoked = found
        regulation = revoked.regulation
        yield Violation(item.path, message_key(revoked), {
            "cited": regulation.short,
            "title": regulation.title,
            "by": revoked.revoked_by,
            "since": revoked.since,
            "successor": revoked.successor_citation,
            "articles": revoked.articles or "",
            "source": revoked.sources[0],
        })


RULE = Rule(
    name="dasar-hukum-revoked",
    code="I108",
    severity=Severity.WARNING,
    basis="PRACTICE",
    messages=MESSAGES,
    check=check,
    options={"include_unverified": False},
    options_schema={
        "type": "object",
        "properties": {
            "include_unverified": {
                "type": "boolean",
                "description": "Also report the table's unverified rows (successor likely, provision not seen).",
            },
        },
        "additionalProperties": False,
    },
)
