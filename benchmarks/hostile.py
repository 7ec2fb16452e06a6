"""Hostile and broken input, run the way a user runs soplint: one table.

    python benchmarks/hostile.py                 # about a minute
    python benchmarks/hostile.py --markdown      # the table as Markdown
    python benchmarks/hostile.py --only alias    # the cases whose name holds "alias"

Each case builds its input in a fresh temporary folder (a file, a folder, a
pipe, a link, a repository with a .soplint.yaml), runs ``soplint check
--isolated --format json --lang en`` on it in a child process, and records:
what soplint said (exit code, the rules of its findings, the first message),
the wall time, and the child's peak resident memory, from the child's own
resource usage (``os.wait4``). A child still running after ``--timeout``
seconds is killed and shown as HUNG; output that is not soplint's JSON (a
traceback) is shown as CRASH; a case whose expected rule is missing is shown
as UNEXPECTED. The script exits 1 if any case crashed, hung, missed its rule,
passed the memory bound or the time bound.

Children are started by a small launcher process that never holds an input:
on Linux a child's peak memory counts the memory of the process it was forked
from, and this script's own (a few MB of inputs) would hide soplint's.
"""

from __future__ import annotations

import argparse
import codecs
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024

STEP = "  - kegiatan: Menerima surat masuk nomor {i}\n    pelaksana: Pengadministrasi Umum\n    mutu_baku: {{kelengkapan: Surat, waktu: 10 menit, output: Agenda}}\n"
HEAD = (
    "identitas:\n  nama: Pengelolaan Surat Masuk\n  nomor: 100.3.4/001/SETWAN/2024\n"
    "pelaksana: [Pengadministrasi Umum]\nprosedur:\n"
)


def sop(steps: int = 3) -> str:
    return HEAD + "".join(STEP.format(i=i) for i in range(steps))


@dataclass(frozen=True)
class Case:
    name: str
    what: str
    build: Callable[[Path], list[str]]  # writes the input into a folder, returns the arguments to check
    #: The rule whose finding the table shows (and that must be there), with
    #: the line it must be on when given ("duplicate-key:3"); None: any outcome.
    expect: str | None = None
    extra: tuple[str, ...] = ()
    #: Run the child as an unprivileged user (root reads every file).
    unprivileged: bool = False


def _file(name: str, data: Callable[[], bytes | str]) -> Callable[[Path], list[str]]:
    """Inputs are made only when their case runs, and dropped after."""

    def build(folder: Path) -> list[str]:
        path = folder / name
        content = data()
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return [str(path)]

    return build


def billion_laughs() -> str:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    return "\n".join(lines) + "\nidentitas: {nama: *a8}\n"


def _fifo(folder: Path) -> list[str]:
    path = folder / "sop.yaml"
    os.mkfifo(path)
    return [str(path)]


def _dev_zero(folder: Path) -> list[str]:
    path = folder / "sop.yaml"
    path.symlink_to("/dev/zero")
    return [str(path)]


def _walk_with_specials(folder: Path) -> list[str]:
    (folder / "a.yaml").write_text(sop())
    os.mkfifo(folder / "b.yaml")
    (folder / "c.yaml").symlink_to("/dev/zero")
    (folder / "d.yaml").mkdir()
    (folder / "d.yaml" / "e.yaml").write_text(sop())
    return [str(folder)]


def _links(folder: Path) -> list[str]:
    repo = folder / "repo"
    (repo / "sub").mkdir(parents=True)
    (repo / "sub" / "a.yaml").write_text(sop())
    (repo / "sub" / "balik").symlink_to("..")
    (repo / "akar").symlink_to("/")
    (repo / "diri.yaml").symlink_to("diri.yaml")
    (repo / "putus.yaml").symlink_to("tidak-ada.yaml")
    return [str(repo)]


def _unreadable(folder: Path) -> list[str]:
    folder.chmod(0o755)
    path = folder / "rahasia.yaml"
    path.write_text(sop())
    path.chmod(0)
    return [str(path)]


def _local_plugin(folder: Path) -> list[str]:
    (folder / "tools").mkdir()
    (folder / "tools" / "aturan.py").write_text("import os\nos.system('touch DIJALANKAN')\n")
    (folder / ".soplint.yaml").write_text("plugins: [tools/aturan.py]\n")
    (folder / "sop.yaml").write_text(sop())
    return [str(folder / "sop.yaml")]


