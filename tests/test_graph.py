"""kg.graph: projections of a hand-built events frame, filters and centrality."""

from __future__ import annotations

import doctest
from typing import Any

import networkx as nx
import pandas as pd
import pytest

import kg.graph
from kg.graph import (EVENT_COLUMNS, Quote, between_countries, centrality, dyad_graph, ego_graph,
                      event_graph, filter_events, time_slices)
from kg.namespaces import actor_iri

RUS, KOR, CHN = (actor_iri("country", code) for code in ("RUS", "KOR", "CHN"))
ZINOVIEV = actor_iri("person", "Georgy Zinoviev")
UN = actor_iri("organization", "UN")


def event(number: int, source: str, source_country: str | None, target: str | None,
          target_country: str | None, *, date: str | None, polarity: int, goldstein: float,
          root: str = "05", **fields: Any) -> dict[str, Any]:
    """One events-frame row with readable defaults for what the test does not care about."""
    names = {RUS: "Russia", KOR: "Republic of Korea", CHN: "China", ZINOVIEV: "Georgy Zinoviev",
             UN: "United Nations"}
    kinds = {RUS: "country", KOR: "country", CHN: "country", ZINOVIEV: "person", UN: "organization"}
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        event=f"https://w3id.org/diplo-kg/id/event/{number}", article=f"article-{number}",
        date=pd.Timestamp(date) if date else pd.NaT, source=source,
        source_name=names[source], source_country=source_country, source_kind=kinds[source],
        target=target, target_name=names.get(target), target_country=target_country,
        target_kind=kinds.get(target), cameo=root + "1", root=root, goldstein=goldstein,
        quad=1, polarity=polarity, negated=False, verb="said", statement=f"statement {number}",
        sentence=f"sentence {number}", agency="TASS", url=f"https://tass.example/{number}",
        title=f"title {number}",
    )
    row.update(fields)
    return row


@pytest.fixture
def events() -> pd.DataFrame:
    rows = [
        event(1, ZINOVIEV, "RUS", KOR, "KOR", date="2026-02-13", polarity=1, goldstein=3.0),
        event(2, RUS, "RUS", KOR, "KOR", date="2026-02-10", polarity=-1, goldstein=-2.0, root="11"),
        event(3, RUS, "RUS", KOR, "KOR", date=None, polarity=0, goldstein=0.5),
        event(4, KOR, "KOR", RUS, "RUS", date="2026-01-05", polarity=1, goldstein=4.0),
        event(5, CHN, "CHN", UN, "UN", date="2026-02-01", polarity=1, goldstein=1.0),
        event(6, ZINOVIEV, "RUS", RUS, "RUS", date="2026-02-02", polarity=1, goldstein=1.0),
        event(7, RUS, "RUS", None, None, date="2026-02-03", polarity=-1, goldstein=-5.0),
    ]
    frame = pd.DataFrame(rows, columns=list(EVENT_COLUMNS))
    frame["date"] = pd.to_datetime(frame["date"])
    return frame


def test_event_graph_has_one_edge_per_event_between_two_countries(events: pd.DataFrame) -> None:
    graph = event_graph(events)
    assert isinstance(graph, nx.MultiDiGraph)
    assert sorted(graph.nodes) == ["CHN", "KOR", "RUS", "UN"]
    assert graph.number_of_edges() == 5
    assert graph.number_of_edges("RUS", "KOR") == 3
    first = graph.edges["RUS", "KOR", "https://w3id.org/diplo-kg/id/event/1"]
    assert set(EVENT_COLUMNS) <= set(first)
    assert first["source_name"] == "Georgy Zinoviev"
    assert first["statement"] == "statement 1"


def test_event_graph_drops_self_loops_and_missing_targets(events: pd.DataFrame) -> None:
    graph = event_graph(events)
    assert not list(nx.selfloop_edges(graph))
    keys = {key for _, _, key in graph.edges(keys=True)}
    assert not keys & {"https://w3id.org/diplo-kg/id/event/6", "https://w3id.org/diplo-kg/id/event/7"}


