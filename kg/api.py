"""The Python API behind ``kg.open`` and ``kg.extract``: plain calls over the pipeline steps."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from kg import __version__
from kg.article import Article, ReadFailure
from kg.event import Event
from kg.actors.gazetteer import Gazetteer
from kg.actors.learned import LearnedActors, people_taught
from kg.actors.learned_graph import learned_quads, load_learned
from kg.extract import RULES_VERSION, default_extractor
from kg.extract.events import Extractor
from kg.readers import read_paths, read_text

EXTRACTOR_VERSION = f"diplo-kg/{__version__} ({RULES_VERSION})"


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"published must be an ISO date such as 2026-02-13, not {value!r}") from error


def extract_text(text: str, *, published: date | str | None = None, article_id: str | None = None,
                 model: str | None = None) -> list[dict]:
    """Records of the event contract for one article's text (see ``kg.extract``)."""
    article = read_text(text, origin="<text>", article_id=article_id, published=_as_date(published))
    return [event.to_record() for event in default_extractor(model).extract(article)]


def extract_articles(articles: Iterable[Article | ReadFailure], *, model: str | None = None,
                     learned: LearnedActors | None = None
                     ) -> Iterator[tuple[Article | ReadFailure, list[Event] | str]]:
    """Events per article; a failure (unreadable input, or an error while extracting) comes back
    as a reason string so that the other articles go on."""
    extractor = None
    for item in articles:
        if isinstance(item, Article) and item.text.strip() and extractor is None:
            extractor = default_extractor(model)
        yield item, _extract_one(extractor, item, learned)


def _extract_one(extractor: Extractor | None, item: Article | ReadFailure,
                 learned: LearnedActors | None) -> list[Event] | str:
    if isinstance(item, ReadFailure):
        return item.reason
    if extractor is None or not item.text.strip():
        return "empty article: there is no text to extract from"
    if len(item.text) > extractor.nlp.max_length:
        return (f"the article is {len(item.text):,} characters long, more than the {extractor.nlp.max_length:,} "
                "one parse can take; split it into separate articles")
    try:
        return extractor.extract(item, learned)
    except Exception as error:  # one bad article must not stop the others
        return f"extraction failed: {type(error).__name__}: {error}"


@dataclass
class IngestReport:
    """What an ingest did: articles stored, events extracted, and each failure with its reason."""

    articles: int = 0
    events: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)


