"""kg.views.regions: the region table and its colours."""

from __future__ import annotations

import csv
import doctest
from pathlib import Path

import kg.views.regions
from kg.views.page import CONFLICTUAL_COLOUR, COOPERATIVE_COLOUR, NEUTRAL_COLOUR, NODE_COLOURS
from kg.views.regions import REGION_PALETTE, UNKNOWN_REGION, load_regions, region_colours, region_of

DATA = Path(kg.views.regions.__file__).resolve().parent.parent / "data"


def test_every_state_of_the_gazetteer_has_a_region() -> None:
    with (DATA / "actors" / "countries.csv").open(encoding="utf-8", newline="") as rows:
        states = {row["iso3"] for row in csv.DictReader(rows)}
    assert states == set(load_regions())


def test_regions_are_the_five_m49_regions() -> None:
    assert set(load_regions().values()) == {"Africa", "Americas", "Asia", "Europe", "Oceania"}
    assert [region_of(code) for code in ("RUS", "KOR", "PRK", "TUR", "BRA", "NGA", "AUS")] == [
        "Europe", "Asia", "Asia", "Asia", "Americas", "Africa", "Oceania"]


def test_organisations_and_unlisted_codes_have_no_region() -> None:
    assert region_of("NATO") == region_of("XYZ") == UNKNOWN_REGION


def test_each_region_has_its_own_colour() -> None:
    colours = region_colours()
    assert len(set(colours.values())) == len(colours)
    assert list(colours)[:5] == ["Africa", "Americas", "Asia", "Europe", "Oceania"]
    assert set(colours.values()) - {colours[UNKNOWN_REGION]} <= set(REGION_PALETTE)


def test_region_colours_differ_from_the_edge_and_person_colours() -> None:
    reserved = {COOPERATIVE_COLOUR, NEUTRAL_COLOUR, CONFLICTUAL_COLOUR, NODE_COLOURS["person"]}
    assert not reserved & set(region_colours().values())


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.views.regions)
    assert results.attempted >= 3 and results.failed == 0
