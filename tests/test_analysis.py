"""kg.analysis: balance, reciprocity, timelines and dyad figures on a hand-built events frame,
checked against the sample corpus's SPARQL summary; and the ``kg dyads`` command."""

from __future__ import annotations

import doctest
import io
import math
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

import kg
import kg.analysis
from kg.analysis import (balance, centrality, dyad_stats, dyad_timeline, overall_reciprocity,
                         reciprocity)
from kg.api import KnowledgeGraph
from kg.graph import EVENT_COLUMNS

#: (source, target, date, polarity, goldstein) of each event of the hand-built frame.
EVENTS = [
    ("RUS", "KOR", "2026-01-15", 1, 4.0),
    ("RUS", "KOR", "2026-01-20", -1, -2.0),
    ("RUS", "KOR", "2026-03-02", 0, 0.0),
    ("KOR", "RUS", "2026-03-10", 1, 3.0),
    ("RUS", "KOR", None, -1, -5.0),
    ("CHN", "USA", "2026-02-01", -1, -4.0),
    ("CHN", "USA", "2026-02-02", -1, -6.0),
    ("USA", "CHN", "2026-02-03", 1, 1.0),
    ("JPN", "KOR", "2026-02-05", 1, 2.0),
    ("RUS", "RUS", "2026-01-16", 1, 1.0),   # a state about itself: no relation
    ("RUS", None, "2026-01-17", -1, -3.0),  # no target: no relation
]


def frame(events: list[tuple[str, str | None, str | None, int, float]] = EVENTS) -> pd.DataFrame:
    rows = []
    for number, (source, target, day, polarity, goldstein) in enumerate(events, start=1):
        row: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
        row.update(event=f"ev:{number}", source=f"actor:{source}", source_country=source,
                   target=None if target is None else f"actor:{target}", target_country=target,
                   date=pd.Timestamp(day) if day else pd.NaT, polarity=polarity,
                   goldstein=goldstein, statement=f"statement {number}", agency="TASS")
        rows.append(row)
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def test_balance_counts_and_shares_each_directed_dyad() -> None:
    table = balance(frame())
    assert list(table.columns) == ["source", "target", "events", "cooperative", "neutral",
                                   "conflictual", "cooperative_share", "conflictual_share",
                                   "net_balance", "mean_goldstein"]
    assert list(zip(table["source"], table["target"], table["events"])) == [
        ("RUS", "KOR", 4), ("CHN", "USA", 2), ("JPN", "KOR", 1), ("KOR", "RUS", 1),
        ("USA", "CHN", 1)]
    russia = table.iloc[0]
    assert (russia["cooperative"], russia["neutral"], russia["conflictual"]) == (1, 1, 2)
    assert russia["cooperative_share"] == pytest.approx(0.25)
    assert russia["conflictual_share"] == pytest.approx(0.5)
    assert russia["net_balance"] == pytest.approx(-0.25)
    assert russia["mean_goldstein"] == pytest.approx(-0.75)
    china = table.iloc[1]
    assert china["net_balance"] == pytest.approx(-1.0) and china["mean_goldstein"] == pytest.approx(-5.0)


def test_balance_mean_goldstein_is_nan_without_weights() -> None:
    table = balance(frame([("RUS", "KOR", "2026-01-01", 1, math.nan)]))
    assert table.loc[0, "cooperative"] == 1 and math.isnan(table.loc[0, "mean_goldstein"])


def test_reciprocity_pairs_both_directions() -> None:
    table = reciprocity(frame())
    records = table.to_dict("records")
    assert [(r["a"], r["b"], r["a_to_b"], r["b_to_a"], r["reciprocated"]) for r in records] == [
        ("KOR", "RUS", 1, 4, True), ("CHN", "USA", 2, 1, True), ("JPN", "KOR", 1, 0, False)]
    assert table["symmetry"].tolist() == pytest.approx([0.25, 0.5, 0.0])
    assert table["events"].tolist() == [5, 3, 1]


def test_overall_reciprocity_by_dyads_and_events() -> None:
    overall = overall_reciprocity(frame())
    assert overall["dyads"] == pytest.approx(4 / 5)  # JPN→KOR alone has no reverse
    assert overall["events"] == pytest.approx((2 * 1 + 2 * 1) / 9)


