"""Structure that does not match the SOP-AP format.

Ringkasan
---------
Susunan berkas tidak sesuai dengan format SOP AP.

Memeriksa susunan berkas terhadap JSON Schema format SOP: bagian wajib
``identitas``, ``pelaksana`` dan ``prosedur``, ``kegiatan`` dan ``pelaksana``
pada setiap langkah, jenis nilai setiap isian, serta kunci yang tidak dikenal
beserta kunci yang mungkin dimaksud (``no`` pada langkah adalah ``nomor``;
``waktu`` ditulis di bawah ``mutu_baku``). Dasar: — (format berkas soplint,
bukan kata-kata peraturan); format ini mengikuti pembagian unsur prosedur
dalam peraturan, "Unsur ini dibagi dalam dua bagian, yaitu Bagian Identitas
dan Bagian Flowchart" (REG [S1]). Tanpa pemeriksaan ini kunci yang salah eja
diabaikan dan SOP tampak lengkap, padahal satu kolom hilang dari tabel
prosedur. Perbaiki setiap kunci atau nilai yang ditunjuk sesuai format.

What it checks
--------------
The file's structure against the format's JSON Schema (``schemas/sop-ap.schema.json``,
the same schema editors use for completion): the required parts ``identitas``,
``pelaksana`` and ``prosedur``, and ``kegiatan`` and ``pelaksana`` on every step;
the type of every field (text, list, mapping, whole number, step reference);
keys the format does not know, with the key that was probably meant (``no`` on a
step is ``nomor``, ``waktu`` on a step belongs under ``mutu_baku``); ``ya``,
``tidak`` and ``cabang`` only on a ``keputusan`` step and never together, and no
``ke`` on a ``keputusan``; ``jenis`` and the evaluation answers from their fixed
choices. Every fault of the file is reported in one run, each at the key or
value to edit.

Faults that other rules explain better are left to them: a missing or empty
identitas element (``identitas-missing-field``), a date that is no date
(``date-invalid``), an unknown ``simbol`` (``symbol-not-allowed``), a missing
mutu baku entry (``mutu-baku-missing``), a ``ke`` on ``selesai``
(``end-has-successor``), a repeated pelaksana (``actor-duplicate``).

Why
---
Basis: —. The structure is soplint's file format (FORMAT.md), not the words of
the regulation: the format is what lets every other rule read the SOP. It
follows the regulation's own division of the procedure element into two parts,
"Unsur ini dibagi dalam dua bagian, yaitu Bagian Identitas dan Bagian
Flowchart" (REG) [S1], and its field names are the regulation's terms. A
misspelt key would otherwise be ignored silently, and the SOP would look
complete to the linter while a column is missing from the printed table.

Fails
-----
::

    identitas:
      nomor: 100.3.4/007/SETWAN/2024
      nama: Penerimaan Surat Masuk
    pelaksana: [Pengadministrasi Umum, Kepala Subbagian Umum]
    prosedur:
      - no: 1
        kegiatan: Menerima surat masuk dan mencatatnya dalam agenda
        pelaksana: Pengadministrasi Umum
        waktu: 10 menit
      - kegiatan: Mendisposisikan surat kepada bagian terkait
        pelaksana: Kepala Subbagian Umum

Passes
------
::

    jenis: administratif
    identitas:
      instansi: Pemerintah Kabupaten Contoh
      unit_kerja: Sekretariat DPRD
      nomor: 100.3.4/007/SETWAN/2024
      nama: Penerimaan Surat Masuk
      tanggal_pembuatan: 2024-02-01
      tanggal_revisi: "-"
      tanggal_efektif: 2024-02-05
      disahkan_oleh:
        jabatan: Sekretaris DPRD
        nama: Drs. H. Ahmad Fauzi, M.Si.
        nip: "19680101 199003 1 005"
      dasar_hukum: Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib DPRD
      keterkaitan: "-"
      kualifikasi_pelaksana: [Memahami tata naskah dinas]
      peralatan_perlengkapan: [Komputer, Buku agenda surat]
      peringatan: Jika SOP ini tidak dilaksanakan, surat masuk tidak tercatat dan tidak tertindaklanjuti.
      pencatatan_pendataan: [Buku agenda surat masuk]
    pelaksana: [Pengadministrasi Umum, Kepala Subbagian Umum]
    prosedur:
      - nomor: 1
        kegiatan: Menerima surat masuk dan mencatatnya dalam agenda
        pelaksana: Pengadministrasi Umum
        mutu_baku: {kelengkapan: Surat masuk, waktu: 10 menit, output: Agenda surat}
      - kegiatan: Apakah surat perlu didisposisikan?
        pelaksana: Kepala Subbagian Umum
        simbol: keputusan
        ya: 3
        tidak: arsip
        mutu_baku: {kelengkapan: Agenda surat, waktu: 15 menit, output: Keputusan disposisi}
      - kegiatan: Mendisposisikan surat kepada bagian terkait
        pelaksana: Kepala Subbagian Umum
        mutu_baku: {kelengkapan: Surat masuk, waktu: 30 menit, output: Lembar disposisi}
      - id: arsip
        kegiatan: Mengarsipkan surat
        pelaksana: Pengadministrasi Umum
        simbol: selesai
        mutu_baku: {kelengkapan: Surat masuk, waktu: 10 menit, output: Arsip surat}
"""