class KnowledgeGraph:
    """A diplo-kg graph in a store: ingest articles, query with SPARQL, project, view."""

    def __init__(self, store: Any) -> None:
        self.store = store

    @classmethod
    def open(cls, target: str | Path | None = None, *, read_only: bool = False) -> KnowledgeGraph:
        """``read_only`` opens an Oxigraph folder for reading alongside a process that writes it
        (``kg serve``, an ingest), and refuses a folder that holds no store."""
        from kg.store import open_store

        return cls(open_store(target, read_only=read_only))

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    def ingest(self, paths: Iterable[str | Path] | str | Path, *, model: str | None = None,
               progress: Callable[[str, int | str], None] | None = None) -> IngestReport:
        """Read, extract and store every article under ``paths`` (files, folders, ``-``).

        Re-ingesting an article replaces its named graph. ``progress`` is called
        with each article's origin and its event count, or the failure reason.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        report = IngestReport()
        ingested_at = datetime.now(timezone.utc)
        learned = load_learned(self.store)
        gazetteer = Gazetteer.default()
        # the generator extracts each article after the one before it is stored, so people an
        # article introduces are known to the next
        for item, result in extract_articles(read_paths(paths), model=model, learned=learned):
            name = f"{item.id} ({item.origin})" if isinstance(item, Article) else item.origin
            if isinstance(result, str):
                report.failures.append((name, result))
            else:
                # people this article introduced ("Ambassador … Nozdrev"), for later articles
                taught = people_taught(result, lambda n: _known(n, gazetteer, learned, item.published))
                extra = [quad for person in taught for quad in learned_quads(person, item.id, item.published)]
                try:
                    self.store.replace_article(item, result, extractor_version=EXTRACTOR_VERSION,
                                               ingested_at=ingested_at, extra=extra)
                except Exception as error:
                    result = f"could not be stored: {error}"
                    report.failures.append((name, result))
                else:
                    report.articles += 1
                    report.events += len(result)
                    learned.add(taught)
            if progress is not None:
                progress(name, result if isinstance(result, str) else len(result))
        return report

    def remove(self, article_id: str) -> bool:
        """Delete one article and everything extracted from it; False when it was not there."""
        return self.store.remove_article(article_id)

    # -- reading -------------------------------------------------------------------------
    def query(self, sparql: str, **params: object) -> pd.DataFrame:
        """Run SPARQL; ``params`` are bound to ``?name`` variables as RDF terms, never pasted in."""
        from kg.query import run

        return run(self.store, sparql, params)

    def named(self, name: str, **params: str) -> pd.DataFrame:
        """Run one of the shipped named queries (``kg query --name``)."""
        from kg.query import run_named

        return run_named(self.store, name, params)

    def events(self, *, actor: str | None = None, since: date | str | None = None,
               until: date | str | None = None) -> pd.DataFrame:
        """One row per event, optionally about one state and within dates."""
        from kg.query import events_frame

        return events_frame(self.store, actor=actor, since=_as_date(since), until=_as_date(until))

    def stats(self) -> dict[str, Any]:
        from kg.query import stats

        return stats(self.store)

    def to_networkx(self, *, kind: str = "dyads", **filters: Any):
        """A NetworkX view: ``kind="dyads"`` (DiGraph, one edge per dyad) or ``"events"`` (MultiDiGraph)."""
        from kg import graph

        events = self.events(**filters)
        if kind == "dyads":
            return graph.dyad_graph(events)
        if kind == "events":
            return graph.event_graph(events)
        raise ValueError(f"kind must be 'dyads' or 'events', not {kind!r}")

    def view(self, out: str | Path, *, kind: str = "states", title: str | None = None,
             centre: str | None = None, dyad: tuple[str, str] | None = None, colour_by: str = "kind",
             **filters: Any) -> Path:
        """Write an interactive HTML view (offline, escaped) of the events that match ``filters``:
        ``kind`` is ``states``, ``people``, ``ego`` (around ``centre``) or ``dyad`` (two codes)."""
        from kg.views import write_view

        events = self.events(**filters)
        codes = set(events["source_country"].dropna()) | set(events["target_country"].dropna())
        for code in ([centre] if kind == "ego" and centre else []) + (list(dyad) if kind == "dyad" and dyad else []):
            if code not in codes:
                raise ValueError(f"no events involve {code!r}; use a state or organisation code that the "
                                 "graph has (`kg dyads` lists them)")
        return write_view(events, out, kind=kind, title=title, centre=centre, dyad=dyad, colour_by=colour_by)

    def export(self, out, fmt: str = "turtle") -> None:
        """Write the whole graph to a binary stream as turtle, trig, nquads or jsonld."""
        self.store.export(out, fmt)


def _known(name: str, gazetteer: Gazetteer, learned: LearnedActors, on: date | None) -> bool:
    entry = gazetteer.lookup(name, on=on)
    return (entry is not None and entry.kind == "person") or learned.lookup(name, on=on) is not None


def evaluate_file(gold_path: Path, *, articles: Path | None = None, model: str | None = None):
    """Extract what a gold file covers and score it (``kg eval``).

    A project gold names articles by id; they are read from ``articles`` (by
    default the ``articles/`` folder beside the gold file). A PLOVER gold
    holds single sentences; each is extracted as an undated article.
    """
    from kg.eval import load_gold, score_plover, score_project

    kind, rows = load_gold(Path(gold_path))
    predicted: dict[str, list[dict]] = {}
    if kind == "plover":
        extractor = default_extractor(model)
        for row in rows:
            article = Article(id=row["id"], text=row["text"], origin=str(gold_path))
            predicted[row["id"]] = [e.to_record() for e in extractor.extract(article)]
        return score_plover(rows, predicted)
    folder = Path(articles) if articles else Path(gold_path).parent / "articles"
    if not folder.is_dir():
        raise ValueError(f"the articles of {gold_path} are not in {folder}; name their folder with --articles")
    wanted = {row["article"] for row in rows}
    for item, result in extract_articles(read_paths([folder]), model=model):
        if isinstance(item, Article) and item.id in wanted and not isinstance(result, str):
            predicted[item.id] = [e.to_record() for e in result]
    missing = wanted - predicted.keys()
    if missing:
        raise ValueError(f"gold names articles that are not in {folder}: {', '.join(sorted(missing))}")
    return score_project(rows, predicted)
