"""The NIP of the official who signs the SOP cannot be a real NIP.

Ringkasan
---------
NIP pejabat yang mengesahkan SOP tidak mungkin NIP yang sah.

Memeriksa ``disahkan_oleh.nip`` sebagai NIP 18 angka (boleh berspasi): angka
1-8 tanggal lahir yang ada, angka 9-14 tahun dan bulan pengangkatan CPNS yang
ada dan tidak sebelum usia minimal pengangkatan (opsi ``min_appointment_age``,
bawaan 18), serta angka ke-15 jenis kelamin, 1 atau 2. Dasar: PRACTICE
(penomoran kepegawaian; praktik umum, bukan ketentuan peraturan SOP):
peraturan hanya meminta pengesahan memuat "nama pejabat yang disertai dengan
NIP" (REG [S1]), sedangkan susunan NIP diatur ketentuan kepegawaian di luar
peraturan SOP, yaitu Perka BKN 22/2007 [S31]; batas usia 18 tahun adalah
kesimpulan proyek ini (INFERRED), karena itu dapat diatur. Salin NIP lengkap
dari SK pejabat, misalnya ``"19680101 199003 1 005"``.

What it checks
--------------
``identitas.disahkan_oleh.nip``, read as the 18-digit civil-service number
(spaces between the parts are allowed: ``"19680101 199003 1 005"``):

- exactly 18 digits, nothing else;
- digits 1-8 a real birth date (YYYYMMDD);
- digits 9-14 a real year and month of appointment as CPNS (YYYYMM), not
  before the birth date plus the minimum age (option ``min_appointment_age``,
  18 by default), and never before the birth date;
- digit 15 the gender, 1 or 2.

The finding names the part that is wrong ("bulan pengangkatan 13 tidak ada").
A missing NIP is left to ``identitas-missing-field``.

Why
---
Basis: PRACTICE (civil-service numbering). The regulation asks for the
pengesahan to carry the "nama pejabat yang disertai dengan NIP" (REG [S1]);
the layout of the NIP is civil-service law outside the SOP regulations:
Perka BKN 22/2007 on the Nomor Identitas Pegawai Negeri Sipil [S31],
described in [S32]. The minimum age of 18 at appointment is INFERRED (the
usual minimum age for CPNS applicants); its legal basis was not checked, so it
is an option.

Fails
-----
::

    identitas:
      disahkan_oleh:
        jabatan: Sekretaris DPRD
        nama: Drs. H. Ahmad Fauzi, M.Si.
        nip: "19680101 199013 1 005"

Passes
------
::

    identitas:
      disahkan_oleh:
        jabatan: Sekretaris DPRD
        nama: Drs. H. Ahmad Fauzi, M.Si.
        nip: "19680101 199003 1 005"

Options
-------
``min_appointment_age`` (integer, default 18): the youngest age, in whole
years, at which the NIP's appointment month may fall after its birth date.
Set it to 0 to check only that the appointment is not before the birth.
"""

from __future__ import annotations

from typing import Any, Iterator, Mapping

from soplint.findings import Severity, Violation
from soplint.model import SopDocument
from soplint.rule import Rule

from ._fields import is_blank
from ._nip import check_nip