from soplint.findings import Severity
from soplint.rule import Rule

_ID = {
    "empty-file": (
        "Berkas ini kosong. Tulis SOP dengan bagian `identitas`, daftar `pelaksana` dan bagian `prosedur`."
    ),
    "top-not-mapping": (
        "Isi berkas ini bukan SOP: tingkat teratasnya harus berupa pemetaan (`kunci: nilai`) "
        "dengan `identitas`, `pelaksana` dan `prosedur`."
    ),
    "missing-identitas": (
        "Bagian `identitas` belum ada. Tambahkan `identitas:` berisi unsur identitas SOP "
        "(instansi, unit_kerja, nomor, nama, tanggal, disahkan_oleh, dasar_hukum, dan seterusnya)."
    ),
    "missing-pelaksana": (
        "Daftar `pelaksana` belum ada. Tambahkan `pelaksana:` berisi jabatan para pelaksana, "
        "satu per baris diawali `- `, urut kolom dari kiri ke kanan."
    ),
    "missing-prosedur": (
        "Bagian `prosedur` belum ada. Tambahkan `prosedur:` berisi langkah-langkah kegiatan dari atas ke bawah, "
        "masing-masing dengan `kegiatan` dan `pelaksana`."
    ),
    "missing-kegiatan": (
        "{lokasi}`kegiatan` belum ditulis. Tambahkan uraian kegiatannya dengan kata kerja aktif, "
        "misalnya `kegiatan: Menerima berkas permohonan`."
    ),
    "missing-step-pelaksana": (
        "{lokasi}`pelaksana` belum ditulis. Tambahkan satu jabatan dari daftar `pelaksana`, "
        "misalnya `pelaksana: Kepala Subbagian Umum`."
    ),
    "missing-tanggal": (
        "{lokasi}`tanggal` belum ditulis. Tambahkan tanggalnya, misalnya `tanggal: 2024-07-15` "
        "atau `tanggal: 15 Juli 2024`."
    ),
    "missing-key": "{lokasi}Kunci `{key}` wajib ada.",
    "type-text": "{lokasi}`{field}` harus berupa teks.",
    "type-text-number": (
        "{lokasi}`{field}` harus berupa teks, tetapi tertulis sebagai angka {value}. "
        "Apit nilainya dengan tanda kutip (\"...\") agar dibaca apa adanya."
    ),
    "nip-number": (
        "NIP tertulis sebagai angka. Apit dengan tanda kutip agar angka dan spasinya tidak berubah, "
        "misalnya `nip: \"19680101 199003 1 005\"`."
    ),
    "type-list": "{lokasi}`{field}` harus berupa daftar: tulis tiap isian pada baris sendiri, diawali `- `.",
    "type-mapping": (
        "{lokasi}`{field}` harus berupa pemetaan: tulis kunci-kuncinya (`kunci: nilai`) "
        "pada baris di bawahnya, menjorok ke dalam."
    ),
    "type-integer": "{lokasi}`{field}` harus bilangan bulat tanpa tanda kutip, misalnya 4.",
    "type-step-ref": (
        "{lokasi}`{field}` harus rujukan langkah: nomor langkah (misalnya 4) atau id langkah (misalnya `susun`)."
    ),
    "type-text-or-list": (
        "{lokasi}`{field}` harus berupa teks, atau daftar teks dengan tiap isian pada baris sendiri diawali `- `."
    ),
    "type-other": "{lokasi}`{field}` bertipe salah; yang diharapkan: {expected}.",
    "type-step": (
        "{lokasi}Tulis langkah sebagai pemetaan dengan sedikitnya `kegiatan` dan `pelaksana`, "
        "misalnya `- kegiatan: Menerima berkas` dengan `pelaksana: ...` pada baris di bawahnya."
    ),
    "empty": "{lokasi}`{field}` kosong. Isi nilainya, atau hapus baris ini bila tidak diperlukan.",
    "empty-required": "{lokasi}`{field}` tidak boleh kosong. Isi nilainya.",
    "enum": "{lokasi}`{field}` bernilai {value}, padahal pilihannya hanya: {choices}.",
    "enum-did-you-mean": (
        "{lokasi}`{field}` bernilai {value}, padahal pilihannya hanya: {choices}. Maksud Anda `{suggestion}`?"
    ),
    "pattern": "{lokasi}`{field}` bernilai {value}, tidak sesuai pola `{pattern}`.",
    "pattern-id": (
        "{lokasi}`id` {value} tidak boleh berisi spasi atau tanda baca lain: pakai huruf, angka, "
        "tanda - dan _ saja, misalnya `periksa-berkas`."
    ),
    "pattern-ref": (
        "{lokasi}`{field}` bernilai {value}, yang bukan nomor maupun id langkah. "
        "Tulis nomor langkah (misalnya 4) atau id langkah (huruf, angka, - dan _)."
    ),
    "minimum-step": "{lokasi}`{field}` bernilai {value}, padahal nomor langkah dimulai dari 1.",
    "min-items": (
        "{lokasi}`{field}` berupa daftar kosong. Tulis sedikitnya satu isian, tiap isian pada baris sendiri "
        "diawali `- `."
    ),
    "ke-on-keputusan": (
        "{lokasi}Keputusan tidak memakai `ke`. Tulis ke mana tiap jawaban menuju dengan `ya` dan "
        "`tidak` (atau `cabang`)."
    ),
    "answer-not-on-keputusan": (
        "{lokasi}`{key}` hanya dipakai pada langkah keputusan. Bila langkah ini keputusan, tambahkan "
        "`simbol: keputusan`; bila bukan, tulis langkah berikutnya dengan `ke`."
    ),
    "answers-mixed": (
        "{lokasi}Jawaban keputusan ditulis dua kali, dengan `ya`/`tidak` dan dengan `cabang`. Pilih salah satu: "
        "`ya` dan `tidak`, atau `cabang` saja (misalnya `cabang: {{Lengkap: 4, Tidak lengkap: 2}}`)."
    ),
    "unknown-key": "{lokasi}Kunci `{key}` tidak dikenal di sini. Kunci yang boleh: {allowed}.",
    "unknown-key-did-you-mean": "{lokasi}Kunci `{key}` tidak dikenal. Maksud Anda `{suggestion}`?",
    "unknown-key-move": "{lokasi}Kunci `{key}` tidak pada tempatnya: pindahkan ke bawah `{parent}`.",
    "unknown-key-no": (
        "{lokasi}Kunci `no` tidak dikenal: tulis `nomor`. Alat YAML versi lama membaca `no` sebagai "
        "\"tidak\" (false), karena itu format ini memakai `nomor`."
    ),
    "invalid": "{lokasi}`{field}` tidak sesuai format SOP ({detail}).",
}