def test_nodes_are_labelled_states_or_organisations(events: pd.DataFrame) -> None:
    someone = actor_iri("person", "Someone")
    extra = pd.DataFrame([
        event(8, CHN, "CHN", someone, "WHO", date="2026-02-01", polarity=1, goldstein=1.0,
              target_kind="person"),
        event(9, CHN, "CHN", someone, "FRA", date="2026-02-01", polarity=1, goldstein=1.0,
              target_kind="person"),
        event(10, CHN, "CHN", someone, "SUN", date="2026-02-01", polarity=1, goldstein=1.0,
              target_kind="country"),
    ])
    graph = event_graph(pd.concat([events, extra], ignore_index=True))
    kinds = dict(graph.nodes(data="kind"))
    assert kinds == {"RUS": "state", "KOR": "state", "CHN": "state", "UN": "organisation",
                     "WHO": "organisation", "FRA": "state", "SUN": "state"}
    assert graph.nodes["KOR"]["label"] == "KOR"


def test_dyad_graph_summarises_each_directed_dyad(events: pd.DataFrame) -> None:
    graph = dyad_graph(events)
    assert isinstance(graph, nx.DiGraph) and not graph.is_multigraph()
    assert sorted(graph.edges) == [("CHN", "UN"), ("KOR", "RUS"), ("RUS", "KOR")]
    dyad = graph.edges["RUS", "KOR"]
    assert dyad["count"] == 3
    assert dyad["mean_goldstein"] == pytest.approx(0.5)
    assert dyad["cooperative"] == pytest.approx(1 / 3)
    assert dyad["conflictual"] == pytest.approx(1 / 3)
    assert dyad["first"] == pd.Timestamp("2026-02-10")
    assert dyad["last"] == pd.Timestamp("2026-02-13")
    assert graph.edges["KOR", "RUS"]["count"] == 1


def test_dyad_quotes_are_latest_first_with_undated_last(events: pd.DataFrame) -> None:
    quotes = dyad_graph(events).edges["RUS", "KOR"]["quotes"]
    assert [quote.statement for quote in quotes] == ["statement 1", "statement 2", "statement 3"]
    assert quotes[0] == Quote(pd.Timestamp("2026-02-13"), "Georgy Zinoviev", "statement 1",
                              "https://tass.example/1")
    date, speaker, statement, url = quotes[2]
    assert date is None and speaker == "Russia" and url == "https://tass.example/3"


def test_dyad_quotes_keep_the_five_latest() -> None:
    rows = [event(number, RUS, "RUS", KOR, "KOR", date=f"2026-03-{number:02d}", polarity=1,
                  goldstein=1.0) for number in range(1, 9)]
    quotes = dyad_graph(pd.DataFrame(rows)).edges["RUS", "KOR"]["quotes"]
    assert [quote.date.day for quote in quotes] == [8, 7, 6, 5, 4]


def test_dyad_quote_falls_back_to_the_sentence_without_a_statement() -> None:
    row = event(1, RUS, "RUS", KOR, "KOR", date="2026-03-01", polarity=1, goldstein=1.0,
                statement="  ")
    quotes = dyad_graph(pd.DataFrame([row])).edges["RUS", "KOR"]["quotes"]
    assert [quote.statement for quote in quotes] == ["sentence 1"]


def test_dyad_graph_by_actor_uses_actor_iris(events: pd.DataFrame) -> None:
    graph = dyad_graph(events, by="actor")
    assert sorted(graph.edges) == sorted([(ZINOVIEV, KOR), (RUS, KOR), (KOR, RUS), (CHN, UN)])
    assert graph.nodes[ZINOVIEV] == {"label": "Georgy Zinoviev", "kind": "person", "country": "RUS"}
    assert graph.edges[RUS, KOR]["count"] == 2


