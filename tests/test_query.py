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
    # UN→PRK is dated only to 2026 and RUS→USA to 2026-02: each date is shown as stored.
    assert (first["first"], first["last"]) == ("2026-02-13", "2026-03-01")
    assert frame.iloc[2]["first"] == "2026-02" and frame.iloc[3]["first"] == "2026"
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
    frame = run_named(store, "dyad-summary", {"actor": "KOR"})  # every date a day
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


def test_dates_keep_the_precision_they_were_stored_at(store: Store) -> None:
    events = events_frame(store)
    assert list(events.columns[2:4]) == ["date", "date_precision"]
    assert sorted(events["date_precision"].dropna()) == ["day", "day", "day", "month", "year"]
    year_only = events[events["date_precision"] == "year"].iloc[0]
    assert year_only["source_country"] == "UN" and year_only["date"] == pd.Timestamp("2026-01-01")
    assert pd.isna(events.iloc[5]["date_precision"])  # the undated event
    said = run_named(store, "who-said-what")
    assert said["date"].tolist()[:5] == ["2026-03-01", "2026-03-01", "2026-02-13", "2026-02", "2026"]
    assert pd.isna(said["date"].iloc[5])
    contact = run_named(store, "first-last-contact", {"a": "USA", "b": "RUS"}).iloc[0]
    assert (contact["first"], contact["last"], contact["events"]) == ("2026-02", "2026-02", 1)
    speakers = run_named(store, "top-speakers").set_index("speaker")
    # A column of days stays typed; a column holding a month is text.
    assert speakers.loc["Georgy Zinoviev", ["first", "last"]].tolist() == [
        "2026-02", pd.Timestamp("2026-02-13")]
    assert pd.isna(speakers.loc["China", "first"]) and pd.isna(speakers.loc["China", "last"])


def test_stats(store: Store) -> None:
    summary = stats(store, top=2)
    assert {key: summary[key] for key in ("articles", "events", "actors")} == \
        {"articles": 3, "events": 6, "actors": 9}
    assert summary["triples"] == store.triple_count() > 0
    assert summary["top_dyads"] == [("RUS", "KOR", 2), ("KOR", "RUS", 1)]


def test_doctests() -> None:
    assert doctest.testmod(kg.query).failed == 0


# ---------------------------------------------------------------- the sample corpus
# Each named query answers a question about examples/articles, ingested by the fixtures of
# tests/conftest.py into both stores. The answers are checked against the articles' facts
# and against one another, so that a query that drifts from its description fails.

SAMPLE_CHECKED = {"who-said-what", "statements-by", "statements-about", "dyad-summary", "dyad-by-month",
                  "tone-over-time", "first-last-contact", "top-speakers", "quotes-containing",
                  "events-by-root", "articles-by-agency", "actors-by-role", "actor-timeline", "counts",
                  "events"}
TASS_ARTICLES = {"tass-2026-02-13-zinoviev-seoul", "tass-2026-03-11-zakharova-tokyo-sanctions",
                 "tass-2026-06-17-persona-non-grata"}


def test_every_named_query_is_checked_on_the_sample() -> None:
    assert set(named_queries()) == SAMPLE_CHECKED


def _month_dated(graph, source: str, target: str) -> int:
    """How many source→target events are dated to a month or a day."""
    frame = graph.query("""
        PREFIX dkg: <https://w3id.org/diplo-kg/ontology#>
        SELECT (COUNT(DISTINCT ?e) AS ?n) ?source ?target WHERE {
          ?e dkg:actor/dkg:country ?source ; dkg:target/dkg:country ?target ; dkg:datePrecision ?precision .
          FILTER(?precision != "year") } GROUP BY ?source ?target""", source=source, target=target)
    return int(frame["n"].sum())


def _dated_dyad(events: pd.DataFrame, source: str, target: str) -> pd.DataFrame:
    return events[(events["source_country"] == source) & (events["target_country"] == target)
                  & events["date"].notna()]


