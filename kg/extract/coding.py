"""CAMEO coding: the codebook, the verb and statement lexicons, tone and polarity.

Everything here is data-driven. The tables live in ``kg/data/`` (see its README):

- ``cameo.csv``: every CAMEO code with its label, root, ICEWS Goldstein weight,
  QuadClass and PLOVER type (built by ``scripts/build_cameo.py``);
- ``verbs.csv``: which predicate (verb lemma, optionally with an attached object,
  particle or preposition) carries which CAMEO code;
- ``statement_cues.csv``: lemma sequences in reported speech that refine a
  speech verb's code ("ready to cooperate" → 030); a cue ending in ``*``
  ("ready to *") takes its code from the verb that fills the slot ("ready to
  host talks" → intent to meet);
- ``tone.csv``: words that colour a statement toward its target, scored in [-1, 1].

Examples
--------
>>> cameo_code("051").name
'Praise or endorse'
>>> lexicon = Lexicon.default()
>>> lexicon.verb_sense("impose", ["sanction"]).cameo
'163'
>>> lexicon.statement_code(["be", "ready", "to", "cooperate"])
'030'
>>> polarity("111")
-1
"""

from __future__ import annotations

import csv
import functools
import io
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from os import PathLike
from pathlib import Path
from types import MappingProxyType

from kg.tables import package_table

#: Tone (and small Goldstein weights of statements) closer to zero than this count as neutral.
TONE_THRESHOLD = 0.2
CONTRASTS = {("rather", "than"), ("instead", "of")}

#: Lemmas that open a condition ("if Seoul continues its reckless drills"), which runs to the
#: next comma or the end: what is said is the clause it conditions.
CONDITIONS = frozenset({"if", "unless"})

#: Lemmas that reverse the tone of a tone word shortly after them ("no threat", "not friendly").
NEGATORS = frozenset({"not", "no", "never", "without", "nor", "neither"})

#: How many lemmas after a negator a tone word is still read as negated.
NEGATION_WINDOW = 3

#: Quotation marks, which a cue reads through: Beijing was "seriously concerned".
QUOTE_MARKS = frozenset({'"', "“", "”", "«", "»", "‘", "’", "'"})

#: How many modifiers one cue match may skip.
CUE_GAP = 2

#: The slot of a cue that a verb fills ("ready to *").
VERB_SLOT = "*"

#: How many lemmas after a slot verb may hold its object or particle ("ready to lift the sanctions").
SLOT_COMPLEMENT_WINDOW = 4

#: Roots an announced act may take: intents (03) and threats (13).
INTENT_ROOTS = frozenset({"03", "13"})

#: Appeals that lean neither way whatever their words: calls for restraint (0256) and
#: for settling a dispute (027) are addressed to all sides, though they name the
#: violence or the frictions to end.
NEUTRAL_APPEALS = frozenset({"0256", "027"})

#: Where a verb's target usually sits; ``None`` means anywhere.
TARGET_SLOTS = frozenset({"dobj", "with", "to", "on", "against", "content"})

#: CAMEO root of plain public statements, whose polarity comes from their tone.
STATEMENT_ROOT = "01"
APPEAL_ROOT = "02"
#: CAMEO roots whose negation is often what makes them: refusals ("will never accept")
#: and threats ("will not tolerate", "will not remain without an answer").
NEGATIVE_STANCE_ROOTS = frozenset({"12", "13"})
FORCE_ROOTS = frozenset({"18", "19", "20"})  # CAMEO: assault, fight, mass violence

Source = str | PathLike[str] | Traversable


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with the facts the event record carries."""

    code: str
    name: str
    root: str
    goldstein: float
    quad: int
    plover: str | None


@dataclass(frozen=True)
class VerbSense:
    """One reading of a predicate: the verb lemma, what must be attached to it, its code.

    ``speech`` marks verbs that report what was said (the code is then refined from
    the content); ``symmetric`` marks mutual acts that give an event each way;
    ``target`` tells where the target usually sits (one of :data:`TARGET_SLOTS`).
    """

    lemma: str
    complement: str | None
    cameo: str
    speech: bool
    symmetric: bool
    target: str | None


def _data_file(name: str) -> Traversable:
    return resources.files("kg").joinpath("data").joinpath(name)


def _rows(source: Source) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers, cells stripped."""
    if isinstance(source, Traversable):
        text = source.read_text(encoding="utf-8")
    else:
        text = Path(source).read_text(encoding="utf-8")
    reader = csv.DictReader(io.StringIO(text))
    for record in reader:
        yield reader.line_num, {key: (value or "").strip() for key, value in record.items()}


