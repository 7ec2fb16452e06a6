"""Indonesian wording heuristics for activities: active, passive, subject.

The regulation asks that an activity be written "bersifat aktif menggunakan
kata kerja tanpa subyek" (REG, [S4]). Telling that from text without a
dictionary of every verb is a heuristic (INFERRED), and it is kept honest here:

- an **active** verb opens with a meN- or ber- prefix (me-, mem-, men-, meng-,
  meny-, menge-, memper-, ber-, be-, bel-), unless the word is one of the nouns
  or prepositions that only look like one (meja, menteri, berkas, menurut ...);
- a **passive** verb opens with di- (diperiksa, ditandatangani), unless the word
  is a di- noun (disposisi, distribusi, digitalisasi, diskusi, dinas ...), a
  pronoun (dia) or a misspelt preposition (diatas, dimana);
- a **subject** is a declared pelaksana, a job title (Sekretaris, Kasubbag,
  Staf, Petugas ...), a pronoun, or another noun standing before the first
  active verb ("Sistem mengirim notifikasi");
- what none of these recognise (a bare root used as a command: "Cek berkas",
  or a noun phrase: "Pemeriksaan berkas") is left alone rather than guessed at.

The word lists live in rules/data/verbs-id.yaml. ``active_form`` turns a di-
verb into its meN- form by the standard morphophonemics (p->m, t->n, k->ng,
s->ny, vowels take meng-, one-syllable roots menge-, consonant clusters keep
their first letter: memproses, mentransfer, mengklarifikasi), so that a
message can suggest the active wording.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Literal, Mapping

from soplint.loader import load

VOWELS = frozenset("aeiou")
_EDGE_PUNCT = "\"'“”‘’()[]{}.,;:!?"
_CLAUSE_END = frozenset(",;:.!?()")
#: The shortest di- word taken for a passive verb ("diisi", "dicek").
_MIN_PASSIVE = 5
#: How far into an activity the main verb is looked for.
_SCAN = 8


@dataclass(frozen=True)
class Words:
    di_not_passive: frozenset[str]
    me_not_verb: frozenset[str]
    ber_not_verb: frozenset[str]
    be_verbs: frozenset[str]
    per_roots: tuple[str, ...]
    irregular_active: Mapping[str, str]
    job_titles: frozenset[str]
    pronouns: frozenset[str]
    not_subject: frozenset[str]
    command_roots: frozenset[str]
    #: jika, apabila, bila ...: read from keputusan-id.yaml, shared with hidden-decision.
    conditionals: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    folder = resources.files("soplint.rules.data")
    data = load(folder.joinpath("verbs-id.yaml").read_bytes()).data or {}
    decisions = load(folder.joinpath("keputusan-id.yaml").read_bytes()).data or {}

    def many(key: str, source=data) -> frozenset[str]:
        return frozenset(str(w).lower() for w in source.get(key) or ())

    return Words(
        di_not_passive=many("di_not_passive"),
        me_not_verb=many("me_not_verb"),
        ber_not_verb=many("ber_not_verb"),
        be_verbs=many("be_verbs"),
        per_roots=tuple(sorted(many("per_roots"), key=len, reverse=True)),
        irregular_active={str(k).lower(): str(v) for k, v in (data.get("irregular_active") or {}).items()},
        job_titles=many("job_titles"),
        pronouns=many("pronouns"),
        not_subject=many("not_subject"),
        command_roots=many("command_roots"),
        conditionals=many("conditionals", decisions),
    )


def _listed(word: str, listed: frozenset[str]) -> bool:
    """Exact match, or a longer form of a listed word of five letters or more
    ("disposisinya" of "disposisi"; but "dia" does not cover "diambil")."""
    if word in listed:
        return True
    return any(word.startswith(w) for w in listed if len(w) >= 5 and len(word) > len(w))


# --------------------------------------------------------------------------- words


@lru_cache(maxsize=8192)  # pure, and asked of the same few words on every step
def is_passive_verb(word: str) -> bool:
    """``diperiksa`` yes; ``disposisi``, ``dinas``, ``dia``, ``diatas`` no."""
    word = word.lower()
    if word in words().irregular_active:
        return True
    if not word.startswith("di") or len(word) < _MIN_PASSIVE:
        return False
    stem = word[2:].lstrip("-")
    if not stem or not stem[0].isalpha():
        return False
    return not _listed(word, words().di_not_passive)


@lru_cache(maxsize=8192)  # pure, and asked of the same few words on every step
def is_active_verb(word: str) -> bool:
    """``menerima``, ``memproses``, ``berkoordinasi``, ``bekerja`` yes;
    ``menteri``, ``mereka``, ``berkas``, ``menurut`` no."""
    word = word.lower()
    w = words()
    if word in w.be_verbs:
        return True
    if word.startswith("me") and len(word) >= 5:
        return not _listed(word, w.me_not_verb)
    if word.startswith("ber") and len(word) >= 6:
        return not _listed(word, w.ber_not_verb)
    return False


def _syllables(root: str) -> int:
    """Vowel count, a final diphthong (ai, au, oi) counting once: enough to tell
    one-syllable roots (cek, sah, bom) from the rest (buat, main, pakai)."""
    count = sum(1 for ch in root if ch in VOWELS)
    if len(root) >= 2 and root[-2:] in ("ai", "au", "oi"):
        count -= 1
    return count


def men_form(stem: str) -> str:
    """The meN- form of a verb stem (root with any suffix): ``periksa`` ->
    ``memeriksa``, ``tandatangani`` -> ``menandatangani``, ``kirim`` ->
    ``mengirim``, ``susun`` -> ``menyusun``, ``proses`` -> ``memproses``."""
    stem = stem.lower()
    if not stem:
        return stem
    root = stem[:-3] if stem.endswith("kan") and len(stem) > 5 else stem
    if _syllables(root) == 1 and len(root) >= 2:  # cek -> mengecek, sah(kan) -> mengesahkan
        return "menge" + stem
    first = stem[0]
    cluster = len(stem) > 1 and stem[1] not in VOWELS
    if first in VOWELS:
        return "meng" + stem
    if first == "k":
        return "meng" + (stem if cluster else stem[1:])
    if first == "t":
        return "men" + (stem if cluster else stem[1:])
    if first == "s":
        return "men" + stem if cluster else "meny" + stem[1:]
    if first == "p":
        return "mem" + (stem if cluster else stem[1:])
    if first in "bfv":
        return "mem" + stem
    if first in "cdjz":
        return "men" + stem
    if first in "gh" or first in "qx":
        return "meng" + stem
    return "me" + stem  # l, m, n, r, w, y (and ny-, ng-)


def active_form(word: str) -> str | None:
    """The active form of a passive di- verb, or None when there is none."""
    lowered = word.lower()
    irregular = words().irregular_active.get(lowered)
    if irregular:
        return irregular
    if not is_passive_verb(lowered) or "-" in lowered:
        return None
    stem = lowered[2:]
    if stem.startswith("per") and len(stem) > 5:
        if any(stem.startswith(root) for root in words().per_roots):
            return men_form(stem)  # diperiksa -> memeriksa
        return "memper" + stem[3:]  # diperbaiki -> memperbaiki
    return men_form(stem)


# --------------------------------------------------------------------------- activities


@dataclass(frozen=True)
class Token:
    text: str  # as written, edge punctuation included
    word: str  # lowercase, edge punctuation removed
    #: True when the token ends a clause ("berkas," or "Staf:").
    ends_clause: bool


def tokenize(text: str) -> list[Token]:
    tokens = []
    for raw in text.split():
        word = raw.strip(_EDGE_PUNCT).lower()
        tokens.append(Token(raw, word, raw[-1] in _CLAUSE_END))
    return tokens


Kind = Literal["active", "passive", "subject", "other"]


@dataclass(frozen=True)
class Wording:
    kind: Kind
    #: The subject as written ("Sekretaris DPRD"), for kind "subject".
    subject: str | None = None
    #: The passive verb as written ("diperiksa"), for kind "passive".
    passive: str | None = None
    #: Its active form ("memeriksa"), when derivable.
    active: str | None = None
    #: The activity rewritten actively without subject, when it can be.
    suggestion: str | None = None


def _predicate(tokens: list[Token]) -> tuple[int, str] | None:
    """The first main verb: (index, "active" | "passive"), skipping the verb of a
    relative clause ("Surat yang telah ditandatangani dikirim": "dikirim")."""
    i = 0
    while i < min(len(tokens), _SCAN):
        token = tokens[i]
        if token.word == "yang":
            i += 1
            while i < len(tokens) and tokens[i].word in words().not_subject:
                i += 1  # "yang sudah", "yang telah"
            i += 1  # the clause's verb or adjective
            continue
        if is_passive_verb(token.word):
            return i, "passive"
        if is_active_verb(token.word):
            return i, "active"
        if token.ends_clause:
            return None
        i += 1
    return None


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _as_object(tokens: list[Token]) -> str:
    """Words moved behind the verb: "Berkas permohonan" -> "berkas permohonan";
    a title-case name ("Surat Keputusan") and acronyms keep their case."""
    if not tokens:
        return ""
    first = tokens[0].text
    title_case = len(tokens) > 1 and tokens[1].text[:1].isupper()
    if first[1:].islower() and not title_case:
        first = first[0].lower() + first[1:]
    return " ".join([first] + [t.text for t in tokens[1:]])


_AGENT_STOP = frozenset(
    "untuk ke kepada dengan dan di pada dalam melalui sebagai agar supaya guna serta lalu kemudian sesuai "
    "berdasarkan dari yang".split()
)


def _without_agent(tokens: list[Token]) -> tuple[list[Token], str]:
    """Drop "oleh <pelaksana>": the actor belongs in the Pelaksana column.

    Returns the remaining tokens and the punctuation that closed an agent at the
    very start ("dilaporkan oleh Kabag, lalu ..."), for the caller to keep.
    """
    out: list[Token] = []
    leading = ""
    i = 0
    while i < len(tokens):
        if tokens[i].word != "oleh":
            out.append(tokens[i])
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].word not in _AGENT_STOP and not is_active_verb(tokens[j].word):
            j += 1
            if tokens[j - 1].ends_clause:
                break
        if j > i + 1 and tokens[j - 1].ends_clause:
            punct = tokens[j - 1].text[-1]
            if out:
                out[-1] = Token(out[-1].text + punct, out[-1].word, True)
            else:
                leading = punct
        i = j
    return out, leading


def _possessive(token: Token, last: bool) -> bool:
    """A noun with -nya pointing back at the subject ("kesesuaiannya"), not an
    adverb (selanjutnya, berikutnya, lainnya)."""
    word = token.word
    return (
        word.endswith("nya") and len(word) > 6 and (last or not token.ends_clause) and word.isalpha()
        and not word.startswith(("se", "ber")) and word not in ("lainnya", "hanya")
    )


def _drop_named_agent(after: list[Token], actors: Iterable[str]) -> list[Token]:
    """Drop an agent written straight after the verb, without "oleh"
    ("ditandatangani Kepala Subbagian Umum"): a declared pelaksana, or a job
    title with the capitalised words that follow it."""
    if not after:
        return after
    text = " ".join(t.text for t in after)
    actor = _actor_prefix(text, actors)
    if actor:
        return after[len(actor.split()):]
    if after[0].word in words().job_titles and after[0].text[:1].isupper():
        end = 1
        while end < len(after) and after[end].text[:1].isupper() and not after[end - 1].ends_clause:
            end += 1
        return after[end:]
    return after


def _rewrite_passive(tokens: list[Token], at: int, actors: Iterable[str] = ()) -> str | None:
    """"Berkas diperiksa oleh Kasubbag" -> "Memeriksa berkas"."""
    active = active_form(tokens[at].word)
    if active is None:
        return None
    before = tokens[:at]
    if before and (before[0].word in words().not_subject or any(t.ends_clause for t in before)):
        return None  # "Setelah diperiksa, ...": no safe rewrite
    after, leading = _without_agent(_drop_named_agent(tokens[at + 1:], actors))
    moved = _as_object(before)
    if moved and after and _possessive(after[0], last=len(after) == 1):
        # "Arsip diperiksa kesesuaiannya ..." -> "Memeriksa kesesuaian arsip ..."
        core = after[0].text.rstrip(_EDGE_PUNCT)
        moved = f"{core[:-3]} {moved}{after[0].text[len(core):]}"
        after = after[1:]
    if leading and after:
        if moved:
            moved += leading
        else:
            active += leading
    parts = [active, moved, " ".join(t.text for t in after)]
    text = " ".join(p for p in parts if p).rstrip(",;:")
    return _capitalise(text)


def declared_actors(doc) -> tuple[str, ...]:
    """The pelaksana names of one SOP (declared and used by steps), each once,
    longest first: computed once per document, not once per step."""
    names = {e.text.strip() for e in doc.pelaksana} | {n.strip() for s in doc.steps for n in s.pelaksana}
    return tuple(sorted((n for n in names if n), key=lambda n: (-len(n), n)))


def _actor_prefix(text: str, actors: Iterable[str]) -> str | None:
    """The declared pelaksana the activity opens with (any case), longest first."""
    folded = text.casefold()
    for actor in sorted({a.strip() for a in actors if a and a.strip()}, key=len, reverse=True):
        name = actor.casefold()
        if folded.startswith(name):
            rest = text[len(actor):]
            if not rest or not (rest[0].isalnum()):
                return text[: len(actor)]
    return None


def _rest_after(text: str, subject: str) -> str:
    return text[len(subject):].lstrip(" :,-–—")


def _subject_suggestion(rest: str) -> str | None:
    tokens = tokenize(rest)
    if not tokens:
        return None
    found = _predicate(tokens)
    if found and found[1] == "passive" and found[0] == 0:
        rewritten = _rewrite_passive(tokens, 0)
        if rewritten:
            return rewritten
    return _capitalise(rest.rstrip())


def _is_generic_subject(before: list[Token]) -> bool:
    """Up to three words before the verb that can only be its subject."""
    w = words()
    if not 1 <= len(before) <= 3:
        return False
    for token in before:
        word = token.word
        if token.ends_clause or not word.isalpha() or word in w.not_subject or word in w.command_roots:
            return False
        if is_passive_verb(word) or word.endswith("kan"):
            return False  # a command ("Siapkan ...") or a passive, not a subject
    first = before[0].word
    nominal = first.startswith(("pe", "ke")) and first.endswith("an")
    return not nominal  # "Penyusunan laporan menggunakan ..." names the activity, not an actor


def _main_clause(tokens: list[Token]) -> str:
    """What follows an opening condition: after "maka", else after its first comma."""
    for i, token in enumerate(tokens):
        if token.word == "maka" and i > 0:
            return " ".join(t.text for t in tokens[i + 1:])
    for i, token in enumerate(tokens):
        if token.ends_clause and i + 1 < len(tokens):
            return " ".join(t.text for t in tokens[i + 1:])
    return ""


def analyse_activity(text: str | None, actors: Iterable[str] = ()) -> Wording:
    """Classify one activity's opening: active, passive, with a subject, or other."""
    return _analyse(text, tuple(actors))