@pytest.mark.slow
def test_sample_who_said_what_and_statements_about(sample_graph) -> None:
    frame = sample_graph.named("who-said-what", actor="RUS", target="KOR")
    assert set(frame["country"]) == {"RUS"} and set(frame["target"]) == {"KOR"}
    assert frame["date"].is_monotonic_decreasing
    zinoviev = frame[frame["speaker"] == "Georgy Zinoviev"]
    assert "tass-2026-02-13-zinoviev-seoul" in set(zinoviev["article"])
    assert "2026-02-13" in set(zinoviev["date"])
    assert "1990" in set(frame["date"])  # the year relations began, not 1990-01-01
    about = sample_graph.named("statements-about", target="KOR")
    assert {"Georgy Zinoviev", "Sergei Lavrov", "Marco Rubio"} <= set(about["speaker"])
    assert set(frame["statement"]) <= set(about["quote"])


@pytest.mark.slow
def test_sample_statements_by_a_state_and_its_officials(sample_graph) -> None:
    frame = sample_graph.named("statements-by", actor="RUS")
    kinds = dict(zip(frame["speaker"], frame["speaker_kind"]))
    assert kinds["Sergei Lavrov"] == "person" and kinds["Russia"] == "state"
    korean = sample_graph.named("statements-by", actor="KOR")
    assert dict(zip(korean["speaker"], korean["speaker_kind"]))["presidential office"] == "institution"
    assert set(frame.loc[frame["speaker"] == "Sergei Lavrov", "role"]) == {"foreign minister"}
    assert any("door is open" in quote for quote in frame["quote"])
    assert not {"Wang Yi", "Marco Rubio"} & set(frame["speaker"])
    assert str(frame["date"].dtype) == "datetime64[ns]"


@pytest.mark.slow
def test_sample_dyad_summary_by_month_and_tone(sample_graph) -> None:
    events = sample_graph.events()
    dyad = _dated_dyad(events, "RUS", "KOR")
    monthly = sample_graph.named("dyad-by-month", source="RUS", target="KOR")
    assert monthly["month"].is_monotonic_increasing and pd.Timestamp("2026-02-01") in set(monthly["month"])
    assert monthly["events"].sum() == _month_dated(sample_graph, "RUS", "KOR") < len(dyad)
    tone = sample_graph.named("tone-over-time", source="RUS", target="KOR")
    assert tone["month"].tolist() == monthly["month"].tolist()
    assert tone["events"].tolist() == monthly["events"].tolist()
    assert tone["mean_goldstein"].tolist() == pytest.approx(monthly["mean_goldstein"].tolist())
    assert ((tone["lowest_goldstein"] <= tone["mean_goldstein"])
            & (tone["mean_goldstein"] <= tone["highest_goldstein"])).all()
    assert tone["mean_polarity"].between(-1, 1).all() and tone["mean_polarity"].dtype == "float64"
    february = dyad[(dyad["date"].dt.month == 2) & (dyad["date"].dt.year == 2026)]
    assert tone.set_index("month").loc["2026-02-01", "mean_polarity"] == pytest.approx(february["polarity"].mean())
    summary = sample_graph.named("dyad-summary", actor="RUS")
    row = summary[(summary["source"] == "RUS") & (summary["target"] == "KOR")].iloc[0]
    assert row["events"] == len(events[(events["source_country"] == "RUS") & (events["target_country"] == "KOR")])
    everything = sample_graph.named("dyad-by-month")
    assert set(zip(everything["source"], everything["target"])) <= set(zip(summary["source"], summary["target"])) | \
        set(zip(sample_graph.named("dyad-summary")["source"], sample_graph.named("dyad-summary")["target"]))


@pytest.mark.slow
def test_sample_actor_timeline_and_counts(sample_graph) -> None:
    events = sample_graph.events()
    timeline = sample_graph.named("actor-timeline", actor="CHN")
    chinese = events[(events["source_country"] == "CHN") & events["date"].notna()]
    assert 0 < timeline["events"].sum() <= len(chinese)
    assert timeline["month"].is_monotonic_increasing
    counts = sample_graph.named("counts").iloc[0]
    assert counts["articles"] == 24 and counts["events"] == len(events)