def _flag(value: str, where: str) -> bool:
    if value not in ("0", "1"):
        raise ValueError(f"{where}: expected 0 or 1, got {value!r}")
    return value == "1"


def read_cameo_table(source: Source) -> dict[str, CameoCode]:
    """Read ``cameo.csv`` (columns ``code,name,root,goldstein,quad,plover``) into code → entry."""
    table: dict[str, CameoCode] = {}
    for line, row in _rows(source):
        try:
            entry = CameoCode(code=row["code"], name=row["name"], root=row["root"],
                              goldstein=float(row["goldstein"]), quad=int(row["quad"]),
                              plover=row["plover"] or None)
        except (KeyError, ValueError) as error:
            raise ValueError(f"{source}, line {line}: malformed CAMEO row ({error}); "
                             "regenerate it with scripts/build_cameo.py") from error
        table[entry.code] = entry
    return table


@functools.cache
def cameo_codes() -> Mapping[str, CameoCode]:
    """All CAMEO codes of the packaged codebook, by code (read once)."""
    return MappingProxyType(read_cameo_table(_data_file("cameo.csv")))


def cameo_code(code: str) -> CameoCode:
    """The codebook entry of ``code``.

    Raises
    ------
    KeyError
        For a code not in the codebook, with a hint when a leading zero is missing.

    Examples
    --------
    >>> entry = cameo_code("051")
    >>> entry.goldstein, entry.quad, entry.plover
    (3.4, 1, 'SUPPORT')
    """
    table = cameo_codes()
    try:
        return table[code]
    except KeyError:
        hint = f"; did you mean '0{code}'?" if f"0{code}" in table else ""
        raise KeyError(f"unknown CAMEO code {code!r}: codes are strings of 2-4 digits with the "
                       f"leading zero kept, as listed in kg/data/cameo.csv{hint}") from None


def read_verbs(source: Source) -> list[VerbSense]:
    """Read ``verbs.csv`` (columns ``lemma,complement,cameo,speech,symmetric,target``)."""
    senses = []
    for line, row in _rows(source):
        where = f"{source}, line {line}"
        try:
            senses.append(VerbSense(
                lemma=row["lemma"].lower(),
                complement=row["complement"].lower() or None,
                cameo=row["cameo"],
                speech=_flag(row["speech"], where),
                symmetric=_flag(row["symmetric"], where),
                target=row["target"] or None,
            ))
        except KeyError as error:
            raise ValueError(f"{where}: missing column {error}") from error
    return senses


def read_cues(source: Source) -> list[tuple[str, str]]:
    """Read ``statement_cues.csv`` (columns ``cue,cameo``) as (cue, code) pairs in file order."""
    try:
        return [(row["cue"].lower(), row["cameo"]) for _, row in _rows(source)]
    except KeyError as error:
        raise ValueError(f"{source}: missing column {error}; expected cue,cameo") from error


def read_tone(source: Source) -> dict[str, float]:
    """Read ``tone.csv`` (columns ``lemma,score``) into lemma → score."""
    scores: dict[str, float] = {}
    for line, row in _rows(source):
        try:
            scores[row["lemma"].lower()] = float(row["score"])
        except (KeyError, ValueError) as error:
            raise ValueError(f"{source}, line {line}: expected lemma,score with a number "
                             f"({error})") from error
    return scores


