"""Scoring extracted events against gold annotations.

Two gold formats are understood:

* ``project``: the project's own gold (``docs/gold-format.md``), one line per
  event a human coder found in an article, located by an ``evidence`` string;
* ``plover``: PLOVER-style sentence codings, one line per sentence with an
  event type and lists of source and target actors.

The module only compares plain dicts: the caller (``kg eval``) runs the
extractor and passes its event records (``docs/event-record.md``) in, grouped by
gold article or sentence id. Nothing here imports spaCy or the extractor, so
scoring stays fast and testable on hand-written data.

Examples
--------
>>> gold = [{"id": "s1", "text": "Chile sent aid to Peru.", "event": "AID",
...          "source": [{"code": "CHL"}], "target": [{"code": "PER"}]}]
>>> record = {"source": {"country": "CHL"}, "target": {"country": "PER"},
...           "plover": "AID"}
>>> score_plover(gold, {"s1": [record]}).triple.f1
1.0
"""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import networkx as nx
from rich.console import Console
from rich.table import Table

from kg.event import IGO_CODES, NAME_SUFFIXES

GoldKind = Literal["project", "plover"]
ErrorKind = Literal["miss", "false", "wrong-date", "wrong-root", "wrong-polarity", "wrong-speaker"]

#: PLOVER gold writes any of the contract's IGO codes (``kg.event.IGO_CODES``) as ``IGO``.
PLOVER_IGO = "IGO"

_PLOVER_REQUIRED = ("id", "text", "event", "source", "target")
_PROJECT_REQUIRED = ("article", "source", "target", "date", "evidence")


# ---------------------------------------------------------------- figures