def test_dyad_graph_rejects_an_unknown_projection(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="'country' or 'actor'"):
        dyad_graph(events, by="city")  # type: ignore[arg-type]


def test_projections_name_missing_columns() -> None:
    with pytest.raises(ValueError, match="events_frame"):
        dyad_graph(pd.DataFrame({"source_country": ["RUS"], "target_country": ["KOR"]}))


def test_empty_frame_gives_empty_graphs() -> None:
    empty = pd.DataFrame(columns=list(EVENT_COLUMNS))
    assert len(event_graph(empty)) == 0
    assert len(dyad_graph(empty)) == 0
    assert centrality(dyad_graph(empty)).empty


def test_filter_by_actor_matches_iri_or_country_on_either_side(events: pd.DataFrame) -> None:
    assert filter_events(events, actor="KOR")["event"].str[-1].tolist() == ["1", "2", "3", "4"]
    assert filter_events(events, actor=ZINOVIEV)["event"].str[-1].tolist() == ["1", "6"]
    assert filter_events(events, actor="UN")["event"].str[-1].tolist() == ["5"]


def test_filter_by_dates_is_inclusive_and_drops_undated(events: pd.DataFrame) -> None:
    kept = filter_events(events, since="2026-02-02", until="2026-02-10")
    assert kept["event"].str[-1].tolist() == ["2", "6", "7"]
    assert filter_events(events, since=pd.Timestamp("2026-02-13"))["event"].str[-1].tolist() == ["1"]


def test_filter_by_root_pads_the_code(events: pd.DataFrame) -> None:
    assert filter_events(events, root="11")["event"].str[-1].tolist() == ["2"]
    assert len(filter_events(events, root="5")) == 6
    assert len(filter_events(events, root="5", actor="CHN", since="2026-01-01")) == 1


def test_filter_by_agency_ignores_case_and_takes_several(events: pd.DataFrame) -> None:
    events = events.assign(agency=["TASS", "Yonhap", "TASS", "Yonhap", "Xinhua", "TASS", None])
    assert filter_events(events, agency="yonhap")["event"].str[-1].tolist() == ["2", "4"]
    assert filter_events(events, agency=["Xinhua", "TASS"])["event"].str[-1].tolist() == ["1", "3", "5", "6"]
    assert filter_events(events, agency="KCNA").empty
    assert filter_events(events, agency="TASS", actor="UN").empty


def test_filter_by_agency_needs_the_agency_column(events: pd.DataFrame) -> None:
    assert len(filter_events(events.drop(columns="agency"), actor="KOR")) == 4
    with pytest.raises(ValueError, match="agency"):
        filter_events(events.drop(columns="agency"), agency="TASS")


