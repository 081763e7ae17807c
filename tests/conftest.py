"""Shared fixtures for the end-to-end tests of the command line, the API and the event contract.

The sample corpus (``examples/articles``) is ingested once per session into a
memory graph and once into an Oxigraph folder; tests that only read share
them, tests that write build their own small graph. Everything here needs the
spaCy model, so the tests that use these fixtures are marked ``slow``.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

import kg
from kg.api import IngestReport, KnowledgeGraph
from kg.event import IGO_CODES

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "articles"
TASS_ARTICLE = EXAMPLES / "tass-2026-02-13-zinoviev-seoul.txt"
BAD_INPUTS = ROOT / "tests" / "data" / "bad"
HOSTILE_ARTICLE = ROOT / "tests" / "data" / "hostile" / "tass-2026-03-20-zakharova-embassy-posts.txt"
#: The ``kg`` console script of the interpreter running the tests.
KG_COMMAND = Path(sys.executable).parent / "kg"

#: The keys of an event record, in the order docs/event-record.md lists them.
CONTRACT_KEYS = ("article", "event", "span", "sentence", "source", "target", "date", "date_precision",
                 "published", "cameo", "root", "plover", "goldstein", "quad", "polarity", "negated",
                 "verb", "statement")
ACTOR_KEYS = frozenset({"name", "country", "id", "role", "kind"})
ACTOR_KINDS = frozenset({"person", "country", "organization", "group"})
#: The sixteen PLOVER event types.
PLOVER_TYPES = frozenset("ACCUSE AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE MOBILIZE PROTEST "
                         "REJECT REQUEST RETREAT SANCTION SUPPORT THREATEN".split())
DATE_FORMATS = {"day": re.compile(r"\d{4}-\d{2}-\d{2}"), "month": re.compile(r"\d{4}-(0[1-9]|1[0-2])"),
                "year": re.compile(r"\d{4}")}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
STATE_CODE = re.compile(r"[A-Z]{3}")
CAMEO_CODE = re.compile(r"\d{2,4}")

def _is_int(value: object) -> bool:
    return type(value) is int


def _is_calendar_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _cameo_table() -> dict[str, dict[str, str]]:
    """The project's CAMEO codebook: the Goldstein, QuadClass and PLOVER table records must follow."""
    with (ROOT / "kg" / "data" / "cameo.csv").open(encoding="utf-8", newline="") as stream:
        return {row["code"]: row for row in csv.DictReader(stream)}


def _actor_problems(side: str, actor: object) -> list[str]:
    if not isinstance(actor, dict):
        return [f"{side} is {type(actor).__name__}, not an object"]
    problems = []
    if set(actor) != ACTOR_KEYS:
        problems.append(f"{side} has keys {sorted(actor)}, not {sorted(ACTOR_KEYS)}")
    if not (isinstance(actor.get("name"), str) and actor["name"].strip()):
        problems.append(f"{side}.name {actor.get('name')!r} is not a non-empty string")
    if not (isinstance(actor.get("id"), str) and actor["id"]):
        problems.append(f"{side}.id {actor.get('id')!r} is not a non-empty string")
    if actor.get("role") is not None and not isinstance(actor["role"], str):
        problems.append(f"{side}.role {actor['role']!r} is neither a string nor null")
    if actor.get("kind") not in ACTOR_KINDS:
        problems.append(f"{side}.kind {actor.get('kind')!r} is not one of {sorted(ACTOR_KINDS)}")
    country = actor.get("country")
    if country is not None and not (isinstance(country, str)
                                    and (STATE_CODE.fullmatch(country) or country in IGO_CODES)):
        problems.append(f"{side}.country {country!r} is neither an alpha-3 code, an IGO code nor null")
    return problems