class Lexicon:
    """Verb senses, statement cues and tone words, checked against the codebook.

    Parameters
    ----------
    senses
        Verb senses in priority order: for one lemma, the first sense whose
        complement is present wins.
    cues
        ``(cue, code)`` pairs; a cue is a space-separated lemma sequence.
    tone
        Lemma → score in [-1, 1].

    Raises
    ------
    ValueError
        When a row names an unknown CAMEO code or target slot, a (lemma,
        complement) pair repeats, a cue is empty, or a tone score is out of range.
    """

    def __init__(self, senses: Iterable[VerbSense], cues: Iterable[tuple[str, str]],
                 tone: Mapping[str, float]) -> None:
        self._senses: dict[str, list[VerbSense]] = {}
        seen: set[tuple[str, str | None]] = set()
        for sense in senses:
            key = (sense.lemma, sense.complement)
            if key in seen:
                raise ValueError(f"verb sense {key} is listed twice; keep one row per "
                                 "(lemma, complement)")
            seen.add(key)
            _check_code(sense.cameo, f"verb sense {key}")
            if sense.target is not None and sense.target not in TARGET_SLOTS:
                raise ValueError(f"verb sense {key}: target {sense.target!r} is not one of "
                                 f"{sorted(TARGET_SLOTS)} (or empty for any)")
            self._senses.setdefault(sense.lemma, []).append(sense)

        self._cues: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for cue, code in cues:
            words = tuple(cue.split())
            if not words:
                raise ValueError("a statement cue is empty; give at least one lemma")
            if VERB_SLOT in words[:-1] or words == (VERB_SLOT,):
                raise ValueError(f"statement cue {cue!r}: the verb slot {VERB_SLOT!r} may only "
                                 "end a cue that has lemmas before it ('ready to *')")
            _check_code(code, f"statement cue {cue!r}")
            self._cues.setdefault(words[0], []).append((words, code))

        for lemma, score in tone.items():
            if not -1.0 <= score <= 1.0:
                raise ValueError(f"tone of {lemma!r} is {score}; scores must lie in [-1, 1]")
        self._tone = dict(tone)

    @classmethod
    def from_files(cls, verbs: Source, cues: Source, tone: Source) -> Lexicon:
        """A lexicon from CSV files in the formats of ``kg/data/``."""
        return cls(read_verbs(verbs), read_cues(cues), read_tone(tone))

    @classmethod
    def default(cls) -> Lexicon:
        """The packaged lexicon (loaded once, then shared)."""
        return _default_lexicon()

    def senses(self, lemma: str) -> list[VerbSense]:
        """All senses of a verb lemma in priority order; empty when the verb is unknown."""
        return list(self._senses.get(lemma.lower(), ()))

    def verb_sense(self, lemma: str, complements: Iterable[str] = ()) -> VerbSense | None:
        """The sense of ``lemma`` given the lemmas attached to it (objects, particles,
        prepositions).

        A sense whose complement is among ``complements`` wins over the default sense
        (the one without a complement); among several matching senses the first
        listed wins. ``None`` when the lemma is unknown, or when it only has senses
        that need a complement and none is present ("sign" without "agreement").

        Examples
        --------
        >>> lexicon = Lexicon.default()
        >>> lexicon.verb_sense("hold", ["talk", "with"]).cameo
        '040'
        >>> lexicon.verb_sense("impose").cameo
        '170'
        """
        present = {complement.lower() for complement in complements}
        default = None
        for sense in self._senses.get(lemma.lower(), ()):
            if sense.complement is None:
                default = sense
            elif sense.complement in present:
                return sense
        return default

    def statement_code(self, content_lemmas: Sequence[str]) -> str | None:
        """The CAMEO code of the best cue found in a statement's content lemmas.

        A cue matches its lemmas in order, skipping up to :data:`CUE_GAP` modifiers
        (:func:`cue_modifiers`) between two of them. A cue ending in ``*`` takes the
        code of announcing the act of the verb in that slot (see :func:`intent_code`)
        when that is an intent or a threat, else its own: "ready to host talks" →
        036, "ready to impose sanctions" → 131, "ready to import more" → 030. The longest
        cue wins; among equally long cues, the one that occurs first in the content,
        then the one listed first. ``None`` when no cue occurs.

        Examples
        --------
        >>> Lexicon.default().statement_code("we strongly condemn this provocation".split())
        '111'
        >>> Lexicon.default().statement_code("see each other as partner rather than threat".split()) == "111"
        False
        >>> Lexicon.default().statement_code("urge both side to exercise maximum restraint".split())
        '0256'
        """
        found = self.statement_cue(content_lemmas)
        return found[1] if found else None

    def statement_cue(self, content_lemmas: Sequence[str]) -> tuple[tuple[str, ...], str] | None:
        """The best cue in a statement's content lemmas and its code (see :meth:`statement_code`)."""
        words = [lemma.lower() for lemma in content_lemmas if lemma not in QUOTE_MARKS]
        # "if they continue their reckless drills, we will take countermeasures": a cue of the
        # condition counts only when the clause it conditions has none
        conditioned = _conditioned(words)
        return (self._best_cue(words, skip=conditioned)
                or (self._best_cue(words, skip=frozenset()) if conditioned else None))

    def _best_cue(self, words: Sequence[str], skip: frozenset[int]) -> tuple[tuple[str, ...], str] | None:
        """The longest cue (the first of equals) starting in ``words`` outside the positions ``skip``."""
        best: tuple[tuple[str, ...], str] | None = None
        for start, word in enumerate(words):
            if start in skip or _contrasted(words, start):
                continue  # "partners rather than threats": the cue is what is denied
            for cue, code in self._cues.get(word, ()):
                if best is not None and len(cue) <= len(best[0]):
                    continue
                end = _match_cue(words, start, cue)
                if end is None:
                    continue
                if cue[-1] == VERB_SLOT:
                    slot_code = self._slot_code(words, end - 1)
                    if slot_code is not None and slot_code[:2] in INTENT_ROOTS:
                        code = slot_code
                best = (cue, code)
        return best

    def _slot_code(self, words: Sequence[str], at: int) -> str | None:
        """The announced-act code of the verb at ``words[at]`` with what follows it, or
        ``None`` when it is no known verb."""
        complements = words[at + 1:at + 1 + SLOT_COMPLEMENT_WINDOW]
        sense = self.verb_sense(words[at], complements)
        return None if sense is None else intent_code(sense.cameo)

    def tone(self, lemmas: Iterable[str]) -> float:
        """Mean score of the tone words among ``lemmas`` (each occurrence counts); 0.0 if none.

        A tone word up to :data:`NEGATION_WINDOW` lemmas after a negator counts with
        its sign reversed: "does not engage in criticism" is not hostile.

        Examples
        --------
        >>> lexicon = Lexicon.default()
        >>> lexicon.tone(["friendly", "attitude"])
        0.8
        >>> lexicon.tone(["not", "friendly"])
        -0.8

        A tone word shortly after a word that asks for an end (:func:`desist_words`)
        counts as hostile whatever its sign: "urged Moscow to halt its cooperation
        with Pyongyang" presses Moscow.

        >>> lexicon.tone(["halt", "its", "cooperation"])
        -0.5
        """
        scores = []
        since_negator = since_desist = NEGATION_WINDOW + 1
        for lemma in (lemma.lower() for lemma in lemmas):
            since_negator += 1
            since_desist += 1
            if lemma in NEGATORS:
                since_negator = 0
            elif lemma in desist_words():
                since_desist = 0
            elif lemma in self._tone:
                score = self._tone[lemma]
                if since_desist <= NEGATION_WINDOW:
                    score = -abs(score)  # "stop its cooperation with", "halt provocations"
                elif since_negator <= NEGATION_WINDOW:
                    score = -score
                scores.append(score)
        return sum(scores) / len(scores) if scores else 0.0


