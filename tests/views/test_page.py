"""kg.views.page: the shared styling, escaping and rendering of every view."""

from __future__ import annotations

import doctest
import json
import re

import networkx as nx
import pytest

import kg.views.page
from kg.views.page import (
    CONFLICTUAL_COLOUR,
    COOPERATIVE_COLOUR,
    LARGE_GRAPH_EDGES,
    NEUTRAL_COLOUR,
    Page,
    edge_colour,
    edge_width,
    options,
    plural,
    positions,
    render,
    script_json,
    web_url,
)

DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!--", "a & b", "\u2028\u2029"])
def test_script_json_cannot_end_its_element_and_decodes_unchanged(text: str) -> None:
    encoded = script_json({"text": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert "\u2028" not in encoded and "\u2029" not in encoded
    assert json.loads(encoded) == {"text": text}


@pytest.mark.parametrize(("url", "kept"), [
    ("https://tass.com/politics/1", "https://tass.com/politics/1"),
    ("HTTP://en.yna.co.kr/view", "HTTP://en.yna.co.kr/view"),
    ("javascript:alert(1)", None), (" JavaScript:alert(1)", None),
    ("data:text/html,<script>alert(1)</script>", None), ("//evil.example/x", None),
    ("https:///no-host", None), ("", None), (None, None),
])
def test_only_http_and_https_addresses_are_web_urls(url: str | None, kept: str | None) -> None:
    assert web_url(url) == kept


def test_edge_colour_follows_the_balance_of_tone() -> None:
    assert edge_colour(0.8, 0.1) == COOPERATIVE_COLOUR
    assert edge_colour(0.1, 0.8) == CONFLICTUAL_COLOUR
    assert edge_colour(0.5, 0.4) == NEUTRAL_COLOUR


def test_edge_width_grows_with_count_and_is_capped() -> None:
    assert edge_width(1) == 1
    assert edge_width(1) < edge_width(2) < edge_width(100)
    assert edge_width(10**9) == 15


def test_plural_knows_people() -> None:
    assert [plural(1, "person"), plural(2, "person"), plural(2, "event")] == ["1 person", "2 people", "2 events"]


def test_large_graphs_are_laid_out_once_without_physics() -> None:
    graph = nx.gnm_random_graph(60, LARGE_GRAPH_EDGES + 1, seed=1)
    placed = positions(graph, large=True)
    assert set(placed) == set(graph)
    assert placed == positions(graph, large=True)
    assert positions(graph, large=False) == {}
    assert options(True)["physics"] == {"enabled": False}
    assert options(False)["physics"]["stabilization"]["enabled"] is True


def test_render_escapes_title_and_summary_and_carries_the_legend() -> None:
    page = Page(title="<img src=x onerror=alert(1)>", summary="<b>bold</b>", message="none",
                legend=[{"mark": "dot", "colour": "#000", "label": "<script>x</script>"}])
    text = render(page)
    assert "<img src=x" not in text and "<b>bold" not in text and "<script>x" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;" in text
    [block] = DATA_BLOCK.findall(text)
    assert json.loads(block)["legend"][0]["label"] == "<script>x</script>"


def test_template_builds_links_only_with_dom_calls() -> None:
    text = render(Page(title="t", summary="s", message="m"))
    script = text.rsplit("<script>", 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script
    assert 'link.rel = "noopener noreferrer"' in script
    assert "isWebAddress(quote.url)" in script


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.views.page)
    assert results.attempted >= 3 and results.failed == 0
