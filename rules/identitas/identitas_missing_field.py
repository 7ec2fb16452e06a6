"""One of the thirteen elements of the Bagian Identitas is absent or empty.

Ringkasan
---------
Salah satu dari tiga belas unsur Bagian Identitas tidak ada atau kosong.

Memeriksa bahwa setiap unsur Bagian Identitas terisi: nama instansi dan unit
kerja, nomor SOP, tanggal pembuatan, tanggal efektif, pengesahan
(``disahkan_oleh`` dengan jabatan, nama dan NIP), nama SOP, dasar hukum,
keterkaitan, kualifikasi pelaksana, peralatan/perlengkapan, peringatan, serta
pencatatan dan pendataan; unsur yang tidak ditulis atau kosong (``""``,
``[]``, ``"-"``) menjadi temuan. Dasar: REG / REG-2: unsur 1 sampai 7 adalah
teks peraturan (REG [S1]), misalnya pengesahan yang memuat "nama pejabat yang
disertai dengan NIP", sedangkan unsur 8 sampai 13 disebut oleh pedoman turunan
yang mengutip peraturan (REG-2 [S19, S21]). Logo dan tanggal revisi boleh
tidak ditulis, dan keterkaitan boleh ``"-"`` bila tidak ada SOP terkait
(praktik umum, bukan ketentuan peraturan). Isi unsur yang ditunjuk, misalnya
``nip: "19680101 199003 1 005"`` di bawah ``disahkan_oleh``.

What it checks
--------------
Every element of the identitas that the regulation lists must be filled in:
``instansi`` and ``unit_kerja`` (Logo dan Nama SKPD/Unit Kerja), ``nomor``,
``tanggal_pembuatan``, ``tanggal_efektif``, ``disahkan_oleh`` with its
``jabatan``, ``nama`` and ``nip``, ``nama`` (Nama SOP), ``dasar_hukum``,
``keterkaitan``, ``kualifikasi_pelaksana``, ``peralatan_perlengkapan``,
``peringatan`` and ``pencatatan_pendataan``. An element that is absent, or
written but empty (``""``, ``[]``, ``"-"``), is a finding; each missing part of
``disahkan_oleh`` is a finding of its own.

``logo`` and ``tanggal_revisi`` are optional (a first version is never
revised). ``keterkaitan`` may be ``[]`` or ``"-"`` when the SOP has no related
SOP, but it must be written. A key left without a value (``nomor:``) is
empty; ``schema`` accepts it so that the author hears of it once, here. A value
of the wrong type (a list where text belongs) is reported by ``schema`` and,
since the document model keeps no readable value for it either, here as not
filled in. A ``peringatan`` of ``"-"`` is reported by
``peringatan-no-consequence``.

Why
---
Basis: REG / REG-2. Elements 1 to 7 are the regulation's own text as
reproduced in [S1] (REG), for instance the pengesahan: "nomenklatur jabatan,
tanda tangan, nama pejabat yang disertai dengan NIP serta stempel/cap
instansi", and the Nomor SOP "sesuai dengan tata naskah dinas yang berlaku".
[S1] is most likely a regional adoption of the Lampiran ("SKPD/Unit Kerja").
Elements 8 to 13 (Dasar Hukum, Keterkaitan, Peringatan, Kualifikasi
Pelaksana, Peralatan/Perlengkapan, Pencatatan dan Pendataan) are named by
derivative guidelines that quote the regulation [S19, S21] (REG-2); their
verbatim definitions were not seen. Writing "-" for a Tanggal Revisi or a
Keterkaitan that does not exist is common practice (PRACTICE), not the
regulation's words.

Fails
-----
::

    identitas:
      instansi: Pemerintah Kabupaten Contoh
      unit_kerja: Sekretariat DPRD
      disahkan_oleh: {jabatan: Sekretaris DPRD, nama: "Drs. H. Ahmad Fauzi, M.Si."}

Passes
------
::

    identitas:
      instansi: Pemerintah Kabupaten Contoh
      unit_kerja: Sekretariat DPRD
      nomor: 100.3.4/001/SETWAN/2024
      nama: Penyusunan Risalah Rapat Paripurna
      tanggal_pembuatan: "2024-01-10"
      tanggal_revisi: "-"
      tanggal_efektif: "2024-01-15"
      disahkan_oleh:
        jabatan: Sekretaris DPRD
        nama: Drs. H. Ahmad Fauzi, M.Si.
        nip: "19680101 199003 1 005"
      dasar_hukum:
        - Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah
      keterkaitan: "-"
      kualifikasi_pelaksana: [Memahami tata naskah dinas]
      peralatan_perlengkapan: [Komputer dan printer]
      peringatan: Apabila SOP ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu.
      pencatatan_pendataan: [Risalah rapat disimpan sebagai data manual dan elektronik]
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import DASH, DateField, Entry, Identitas, SopDocument
from soplint.rule import Rule

from ._fields import is_blank


@dataclass(frozen=True)
class Element:
    field: str
    #: The element as the regulation names it.
    name: str
    #: A value to show in "write, for example, ...".
    example: str


ELEMENTS: Final[tuple[Element, ...]] = (
    Element("instansi", "Logo dan Nama SKPD/Unit Kerja", "Pemerintah Kabupaten Contoh"),
    Element("unit_kerja", "Logo dan Nama SKPD/Unit Kerja", "Sekretariat DPRD"),
    Element("nomor", "Nomor SOP", "100.3.4/001/SETWAN/2024"),
    Element("tanggal_pembuatan", "Tanggal Pembuatan", "2024-01-10"),
    Element("tanggal_efektif", "Tanggal Efektif", "2024-01-15"),
    Element("disahkan_oleh", "Pengesahan (Disahkan oleh)",
            "{jabatan: Sekretaris DPRD, nama: ..., nip: \"19680101 199003 1 005\"}"),
    Element("nama", "Nama SOP", "Penyusunan Risalah Rapat Paripurna"),
    Element("dasar_hukum", "Dasar Hukum", "[Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah]"),
    Element("keterkaitan", "Keterkaitan", "[SOP Penyelenggaraan Rapat Paripurna]"),
    Element("kualifikasi_pelaksana", "Kualifikasi Pelaksana", "[Memahami tata naskah dinas]"),
    Element("peralatan_perlengkapan", "Peralatan/Perlengkapan", "[Komputer dan printer]"),
    Element("peringatan", "Peringatan",
            "Apabila SOP ini tidak dilaksanakan, risalah rapat tidak tersedia tepat waktu."),
    Element("pencatatan_pendataan", "Pencatatan dan Pendataan", "[Disimpan sebagai data manual dan elektronik]"),
)

#: disahkan_oleh's parts: field, name in Indonesian, name in English, example.
PENGESAHAN_PARTS: Final = (
    ("jabatan", "nomenklatur jabatan", "position title", "Sekretaris DPRD"),
    ("nama", "nama pejabat", "name of the official", "Drs. H. Ahmad Fauzi, M.Si."),
    ("nip", "NIP", "NIP", "\"19680101 199003 1 005\""),
)

MESSAGES = {
    "id": {
        "missing": "Unsur identitas \"{element}\" tidak ada. Tambahkan {field}, misalnya {field}: {example}",
        "empty": "Unsur identitas \"{element}\" ({field}) belum diisi. Isi, misalnya {field}: {example}",
        "keterkaitan_missing": (
            "Unsur identitas \"Keterkaitan\" tidak diisi. Tulis SOP yang terkait (nama atau nomornya), "
            "atau keterkaitan: \"-\" bila tidak ada SOP yang terkait."
        ),
        "pengesahan_part": (
            "Pengesahan (Disahkan oleh) tanpa {part_id}. Tambahkan disahkan_oleh.{part}, misalnya "
            "{part}: {example}"
        ),
    },
    "en": {
        "missing": "The identitas element \"{element}\" is missing. Add {field}, e.g. {field}: {example}",
        "empty": "The identitas element \"{element}\" ({field}) is not filled in. Fill it in, e.g. {field}: {example}",
        "keterkaitan_missing": (
            "The identitas element \"Keterkaitan\" is not filled in. List the related SOPs (by nama or nomor), "
            "or write keterkaitan: \"-\" when there is none."
        ),
        "pengesahan_part": (
            "The Pengesahan (Disahkan oleh) has no {part_en}. Add disahkan_oleh.{part}, e.g. {part}: {example}"
        ),
    },
}


def _state(identitas: Identitas, field: str) -> str:
    """"ok", "absent", "empty" or "wrong-type".

    A key written with no value (``nomor:``) is empty and reported here; a
    value of the wrong type (``nomor: [..]``) is the schema rule's to report.
    """
    value: Any = getattr(identitas, field)
    if value is None:
        if field not in identitas.keys:
            return "absent"
        return "empty" if field in identitas.blank_keys else "wrong-type"
    if isinstance(value, DateField):
        return "empty" if is_blank(value.raw) else "ok"
    if isinstance(value, tuple):
        if field == "keterkaitan":
            return "ok"  # [] and "-" both mean "no related SOP"
        return "ok" if any(isinstance(e, Entry) for e in value) else "empty"
    if isinstance(value, str):
        if field == "peringatan" and value.strip() == DASH:
            return "ok"  # peringatan-no-consequence explains what a peringatan must say
        return "empty" if is_blank(value) else "ok"
    return "ok"


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    identitas = doc.identitas
    if not identitas.present:
        # absent, or not a mapping: the schema rule reports either, with one finding
        return
    for element in ELEMENTS:
        state = _state(identitas, element.field)
        path = ("identitas", element.field)
        args = {"element": element.name, "field": element.field, "example": element.example}
        if state == "wrong-type":
            continue
        if element.field == "keterkaitan" and state != "ok":
            yield Violation(path, "keterkaitan_missing", args)
        elif state == "absent":
            yield Violation(path, "missing", args)
        elif state == "empty":
            yield Violation(path, "empty", args)
        elif element.field == "disahkan_oleh" and state == "ok" and identitas.disahkan_oleh is not None:
            pengesahan = identitas.disahkan_oleh
            for part, part_id, part_en, example in PENGESAHAN_PARTS:
                value = getattr(pengesahan, part)
                wrong_type = value is None and part in pengesahan.keys and part not in pengesahan.blank_keys
                if not wrong_type and (value is None or is_blank(value)):
                    yield Violation(path + (part,), "pengesahan_part",
                                    {"part": part, "part_id": part_id, "part_en": part_en, "example": example})


RULE = Rule(
    name="identitas-missing-field",
    code="I101",
    severity=Severity.ERROR,
    basis="REG / REG-2",
    messages=MESSAGES,
    check=check,
)