def test_timeline_has_every_month_with_zero_rows() -> None:
    table = dyad_timeline(frame(), "rus", "KOR")
    assert table.attrs["dyad"] == ("RUS", "KOR")
    assert list(table.index) == [pd.Period(month, "M") for month in ("2026-01", "2026-02", "2026-03")]
    assert table.index.name == "month"
    assert table[["a_to_b", "b_to_a", "events", "cooperative", "conflictual"]].to_dict("list") == {
        "a_to_b": [2, 0, 1], "b_to_a": [0, 0, 1], "events": [2, 0, 2],
        "cooperative": [1, 0, 1], "conflictual": [1, 0, 0]}
    assert table.loc[pd.Period("2026-01", "M"), "mean_goldstein"] == pytest.approx(1.0)
    assert math.isnan(table.loc[pd.Period("2026-02", "M"), "mean_goldstein"])
    assert table.loc[pd.Period("2026-03", "M"), "mean_goldstein"] == pytest.approx(1.5)


def test_timeline_order_of_the_pair_names_the_directions() -> None:
    table = dyad_timeline(frame(), "KOR", "RUS")
    assert table["a_to_b"].tolist() == [0, 0, 1] and table["b_to_a"].tolist() == [2, 0, 1]


def test_timeline_range_follows_since_and_until() -> None:
    table = dyad_timeline(frame(), "RUS", "KOR", since="2025-12-01", until="2026-03-05")
    assert [str(month) for month in table.index] == ["2025-12", "2026-01", "2026-02", "2026-03"]
    assert table["events"].tolist() == [0, 2, 0, 1]  # KOR→RUS on 10 March is after the bound
    narrow = dyad_timeline(frame(), "RUS", "KOR", since="2026-01-18")
    assert narrow["a_to_b"].tolist() == [1, 0, 1]


def test_timeline_of_a_silent_pair_is_empty_and_typed() -> None:
    table = dyad_timeline(frame(), "RUS", "FRA")
    assert table.empty and table.attrs["dyad"] == ("RUS", "FRA")
    assert str(table["events"].dtype) == "int64" and str(table["mean_goldstein"].dtype) == "float64"
    assert dyad_timeline(frame(), "CHN", "USA", since="2026-03-01").empty


@pytest.mark.parametrize(("a", "b", "message"), [("RUS", "rus", "two different codes"),
                                                 (" ", "KOR", "a must be a state")])