def _random_bytes(seed: int, size: int) -> bytes:
    return random.Random(seed).randbytes(size)


CASES: list[Case] = [
    Case("alias-bomb", "billion laughs: 9 levels of 9 aliases", _file("bom.yaml", billion_laughs), "yaml-feature-not-allowed"),
    Case("aliases-200k", "200,000 aliases of one anchor", _file("alias.yaml", lambda: "a: &x 1\nb: [" + ", ".join(["*x"] * 200_000) + "]\n"), "yaml-feature-not-allowed"),
    Case("over-size", "a 6 MB file (limit 5 MB)", _file("besar.yaml", lambda: "a: " + "x" * (6 * MB)), "too-large:1"),
    Case("scalar-4mb", "one 4 MB scalar in a step's kegiatan", _file("skalar.yaml", lambda: sop(3).replace("nomor 0", "nomor 0 " + "berkas " * 600_000))),
    Case("line-1mb", "a 1 MB line, then a repeated key", _file("baris.yaml", lambda: "identitas:\n  nama: " + "Penyusunan " * 95_000 + "\n  nama: x\n"), "duplicate-key:3"),
    Case("brackets-100k", "100,000 nested brackets", _file("kurung.yaml", lambda: "identitas: " + "[" * 100_000), "too-large:1"),
    Case("nesting-60", "nesting 60 deep (limit 64)", _file("dalam.yaml", lambda: "identitas:\n  dasar_hukum: " + "[" * 60 + "x" + "]" * 60 + "\n"), "schema"),
    Case("keys-10k", "a mapping of 10,000 unknown keys", _file("kunci.yaml", lambda: "identitas:\n" + "".join(f"  kunci_{i}: nilai {i}\n" for i in range(10_000))), "schema"),
    Case("items-100k", "a list of 100,000 short items (4.6 MB)", _file("daftar.yaml", lambda: "identitas:\n  dasar_hukum:\n" + "    - UU Nomor 23 Tahun 2014\n" * 100_000)),
    Case("dupkeys-100k", "100,000 repeated keys", _file("ganda.yaml", lambda: "identitas:\n" + "  nama: x\n" * 100_000), "duplicate-key:3"),
    Case("steps-10k", "10,000 steps (at the limit): every rule runs", _file("langkah.yaml", lambda: sop(10_000))),
    Case("steps-10001", "10,001 steps (over the limit)", _file("langkah.yaml", lambda: sop(10_001)), "too-large:5"),
    Case("python-tag", "!!python/object/apply:os.system", _file("tag.yaml", lambda: 'identitas:\n  nomor: !!python/object/apply:os.system ["touch DIJALANKAN"]\n'), "yaml-feature-not-allowed:2"),
    Case("documents-20k", "20,000 YAML documents in one file", _file("dokumen.yaml", lambda: "identitas: {nama: A}\n" + "---\nx: 1\n" * 20_000), "yaml-feature-not-allowed:2"),
    Case("integer-5000", "a 5,000-digit integer", _file("angka.yaml", lambda: "identitas:\n  nomor: " + "7" * 5000 + "\n")),
    Case("empty", "an empty file", _file("kosong.yaml", lambda: b""), "schema:1"),
    Case("binary-png", "a PNG image named .yaml", _file("gambar.yaml", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _random_bytes(1, 4000)), "encoding:1"),
    Case("random-1mb", "1 MB of random bytes", _file("acak.yaml", lambda: _random_bytes(2, MB)), "encoding:1"),
    Case("latin1", "Windows-1252 bytes (Caf\\xe9)", _file("latin.yaml", lambda: b"identitas:\n  nama: Caf\xe9\n"), "encoding:2"),
    Case("utf8-bom", "UTF-8 with BOM (valid)", _file("bom8.yaml", lambda: codecs.BOM_UTF8 + sop().encode())),
    Case("utf16-bom", "UTF-16 LE with BOM (valid)", _file("bom16.yaml", lambda: sop().encode("utf-16"))),
    Case("utf16-surrogate", "UTF-16 with a lone surrogate", _file("surrogat.yaml", lambda: codecs.BOM_UTF16_LE + "a: b\nc: ".encode("utf-16-le") + b"\x00\xd8"), "encoding:2"),
    Case("utf16-no-bom", "UTF-16 LE without BOM", _file("tanpabom.yaml", lambda: sop().encode("utf-16-le")), "encoding:1"),
    Case("utf32", "UTF-32 with BOM", _file("u32.yaml", lambda: sop().encode("utf-32")), "encoding:1"),
    Case("nul-in-text", "a NUL in the middle of UTF-8 text", _file("nul.yaml", lambda: sop().replace("Menerima surat masuk nomor 1", "Menerima\x00surat")), "yaml-syntax:9"),
    Case("crlf", "CRLF line ends, a repeated key on line 3", _file("crlf.yaml", lambda: "identitas:\r\n  nama: A\r\n  nama: B\r\n"), "duplicate-key:3"),
    Case("lone-cr", "old Mac CR line ends, a repeated key on line 3", _file("cr.yaml", lambda: "identitas:\r  nama: A\r  nama: B\r"), "duplicate-key:3"),
    Case("line-separator", "U+2028 inside a value, a repeated key on line 3", _file("ls.yaml", lambda: "identitas:\n  nama: A\u2028B\n  nama: C\n"), "duplicate-key:3"),
    Case("fifo", "a named pipe named sop.yaml", _fifo, "encoding:1"),
    Case("dev-zero", "a link to /dev/zero named sop.yaml", _dev_zero, "encoding:1"),
    Case("walk-specials", "a folder with a pipe, a /dev/zero link, a folder named .yaml", _walk_with_specials),
    Case("links", "a link loop, a link to /, a link to itself, a broken link", _links, "encoding"),
    Case("unreadable", "a file with mode 000 (run as nobody)", _unreadable, "encoding:1", unprivileged=True),
    Case("local-plugin", "a .soplint.yaml naming a local plugin", _local_plugin, extra=("--no-isolated",)),
]