_EN = {
    "empty-file": "This file is empty. Write an SOP with an `identitas` part, a `pelaksana` list and a `prosedur` part.",
    "top-not-mapping": (
        "This file is not an SOP: its top level must be a mapping (`key: value`) with `identitas`, "
        "`pelaksana` and `prosedur`."
    ),
    "missing-identitas": (
        "The `identitas` part is missing. Add `identitas:` with the SOP's identity elements "
        "(instansi, unit_kerja, nomor, nama, the dates, disahkan_oleh, dasar_hukum and so on)."
    ),
    "missing-pelaksana": (
        "The `pelaksana` list is missing. Add `pelaksana:` with the actors' positions, one per line starting "
        "with `- `, in column order from left to right."
    ),
    "missing-prosedur": (
        "The `prosedur` part is missing. Add `prosedur:` with the activity steps from top to bottom, "
        "each with `kegiatan` and `pelaksana`."
    ),
    "missing-kegiatan": (
        "{location}`kegiatan` is missing. Add the activity, worded with an active verb, "
        "e.g. `kegiatan: Menerima berkas permohonan`."
    ),
    "missing-step-pelaksana": (
        "{location}`pelaksana` is missing. Add one position from the `pelaksana` list, "
        "e.g. `pelaksana: Kepala Subbagian Umum`."
    ),
    "missing-tanggal": (
        "{location}`tanggal` is missing. Add the date, e.g. `tanggal: 2024-07-15` or `tanggal: 15 Juli 2024`."
    ),
    "missing-key": "{location}The key `{key}` is required.",
    "type-text": "{location}`{field}` must be text.",
    "type-text-number": (
        "{location}`{field}` must be text, but it is written as the number {value}. "
        "Put the value in quotes (\"...\") so that it is read as written."
    ),
    "nip-number": (
        "The NIP is written as a number. Put it in quotes so that its digits and spaces stay as written, "
        "e.g. `nip: \"19680101 199003 1 005\"`."
    ),
    "type-list": "{location}`{field}` must be a list: write each entry on its own line, starting with `- `.",
    "type-mapping": (
        "{location}`{field}` must be a mapping: write its keys (`key: value`) on the lines below it, indented."
    ),
    "type-integer": "{location}`{field}` must be a whole number without quotes, e.g. 4.",
    "type-step-ref": (
        "{location}`{field}` must be a step reference: a step number (e.g. 4) or a step id (e.g. `susun`)."
    ),
    "type-text-or-list": (
        "{location}`{field}` must be text, or a list of texts with each entry on its own line starting with `- `."
    ),
    "type-other": "{location}`{field}` has the wrong type; expected: {expected}.",
    "type-step": (
        "{location}Write the step as a mapping with at least `kegiatan` and `pelaksana`, "
        "e.g. `- kegiatan: Menerima berkas` with `pelaksana: ...` on the line below."
    ),
    "empty": "{location}`{field}` is empty. Fill it in, or delete the line if it is not needed.",
    "empty-required": "{location}`{field}` must not be empty. Fill it in.",
    "enum": "{location}`{field}` is {value}, but the only choices are: {choices}.",
    "enum-did-you-mean": "{location}`{field}` is {value}, but the only choices are: {choices}. Did you mean `{suggestion}`?",
    "pattern": "{location}`{field}` is {value}, which does not match the pattern `{pattern}`.",
    "pattern-id": (
        "{location}The `id` {value} must not contain spaces or other punctuation: use letters, digits, "
        "- and _ only, e.g. `periksa-berkas`."
    ),
    "pattern-ref": (
        "{location}`{field}` is {value}, which is neither a step number nor a step id. "
        "Write a step number (e.g. 4) or a step id (letters, digits, - and _)."
    ),
    "minimum-step": "{location}`{field}` is {value}, but step numbers start at 1.",
    "min-items": "{location}`{field}` is an empty list. Write at least one entry, each on its own line starting with `- `.",
    "ke-on-keputusan": (
        "{location}A decision does not use `ke`. Write where each answer leads with `ya` and `tidak` "
        "(or `cabang`)."
    ),
    "answer-not-on-keputusan": (
        "{location}`{key}` is used only on a decision step. If this step is a decision, add `simbol: keputusan`; "
        "if not, write the next step with `ke`."
    ),
    "answers-mixed": (
        "{location}The decision's answers are written twice, with `ya`/`tidak` and with `cabang`. Choose one: "
        "`ya` and `tidak`, or `cabang` alone (e.g. `cabang: {{Lengkap: 4, Tidak lengkap: 2}}`)."
    ),
    "unknown-key": "{location}The key `{key}` is not known here. Allowed keys: {allowed}.",
    "unknown-key-did-you-mean": "{location}The key `{key}` is not known. Did you mean `{suggestion}`?",
    "unknown-key-move": "{location}The key `{key}` is out of place: move it under `{parent}`.",
    "unknown-key-no": (
        "{location}The key `no` is not known: write `nomor`. Older YAML tools read `no` as \"false\", "
        "which is why the format uses `nomor`."
    ),
    "invalid": "{location}`{field}` does not match the SOP format ({detail}).",
}

RULE = Rule(
    name="schema",
    code="D003",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={"id": _ID, "en": _EN},
)