def test_timeline_refuses_a_bad_pair(a: str, b: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        dyad_timeline(frame(), a, b)


def test_dyad_stats_joins_balance_reverse_counts_and_dates() -> None:
    table = dyad_stats(frame())
    assert list(table.columns) == ["source", "target", "events", "reverse", "cooperative", "neutral",
                                   "conflictual", "cooperative_share", "conflictual_share",
                                   "net_balance", "mean_goldstein", "first", "last"]
    assert list(zip(table["source"], table["target"], table["reverse"])) == [
        ("RUS", "KOR", 1), ("CHN", "USA", 1), ("JPN", "KOR", 0), ("KOR", "RUS", 4),
        ("USA", "CHN", 2)]
    russia = table.iloc[0]
    assert russia["first"] == pd.Timestamp("2026-01-15") and russia["last"] == pd.Timestamp("2026-03-02")
    pd.testing.assert_frame_equal(table.drop(columns=["reverse", "first", "last"]), balance(frame()))


def test_timeline_leaves_year_only_events_out_and_lists_them() -> None:
    events = frame([("RUS", "KOR", "1990-01-01", 1, 3.0), ("RUS", "KOR", "2022-01-01", 0, 0.0),
                    ("RUS", "KOR", "2026-02-01", 1, 1.0), ("KOR", "RUS", "2026-04-13", -1, -2.0)])
    events["date_precision"] = ["year", "year", "month", "day"]
    table = dyad_timeline(events, "RUS", "KOR")
    assert [str(month) for month in table.index] == ["2026-02", "2026-03", "2026-04"]
    assert table["events"].tolist() == [1, 0, 1]
    assert table.attrs["year_only"] == ("1990", "2022")
    since = dyad_timeline(events, "RUS", "KOR", since="2000-01-01")
    assert since.attrs["year_only"] == ("2022",) and str(since.index[0]) == "2000-01"
    only_years = dyad_timeline(events.iloc[:2], "RUS", "KOR")
    assert only_years.empty and only_years.attrs["year_only"] == ("1990", "2022")


def test_dyad_stats_show_coarse_dates_as_stored() -> None:
    events = frame([("RUS", "KOR", "1990-01-01", 1, 3.0), ("RUS", "KOR", "2026-02-01", 1, 1.0),
                    ("KOR", "RUS", "2026-04-13", -1, -2.0)])
    events["date_precision"] = ["year", "month", "day"]
    table = dyad_stats(events).set_index(["source", "target"])
    assert table.loc[("RUS", "KOR"), ["first", "last"]].tolist() == ["1990", "2026-02"]
    assert table.loc[("KOR", "RUS"), ["first", "last"]].tolist() == ["2026-04-13", "2026-04-13"]
    days = dyad_stats(events.iloc[2:])
    assert str(days["first"].dtype) == "datetime64[ns]"


def test_dyad_stats_dates_are_missing_when_nothing_is_dated() -> None:
    table = dyad_stats(frame([("RUS", "KOR", None, 1, 1.0)]))
    assert pd.isna(table.loc[0, "first"]) and pd.isna(table.loc[0, "last"])


def test_empty_frames_give_empty_tables_with_their_columns() -> None:
    empty = pd.DataFrame(columns=list(EVENT_COLUMNS))
    assert balance(empty).empty and len(balance(empty).columns) == 10
    assert reciprocity(empty).empty and dyad_stats(empty).empty
    assert overall_reciprocity(empty).isna().all()


def test_centrality_is_reexported() -> None:
    from kg.graph import centrality as in_graph

    assert centrality is in_graph


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.analysis)
    assert results.attempted >= 5 and results.failed == 0


# -- the sample corpus -------------------------------------------------------------------------

@pytest.mark.slow
def test_dyad_stats_agree_with_the_dyad_summary_query(memory_graph: KnowledgeGraph) -> None:
    stats = dyad_stats(memory_graph.events()).set_index(["source", "target"])
    summary = memory_graph.named("dyad-summary")
    summary = summary[summary["source"] != summary["target"]].set_index(["source", "target"])
    assert len(stats) >= 10
    assert sorted(stats.index) == sorted(summary.index)
    for column in ("events", "cooperative", "conflictual", "first", "last"):
        assert stats[column].to_dict() == summary[column].to_dict(), column
    assert stats["mean_goldstein"].to_dict() == pytest.approx(summary["mean_goldstein"].to_dict())


@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> str:
    folder = str(tmp_path_factory.mktemp("analysis") / "kgdata")
    with kg.open(folder) as graph:
        graph.ingest(examples_dir)
    return folder


@pytest.mark.slow
def test_kg_dyads_prints_the_busiest_dyads(store_folder: str) -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["--store", store_folder, "dyads", "--top", "3", "--format", "csv"])
    assert result.exit_code == 0, result.output
    printed = pd.read_csv(io.StringIO(result.stdout))
    with kg.open(store_folder) as graph:
        expected = dyad_stats(graph.events()).head(3)
    assert printed[["source", "target", "events", "reverse"]].to_dict("records") == \
        expected[["source", "target", "events", "reverse"]].to_dict("records")
    table = CliRunner().invoke(app, ["--store", store_folder, "dyads", "-n", "2"])
    assert table.exit_code == 0 and "the 2 busiest of" in table.stdout
    assert len([line for line in table.stdout.splitlines() if line.startswith("   ")]) == 2


@pytest.mark.slow
def test_kg_dyads_on_an_empty_store_says_what_to_do() -> None:
    from kg.cli import app

    result = CliRunner().invoke(app, ["--store", "memory", "dyads"])
    assert result.exit_code == 0 and "kg ingest" in " ".join(result.stderr.split())
    bad = CliRunner().invoke(app, ["--store", "memory", "dyads", "--format", "xml"])
    assert bad.exit_code == 2 and "--format" in bad.stderr