def _check_code(code: str, where: str) -> None:
    if code not in cameo_codes():
        raise ValueError(f"{where}: unknown CAMEO code {code!r}; use a code from kg/data/cameo.csv")


@functools.cache
def _default_lexicon() -> Lexicon:
    return Lexicon.from_files(_data_file("verbs.csv"), _data_file("statement_cues.csv"),
                              _data_file("tone.csv"))


def _sign(value: float) -> int:
    if value >= TONE_THRESHOLD:
        return 1
    if value <= -TONE_THRESHOLD:
        return -1
    return 0


def polarity(code: str, tone: float = 0.0, negated: bool = False) -> int:
    """Direction of an event from source toward target: 1 cooperative, 0 neutral, -1 conflictual.

    - Codes outside roots 01 and 02: the sign of the Goldstein weight.
    - Appeals (root 02): the sign of ``tone`` when ``|tone| >= TONE_THRESHOLD``, else 0:
      "urged Tokyo to stop its provocations" is hostile, "called on both sides to
      talk" is not. Appeals the codebook weighs as pressure (024 reform, 025 yield)
      are hostile; calls for restraint (:data:`NEUTRAL_APPEALS`) are neutral.
    - Root 01 statements: the sign of ``tone`` when ``|tone| >= TONE_THRESHOLD``;
      otherwise the sign of the code's own weight when it clears the same
      threshold (016 deny -1; 012 pessimistic -1; 013, 018, 019 +1), else 0.
    - Negation: an act that did *not* happen leans neither way (0): "will not
      attend the talks", "does not engage in criticism". Refusals and threats
      (:data:`NEGATIVE_STANCE_ROOTS`) keep their own polarity: their negation is
      what makes them ("will never accept", "will not tolerate").

    Examples
    --------
    >>> polarity("057"), polarity("163"), polarity("010")
    (1, -1, 0)
    >>> polarity("010", tone=0.8), polarity("010", tone=-0.1)
    (1, 0)
    >>> polarity("040", negated=True), polarity("111", negated=True)
    (0, 0)
    >>> polarity("020"), polarity("020", tone=-0.5)
    (0, -1)
    >>> polarity("0256", tone=-0.6), polarity("025", tone=0.5), polarity("120", negated=True)
    (0, -1, -1)
    """
    entry = cameo_code(code)
    direction = _sign(entry.goldstein)
    if entry.root == STATEMENT_ROOT:
        direction = _sign(tone) or direction
    elif code in NEUTRAL_APPEALS:
        direction = 0
    elif entry.root == APPEAL_ROOT:
        direction = -1 if entry.goldstein < 0 else _sign(tone)
    if negated and entry.root not in NEGATIVE_STANCE_ROOTS:
        return 0  # an act that did not happen leans neither way
    return direction