@pytest.mark.slow
def test_sample_first_and_last_contact(sample_graph) -> None:
    events = sample_graph.events()
    pair = pd.concat([_dated_dyad(events, "RUS", "KOR"), _dated_dyad(events, "KOR", "RUS")])
    [row] = sample_graph.named("first-last-contact", a="KOR", b="RUS").to_dict("records")
    assert (row["first"], row["last"], row["events"]) == ("1990", pd.Timestamp("2026-10-27"), len(pair))
    assert set(pair.loc[pair["date"] == pair["date"].min(), "date_precision"]) == {"year"}
    assert row["last_article"] == "yonhap-2026-10-27-seoul-moscow-consultations"
    assert row["first_article"] in set(pair.loc[pair["date"] == pair["date"].min(), "article"])
    assert sample_graph.named("first-last-contact", a="KOR", b="FRA").empty or \
        sample_graph.named("first-last-contact", a="KOR", b="FRA")["events"].tolist() == [0]


@pytest.mark.slow
def test_sample_most_active_speakers(sample_graph) -> None:
    frame = sample_graph.named("top-speakers")
    assert frame["statements"].is_monotonic_decreasing
    assert {"Georgy Zinoviev", "Wang Yi", "Sergei Lavrov"} <= set(frame["speaker"].head(5))
    chinese = sample_graph.named("top-speakers", actor="CHN", minimum="2")
    assert set(chinese["country"]) == {"CHN"} and (chinese["statements"] >= 2).all()
    assert "Wang Yi" in set(chinese["speaker"])
    # a month-precision date (Xi's summit "last November") keeps its precision: the column is text
    assert chinese["first"].notna().all()
    first = dict(zip(chinese["speaker"], chinese["first"].astype(str)))
    assert first["Xi Jinping"] == "2025-11" and first["Lin Jian"] == "2026-02-10"


@pytest.mark.slow
def test_sample_quotes_containing_a_phrase(sample_graph) -> None:
    frame = sample_graph.named("quotes-containing", phrase="SANCTIONS")
    assert len(frame) >= 3 and all("sanctions" in quote.lower() for quote in frame["quote"])
    assert ("Maria Zakharova", "JPN") in set(zip(frame["speaker"], frame["target"]))
    before = sample_graph.store.triple_count()
    assert sample_graph.named("quotes-containing", phrase=HOSTILE).empty
    assert sample_graph.store.triple_count() == before


@pytest.mark.slow
def test_sample_events_by_cameo_root(sample_graph) -> None:
    frame = sample_graph.named("events-by-root", root="04", actor="JPN")
    assert frame["cameo"].str.startswith("04").all()
    assert ((frame["source"] == "JPN") | (frame["target"] == "JPN")).all()
    talks = frame[frame["date"] == pd.Timestamp("2026-01-09")]
    assert {"Cho Hyun", "Toshimitsu Motegi"} <= set(talks["source_name"])
    assert frame["goldstein"].dtype == "float64"
    every_root = sample_graph.named("events-by-root", root="04")
    assert len(every_root) == (sample_graph.events()["root"] == "04").sum()


@pytest.mark.slow
def test_sample_articles_by_agency(sample_graph) -> None:
    tass = sample_graph.named("articles-by-agency", agency="tass")
    assert set(tass["article"]) == TASS_ARTICLES and set(tass["agency"]) == {"TASS"}
    assert tass["published"].is_monotonic_decreasing and str(tass["published"].dtype) == "datetime64[ns]"
    everything = sample_graph.named("articles-by-agency")
    assert len(everything) == 24 and {"TASS", "Yonhap", "Xinhua", "Reuters", "KCNA"} <= set(everything["agency"])
    assert everything["events"].sum() == len(sample_graph.events())
    assert str(everything["ingested"].dtype) == "datetime64[ns, UTC]"


@pytest.mark.slow
def test_sample_actors_by_role_at_a_date(sample_graph) -> None:
    frame = sample_graph.named("actors-by-role", role="Foreign Minister", date="2026-03-01")
    assert {"Sergei Lavrov", "Wang Yi", "Cho Hyun"} <= set(frame["name"])
    assert set(frame["role"].str.lower()) == {"foreign minister"}
    lavrov = frame[frame["name"] == "Sergei Lavrov"].iloc[0]
    assert lavrov["country"] == "RUS"
    assert lavrov["first_seen"] <= pd.Timestamp("2026-03-01") <= lavrov["last_seen"]
    assert sample_graph.named("actors-by-role", role="foreign minister", date="2019-01-01").empty
    russians = sample_graph.named("actors-by-role", country="RUS")
    assert {"Sergei Lavrov", "Georgy Zinoviev", "Maria Zakharova"} <= set(russians["name"])
    assert set(russians["country"]) == {"RUS"}