MESSAGES = {
    "id": {
        "characters": (
            "NIP \"{nip}\" berisi karakter selain angka ({characters}). Tulis 18 angka NIP saja, boleh dengan "
            "spasi, misalnya \"19680101 199003 1 005\"."
        ),
        "length": (
            "NIP \"{nip}\" terdiri atas {count} angka, padahal NIP 18 angka (8 tanggal lahir, 6 tahun-bulan "
            "pengangkatan, 1 jenis kelamin, 3 nomor urut). Salin NIP lengkap dari SK pejabat."
        ),
        "birth_month": (
            "NIP \"{nip}\": bulan lahir {month} tidak ada (digit 1-8, {part}, adalah tanggal lahir TTTTBBHH). "
            "Periksa NIP pada SK pejabat."
        ),
        "birth_year": (
            "NIP \"{nip}\": tahun lahir {year} tidak mungkin (digit 1-8, {part}, adalah tanggal lahir "
            "TTTTBBHH). Periksa NIP pada SK pejabat."
        ),
        "birth_day": (
            "NIP \"{nip}\": tanggal lahir {day} tidak ada pada bulan {month} tahun {year} (hanya sampai "
            "tanggal {last}); digit 1-8, {part}, adalah tanggal lahir TTTTBBHH. Periksa NIP pada SK pejabat."
        ),
        "appointment_month": (
            "NIP \"{nip}\": bulan pengangkatan {month} tidak ada (digit 9-14, {part}, adalah tahun dan bulan "
            "pengangkatan CPNS TTTTBB). Periksa NIP pada SK pejabat."
        ),
        "appointment_year": (
            "NIP \"{nip}\": tahun pengangkatan {year} tidak mungkin (digit 9-14, {part}, adalah tahun dan "
            "bulan pengangkatan CPNS TTTTBB). Periksa NIP pada SK pejabat."
        ),
        "appointment_before_birth": (
            "NIP \"{nip}\": pengangkatan {part} (digit 9-14) sebelum tanggal lahir {birth} (digit 1-8). "
            "Periksa NIP pada SK pejabat."
        ),
        "too_young": (
            "NIP \"{nip}\": pengangkatan {part} (digit 9-14) pada usia {age} tahun menurut tanggal lahir "
            "{birth}, di bawah usia minimal {min_age} tahun. Periksa NIP pada SK pejabat."
        ),
        "gender": (
            "NIP \"{nip}\": digit ke-15 ({digit}) adalah jenis kelamin dan hanya boleh 1 (pria) atau 2 "
            "(wanita). Periksa NIP pada SK pejabat."
        ),
    },
    "en": {
        "characters": (
            "NIP \"{nip}\" holds characters other than digits ({characters}). Write the 18 digits only, spaces "
            "allowed, e.g. \"19680101 199003 1 005\"."
        ),
        "length": (
            "NIP \"{nip}\" has {count} digits; a NIP has 18 (8 birth date, 6 appointment year and month, 1 "
            "gender, 3 sequence). Copy the full NIP from the official's decree."
        ),
        "birth_month": (
            "NIP \"{nip}\": birth month {month} does not exist (digits 1-8, {part}, are the birth date "
            "YYYYMMDD). Check the NIP on the official's decree."
        ),
        "birth_year": (
            "NIP \"{nip}\": birth year {year} is impossible (digits 1-8, {part}, are the birth date YYYYMMDD). "
            "Check the NIP on the official's decree."
        ),
        "birth_day": (
            "NIP \"{nip}\": birth day {day} does not exist in month {month} of {year} (it has {last} days); "
            "digits 1-8, {part}, are the birth date YYYYMMDD. Check the NIP on the official's decree."
        ),
        "appointment_month": (
            "NIP \"{nip}\": appointment month {month} does not exist (digits 9-14, {part}, are the CPNS "
            "appointment year and month YYYYMM). Check the NIP on the official's decree."
        ),
        "appointment_year": (
            "NIP \"{nip}\": appointment year {year} is impossible (digits 9-14, {part}, are the CPNS "
            "appointment year and month YYYYMM). Check the NIP on the official's decree."
        ),
        "appointment_before_birth": (
            "NIP \"{nip}\": the appointment {part} (digits 9-14) is before the birth date {birth} (digits 1-8). "
            "Check the NIP on the official's decree."
        ),
        "too_young": (
            "NIP \"{nip}\": the appointment {part} (digits 9-14) falls at age {age} by the birth date {birth}, "
            "below the minimum age of {min_age}. Check the NIP on the official's decree."
        ),
        "gender": (
            "NIP \"{nip}\": digit 15 ({digit}) is the gender and may only be 1 (male) or 2 (female). Check the "
            "NIP on the official's decree."
        ),
    },
}


def check(doc: SopDocument, graph: object, options: Mapping[str, Any]) -> Iterator[Violation]:
    pengesahan = doc.identitas.disahkan_oleh
    if pengesahan is None or pengesahan.nip is None or is_blank(pengesahan.nip):
        return  # identitas-missing-field reports it
    nip = pengesahan.nip.strip()
    min_age = options.get("min_appointment_age", 18)
    for problem in check_nip(nip, min_age=min_age):
        yield Violation(pengesahan.path + ("nip",), problem.key, {"nip": nip, **problem.args})


RULE = Rule(
    name="nip-invalid",
    code="I104",
    severity=Severity.WARNING,
    basis="PRACTICE",
    messages=MESSAGES,
    check=check,
    options={"min_appointment_age": 18},
    options_schema={
        "type": "object",
        "properties": {
            "min_appointment_age": {
                "type": "integer",
                "minimum": 0,
                "maximum": 60,
                "description": "Youngest age in whole years at the NIP's appointment month (INFERRED; default 18).",
            },
        },
        "additionalProperties": False,
    },
)