@dataclass
class PRF:
    """True positives, false positives and false negatives, with P/R/F1.

    Each ratio is 0.0 when its denominator is zero, so an empty comparison
    reads as "nothing found" rather than raising.

    Examples
    --------
    >>> PRF.compare(gold={"a", "b"}, predicted={"b", "c"})
    PRF(tp=1, fp=1, fn=1)
    >>> PRF(tp=0, fp=0, fn=0).f1
    0.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def compare(cls, gold: set[Any], predicted: set[Any]) -> PRF:
        """Count the agreement of two sets of scored items."""
        return cls(tp=len(gold & predicted), fp=len(predicted - gold), fn=len(gold - predicted))

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass
class ErrorLine:
    """One disagreement, for ``kg eval --errors``.

    ``article`` is the article id (project gold) or sentence id (PLOVER gold);
    ``sentence`` is the predicted event's sentence, or for a miss the gold
    text that locates the event (its evidence, or the PLOVER sentence).
    """

    kind: ErrorKind
    article: str
    sentence: str
    gold: dict[str, Any] | None
    predicted: dict[str, Any] | None


@dataclass
class PloverScores:
    """Figures against PLOVER sentence codings."""

    sentences: int
    dyad: PRF
    triple: PRF
    type_macro_f1: float
    per_type: dict[str, PRF]
    errors: list[ErrorLine] = field(default_factory=list)


@dataclass
class ProjectScores:
    """Figures against the project's gold (``docs/gold-format.md``).

    ``predicted_events`` counts every extracted event, ``untargeted`` those of
    them with no target country, which are left out of every other figure.
    Each accuracy is over the ``matched`` gold/extracted pairs whose gold row
    has the field (``*_n``); ``by_phenomenon`` maps a tag to (matched gold
    events, gold events) carrying it.
    """

    articles: int
    gold_events: int
    predicted_events: int
    untargeted: int
    matched: int
    dated_event: PRF
    dyad: PRF
    date_accuracy: float
    date_n: int
    root_accuracy: float
    root_n: int
    polarity_accuracy: float
    polarity_n: int
    speaker_accuracy: float
    speaker_n: int
    by_phenomenon: dict[str, tuple[int, int]]
    errors: list[ErrorLine] = field(default_factory=list)


# ---------------------------------------------------------------- loading


def _row_kind(row: Any) -> GoldKind | None:
    """The gold kind one row looks like, or None when it looks like neither."""
    if not isinstance(row, dict):
        return None
    if "event" in row and ("markup" in row or "text" in row):
        return "plover"
    if isinstance(row.get("article"), str) and isinstance(row.get("source"), str):
        return "project"
    return None


def detect_gold_kind(rows: list[dict[str, Any]]) -> GoldKind:
    """Tell a project gold from a PLOVER gold by the fields of its rows.

    PLOVER rows have ``event`` and ``markup`` or ``text``; project rows have
    ``article`` and ``source`` as strings. Every row must agree.

    Examples
    --------
    >>> detect_gold_kind([{"article": "a1", "source": "RUS", "target": "KOR"}])
    'project'
    """
    if not rows:
        raise ValueError("the gold has no rows; give a file with at least one annotation")
    kinds = [_row_kind(row) for row in rows]
    for number, kind in enumerate(kinds, start=1):
        if kind is None:
            raise ValueError(
                f"gold row {number} is neither a project event (article, source as strings) "
                "nor a PLOVER sentence (event with text or markup); see docs/gold-format.md"
            )
        if kind != kinds[0]:
            raise ValueError(
                f"gold row {number} is a {kind} row but row 1 is a {kinds[0]} row; "
                "keep one gold format per file"
            )
    return kinds[0]  # type: ignore[return-value]


def load_gold(path: Path) -> tuple[GoldKind, list[dict[str, Any]]]:
    """Read a gold JSONL file and say which format it is in.

    Blank lines are skipped. A line that is not a JSON object, is of the other
    format than the first row, or lacks a required field raises ``ValueError``
    naming the file and line. A PLOVER sentence id that repeats (the published
    gold has such slips) is made unique as ``<id>#<line>`` so every sentence is scored.
    """
    path = Path(path)
    rows: list[dict[str, Any]] = []
    first_kind: GoldKind | None = None
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{path}, line {number}"
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                raise ValueError(f"{where}: not valid JSON ({error.msg}); fix or remove the line") from None
            kind = _row_kind(row)
            if kind is None:
                raise ValueError(
                    f"{where}: neither a project gold event nor a PLOVER sentence; "
                    "see docs/gold-format.md for the fields"
                )
            first_kind = first_kind or kind
            if kind != first_kind:
                raise ValueError(f"{where}: a {kind} row in a {first_kind} gold; keep one format per file")
            required = _PLOVER_REQUIRED if kind == "plover" else _PROJECT_REQUIRED
            missing = [name for name in required if name not in row]
            if missing:
                raise ValueError(f"{where}: missing {', '.join(missing)}; every {kind} gold row needs them")
            if kind == "plover" and any(r["id"] == row["id"] for r in rows):
                row = {**row, "id": f"{row['id']}#{number}"}
            rows.append(row)
    if first_kind is None:
        raise ValueError(f"{path}: no gold rows; give a file with at least one annotation")
    return first_kind, rows


def _check_predicted_keys(predicted: Mapping[str, Any], gold_keys: set[str], unit: str) -> None:
    """Refuse predictions for ids the gold does not have: they would go unscored silently."""
    unknown = sorted(set(predicted) - gold_keys)
    if unknown:
        shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
        raise ValueError(f"predictions for {unit}s not in the gold: {shown}; extract only the gold's {unit}s")


# ---------------------------------------------------------------- PLOVER


def _plover_code(country: str | None) -> str | None:
    """An extracted country code as PLOVER gold writes it (any contract IGO is ``IGO``)."""
    return PLOVER_IGO if country in IGO_CODES else country


def _actor_country(actor: Mapping[str, Any] | None) -> str | None:
    return actor.get("country") if actor else None


def _plover_dyad(record: Mapping[str, Any]) -> tuple[str, str] | None:
    """The (source, target) codes of an extracted event, or None when either is unknown."""
    source = _plover_code(_actor_country(record.get("source")))
    target = _plover_code(_actor_country(record.get("target")))
    return (source, target) if source and target else None


def plover_gold_dyads(row: Mapping[str, Any]) -> set[tuple[str, str]]:
    """The (source, target) code pairs a PLOVER gold sentence asserts.

    Every source code with every target code; when ``reciprocal`` is true,
    also every ordered pair of distinct source codes (the actors marked as
    both source and target). A sentence with sources but no target and not
    reciprocal asserts no dyad: a source with no target gives no pair, so any
    dyad extracted from it is a false one. Pairs are taken as coded, a code
    paired with itself included; actors with a null code are left out.

    Examples
    --------
    >>> row = {"source": [{"code": "NOR"}, {"code": "ISL"}], "target": [], "reciprocal": True}
    >>> sorted(plover_gold_dyads(row))
    [('ISL', 'NOR'), ('NOR', 'ISL')]
    """
    sources = [actor["code"] for actor in row["source"] if actor.get("code")]
    targets = [actor["code"] for actor in row["target"] if actor.get("code")]
    dyads = {(source, target) for source in sources for target in targets}
    if row.get("reciprocal"):
        dyads |= {(one, other) for one in sources for other in sources if one != other}
    return dyads


def _plover_sentence_errors(
    row: Mapping[str, Any],
    records: Sequence[Mapping[str, Any]],
    gold_dyads: set[tuple[str, str]],
    predicted_triples: set[tuple[str, str, str]],
    predicted_types: set[str],
) -> list[ErrorLine]:
    """Misses (gold triples, or the bare type of a dyad-less sentence) and false records of one sentence."""
    sentence_id, text, gold_type = row["id"], row["text"], row["event"]
    errors = [
        ErrorLine("miss", sentence_id, text, {"source": source, "target": target, "event": gold_type}, None)
        for source, target in sorted(gold_dyads)
        if (source, target, gold_type) not in predicted_triples
    ]
    if not gold_dyads and gold_type not in predicted_types:
        errors.append(ErrorLine("miss", sentence_id, text, {"event": gold_type}, None))
    for record in records:
        dyad, plover = _plover_dyad(record), gold_era_type(record)
        if (dyad and dyad not in gold_dyads) or (plover and plover != gold_type):
            errors.append(ErrorLine("false", sentence_id, record.get("sentence") or text, None, dict(record)))
    return errors


#: Types that the 2021 CAMEO→PLOVER table (which the event records follow) names
#: differently from the 2016 gold standard's eighteen types, by CAMEO root.
GOLD_ERA_TYPES: dict[tuple[str, str], str] = {
    ("ACCUSE", "09"): "INVESTIGATE",
    ("ACCUSE", "11"): "DISAPPROVE",
    ("REQUEST", "10"): "DEMAND",
    ("ASSAULT", "19"): "FIGHT",
}


def gold_era_type(record: Mapping[str, Any]) -> str | None:
    """The record's PLOVER type in the vocabulary of the PLOVER gold standard.

    >>> gold_era_type({"plover": "ACCUSE", "cameo": "112"})
    'DISAPPROVE'
    >>> gold_era_type({"plover": "SUPPORT", "cameo": "051"})
    'SUPPORT'
    """
    plover = record.get("plover")
    if not plover:
        return None
    return GOLD_ERA_TYPES.get((plover, str(record.get("cameo", ""))[:2]), plover)


def score_plover(gold_rows: list[dict[str, Any]], predicted: Mapping[str, list[dict[str, Any]]]) -> PloverScores:
    """Score extracted events against PLOVER sentence codings.

    Parameters
    ----------
    gold_rows
        PLOVER gold rows (``id``, ``text``, ``event``, ``source``, ``target``,
        ``reciprocal``), each id once.
    predicted
        Gold sentence id → the event records extracted from that sentence;
        a sentence with no entry had nothing extracted.

    Returns
    -------
    PloverScores
        ``dyad``: micro P/R/F1 of per-sentence sets of (source, target) codes
        (see :func:`plover_gold_dyads`; extracted IGO codes count as ``IGO``).
        ``triple``: the same with the PLOVER type added; an extracted event
        whose ``plover`` is null has no type and gives no triple.
        ``per_type``: per sentence, each type extracted at least once
        (null ignored, with or without a target) against the gold type.
        ``type_macro_f1``: the mean F1 over the types that occur in the gold.
        A type that is only ever predicted appears in ``per_type`` with its
        false positives but is not one of the averaged types, so it does not
        lower the macro F1; its predictions still miss the gold type of their
        sentence, which lowers that type's recall.
    """
    ids = [row["id"] for row in gold_rows]
    repeated = sorted(sentence_id for sentence_id, count in Counter(ids).items() if count > 1)
    if repeated:
        raise ValueError(f"gold sentence ids occur more than once: {', '.join(repeated)}; give each sentence one id")
    _check_predicted_keys(predicted, set(ids), "sentence")

    dyad, triple = PRF(), PRF()
    per_type: dict[str, PRF] = defaultdict(PRF)
    errors: list[ErrorLine] = []
    for row in gold_rows:
        records = predicted.get(row["id"], [])
        gold_type = row["event"]
        gold_dyads = plover_gold_dyads(row)
        predicted_dyads = {pair for record in records if (pair := _plover_dyad(record))}
        predicted_triples = {
            (*pair, gold_era_type(record))
            for record in records
            if (pair := _plover_dyad(record)) and gold_era_type(record)
        }
        predicted_types = {gold_era_type(record) for record in records if gold_era_type(record)}

        dyad += PRF.compare(gold_dyads, predicted_dyads)
        triple += PRF.compare({(*pair, gold_type) for pair in gold_dyads}, predicted_triples)
        for plover_type in predicted_types | {gold_type}:
            per_type[plover_type] += PRF.compare({gold_type} & {plover_type}, predicted_types & {plover_type})
        errors += _plover_sentence_errors(row, records, gold_dyads, predicted_triples, predicted_types)

    gold_types = {row["event"] for row in gold_rows}
    macro = sum(per_type[plover_type].f1 for plover_type in gold_types) / len(gold_types) if gold_types else 0.0
    return PloverScores(
        sentences=len(gold_rows),
        dyad=dyad,
        triple=triple,
        type_macro_f1=macro,
        per_type=dict(sorted(per_type.items())),
        errors=errors,
    )


# ---------------------------------------------------------------- project


def _squash(text: str) -> str:
    """Whitespace runs as one space, so a line break in a sentence does not hide the evidence."""
    return " ".join(text.split())


def _can_match(gold: Mapping[str, Any], record: Mapping[str, Any]) -> bool:
    """Same source and target country, and the gold evidence inside the record's sentence."""
    return (
        gold["source"] == _actor_country(record.get("source"))
        and gold["target"] == _actor_country(record.get("target"))
        and _squash(gold["evidence"]) in _squash(record.get("sentence") or "")
    )


