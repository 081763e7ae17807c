"""World regions of states, for colouring views: ``kg/data/regions.csv`` and its palette.

The table maps an ISO 3166-1 alpha-3 code to its UN M49 region (Africa,
Americas, Asia, Europe, Oceania). Intergovernmental organisations have no
region; codes the table lacks fall under ``UNKNOWN_REGION``.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

REGIONS_FILE = "regions.csv"
UNKNOWN_REGION = "other or unknown"
REGION_PALETTE = ("#edc948", "#76b7b2", "#ff9da7", "#4e79a7", "#9c755f", "#d4a6c8", "#86bcb6")
"""Colours handed to the regions in alphabetical order, none of them an edge colour; more regions
than colours is an error."""
UNKNOWN_REGION_COLOUR = "#bab0ac"


@cache
def load_regions() -> dict[str, str]:
    """ISO alpha-3 code → region name, read once from ``kg/data/regions.csv``.

    Examples
    --------
    >>> load_regions()["KOR"], load_regions()["RUS"]
    ('Asia', 'Europe')
    """
    text = resources.files("kg").joinpath("data", REGIONS_FILE).read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    if not rows or set(rows[0]) != {"code", "region"}:
        raise ValueError(f"kg/data/{REGIONS_FILE} must have the header 'code,region'")
    return {row["code"].strip(): row["region"].strip() for row in rows}


def region_of(code: str) -> str:
    """The region of a state code, ``UNKNOWN_REGION`` for organisations and unlisted codes.

    Examples
    --------
    >>> region_of("USA"), region_of("UN")
    ('Americas', 'other or unknown')
    """
    return load_regions().get(code, UNKNOWN_REGION)


@cache
def region_colours() -> dict[str, str]:
    """Region name → colour, the regions in alphabetical order, the unknown region last.

    Examples
    --------
    >>> list(region_colours())[-1]
    'other or unknown'
    """
    regions = sorted(set(load_regions().values()))
    if len(regions) > len(REGION_PALETTE):
        raise ValueError(f"kg/data/{REGIONS_FILE} names {len(regions)} regions but the palette has "
                         f"{len(REGION_PALETTE)} colours; add colours to REGION_PALETTE")
    colours = dict(zip(regions, REGION_PALETTE))
    colours[UNKNOWN_REGION] = UNKNOWN_REGION_COLOUR
    return colours
