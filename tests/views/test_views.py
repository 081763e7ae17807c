"""kg.views: one entry point for every kind of view."""

from __future__ import annotations

import doctest
from pathlib import Path

import pandas as pd
import pytest

import kg.views
from kg.graph import EVENT_COLUMNS
from kg.views import VIEW_KINDS, view_html, write_view
from kg.views.network import ego_html, network_html
from kg.views.people import dyad_html, people_html


def spoken(number: int, person: str, country: str, target: str) -> dict[str, object]:
    """One events-frame row: a person of ``country`` says something about ``target``."""
    row: dict[str, object] = dict.fromkeys(EVENT_COLUMNS)
    row.update(event=f"ev:{number}", date=pd.Timestamp("2026-02-13"), source=f"person:{person}",
               source_name=person, source_country=country, source_kind="person", target=f"country:{target}",
               target_country=target, target_kind="country", polarity=1, goldstein=3.0,
               statement=f"statement {number}", url=f"https://yna.example/{number}")
    return row


@pytest.fixture
def events() -> pd.DataFrame:
    return pd.DataFrame([spoken(1, "Georgy Zinoviev", "RUS", "KOR"), spoken(2, "Cho Hyun", "KOR", "RUS"),
                         spoken(3, "Wang Yi", "CHN", "KOR")], columns=list(EVENT_COLUMNS))


def test_each_kind_gives_its_own_page(events: pd.DataFrame) -> None:
    assert VIEW_KINDS == ("states", "people", "ego", "dyad")
    assert view_html(events) == network_html(events)
    assert view_html(events, kind="people", colour_by="region") == people_html(events, colour_by="region")
    assert view_html(events, kind="ego", centre="KOR") == ego_html(events, "KOR")
    assert view_html(events, kind="dyad", dyad=("RUS", "KOR"), title="t") == dyad_html(events, "RUS", "KOR",
                                                                                        title="t")


def test_missing_or_unknown_choices_are_explained(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="needs its centre"):
        view_html(events, kind="ego")
    with pytest.raises(ValueError, match="needs two state codes"):
        view_html(events, kind="dyad")
    with pytest.raises(ValueError, match="states, people, ego, dyad"):
        view_html(events, kind="map")  # type: ignore[arg-type]


def test_write_view_writes_the_page(tmp_path: Path, events: pd.DataFrame) -> None:
    path = write_view(events, tmp_path / "out" / "dyad.html", kind="dyad", dyad=("RUS", "KOR"))
    assert path.read_text(encoding="utf-8") == dyad_html(events, "RUS", "KOR")


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.views)
    assert results.attempted >= 1 and results.failed == 0
