"""kg.views.people: the people network and the dyad view."""

from __future__ import annotations

import doctest
import json
import re
from typing import Any

import pandas as pd
import pytest

import kg.views.people
from kg.graph import EVENT_COLUMNS
from kg.views.page import AFFILIATION_COLOUR, NODE_COLOURS
from kg.views.people import dyad_html, people_html

DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)
ACTOR = "https://w3id.org/diplo-kg/id/actor/"


def event(number: int, source: str, source_country: str, target_country: str | None, *,
          person: bool = True, polarity: int = 1, date: str | None = "2026-02-13",
          **fields: Any) -> dict[str, Any]:
    """One events-frame row whose source is a person (or, with ``person=False``, a state)."""
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        event=f"{ACTOR}event/{number}", article=f"article-{number}",
        date=pd.Timestamp(date) if date else pd.NaT,
        source=f"{ACTOR}person/{source.lower().replace(' ', '-')}" if person else f"{ACTOR}country/{source}",
        source_name=source, source_country=source_country, source_kind="person" if person else "country",
        target=None if target_country is None else f"{ACTOR}country/{target_country}",
        target_name=target_country, target_country=target_country, target_kind="country",
        cameo="051", root="05", goldstein=3.0 * polarity, quad=1, polarity=polarity, negated=False,
        verb="said", statement=f"statement {number}", sentence=f"sentence {number}",
        agency="Yonhap", url=f"https://yna.example/{number}", title=f"title {number}",
    )
    row.update(fields)
    return row


def data_of(page: str) -> dict[str, Any]:
    [block] = DATA_BLOCK.findall(page)
    return json.loads(block)


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame([
        event(1, "Georgy Zinoviev", "RUS", "KOR", date="2026-02-13"),
        event(2, "Georgy Zinoviev", "RUS", "KOR", date="2026-02-11", polarity=-1),
        event(3, "Georgy Zinoviev", "RUS", "PRK", date="2026-01-20"),
        event(4, "Cho Hyun", "KOR", "RUS", polarity=-1, date="2026-02-12"),
        event(5, "Maria Zakharova", "RUS", "JPN", polarity=-1),
        event(6, "Maria Zakharova", "RUS", "RUS"),
        event(7, "RUS", "RUS", "KOR", person=False, date="2026-03-01"),
        event(8, "Cho Hyun", "KOR", None),
    ], columns=list(EVENT_COLUMNS))


def test_people_network_links_people_to_the_states_they_speak_about(events: pd.DataFrame) -> None:
    data = data_of(people_html(events))
    nodes = {node["id"]: node for node in data["nodes"]}
    zinoviev, cho = f"{ACTOR}person/georgy-zinoviev", f"{ACTOR}person/cho-hyun"
    assert nodes[zinoviev]["label"] == "Georgy Zinoviev"
    assert nodes[zinoviev]["color"] == NODE_COLOURS["person"]
    assert nodes[zinoviev]["size"] > nodes[cho]["size"]
    assert sorted(code for code in nodes if not code.startswith(ACTOR)) == ["JPN", "KOR", "PRK", "RUS"]
    spoken = {(edge["from"], edge["to"]): edge for edge in data["edges"] if not edge.get("affiliation")}
    assert set(spoken) == {(zinoviev, "KOR"), (zinoviev, "PRK"), (cho, "RUS"),
                           (f"{ACTOR}person/maria-zakharova", "JPN")}
    assert spoken[zinoviev, "KOR"]["count"] == 2
    assert spoken[zinoviev, "KOR"]["dates"] == ["2026-02-11", "2026-02-13"]
    assert spoken[zinoviev, "KOR"]["tip"]["heading"] == "Georgy Zinoviev → KOR"


def test_people_are_tied_to_their_state_by_a_dashed_link(events: pd.DataFrame) -> None:
    data = data_of(people_html(events))
    links = {(edge["from"], edge["to"]): edge for edge in data["edges"] if edge.get("affiliation")}
    assert set(links) == {(f"{ACTOR}person/georgy-zinoviev", "RUS"), (f"{ACTOR}person/cho-hyun", "KOR"),
                          (f"{ACTOR}person/maria-zakharova", "RUS")}
    link = links[f"{ACTOR}person/cho-hyun", "KOR"]
    assert link["dashes"] is True and link["color"] == AFFILIATION_COLOUR
    assert "speaks for" in [item["label"] for item in data["legend"]]


def test_person_tooltip_lists_targets_and_latest_quotes(events: pd.DataFrame) -> None:
    data = data_of(people_html(events))
    tip = next(node["tip"] for node in data["nodes"] if node["id"] == f"{ACTOR}person/georgy-zinoviev")
    assert tip["heading"] == "Georgy Zinoviev (RUS)"
    assert tip["lines"] == ["3 events about KOR (2), PRK (1)"]
    assert [quote["text"] for quote in tip["quotes"]] == ["statement 1", "statement 2", "statement 3"]


def test_people_summary_counts_people_states_and_events(events: pd.DataFrame) -> None:
    assert "3 people from 2 states, 5 events (of 8 in the selection)" in people_html(events)


def test_people_network_without_people_says_so(events: pd.DataFrame) -> None:
    page = people_html(events.loc[events["source_kind"] != "person"])
    assert data_of(page)["nodes"] == []
    assert "no person in the selection" in page


def test_dyad_view_pins_the_two_states_and_keeps_only_their_events(events: pd.DataFrame) -> None:
    data = data_of(dyad_html(events, "RUS", "KOR"))
    nodes = {node["id"]: node for node in data["nodes"]}
    assert set(nodes) == {"RUS", "KOR", f"{ACTOR}person/georgy-zinoviev", f"{ACTOR}person/cho-hyun"}
    assert nodes["RUS"]["x"] < 0 < nodes["KOR"]["x"]
    assert nodes["RUS"]["fixed"] is True and nodes["KOR"]["pinned"] is True
    spoken = {(edge["from"], edge["to"]) for edge in data["edges"] if not edge.get("affiliation")}
    assert spoken == {(f"{ACTOR}person/georgy-zinoviev", "KOR"), (f"{ACTOR}person/cho-hyun", "RUS"),
                      ("RUS", "KOR")}


def test_dyad_summary_counts_each_direction(events: pd.DataFrame) -> None:
    page = dyad_html(events, "RUS", "KOR")
    assert "RUS → KOR: 3 events; KOR → RUS: 1 event; 2 people speaking" in page
    assert "<title>diplo-kg: RUS and KOR</title>" in page


def test_dyad_view_of_two_silent_states_says_so(events: pd.DataFrame) -> None:
    page = dyad_html(events, "CHN", "USA")
    assert data_of(page)["nodes"] == []
    assert "no events between CHN and USA" in page
    with pytest.raises(ValueError, match="two different countries"):
        dyad_html(events, "KOR", "KOR")


def test_hostile_names_stay_text(events: pd.DataFrame) -> None:
    hostile = event(9, '<img src=x onerror=alert(1)>', "RUS", "KOR", url="javascript:alert(2)")
    page = people_html(pd.concat([events, pd.DataFrame([hostile])], ignore_index=True))
    assert "<img" not in page
    assert '"url": "javascript:' not in page
    labels = [node["label"] for node in data_of(page)["nodes"]]
    assert "<img src=x onerror=alert(1)>" in labels


def test_missing_columns_are_named() -> None:
    with pytest.raises(ValueError, match="lacks the columns"):
        people_html(pd.DataFrame({"source": []}))


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.views.people)
    assert results.attempted >= 2 and results.failed == 0
