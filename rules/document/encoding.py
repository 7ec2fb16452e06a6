r"""Bytes that are not text soplint can read, or a file that cannot be read.

Ringkasan
---------
Berkas bukan teks yang dapat dibaca soplint, atau tidak dapat dibuka sama sekali.

Memeriksa bahwa berkas berupa teks UTF-8 (dengan atau tanpa BOM) atau UTF-16
dengan BOM; selain itu dilaporkan posisi byte pertama yang tidak terbaca,
biasanya karena berkas disimpan sebagai "ANSI" / Windows-1252 oleh editor
lama. Berkas biner (dokumen Word yang diganti namanya menjadi `.yaml`) serta
berkas atau folder yang tidak dapat dibaca (tanpa izin, tautan yang rusak atau
berputar) juga dilaporkan. Dasar: — (keabsahan berkas, bukan ketentuan
peraturan): SOP harus terbaca sama di setiap komputer. Simpan ulang berkas
sebagai UTF-8 (di editor: Save with Encoding > UTF-8).

What it checks
--------------
That the file is UTF-8 text (with or without a byte-order mark) or UTF-16
with a byte-order mark. Anything else is reported with the position of the
first byte that does not decode: typically a file saved as "ANSI" /
Windows-1252 by an old editor, where "é" or a curly quote is a single byte.
Binary files (a Word document renamed to `.yaml`, an image) are reported as
such. The same rule reports files and folders that cannot be read at all:
no permission, a file that vanished while the folder was walked, a symbolic
link that leads back into a folder already walked or out of the folder
being checked, a link to nowhere, a named pipe or a device (never read, so
that the check cannot hang; a folder walk passes over pipes and devices
quietly).

Why
---
Basis: none (file validity). An SOP must be readable the same way on every
machine.

Fails
-----
::

    # escaped-bytes
    identitas:\n  instansi: Pemerintah Kabupaten Contoh\n  peringatan: Caf\xe9\n

Passes
------
::

    identitas:
      instansi: Pemerintah Kabupaten Contoh
"""

from soplint.findings import Severity
from soplint.rule import Rule

RULE = Rule(
    name="encoding",
    code="D004",
    severity=Severity.ERROR,
    basis="—",
    stage="load",
    messages={
        "id": {
            "not-utf8": "Berkas bukan UTF-8: byte {byte} di baris {line_no}, kolom {col_no} (posisi {offset}) tidak "
            "dapat dibaca. Simpan ulang berkas sebagai UTF-8 (di editor: Save with Encoding > UTF-8).",
            "bad-bytes": "Berkas bertanda {encoding} tetapi berisi byte yang tidak valid (posisi {offset}). "
            "Simpan ulang berkas sebagai UTF-8.",
            "utf32": "Berkas UTF-32 tidak didukung. Simpan ulang berkas sebagai UTF-8.",
            "binary": "Berkas biner, bukan teks YAML (misalnya dokumen Word atau gambar yang berekstensi .yaml).",
            "unreadable": "Berkas tidak dapat dibaca: {reason}.",
            "vanished": "Berkas hilang saat pemeriksaan berjalan (dihapus atau dipindahkan).",
            "unreadable-folder": "Folder tidak dapat dibaca (hak akses); isinya tidak diperiksa.",
            "symlink-loop": "Tautan simbolik mengarah kembali ke folder yang sudah diperiksa; tidak diikuti.",
            "utf16-no-bom": "Berkas tampaknya UTF-16 tanpa penanda urutan byte (BOM). Simpan ulang berkas sebagai UTF-8 "
            "(atau UTF-16 dengan BOM).",
            "not-regular": "Bukan berkas biasa (pipa bernama, soket atau perangkat seperti /dev/zero); tidak dibaca agar "
            "pemeriksaan tidak macet. Sebutkan berkas SOP yang sebenarnya.",
            "broken-link": "Tautan simbolik ini tidak mengarah ke berkas yang ada (tautan putus atau berputar); tidak "
            "diperiksa. Perbaiki tautannya atau hapus.",
            "permission-denied": "Berkas tidak dapat dibaca: tidak ada hak akses. Minta hak baca kepada pemilik berkas.",
            "symlink-outside": "Tautan simbolik ke folder di luar folder yang diperiksa; tidak diikuti. Sebutkan folder "
            "tujuannya langsung bila ingin memeriksanya.",
            "is-directory": "Ini folder, bukan berkas SOP, meskipun namanya berakhiran .yaml; folder ini tidak dibaca "
            "sebagai berkas. Sebutkan berkas SOP di dalamnya.",
        },
        "en": {
            "not-utf8": "The file is not UTF-8: byte {byte} on line {line_no}, column {col_no} (offset {offset}) cannot "
            "be read. Save the file again as UTF-8 (in the editor: Save with Encoding > UTF-8).",
            "bad-bytes": "The file is marked {encoding} but holds invalid bytes (offset {offset}). "
            "Save the file again as UTF-8.",
            "utf32": "UTF-32 files are not supported. Save the file again as UTF-8.",
            "binary": "A binary file, not YAML text (for example a Word document or an image named .yaml).",
            "unreadable": "The file cannot be read: {reason}.",
            "vanished": "The file disappeared while the check was running (deleted or moved).",
            "unreadable-folder": "The folder cannot be read (permissions); its contents were not checked.",
            "symlink-loop": "A symbolic link leads back into a folder already checked; not followed.",
            "utf16-no-bom": "The file looks like UTF-16 without a byte-order mark (BOM). Save the file again as UTF-8 "
            "(or UTF-16 with a BOM).",
            "not-regular": "Not a regular file (a named pipe, a socket or a device such as /dev/zero); not read, so that "
            "the check cannot hang. Name the SOP file itself.",
            "broken-link": "This symbolic link leads to no existing file (broken, or a loop); not checked. Fix the link "
            "or remove it.",
            "permission-denied": "The file cannot be read: permission denied. Ask the file's owner for read access.",
            "symlink-outside": "A symbolic link to a folder outside the folder being checked; not followed. Name the "
            "target folder itself to check it.",
            "is-directory": "This is a folder, not an SOP file, although its name ends in .yaml; it is not read as a "
            "file. Name the SOP files in it.",
        },
    },
)