def _match_cue(words: Sequence[str], start: int, cue: tuple[str, ...]) -> int | None:
    """Where a match of ``cue`` at ``words[start]`` ends (exclusive), or ``None``.

    Up to :data:`CUE_GAP` modifiers may sit between two cue words; a
    :data:`VERB_SLOT` matches the first word after them ("ready to further expand").
    """
    position, gaps = start, 0
    for index, expected in enumerate(cue):
        while (index and position < len(words) and words[position] != expected
               and words[position] in cue_modifiers() and gaps < CUE_GAP):
            position, gaps = position + 1, gaps + 1
        if position >= len(words) or expected not in (VERB_SLOT, words[position]):
            return None
        position += 1
    return position


def _conditioned(words: Sequence[str]) -> frozenset[int]:
    """Positions inside a condition: from "if" or "unless" (:data:`CONDITIONS`) to the next comma."""
    inside: set[int] = set()
    opened = False
    for position, word in enumerate(words):
        if word in CONDITIONS:
            opened = True
        elif word == ",":
            opened = False
        if opened:
            inside.add(position)
    return frozenset(inside)


def _contrasted(words: Sequence[str], start: int) -> bool:
    """Whether the word at ``start`` follows "rather than" or "instead of": set aside, not said."""
    before = words[max(0, start - 3):start]  # "rather than threats", "rather than as threats"
    return any(tuple(before[i:i + 2]) in CONTRASTS for i in range(len(before) - 1))


@functools.cache
def _intents() -> Mapping[str, str]:
    table = {row["root"]: row["intent"] for _, row in _rows(_data_file("intents.csv"))}
    for intent in table.values():
        cameo_code(intent)  # every intent must be a real code
    return MappingProxyType(table)


def intent_code(code: str) -> str:
    """The code for *announcing* an act rather than doing it ("will visit", "would impose sanctions").

    Acts planned by the speaker's own side are coded as intents (03x) or threats
    (13x) by ``kg/data/intents.csv``; verbal codes and roots without an intent stay as they are.

    >>> intent_code("042"), intent_code("163"), intent_code("111")
    ('036', '131', '111')
    """
    return _intents().get(code[:2], code)


#: How strong the tone of a plain statement must be to code it as praise or criticism.
TONE_CODE_THRESHOLD = 0.3


def tone_code(code: str, tone: float) -> str:
    """A plain statement (010) with a clear tone toward its target is praise (051) or criticism (111).

    >>> tone_code("010", -0.6), tone_code("010", 0.5), tone_code("010", 0.1), tone_code("036", -0.9)
    ('111', '051', '010', '036')
    """
    if code != "010" or abs(tone) < TONE_CODE_THRESHOLD:
        return code
    return "051" if tone > 0 else "111"


@functools.cache
def cue_words() -> Mapping[str, frozenset[str]]:
    """Words that shape how cues and tone are read, by kind, from ``kg/data/cue_words.csv``:
    ``modifier`` words a cue may skip between two of its words ("exercise maximum restraint"
    matches "exercise restraint"), ``desist`` words that ask for something to end, after
    which a tone word counts as hostile ("halt its military cooperation")."""
    kinds: dict[str, set[str]] = {}
    for row in package_table("cue_words.csv", required=["lemma", "kind"]):
        kinds.setdefault(row["kind"], set()).add(row["lemma"])
    unknown = set(kinds) - {"modifier", "desist"}
    if unknown:
        raise ValueError(f"kg/data/cue_words.csv: unknown kind {sorted(unknown)}; use modifier or desist")
    return MappingProxyType({kind: frozenset(words) for kind, words in kinds.items()})


def cue_modifiers() -> frozenset[str]:
    """Modifiers a cue may skip between two of its words (see :func:`cue_words`)."""
    return cue_words().get("modifier", frozenset())


def desist_words() -> frozenset[str]:
    """Words that ask for something to end (see :func:`cue_words`)."""
    return cue_words().get("desist", frozenset())