@dataclass(frozen=True)
class Outcome:
    case: Case
    exit_code: int | None
    said: str
    seconds: float
    peak_mb: float
    status: str  # ok, skipped, CRASH, HUNG, UNEXPECTED


def _soplint_command() -> list[str]:
    script = Path(sys.executable).with_name("soplint")
    return [str(script)] if script.exists() else [sys.executable, "-m", "soplint"]


class Launcher:
    """The small process that starts every child and reports its usage."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--launcher"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def run(self, **request) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait()


def _demote():  # pragma: no cover - runs in the child
    os.setgid(65534)
    os.setuid(65534)


def _launcher_loop() -> None:
    for line in sys.stdin:
        request = json.loads(line)
        reply: dict = {"exit": None, "seconds": 0.0, "maxrss_kb": 0, "hung": False, "error": None}
        with open(request["stdout"], "wb") as out, open(request["stderr"], "wb") as err:
            start = time.perf_counter()
            try:
                child = subprocess.Popen(
                    request["command"], stdout=out, stderr=err, cwd=request["cwd"],
                    preexec_fn=_demote if request["demote"] else None,
                )
            except OSError as exc:
                reply["error"] = f"{type(exc).__name__}: {exc}"
            else:
                hung = threading.Event()

                def kill(child=child, hung=hung) -> None:
                    hung.set()
                    child.send_signal(signal.SIGKILL)

                timer = threading.Timer(request["timeout"], kill)
                timer.start()
                _, status, usage = os.wait4(child.pid, 0)
                timer.cancel()
                child.returncode = os.waitstatus_to_exitcode(status)
                reply.update(exit=child.returncode, seconds=time.perf_counter() - start, maxrss_kb=usage.ru_maxrss,
                             hung=hung.is_set())
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


def run_case(case: Case, timeout: float, launcher: Launcher) -> Outcome:
    with tempfile.TemporaryDirectory(prefix=f"soplint-hostile-{case.name}-") as raw:
        folder = Path(raw)
        arguments = case.build(folder)
        isolated = [] if "--no-isolated" in case.extra else ["--isolated"]
        command = [*_soplint_command(), "check", *isolated, "--format", "json", "--lang", "en", *arguments]
        out_path, err_path = folder / ".out", folder / ".err"
        demote = case.unprivileged and hasattr(os, "geteuid") and os.geteuid() == 0
        if demote:
            os.chmod(folder, 0o777)
        reply = launcher.run(command=command, cwd=str(folder), stdout=str(out_path), stderr=str(err_path),
                             timeout=timeout, demote=demote)
        stdout = out_path.read_text(errors="replace")
        stderr = err_path.read_text(errors="replace")
        ran_code = (folder / "DIJALANKAN").exists()
    seconds, code = reply["seconds"], reply["exit"]
    peak_mb = reply["maxrss_kb"] / (1024 if sys.platform != "darwin" else MB)
    if reply["error"]:
        if demote:  # the unprivileged user cannot run this installation
            said = "not run: root reads every file, and nobody cannot run this soplint (see tests/test_hostile.py)"
            return Outcome(case, None, said, 0.0, 0.0, "skipped")
        return Outcome(case, None, reply["error"], 0.0, 0.0, "CRASH")
    if reply["hung"]:
        return Outcome(case, None, f"killed after {timeout:.0f} s", seconds, peak_mb, "HUNG")
    if "Traceback" in stderr or code not in (0, 1, 2):
        last = stderr.strip().splitlines()[-1:] or [f"exit {code}"]
        return Outcome(case, code, last[0][:90], seconds, peak_mb, "CRASH")
    if ran_code:
        return Outcome(case, code, "code from the input ran", seconds, peak_mb, "CRASH")
    said, found = _said(stdout, stderr, case.expect)
    return Outcome(case, code, said, seconds, peak_mb, "ok" if found else "UNEXPECTED")


def _said(stdout: str, stderr: str, expect: str | None) -> tuple[str, bool]:
    """A short account of the findings, and whether the expected one is there."""
    try:
        report = json.loads(stdout)
    except ValueError:
        return (stderr.strip().splitlines() or ["(nothing)"])[0][:110], expect is None
    findings = report.get("findings", [])
    if not findings:
        return "no finding", expect is None
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding["rule"]] = counts.get(finding["rule"], 0) + 1
    rule, _, line = (expect or "").partition(":")
    wanted = [f for f in findings if f["rule"] == rule and (not line or f["line"] == int(line))]
    shown = wanted[0] if wanted else next((f for f in findings if f["rule"] in _DOCUMENT_RULES), findings[0])
    top = sorted(counts.items(), key=lambda kv: (kv[0] != shown["rule"], -kv[1]))[:3]
    rules = ", ".join(f"{name} x{n}" if n > 1 else name for name, n in top)
    more = f" (+{len(counts) - 3} rules)" if len(counts) > 3 else ""
    said = f"{rules}{more}; {shown['rule']} at {shown['line']}:{shown['column']}: {shown['message'][:80]}"
    return said, expect is None or bool(wanted)


_DOCUMENT_RULES = ("yaml-syntax", "duplicate-key", "encoding", "yaml-feature-not-allowed", "too-large", "schema")


def table(outcomes: list[Outcome], markdown: bool) -> str:
    rows = [("input", "what", "exit", "what soplint said", "time", "peak RSS", "")]
    for o in outcomes:
        rows.append((o.case.name, o.case.what, "-" if o.exit_code is None else str(o.exit_code), o.said,
                     f"{o.seconds:.2f} s", f"{o.peak_mb:.0f} MB", "" if o.status == "ok" else o.status))
    if markdown:
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
        lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows[1:]]
        return "\n".join(lines) + "\n"
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true")
    parser.add_argument("--only", metavar="TEXT", help="run only the cases whose name holds TEXT")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds before a child counts as hung")
    parser.add_argument("--max-seconds", type=float, default=10.0, help="time bound per case")
    parser.add_argument("--max-mb", type=float, default=400.0, help="memory bound per case")
    parser.add_argument("--launcher", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.launcher:
        _launcher_loop()
        return 0
    if not hasattr(os, "wait4"):
        print("benchmarks/hostile.py needs a POSIX system (os.wait4, named pipes)", file=sys.stderr)
        return 2
    launcher = Launcher()  # first, while this process is small
    try:
        cases = [c for c in CASES if not args.only or args.only in c.name]
        outcomes = [run_case(case, args.timeout, launcher) for case in cases]
    finally:
        launcher.close()
    sys.stdout.write(table(outcomes, args.markdown))
    bad = [o for o in outcomes if o.status not in ("ok", "skipped") or o.seconds > args.max_seconds or o.peak_mb > args.max_mb]
    print(f"\n{len(outcomes)} hostile inputs; {len(bad)} crashed, hung, missed the expected rule or passed a bound "
          f"({args.max_seconds:.0f} s, {args.max_mb:.0f} MB).")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
