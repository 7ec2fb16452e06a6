"""A deterministic corpus of realistic Sekretariat DPRD SOPs for the benchmark.

Every file is built from its own seeded generator (``random.Random(f"{seed}:{i}")``),
so file ``i`` is byte-for-byte the same whatever the corpus size: the 20,000
file corpus is the 2,000 file one (its folder ``part-01``) and nine more.

Each SOP has the thirteen identitas elements, 3 to 6 pelaksana, and 20 to 40
steps: a ``mulai`` first, a ``selesai`` last, process steps in between, and
decisions whose "tidak" answer leads back to an earlier step (a rework loop)
or, now and then, forward past a step. Answers are written as ``ya``/``tidak``
or as a ``cabang`` mapping, references as step numbers or step ids, and
``mutu_baku`` in block or flow style, as authors mix them. Files average about
6.5 KB (4.9 to 9.7 KB). Each unit (instansi) holds one SOP of each of 14 topics,
so no two SOPs of one unit share a nama or a nomor.

Every file is valid by soplint's schema. About one file in ten carries one of
the content faults seen in real drafts (a passive activity, a missing time
standard, an unused pelaksana, a condition hidden in a process step), so the
findings path is measured too, not only the clean one.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

DEFAULT_SEED = 35_2012  # PERMENPAN-RB 35/2012
FAULT_RATE = 0.1

# Instansi names are built from the unit number (one Sekretariat DPRD holds one
# SOP of each topic), so no two SOPs of one unit share a nama, as in a real
# inventory: 12 x 12 x 6 x 2 = 1,728 units, room for 24,192 SOPs.
_PLACE_HEADS = ("Sumber ", "Tanjung ", "Bukit ", "Lembah ", "Muara ", "Sungai ", "Batu ", "Padang ", "Teluk ", "Tanah ", "Pulau ", "Gunung ")
_PLACE_TAILS = ("Maju", "Harapan", "Indah", "Hijau", "Raya", "Jaya", "Makmur", "Sari", "Permai", "Baru", "Lestari", "Sejahtera")
_PLACE_SIDES = ("", " Barat", " Timur", " Utara", " Selatan", " Tengah")
_PLACE_KINDS = ("Kabupaten", "Kota")


def instansi_of(unit: int) -> str:
    unit, head = divmod(unit, len(_PLACE_HEADS))
    unit, tail = divmod(unit, len(_PLACE_TAILS))
    unit, side = divmod(unit, len(_PLACE_SIDES))
    kind = _PLACE_KINDS[unit % len(_PLACE_KINDS)]
    place = _PLACE_HEADS[head] + _PLACE_TAILS[tail]
    return f"Pemerintah {kind} {place}{_PLACE_SIDES[side]}"


# (nama, what is handled, code of the klasifikasi arsip)
TOPICS = (
    ("Pengelolaan Surat Masuk", "surat masuk", "000.1.2"),
    ("Pengelolaan Surat Keluar", "surat keluar", "000.1.3"),
    ("Penyusunan Risalah Rapat Paripurna", "risalah rapat", "100.3.4"),
    ("Penyelenggaraan Rapat Paripurna", "undangan rapat paripurna", "100.3.4"),
    ("Fasilitasi Rapat Alat Kelengkapan DPRD", "bahan rapat komisi", "100.3.4"),
    ("Pelaksanaan Reses Anggota DPRD", "laporan reses", "100.3.5"),
    ("Pelaksanaan Kunjungan Kerja DPRD", "rencana kunjungan kerja", "100.3.5"),
    ("Penerimaan Aspirasi Masyarakat", "surat aspirasi", "100.3.6"),
    ("Pelaksanaan Perjalanan Dinas", "surat perintah perjalanan dinas", "000.1.6"),
    ("Pelayanan Permohonan Informasi Publik", "permohonan informasi", "000.5.1"),
    ("Penyusunan Program Pembentukan Peraturan Daerah", "usulan rancangan peraturan daerah", "100.3.2"),
    ("Pengelolaan Arsip Dinamis", "berkas arsip", "000.5.2"),
    ("Penyusunan Laporan Keuangan Sekretariat DPRD", "laporan keuangan", "900.1.15"),
    ("Pengadaan Alat Tulis Kantor", "daftar kebutuhan alat tulis kantor", "000.3.1"),
)

DASAR_HUKUM = (
    "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
    "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan",
    "Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik",
    "Undang-Undang Nomor 30 Tahun 2014 tentang Administrasi Pemerintahan",
    "Peraturan Pemerintah Nomor 12 Tahun 2018 tentang Pedoman Penyusunan Tata Tertib Dewan Perwakilan Rakyat Daerah Provinsi, Kabupaten, dan Kota",
    "Peraturan Pemerintah Nomor 18 Tahun 2017 tentang Hak Keuangan dan Administratif Pimpinan dan Anggota DPRD",
    "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan",
    "Peraturan Menteri Dalam Negeri Nomor 80 Tahun 2015 tentang Pembentukan Produk Hukum Daerah",
)

KUALIFIKASI = (
    "Memahami tata naskah dinas", "Mampu mengoperasikan komputer", "Memahami tata tertib DPRD",
    "Memahami ketentuan kearsipan", "Mampu berkomunikasi dengan baik", "Memahami pengelolaan keuangan daerah",
    "Teliti dan cermat dalam administrasi",
)

PERALATAN = (
    "Komputer dan printer", "Jaringan internet", "Buku agenda", "Lembar disposisi", "Alat perekam suara",
    "Aplikasi tata naskah dinas elektronik", "Map dan ordner", "Mesin pemindai (scanner)", "Telepon",
)

PELAKSANA = (
    "Sekretaris DPRD", "Kabag Umum dan Keuangan", "Kabag Persidangan", "Kasubbag Tata Usaha",
    "Kasubbag Rapat dan Risalah", "Pengadministrasi Umum", "Pengelola Arsip", "Pengadministrasi Persidangan",
    "Bendahara Pengeluaran", "PPID Pelaksana",
)

# Active verbs without a subject, as the regulation asks.
VERBS = (
    "Menerima", "Memeriksa", "Mencatat", "Menyusun", "Mengagendakan", "Meneruskan", "Memverifikasi",
    "Mengoreksi", "Memaraf", "Menandatangani", "Menggandakan", "Mengirimkan", "Mengarsipkan",
    "Menyiapkan", "Menginput", "Mengunggah", "Mendistribusikan", "Melaporkan", "Mengonfirmasi",
)
OBJECTS = (
    "{thing}", "berkas {thing}", "konsep {thing}", "draf {thing}", "kelengkapan {thing}", "lembar disposisi {thing}",
    "data {thing} ke dalam aplikasi", "salinan {thing}", "tanda terima {thing}", "rekapitulasi {thing}",
)
SHORT_OBJECTS = ("berkas", "naskah dinas", "disposisi", "nota dinas", "lampiran", "agenda", "daftar hadir", "konsep")
TAILS = (
    "", "", "", " sesuai tata naskah dinas", " kepada pimpinan", " ke unit pengolah", " dalam buku agenda",
    " untuk diproses lebih lanjut", " secara elektronik", " beserta lampirannya",
)
QUESTIONS = (
    "Apakah {thing} sudah lengkap?", "Apakah konsep {thing} disetujui?", "Apakah draf {thing} sudah benar?",
    "Apakah {thing} sesuai ketentuan?", "Apakah data {thing} sudah valid?",
)
WAKTU = ("5 menit", "10 menit", "15 menit", "30 menit", "1 jam", "2 jam", "1 hari kerja", "1 - 2 hari kerja", "3 hari")
OUTPUTS = (
    "Berkas teragenda", "Berkas terperiksa", "Konsep naskah", "Draf naskah", "Naskah tertandatangani",
    "Data terinput", "Tanda terima", "Arsip", "Disposisi", "Laporan", "Lembar kendali", "Nota dinas",
)
CABANG = (("Lengkap", "Tidak lengkap"), ("Sesuai", "Tidak sesuai"), ("Benar", "Salah"))
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember")


@dataclass(frozen=True)
class Corpus:
    root: Path
    #: One folder per block of ``per_folder`` files, as units keep their SOPs.
    folders: tuple[Path, ...]
    files: tuple[Path, ...]

    @property
    def total_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.files)


def _quote(text: str) -> str:
    """A plain scalar when YAML reads it back unchanged, else double-quoted."""
    if any(ch in text for ch in ":#{}[],&*!|>'\"%@`") or text[:1] in "-?" or text.strip() != text:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return text


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def __call__(self, line: str) -> None:
        self.lines.append(line)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _date(rng: random.Random, year: int) -> tuple[int, int, int]:
    return year, rng.randint(1, 12), rng.randint(1, 28)


def _write_date(out: _Writer, key: str, ymd: tuple[int, int, int], rng: random.Random) -> None:
    year, month, day = ymd
    if rng.random() < 0.7:
        out(f"  {key}: {year:04d}-{month:02d}-{day:02d}")
    else:
        out(f"  {key}: {day} {MONTHS[month - 1]} {year}")


def _nip(rng: random.Random) -> str:
    born = (rng.randint(1965, 1985), rng.randint(1, 12), rng.randint(1, 28))
    appointed = (born[0] + rng.randint(22, 30), rng.randint(1, 12))
    return (
        f"{born[0]:04d}{born[1]:02d}{born[2]:02d} {appointed[0]:04d}{appointed[1]:02d} "
        f"{rng.randint(1, 2)} {rng.randint(1, 20):03d}"
    )


def _activity(rng: random.Random, thing: str) -> str:
    if rng.random() < 0.6:  # most steps name their object briefly, as drafts do
        return f"{rng.choice(VERBS)} {rng.choice(SHORT_OBJECTS)}"
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS).format(thing=thing)}{rng.choice(TAILS)}"


@dataclass
class _Step:
    kegiatan: str
    pelaksana: str
    simbol: str | None = None
    id: str | None = None
    ke: object = None
    answers: tuple[tuple[str, object], ...] = ()
    as_cabang: bool = False
    waktu: str | None = "15 menit"
    kelengkapan: str = ""
    output: str = ""
    keterangan: str | None = None


def _procedure(rng: random.Random, thing: str, actors: list[str]) -> list[_Step]:
    # 20 to 40 steps, most drafts nearer the lower end
    count = round(rng.triangular(20, 40, 22))
    steps = [
        _Step(
            _activity(rng, thing),
            rng.choice(actors),
            waktu=rng.choice(WAKTU),
            kelengkapan=rng.choice(OUTPUTS),
            output=rng.choice(OUTPUTS),
        )
        for _ in range(count)
    ]
    steps[0].simbol = "mulai"
    steps[0].kegiatan = f"Menerima {thing}"
    steps[-1].kegiatan = f"Mengarsipkan {thing} beserta tanda terima"
    if rng.random() < 0.6:
        steps[-1].simbol = "selesai"
    # Every actor draws at least one step (actor-unused is a fault, not noise).
    for i, actor in enumerate(actors):
        steps[1 + (i * (count - 2)) // len(actors)].pelaksana = actor

    # Decisions: every 5 to 8 steps, "tidak" leading back 1 to 4 steps (rework).
    position = first = rng.randint(3, 6)
    while position < count - 2:
        decision = steps[position]
        decision.simbol = "keputusan"
        decision.kegiatan = rng.choice(QUESTIONS).format(thing=thing)
        back = max(1, position - rng.randint(1, 4))
        forward = position + 1
        # "tidak" skips the step below instead of looping back, now and then,
        # but never at the first decision: every SOP has a rework loop.
        skip = decision is not steps[first] and rng.random() < 0.15 and position + 2 < count - 1
        if skip:
            back = position + 2
        by_id = rng.random() < 0.6
        target_step = steps[back]
        if by_id and target_step.id is None and target_step.simbol != "keputusan":
            target_step.id = f"langkah-{back + 1}"
        no_ref: object = target_step.id if (by_id and target_step.id) else back + 1
        yes_ref: object = forward + 1
        if rng.random() < 0.3:
            yes_label, no_label = rng.choice(CABANG)
            decision.answers = ((yes_label, yes_ref), (no_label, no_ref))
            decision.as_cabang = True
        else:
            decision.answers = (("ya", yes_ref), ("tidak", no_ref))
        position += rng.randint(5, 8)
    for step in steps:
        if rng.random() < 0.08:
            step.keterangan = rng.choice(("Dapat dilakukan secara elektronik", "Salinan disampaikan kepada pimpinan", "Paling lambat pada hari yang sama"))
    return steps


def _fault(rng: random.Random, steps: list[_Step], actors: list[str], thing: str) -> list[str]:
    """One content fault of a real draft, in a step that is not a decision.
    Returns extra pelaksana to declare (for the unused-actor fault)."""
    processes = [s for s in steps[1:-1] if s.simbol != "keputusan"]
    step = rng.choice(processes)
    kind = rng.randrange(4)
    if kind == 0:
        step.kegiatan = f"Diperiksa {thing} oleh pimpinan"
    elif kind == 1:
        step.waktu = None
    elif kind == 2:
        step.kegiatan = f"Jika {thing} belum lengkap maka dikembalikan kepada pengirim"
    else:
        return ["Staf Pelaksana"]
    return []


def _ref(value: object) -> str:
    return str(value)


def _write_step(out: _Writer, step: _Step, rng: random.Random) -> None:
    first = True

    def field(key: str, value: str) -> None:
        nonlocal first
        out(f"  - {key}: {value}" if first else f"    {key}: {value}")
        first = False

    if step.id:
        field("id", step.id)
    field("kegiatan", _quote(step.kegiatan))
    field("pelaksana", _quote(step.pelaksana))
    if step.simbol:
        field("simbol", step.simbol)
    if step.answers:
        if step.as_cabang:
            field("cabang", "")
            out.lines[-1] = out.lines[-1].rstrip()
            for label, target in step.answers:
                out(f"      {_quote(label)}: {_ref(target)}")
        else:
            for label, target in step.answers:
                field(label, _ref(target))
    mutu = {"kelengkapan": step.kelengkapan, "waktu": step.waktu, "output": step.output}
    present = {k: v for k, v in mutu.items() if v}
    if rng.random() < 0.8:
        inner = ", ".join(f"{k}: {_quote(v)}" for k, v in present.items())
        field("mutu_baku", "{" + inner + "}")
    else:
        field("mutu_baku", "")
        out.lines[-1] = out.lines[-1].rstrip()
        for key, value in present.items():
            out(f"      {key}: {_quote(value)}")
    if step.keterangan:
        field("keterangan", _quote(step.keterangan))


def sop_text(index: int, seed: int = DEFAULT_SEED, fault_rate: float = FAULT_RATE) -> str:
    """The YAML text of corpus file ``index``."""
    rng = random.Random(f"{seed}:{index}")
    unit, topic = divmod(index, len(TOPICS))
    nama, thing, klasifikasi = TOPICS[topic]
    instansi = instansi_of(unit)
    actors = rng.sample(PELAKSANA, rng.randint(3, 6))
    steps = _procedure(rng, thing, actors)
    declared = list(actors)
    if rng.random() < fault_rate:
        declared += _fault(rng, steps, actors, thing)

    year = rng.randint(2019, 2024)
    made = _date(rng, year)
    effective = (made[0], min(12, made[1] + 1), made[2])
    out = _Writer()
    out("# yaml-language-server: $schema=../schemas/sop-ap.schema.json")
    out("jenis: administratif")
    out("identitas:")
    out(f"  instansi: {instansi}")
    out("  unit_kerja: Sekretariat DPRD")
    out(f"  nomor: {klasifikasi}/{index + 1:03d}/SETWAN/{year}")
    out(f"  nama: {nama}")
    _write_date(out, "tanggal_pembuatan", made, rng)
    if rng.random() < 0.5:
        _write_date(out, "tanggal_revisi", (effective[0] + 1, effective[1], effective[2]), rng)
    else:
        out('  tanggal_revisi: "-"')
    _write_date(out, "tanggal_efektif", effective, rng)
    out("  disahkan_oleh:")
    out("    jabatan: Sekretaris DPRD")
    out(f"    nama: {_quote(rng.choice(('Drs. H. Ahmad Fauzi, M.Si.', 'Dr. Hj. Sri Wahyuni, S.H., M.H.', 'Ir. Bambang Setiawan, M.M.', 'H. Muhammad Ridwan, S.IP., M.Si.')))}")
    out(f'    nip: "{_nip(rng)}"')
    out("  dasar_hukum:")
    for law in rng.sample(DASAR_HUKUM, rng.randint(2, 3)):
        out(f"    - {_quote(law)}")
    out("  kualifikasi_pelaksana:")
    for item in rng.sample(KUALIFIKASI, rng.randint(2, 4)):
        out(f"    - {item}")
    out("  keterkaitan:")
    for other, _, _ in rng.sample([t for t in TOPICS if t[0] != nama], 2):
        out(f"    - SOP {other}")
    out("  peralatan_perlengkapan:")
    for item in rng.sample(PERALATAN, rng.randint(2, 4)):
        out(f"    - {_quote(item)}")
    out(f"  peringatan: Apabila SOP ini tidak dilaksanakan, {thing} tidak terselesaikan tepat waktu dan pelayanan kepada pimpinan dan anggota DPRD terhambat.")
    out("  pencatatan_pendataan:")
    out(f"    - {thing.capitalize()} disimpan sebagai data manual dan elektronik")
    out("pelaksana:")
    for actor in declared:
        out(f"  - {_quote(actor)}")
    out("prosedur:")
    for step in steps:
        _write_step(out, step, rng)
    if rng.random() < 0.4:
        out("monitoring:")
        out(f"  - tanggal: {effective[0]}-{effective[1]:02d}-{effective[2]:02d}")
        out("    penilaian: Berjalan dengan baik")
        out('    catatan: ""')
        out('    tindakan: ""')
        out(f"    penilai: {_quote(actors[0])}")
    return out.text()


def file_name(index: int) -> str:
    return f"sop-{index + 1:05d}.yaml"


def iter_texts(count: int, seed: int = DEFAULT_SEED) -> Iterator[tuple[str, str]]:
    for index in range(count):
        yield file_name(index), sop_text(index, seed)


def generate(root: Path, count: int, seed: int = DEFAULT_SEED, per_folder: int = 2000) -> Corpus:
    """Write ``count`` SOPs under ``root``, ``per_folder`` to a folder
    (``part-01``, ``part-02``, ...), so the first folder of a big corpus is the
    small corpus itself. A file already there with the same bytes is kept;
    corpus files beyond ``count`` left by an earlier, larger run are removed.
    """
    folders: list[Path] = []
    files: list[Path] = []
    for index in range(count):
        folder = root / f"part-{index // per_folder + 1:02d}"
        if not folders or folders[-1] != folder:
            folder.mkdir(parents=True, exist_ok=True)
            folders.append(folder)
        path = folder / file_name(index)
        data = sop_text(index, seed).encode("utf-8")
        if not path.is_file() or path.stat().st_size != len(data) or path.read_bytes() != data:
            path.write_bytes(data)
        files.append(path)
    wanted = set(files)
    for stale in root.glob("part-*/sop-*.yaml"):
        if stale not in wanted:
            stale.unlink()
    for folder in root.glob("part-*"):
        if folder.is_dir() and folder not in folders and not any(folder.iterdir()):
            folder.rmdir()
    return Corpus(root, tuple(folders), tuple(files))


def main() -> int:
    parser = argparse.ArgumentParser(description="Write the benchmark corpus of SOPs.")
    parser.add_argument("root", type=Path)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--per-folder", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    corpus = generate(args.root, args.files, args.seed, args.per_folder)
    mean_kb = corpus.total_bytes / max(len(corpus.files), 1) / 1024
    print(f"{len(corpus.files)} files in {len(corpus.folders)} folders, {mean_kb:.1f} KB on average, under {corpus.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