def contract_problems(record: dict, text: str | None, cameo: dict[str, dict[str, str]]) -> list[str]:
    """Every way ``record`` breaks the event contract; ``text`` is its article's text, when known."""
    if tuple(record) != CONTRACT_KEYS:
        return [f"keys {list(record)} are not the contract's {list(CONTRACT_KEYS)}"]
    problems: list[str] = []
    for key in ("article", "sentence", "statement"):
        if not isinstance(record[key], str):
            problems.append(f"{key} is {type(record[key]).__name__}, not a string")
    if not (isinstance(record["verb"], str) and record["verb"].strip()):
        problems.append(f"verb {record['verb']!r} is not a non-empty string")
    if not (isinstance(record["event"], str) and record["event"].startswith("https://")):
        problems.append(f"event {record['event']!r} is not an https IRI")
    span = record["span"]
    if not (isinstance(span, list) and len(span) == 2 and all(map(_is_int, span)) and 0 <= span[0] < span[1]):
        problems.append(f"span {span!r} is not [start, end) with 0 <= start < end")
    elif text is not None and text[span[0]:span[1]] != record["sentence"]:
        problems.append(f"text[{span[0]}:{span[1]}] is {text[span[0]:span[1]]!r}, "
                        f"not the sentence {record['sentence']!r}")
    problems += _actor_problems("source", record["source"])
    if record["target"] is not None:
        problems += _actor_problems("target", record["target"])
    precision, when = record["date_precision"], record["date"]
    if (precision, when) != (None, None):
        pattern = DATE_FORMATS.get(precision)
        if pattern is None or not isinstance(when, str) or not pattern.fullmatch(when):
            problems.append(f"date {when!r} does not have the precision {precision!r}")
        elif precision == "day" and not _is_calendar_day(when):
            problems.append(f"date {when!r} is not a day of the calendar")
    published = record["published"]
    if published is not None and not (isinstance(published, str) and ISO_DAY.fullmatch(published)
                                      and _is_calendar_day(published)):
        problems.append(f"published {published!r} is not a YYYY-MM-DD date or null")
    code = record["cameo"]
    if not (isinstance(code, str) and CAMEO_CODE.fullmatch(code)):
        problems.append(f"cameo {code!r} is not a string of 2 to 4 digits")
    elif record["root"] != code[:2]:
        problems.append(f"root {record['root']!r} is not the first two digits of cameo {code}")
    elif code not in cameo:
        problems.append(f"cameo {code} is not in kg/data/cameo.csv")
    else:
        row = cameo[code]
        if (record["goldstein"], record["quad"], record["plover"]) != (
                float(row["goldstein"]), int(row["quad"]), row["plover"] or None):
            problems.append(f"goldstein/quad/plover {record['goldstein']}/{record['quad']}/{record['plover']} "
                            f"differ from the codebook's {row['goldstein']}/{row['quad']}/{row['plover']}")
    if record["plover"] is not None and record["plover"] not in PLOVER_TYPES:
        problems.append(f"plover {record['plover']!r} is not a PLOVER event type")
    goldstein = record["goldstein"]
    if not (isinstance(goldstein, float) and -10.0 <= goldstein <= 10.0):
        problems.append(f"goldstein {goldstein!r} is not a float in [-10, 10]")
    if not (_is_int(record["quad"]) and 0 <= record["quad"] <= 4):
        problems.append(f"quad {record['quad']!r} is not an int 0..4")
    if not (_is_int(record["polarity"]) and record["polarity"] in (-1, 0, 1)):
        problems.append(f"polarity {record['polarity']!r} is not -1, 0 or 1")
    if type(record["negated"]) is not bool:
        problems.append(f"negated {record['negated']!r} is not a boolean")
    return problems


@pytest.fixture(scope="session")
def check_record() -> Callable[[dict, str | None], list[str]]:
    """``check_record(record, text)`` → the list of the record's breaches of the event contract."""
    cameo = _cameo_table()
    return lambda record, text=None: contract_problems(record, text, cameo)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture(scope="session")
def tass_article() -> Path:
    return TASS_ARTICLE


@pytest.fixture(scope="session")
def bad_inputs() -> Path:
    return BAD_INPUTS


@pytest.fixture(scope="session")
def hostile_article() -> Path:
    return HOSTILE_ARTICLE


@pytest.fixture(scope="session")
def kg_command() -> Path:
    assert KG_COMMAND.exists(), f"no kg command beside {sys.executable}; pip install -e . first"
    return KG_COMMAND


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


def _ingest_examples(spec: str) -> tuple[KnowledgeGraph, IngestReport]:
    graph = kg.open(spec)
    return graph, graph.ingest([EXAMPLES])


@pytest.fixture(scope="session")
def _memory_ingest() -> Iterator[tuple[KnowledgeGraph, IngestReport]]:
    graph, report = _ingest_examples("memory")
    yield graph, report
    graph.close()


@pytest.fixture(scope="session")
def oxigraph_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("oxigraph") / "kgdata"


@pytest.fixture(scope="session")
def _oxigraph_ingest(oxigraph_folder: Path) -> Iterator[tuple[KnowledgeGraph, IngestReport]]:
    graph, report = _ingest_examples(str(oxigraph_folder))
    yield graph, report
    graph.close()


@pytest.fixture(scope="session")
def memory_graph(_memory_ingest: tuple[KnowledgeGraph, IngestReport]) -> KnowledgeGraph:
    """The sample corpus in an in-memory store; read it, do not write to it."""
    return _memory_ingest[0]


@pytest.fixture(scope="session")
def memory_report(_memory_ingest: tuple[KnowledgeGraph, IngestReport]) -> IngestReport:
    return _memory_ingest[1]


@pytest.fixture(scope="session")
def oxigraph_graph(_oxigraph_ingest: tuple[KnowledgeGraph, IngestReport]) -> KnowledgeGraph:
    """The sample corpus in an Oxigraph folder, held open for the session; read it, do not write to it."""
    return _oxigraph_ingest[0]


@pytest.fixture(scope="session")
def oxigraph_report(_oxigraph_ingest: tuple[KnowledgeGraph, IngestReport]) -> IngestReport:
    return _oxigraph_ingest[1]


@pytest.fixture(params=["memory", "oxigraph"])
def sample_graph(request: pytest.FixtureRequest) -> KnowledgeGraph:
    """The sample corpus in each backend in turn."""
    return request.getfixturevalue(f"{request.param}_graph")
