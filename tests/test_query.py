"""kg.query: named queries, bound parameters and typed frames, on both stores.

The store holds the hand-built corpus of tests/store/conftest.py: six events
(Zinoviev→KOR 2026-02-13, Zinoviev→USA 2026-02, KOR ministry→RUS 2026-03-01,
Lavrov→KOR 2026-03-01, UN→PRK 2026, China→nobody undated).
"""

from __future__ import annotations

import doctest
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import kg.query
from kg.query import (EVENT_COLUMNS, events_frame, named_queries, parse_named_query, run, run_named,
                      stats)
from kg.store import MemoryStore, OxigraphStore, Store
from store.conftest import HOSTILE, fill  # tests/ is on sys.path under pytest's default import mode


@pytest.fixture(params=["memory", "oxigraph"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend = MemoryStore() if request.param == "memory" else OxigraphStore(tmp_path / "kgdata")
    with backend:
        yield fill(backend)


def test_named_queries_load_and_document_their_parameters() -> None:
    queries = named_queries()
    assert {"who-said-what", "dyad-summary", "actor-timeline", "statements-about", "events",
            "counts"} <= set(queries)
    for name, query in queries.items():
        assert query.name == name
        assert len(query.description) > 20
        assert all(len(description) > 10 for description in query.params.values())
    who = queries["who-said-what"]
    assert list(who.params) == ["actor", "target", "since", "until"]
    assert who.required == []
    assert who.param_types == {"actor": "code", "target": "code", "since": "date", "until": "date"}
    assert "(default: any)" in who.params["actor"]
    assert queries["actor-timeline"].required == ["actor"]
    assert queries["statements-about"].required == ["target"]


@pytest.mark.parametrize("text, message", [
    ("# description: no name\nSELECT * {}", "name"),
    ("# name: q\n# description: d\n# param: who (code) — someone\nSELECT * {}", r"\?whoParam"),
    ("# name: q\n# description: d\n# param: who (colour) — someone\nSELECT ?whoParam {}", "colour"),
    ("# name: q\n# description: d\n# param: who\nSELECT ?whoParam {}", "cannot read"),
])
def test_a_badly_documented_query_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_named_query(text)


def test_who_said_what_with_and_without_filters(store: Store) -> None:
    everything = run_named(store, "who-said-what")
    assert list(everything.columns) == ["speaker", "country", "target", "target_name", "date", "verb",
                                        "statement", "sentence", "article"]
    assert everything["speaker"].tolist() == [
        "Sergei Lavrov", "South Korean Foreign Ministry", "Georgy Zinoviev", "Georgy Zinoviev",
        "United Nations", "China"]
    russian = run_named(store, "who-said-what", {"actor": "rus", "target": "KOR"})
    assert russian[["speaker", "target"]].values.tolist() == [["Sergei Lavrov", "KOR"],
                                                               ["Georgy Zinoviev", "KOR"]]
    window = run_named(store, "who-said-what", {"since": "2026-02-10", "until": "2026-02-28"})
    assert window["date"].tolist() == [pd.Timestamp("2026-02-13")]
    assert window["article"].tolist() == ["tass-2026-02-13-0001"]


def test_dyad_summary(store: Store) -> None:
    frame = run_named(store, "dyad-summary")
    assert frame[["source", "target", "events"]].values.tolist() == [
        ["RUS", "KOR", 2], ["KOR", "RUS", 1], ["RUS", "USA", 1], ["UN", "PRK", 1]]
    first = frame.iloc[0]
    assert first["mean_goldstein"] == pytest.approx(2.2)
    assert (first["cooperative"], first["conflictual"]) == (2, 0)
    assert (first["first"], first["last"]) == (pd.Timestamp("2026-02-13"), pd.Timestamp("2026-03-01"))
    assert frame.iloc[3]["first"] == pd.Timestamp("2026-01-01")
    assert len(run_named(store, "dyad-summary", {"actor": "KOR"})) == 2


def test_actor_timeline(store: Store) -> None:
    frame = run_named(store, "actor-timeline", {"actor": "RUS"})
    assert frame["month"].tolist() == [pd.Timestamp("2026-02-01"), pd.Timestamp("2026-03-01")]
    assert frame["events"].tolist() == [2, 1]
    assert frame["mean_goldstein"].tolist() == pytest.approx([1.5, 1.0])
    assert frame["conflictual"].tolist() == [1, 0]
    assert run_named(store, "actor-timeline", {"actor": "UN"}).empty  # dated to a year only


def test_statements_about(store: Store) -> None:
    frame = run_named(store, "statements-about", {"target": "KOR"})
    assert frame[["speaker", "source"]].values.tolist() == [["Sergei Lavrov", "RUS"],
                                                            ["Georgy Zinoviev", "RUS"]]
    assert frame["quote"].iloc[1].startswith("The peoples of Russia")
    assert frame["url"].tolist()[1] == "https://tass.example/2026/02/13/1"


def test_frames_have_typed_columns(store: Store) -> None:
    frame = run_named(store, "dyad-summary")
    assert str(frame["first"].dtype) == "datetime64[ns]"
    assert frame["events"].dtype == "int64"
    assert frame["mean_goldstein"].dtype == "float64"
    assert pd.api.types.is_string_dtype(frame["source"])
    events = events_frame(store)
    assert events["negated"].dtype == bool
    assert events["quad"].dtype == "int64"
    assert str(events["published"].dtype) == "datetime64[ns]"


def test_run_binds_parameters_and_drops_their_columns(store: Store) -> None:
    sparql = ("SELECT ?name ?code WHERE { GRAPH ?g { ?a <https://w3id.org/diplo-kg/ontology#country> ?code ; "
              "<http://www.w3.org/2000/01/rdf-schema#label> ?name } } ORDER BY ?name")
    frame = run(store, sparql, {"code": "KOR"})
    assert list(frame.columns) == ["name"]
    assert frame["name"].tolist() == ["Republic of Korea", "Republic of Korea", "South Korean Foreign Ministry"]
    before = store.triple_count()
    assert run(store, sparql, {"code": HOSTILE}).empty
    assert run_named(store, "who-said-what", {"actor": HOSTILE}).empty
    assert store.triple_count() == before


def test_parameter_errors_say_what_is_accepted(store: Store) -> None:
    with pytest.raises(ValueError, match="accepts: actor, target, since, until"):
        run_named(store, "who-said-what", {"speaker": "Lavrov"})
    with pytest.raises(ValueError, match="needs the parameter actor"):
        run_named(store, "actor-timeline")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        run_named(store, "who-said-what", {"since": "last week"})
    with pytest.raises(ValueError, match="choose one of: .*who-said-what"):
        run_named(store, "who-said-who")


def test_events_frame_columns_and_filters(store: Store) -> None:
    frame = events_frame(store)
    assert tuple(frame.columns) == EVENT_COLUMNS
    assert len(frame) == 6
    assert frame["date"].isna().tolist() == [False] * 5 + [True]
    zinoviev = frame[frame["source_name"] == "Georgy Zinoviev"].iloc[0]
    assert (zinoviev["source_kind"], zinoviev["target_kind"]) == ("person", "country")
    assert zinoviev["agency"] == "TASS" and zinoviev["title"] == "Envoy praises friendship"
    ministry = frame[frame["source_country"] == "KOR"].iloc[0]
    assert ministry["source_kind"] == "organization"
    undated = frame.iloc[5]
    assert undated["source_country"] == "CHN" and pd.isna(undated["target"])
    korea = events_frame(store, actor="KOR")
    assert sorted(korea["source_name"]) == ["Georgy Zinoviev", "Sergei Lavrov",
                                            "South Korean Foreign Ministry"]
    march = events_frame(store, since=date(2026, 3, 1), until=date(2026, 3, 31))
    assert sorted(march["source_name"]) == ["Sergei Lavrov", "South Korean Foreign Ministry"]
    assert events_frame(store, actor="FRA").empty
    assert tuple(events_frame(store, actor="FRA").columns) == EVENT_COLUMNS


def test_stats(store: Store) -> None:
    summary = stats(store, top=2)
    assert {key: summary[key] for key in ("articles", "events", "actors")} == \
        {"articles": 3, "events": 6, "actors": 9}
    assert summary["triples"] == store.triple_count() > 0
    assert summary["top_dyads"] == [("RUS", "KOR", 2), ("KOR", "RUS", 1)]


def test_doctests() -> None:
    assert doctest.testmod(kg.query).failed == 0