# pure (the word lists are fixed), and asked twice of every step: activity-passive
# and activity-has-subject each read the same analysis
@lru_cache(maxsize=4096)
def _analyse(text: str | None, actors: tuple[str, ...]) -> Wording:
    if not text or not text.strip():
        return Wording("other")
    text = " ".join(text.split())
    w = words()

    actor = _actor_prefix(text, actors)
    if actor:
        return Wording("subject", subject=actor, suggestion=_subject_suggestion(_rest_after(text, actor)))

    tokens = tokenize(text)
    if tokens[0].word in w.conditionals:
        # "Jika berkas lengkap, meneruskan ...": the condition's verb is not the
        # activity's; read the main clause (hidden-decision reports the condition)
        main = _main_clause(tokens)
        return analyse_activity(main, actors) if main else Wording("other")
    found = _predicate(tokens)
    first = tokens[0].word
    if first in w.job_titles or first in w.pronouns:
        if found and found[0] > 0 and found[0] <= 5 and not any(t.ends_clause for t in tokens[: found[0] - 1]):
            subject = " ".join(t.text for t in tokens[: found[0]]).rstrip(":,")
        else:
            run = [tokens[0]]
            for token in tokens[1:]:
                if run[-1].ends_clause or not token.text[:1].isupper():
                    break
                run.append(token)
            subject = " ".join(t.text for t in run).rstrip(":,")
        return Wording("subject", subject=subject, suggestion=_subject_suggestion(_rest_after(text, subject)))

    if found is None:
        return Wording("other")
    at, kind = found
    if kind == "passive":
        passive = tokens[at].text.strip(_EDGE_PUNCT)
        return Wording(
            "passive", passive=passive, active=active_form(tokens[at].word),
            suggestion=_rewrite_passive(tokens, at, actors),
        )
    if at == 0:
        return Wording("active")
    before = tokens[:at]
    if _is_generic_subject(before):
        subject = " ".join(t.text for t in before)
        return Wording("subject", subject=subject, suggestion=_subject_suggestion(_rest_after(text, subject)))
    return Wording("other")