def _match(golds: Sequence[Mapping[str, Any]], records: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """Pair gold events with extracted ones, one to one, as (gold index, record index).

    As many pairs as possible; among those, as many with equal dates as
    possible; then as many with equal CAMEO roots. The weights make each
    preference outweigh every later one summed over the article.
    """
    graph = nx.Graph()
    root_weight = 1
    date_weight = root_weight * (len(golds) + 1)
    for gold_index, gold in enumerate(golds):
        for record_index, record in enumerate(records):
            if _can_match(gold, record):
                weight = (
                    1
                    + date_weight * (gold["date"] == record.get("date"))
                    + root_weight * ("root" in gold and gold["root"] == record.get("root"))
                )
                graph.add_edge(("gold", gold_index), ("record", record_index), weight=weight)
    pairs = []
    for one, other in nx.max_weight_matching(graph, maxcardinality=True):
        gold_node, record_node = (one, other) if one[0] == "gold" else (other, one)
        pairs.append((gold_node[1], record_node[1]))
    return sorted(pairs)


def speaker_agrees(gold_speaker: str | None, source: Mapping[str, Any] | None) -> bool:
    """Whether the extracted source is the gold speaker.

    Names are compared without case, accents, dots or hyphens. They agree when
    equal, when they hold the same words in another order (``MOTEGI
    Toshimitsu`` for ``Toshimitsu Motegi``), when one is the other's last word
    (``Lavrov`` for ``Sergey Lavrov``), or when both end in the same surname
    (``S. Jaishankar`` for ``Subrahmanyam Jaishankar``), or when the surnames are two
    transliterations of one name (``Zelenskiy``, ``Zelensky``). A null gold speaker
    means no named person acts (a state, an organisation, "Indian troops"): an
    extracted source of any kind but ``person`` is then right.

    Examples
    --------
    >>> speaker_agrees("Sergey Lavrov", {"name": "lavrov", "kind": "person"})
    True
    >>> speaker_agrees("Recep Tayyip Erdogan", {"name": "Recep Tayyip Erdoğan", "kind": "person"})
    True
    >>> speaker_agrees("Kim Yo Jong", {"name": "Kim Jong Un", "kind": "person"})
    False
    >>> speaker_agrees("Volodymyr Zelenskiy", {"name": "Volodymyr Zelensky", "kind": "person"})
    True
    >>> speaker_agrees(None, {"name": "Russia", "kind": "country"})
    True
    """
    source = source or {}
    if gold_speaker is None:
        return bool(source) and source.get("kind") != "person"
    said, expected = _name_words(source.get("name") or ""), _name_words(gold_speaker)
    if not said or not expected:
        return False
    return (said == expected or sorted(said) == sorted(expected) or said[-1] == expected[-1]
            or said == expected[-1:] or expected == said[-1:] or _transliterated(said[-1], expected[-1]))


def _transliterated(one: str, other: str) -> bool:
    """Two spellings of one surname from another script: "Zelensky" and "Zelenskiy",
    "Baghaei" and "Baqaei". Same first letter, at least four letters, and most letters
    shared in order (difflib ratio of 0.75 or more)."""
    return (min(len(one), len(other)) >= 4 and one[0] == other[0]
            and difflib.SequenceMatcher(None, one, other).ratio() >= 0.75)



def _name_words(name: str) -> list[str]:
    """A person's name as comparable words: no case, accents, dots or hyphens."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[.\-,]", " ", folded.replace("'", "")).casefold().split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words.pop()  # "Ferdinand Marcos Jr." ends in Marcos
    return words


@dataclass
class _Tally:
    """Right answers and attempts for one accuracy."""

    right: int = 0
    total: int = 0

    def add(self, right: bool) -> None:
        self.right += right
        self.total += 1

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


def score_project(gold_rows: list[dict[str, Any]], predicted: Mapping[str, list[dict[str, Any]]]) -> ProjectScores:
    """Score extracted events against the project's gold.

    Parameters
    ----------
    gold_rows
        Project gold rows (``docs/gold-format.md``).
    predicted
        Article id → the event records extracted from that article.

    Returns
    -------
    ProjectScores
        Within each article, gold and extracted events are paired one to one
        when source and target countries are equal and the gold evidence is
        inside the extracted ``sentence`` (pairs with equal dates preferred,
        see :func:`_match`). Extracted events with no target country are
        counted in ``untargeted`` and otherwise left out. ``dated_event``:
        pairs with equal dates are true positives; every other scored
        extracted event is a false positive and every other gold event a
        false negative. ``dyad``: P/R/F1 of the sets of (article, source,
        target). Accuracies are over the pairs; ``by_phenomenon`` counts gold
        events that found a pair, whatever their date.
    """
    golds_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in gold_rows:
        golds_by_article[row["article"]].append(row)
    _check_predicted_keys(predicted, set(golds_by_article), "article")

    dated_event = PRF()
    gold_dyads: set[tuple[str, str | None, str | None]] = set()
    predicted_dyads: set[tuple[str, str | None, str | None]] = set()
    date, root, polarity, speaker = _Tally(), _Tally(), _Tally(), _Tally()
    phenomena: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    predicted_events = untargeted = matched = 0
    errors: list[ErrorLine] = []

    for article, golds in golds_by_article.items():
        records = predicted.get(article, [])
        scored = [record for record in records if _actor_country(record.get("target"))]
        predicted_events += len(records)
        untargeted += len(records) - len(scored)
        gold_dyads |= {(article, gold["source"], gold["target"]) for gold in golds}
        predicted_dyads |= {
            (article, _actor_country(record.get("source")), _actor_country(record["target"])) for record in scored
        }

        pairs = _match(golds, scored)
        matched += len(pairs)
        paired_golds = {gold_index for gold_index, _ in pairs}
        paired_records = {record_index for _, record_index in pairs}
        same_date = 0
        for gold_index, record_index in pairs:
            gold, record = golds[gold_index], scored[record_index]
            checks: list[tuple[ErrorKind, _Tally, bool]] = [("wrong-date", date, gold["date"] == record.get("date"))]
            if "root" in gold:
                checks.append(("wrong-root", root, gold["root"] == record.get("root")))
            if "polarity" in gold:
                checks.append(("wrong-polarity", polarity, gold["polarity"] == record.get("polarity")))
            if "speaker" in gold:
                checks.append(("wrong-speaker", speaker, speaker_agrees(gold["speaker"], record.get("source"))))
            for kind, tally, right in checks:
                tally.add(right)
                if not right:
                    errors.append(ErrorLine(kind, article, record.get("sentence") or "", gold, dict(record)))
            same_date += gold["date"] == record.get("date")
        dated_event += PRF(tp=same_date, fp=len(scored) - same_date, fn=len(golds) - same_date)

        for gold_index, gold in enumerate(golds):
            for tag in gold.get("phenomena") or []:
                phenomena[tag][0] += gold_index in paired_golds
                phenomena[tag][1] += 1
            if gold_index not in paired_golds:
                errors.append(ErrorLine("miss", article, gold["evidence"], gold, None))
        errors += [
            ErrorLine("false", article, record.get("sentence") or "", None, dict(record))
            for record_index, record in enumerate(scored)
            if record_index not in paired_records
        ]

    return ProjectScores(
        articles=len(golds_by_article),
        gold_events=len(gold_rows),
        predicted_events=predicted_events,
        untargeted=untargeted,
        matched=matched,
        dated_event=dated_event,
        dyad=PRF.compare(gold_dyads, predicted_dyads),
        date_accuracy=date.accuracy,
        date_n=date.total,
        root_accuracy=root.accuracy,
        root_n=root.total,
        polarity_accuracy=polarity.accuracy,
        polarity_n=polarity.total,
        speaker_accuracy=speaker.accuracy,
        speaker_n=speaker.total,
        by_phenomenon={tag: (found, total) for tag, (found, total) in sorted(phenomena.items())},
        errors=errors,
    )


# ---------------------------------------------------------------- output


def _prf_table(title: str, rows: Sequence[tuple[str, PRF]]) -> Table:
    table = Table(title=title)
    for column in ("measure", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name, prf in rows:
        table.add_row(name, f"{prf.precision:.3f}", f"{prf.recall:.3f}", f"{prf.f1:.3f}",
                      str(prf.tp), str(prf.fp), str(prf.fn))
    return table


def _describe(event: Mapping[str, Any] | None) -> str:
    """A one-line summary of a gold row or an event record for the error table."""
    if not event:
        return ""
    source, target = event.get("source"), event.get("target")
    is_record = isinstance(source, Mapping)
    parts = []
    if is_record:
        parts.append(f"{source.get('name')} ({source.get('country')}) → {_actor_country(target) or '∅'}")
    elif source is not None:
        parts.append(f"{source} → {target or '∅'}")
    # A record's `event` is its IRI, noise here; a gold row's `event` is its PLOVER type.
    shown = ("plover", "date", "root", "polarity") if is_record else ("event", "date", "root", "polarity", "speaker")
    parts += [f"{name} {event[name]}" for name in shown if event.get(name) is not None]
    return " ".join(parts)


def _errors_table(errors: Sequence[ErrorLine]) -> Table:
    table = Table(title=f"Errors ({len(errors)})")
    for column in ("kind", "article", "sentence", "gold", "extracted"):
        table.add_column(column, overflow="fold")
    for error in errors:
        table.add_row(error.kind, error.article, error.sentence, _describe(error.gold), _describe(error.predicted))
    return table


def render(scores: PloverScores | ProjectScores, console: Console, *, errors: bool = False) -> None:
    """Print the scores as rich tables: headline figures, then the breakdown, then errors if asked."""
    if isinstance(scores, PloverScores):
        console.print(f"PLOVER gold: {scores.sentences} sentences")
        console.print(_prf_table("Scores", [("dyad", scores.dyad), ("triple", scores.triple)]))
        console.print(f"event type macro F1 over the gold's types: {scores.type_macro_f1:.3f}")
        console.print(_prf_table("By PLOVER type", list(scores.per_type.items())))
    else:
        console.print(f"Project gold: {scores.articles} articles, {scores.gold_events} gold events, "
                      f"{scores.predicted_events} extracted ({scores.untargeted} without a target, not scored)")
        console.print(_prf_table("Scores", [("dated event", scores.dated_event), ("dyad", scores.dyad)]))
        accuracies = Table(title=f"On the {scores.matched} matched events")
        for column in ("field", "accuracy", "n"):
            accuracies.add_column(column, justify="left" if column == "field" else "right")
        for name in ("date", "root", "polarity", "speaker"):
            accuracies.add_row(name, f"{getattr(scores, f'{name}_accuracy'):.3f}", str(getattr(scores, f"{name}_n")))
        console.print(accuracies)
        phenomena = Table(title="Recall by phenomenon")
        for column in ("phenomenon", "matched", "gold", "recall"):
            phenomena.add_column(column, justify="left" if column == "phenomenon" else "right")
        for tag, (found, total) in scores.by_phenomenon.items():
            phenomena.add_row(tag, str(found), str(total), f"{found / total:.3f}")
        console.print(phenomena)
    if errors:
        console.print(_errors_table(scores.errors))


def _prf_dict(prf: PRF) -> dict[str, float | int]:
    return {"tp": prf.tp, "fp": prf.fp, "fn": prf.fn, "precision": round(prf.precision, 4),
            "recall": round(prf.recall, 4), "f1": round(prf.f1, 4)}


def scores_dict(scores: PloverScores | ProjectScores) -> dict[str, Any]:
    """The figures as plain JSON-able data (``kg eval --json``); error lines are left out.

    Examples
    --------
    >>> scores_dict(score_plover([], {}))["dyad"]["f1"]
    0.0
    """
    if isinstance(scores, PloverScores):
        return {
            "gold": "plover",
            "sentences": scores.sentences,
            "dyad": _prf_dict(scores.dyad),
            "triple": _prf_dict(scores.triple),
            "type_macro_f1": round(scores.type_macro_f1, 4),
            "per_type": {name: _prf_dict(prf) for name, prf in scores.per_type.items()},
            "errors": len(scores.errors),
        }
    return {
        "gold": "project",
        "articles": scores.articles,
        "gold_events": scores.gold_events,
        "predicted_events": scores.predicted_events,
        "untargeted": scores.untargeted,
        "matched": scores.matched,
        "dated_event": _prf_dict(scores.dated_event),
        "dyad": _prf_dict(scores.dyad),
        "accuracy": {
            name: {"accuracy": round(getattr(scores, f"{name}_accuracy"), 4), "n": getattr(scores, f"{name}_n")}
            for name in ("date", "root", "polarity", "speaker")
        },
        "by_phenomenon": {tag: {"matched": found, "gold": total} for tag, (found, total) in scores.by_phenomenon.items()},
        "errors": len(scores.errors),
    }