def test_filter_without_arguments_keeps_everything(events: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(filter_events(events), events)


def test_between_countries_keeps_relations_with_dates_as_datetimes(events: pd.DataFrame) -> None:
    kept = between_countries(events.assign(date=events["date"].dt.strftime("%Y-%m-%d")))
    assert kept["event"].str[-1].tolist() == ["1", "2", "3", "4", "5"]
    assert pd.api.types.is_datetime64_any_dtype(kept["date"])


def test_time_slices_by_month_hold_only_dated_events(events: pd.DataFrame) -> None:
    slices = time_slices(events, "month")
    assert list(slices) == [pd.Period("2026-01", "M"), pd.Period("2026-02", "M")]
    january, february = slices.values()
    assert sorted(january.edges) == [("KOR", "RUS")]
    assert sorted(february.edges) == [("CHN", "UN"), ("RUS", "KOR")]
    assert february.edges["RUS", "KOR"]["count"] == 2  # the undated event 3 is in no slice
    assert february.edges["RUS", "KOR"]["mean_goldstein"] == pytest.approx(0.5)


@pytest.mark.parametrize(("freq", "periods"), [
    ("quarter", [pd.Period("2025Q4", "Q"), pd.Period("2026Q1", "Q")]),
    ("year", [pd.Period("2025", "Y"), pd.Period("2026", "Y")]),
])
def test_time_slices_by_quarter_and_year(events: pd.DataFrame, freq: str, periods: list) -> None:
    early = event(11, CHN, "CHN", KOR, "KOR", date="2025-12-30", polarity=1, goldstein=1.0)
    slices = time_slices(pd.concat([events, pd.DataFrame([early])], ignore_index=True), freq)
    assert list(slices) == periods
    assert list(slices[periods[0]].edges) == [("CHN", "KOR")]
    assert slices[periods[1]].number_of_edges() == 3


def test_time_slices_by_actor_and_errors(events: pd.DataFrame) -> None:
    slices = time_slices(events, "year", by="actor")
    assert (ZINOVIEV, KOR) in slices[pd.Period("2026", "Y")].edges
    with pytest.raises(ValueError, match="month, quarter, year"):
        time_slices(events, "week")  # type: ignore[arg-type]
    assert time_slices(pd.DataFrame(columns=list(EVENT_COLUMNS))) == {}


def test_ego_graph_reaches_partners_both_ways_up_to_the_radius(events: pd.DataFrame) -> None:
    extra = event(10, KOR, "KOR", CHN, "CHN", date="2026-02-01", polarity=1, goldstein=1.0)
    frame = pd.concat([events, pd.DataFrame([extra])], ignore_index=True)
    assert sorted(ego_graph(frame, "RUS")) == ["KOR", "RUS"]
    near = ego_graph(frame, "CHN")
    assert sorted(near) == ["CHN", "KOR", "UN"]
    assert sorted(near.edges) == [("CHN", "UN"), ("KOR", "CHN")]
    assert near.edges["KOR", "CHN"]["count"] == 1
    assert sorted(ego_graph(frame, "CHN", radius=2)) == ["CHN", "KOR", "RUS", "UN"]
    assert list(ego_graph(frame, "CHN", radius=0)) == ["CHN"]


def test_ego_graph_by_actor_and_unknown_centres(events: pd.DataFrame) -> None:
    assert sorted(ego_graph(events, ZINOVIEV, by="actor")) == sorted([ZINOVIEV, KOR])
    with pytest.raises(ValueError, match="'FRA' has no event.*CHN, KOR, RUS, UN"):
        ego_graph(events, "FRA")
    with pytest.raises(ValueError, match="negative"):
        ego_graph(events, "RUS", radius=-1)


def test_centrality_ranks_by_degree_with_event_strengths(events: pd.DataFrame) -> None:
    extra = event(10, KOR, "KOR", CHN, "CHN", date="2026-02-01", polarity=1, goldstein=1.0)
    graph = dyad_graph(pd.concat([events, pd.DataFrame([extra])], ignore_index=True))
    table = centrality(graph)
    assert list(table.columns) == ["label", "degree", "in_strength", "out_strength", "betweenness"]
    assert list(table.index) == ["KOR", "CHN", "RUS", "UN"]  # CHN bridges to UN
    assert table.loc["KOR", "degree"] == 3
    assert table.loc["RUS", "out_strength"] == 3
    assert table.loc["RUS", "in_strength"] == 1
    assert table.loc["KOR", "betweenness"] > 0
    assert table.loc["UN", "betweenness"] == 0


def test_centrality_of_the_event_graph_counts_events(events: pd.DataFrame) -> None:
    table = centrality(event_graph(events))
    assert table.loc["RUS", "out_strength"] == 3
    assert table.loc["RUS", "degree"] == 2


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.graph)
    assert results.attempted >= 10 and results.failed == 0


def test_event_columns_match_the_events_frame_and_carry_the_date_precision() -> None:
    import kg.query

    assert EVENT_COLUMNS == kg.query.EVENT_COLUMNS
    assert EVENT_COLUMNS[EVENT_COLUMNS.index("date") + 1] == "date_precision"
