"""kg.views.network: an offline, escaped HTML page of the dyad network."""

from __future__ import annotations

import doctest
import html
import json
import re
from collections import Counter
from html.parser import HTMLParser
from importlib import resources
from itertools import permutations
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import kg.views.network
from kg.graph import EVENT_COLUMNS
from kg.views.network import ego_html, inline, network_html, write_network
from kg.views.page import CONFLICTUAL_COLOUR, COOPERATIVE_COLOUR, NEUTRAL_COLOUR, NODE_COLOURS
from kg.views.regions import region_colours

DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)
REMOTE_REFERENCES = [
    re.compile(r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""@import\s+(?:url\()?\s*["']?\s*(?:https?:)?//""", re.I),
    re.compile(r"""url\(\s*["']?\s*(?:https?:)?//""", re.I),
]
PAGE_TAGS = Counter(html=1, head=1, meta=3, title=1, style=2, body=1, header=1, h1=1, p=1,
                    ul=1, form=1, label=2, input=2, button=1, output=1, main=1, div=1, aside=1,
                    script=3)
"""Every element the template has: untrusted text must not add one."""
UNTRUSTED_STATEMENTS = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>"]
UNTRUSTED_SPEAKER = 'Agent <a href="javascript:alert(1)">Smith</a>'


def event(number: int, source: str, target: str | None, *, polarity: int = 1,
          goldstein: float = 1.0, date: str | None = "2026-02-13", **fields: Any) -> dict[str, Any]:
    """One events-frame row between two country codes, with plain defaults."""
    row = dict.fromkeys(EVENT_COLUMNS)
    row.update(
        event=f"https://w3id.org/diplo-kg/id/event/{number}", article=f"article-{number}",
        date=pd.Timestamp(date) if date else pd.NaT,
        source=f"https://w3id.org/diplo-kg/id/actor/country/{source.lower()}",
        source_name=f"{source} speaker", source_country=source, source_kind="country",
        target=None if target is None else f"https://w3id.org/diplo-kg/id/actor/country/{target.lower()}",
        target_name=target, target_country=target, target_kind="country" if target else None,
        cameo="051", root="05", goldstein=goldstein, quad=1, polarity=polarity, negated=False,
        verb="said", statement=f"statement {number}", sentence=f"sentence {number}",
        agency="TASS", url=f"https://tass.example/{number}", title=f"title {number}",
    )
    row.update(fields)
    return row


class TagCollector(HTMLParser):
    """The start tags of a page, as a browser's tokenizer sees them (script bodies are data)."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: Counter[str] = Counter()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1


def tags_of(page: str) -> Counter[str]:
    collector = TagCollector()
    collector.feed(page)
    collector.close()
    return collector.tags


def frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def data_of(page: str) -> dict[str, Any]:
    """The JSON the page hands to its script, decoded as the browser would."""
    blocks = DATA_BLOCK.findall(page)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def events() -> pd.DataFrame:
    return frame([
        event(1, "RUS", "KOR", polarity=1, goldstein=3.0, date="2026-02-13"),
        event(2, "RUS", "KOR", polarity=1, goldstein=2.0, date="2026-02-10"),
        event(3, "RUS", "KOR", polarity=-1, goldstein=-4.0, date="2026-02-01"),
        event(4, "KOR", "RUS", polarity=-1, goldstein=-5.0),
        event(5, "PRK", "KOR", polarity=0, goldstein=0.0),
        event(6, "CHN", "UN", polarity=1, goldstein=1.0, target_kind="organization"),
        event(7, "RUS", "RUS"),
        event(8, "RUS", None),
    ])


@pytest.fixture
def untrusted() -> pd.DataFrame:
    return frame([
        event(1, "RUS", "KOR", statement=UNTRUSTED_STATEMENTS[0], url="javascript:alert(1)"),
        event(2, "RUS", "KOR", statement=UNTRUSTED_STATEMENTS[1], source_name=UNTRUSTED_SPEAKER,
              date="2026-02-12"),
        event(3, "KOR", "RUS", statement="line\u2028separator & </script><b>bold</b>"),
    ])


def test_page_makes_no_network_request(events: pd.DataFrame) -> None:
    page = network_html(events)
    for pattern in REMOTE_REFERENCES:
        assert not pattern.search(page), pattern.pattern
    assert "<link" not in page.lower()
    assert "bootstrap" not in page.lower()
    assert "default-src 'none'" in page
    assert tags_of(page) == PAGE_TAGS


def test_page_inlines_vis_network_from_pyvis(events: pd.DataFrame) -> None:
    library = resources.files("pyvis").joinpath("templates", "lib", "vis-9.1.2")
    page = network_html(events)
    assert library.joinpath("vis-network.min.js").read_text("utf-8") in page
    assert library.joinpath("vis-network.css").read_text("utf-8") in page
    assert "new vis.Network(" in page


def test_page_data_has_the_dyad_graph(events: pd.DataFrame) -> None:
    data = data_of(network_html(events))
    assert sorted(node["id"] for node in data["nodes"]) == ["CHN", "KOR", "PRK", "RUS", "UN"]
    assert sorted((edge["from"], edge["to"]) for edge in data["edges"]) == [
        ("CHN", "UN"), ("KOR", "RUS"), ("PRK", "KOR"), ("RUS", "KOR")]
    edges = {(edge["from"], edge["to"]): edge for edge in data["edges"]}
    assert edges["RUS", "KOR"]["count"] == 3
    assert edges["RUS", "KOR"]["width"] > edges["KOR", "RUS"]["width"]
    assert edges["RUS", "KOR"]["arrows"] == "to"


def test_colours_follow_kind_and_polarity_balance(events: pd.DataFrame) -> None:
    data = data_of(network_html(events))
    nodes = {node["id"]: node for node in data["nodes"]}
    assert nodes["RUS"]["color"] == NODE_COLOURS["state"]
    assert nodes["UN"]["color"] == NODE_COLOURS["organisation"]
    assert nodes["KOR"]["size"] > nodes["UN"]["size"]
    edges = {(edge["from"], edge["to"]): edge["color"] for edge in data["edges"]}
    assert edges["RUS", "KOR"] == COOPERATIVE_COLOUR
    assert edges["KOR", "RUS"] == CONFLICTUAL_COLOUR
    assert edges["PRK", "KOR"] == NEUTRAL_COLOUR


def test_edge_tooltip_carries_counts_goldstein_and_latest_quotes(events: pd.DataFrame) -> None:
    data = data_of(network_html(events))
    tip = next(edge["tip"] for edge in data["edges"] if (edge["from"], edge["to"]) == ("RUS", "KOR"))
    assert tip["heading"] == "RUS → KOR"
    assert "3 events: 67% cooperative, 33% conflictual" in tip["lines"]
    assert "mean Goldstein +0.3" in tip["lines"]
    assert [quote["text"] for quote in tip["quotes"]] == ["statement 1", "statement 2", "statement 3"]
    assert tip["quotes"][0]["byline"] == "RUS speaker · 2026-02-13 · TASS"
    assert tip["quotes"][0]["url"] == "https://tass.example/1"


def test_small_graphs_stabilise_with_physics(events: pd.DataFrame) -> None:
    data = data_of(network_html(events))
    assert data["options"]["physics"]["enabled"] is True
    assert data["options"]["physics"]["stabilization"]["enabled"] is True
    assert all("x" not in node for node in data["nodes"])


def test_large_graphs_get_a_fixed_layout_without_physics() -> None:
    codes = [f"A{first}{second}" for first in "BCDEFG" for second in "HIJ"]
    rows = [event(number, source, target)
            for number, (source, target) in enumerate(permutations(codes, 2))]
    data = data_of(network_html(frame(rows)))
    assert len(data["edges"]) == 18 * 17
    assert data["options"]["physics"] == {"enabled": False}
    assert all(isinstance(node["x"], float) and isinstance(node["y"], float) for node in data["nodes"])
    assert data == data_of(network_html(frame(rows)))


def test_untrusted_text_never_reaches_the_page_as_markup(untrusted: pd.DataFrame) -> None:
    page = network_html(untrusted, title="<script>alert('title')</script>")
    lowered = page.lower()
    assert "<script>alert" not in lowered
    assert "<img src=x" not in lowered
    assert 'href="javascript:' not in lowered
    assert "<b>bold" not in lowered
    assert "\u2028" not in page
    assert lowered.count("</script") == 3
    assert tags_of(page) == PAGE_TAGS
    assert "&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;" in page


def test_untrusted_text_is_still_shown_as_text(untrusted: pd.DataFrame) -> None:
    data = data_of(network_html(untrusted))
    quotes = [quote for edge in data["edges"] for quote in edge["tip"]["quotes"]]
    texts = {quote["text"] for quote in quotes}
    assert set(UNTRUSTED_STATEMENTS) <= texts
    assert "line\u2028separator & </script><b>bold</b>" in texts
    assert any(quote["byline"].startswith(UNTRUSTED_SPEAKER) for quote in quotes)


def test_only_web_urls_are_kept(untrusted: pd.DataFrame) -> None:
    page = network_html(untrusted)
    quotes = {quote["text"]: quote for edge in data_of(page)["edges"] for quote in edge["tip"]["quotes"]}
    assert quotes[UNTRUSTED_STATEMENTS[0]]["url"] is None
    assert quotes[UNTRUSTED_STATEMENTS[1]]["url"] == "https://tass.example/2"
    assert '"url": "javascript:' not in page


def test_empty_selection_gives_a_page_that_says_so() -> None:
    page = network_html(frame([]))
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "Nothing to show" in page
    data = data_of(page)
    assert data["nodes"] == [] and data["edges"] == []
    assert data["message"].startswith("Nothing to show")


def test_only_unrelatable_events_count_as_empty() -> None:
    page = network_html(frame([event(1, "RUS", "RUS"), event(2, "RUS", None)]))
    assert data_of(page)["nodes"] == []
    assert "Nothing to show" in page


def test_write_network_creates_the_file(tmp_path: Path, events: pd.DataFrame) -> None:
    path = write_network(events, tmp_path / "views" / "net.html", title="Korea")
    assert path == tmp_path / "views" / "net.html"
    page = path.read_text(encoding="utf-8")
    assert "<title>Korea</title>" in page
    assert len(data_of(page)["edges"]) == 4


def test_inline_isolates_the_page_in_an_escaped_iframe(untrusted: pd.DataFrame) -> None:
    pytest.importorskip("IPython")
    markup = inline(untrusted, height=420).data
    assert markup.count("<") == 4  # <div>, <iframe>, </iframe>, </div>: the page is all escaped
    assert 'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"' in markup
    assert "height: 420px" in markup
    srcdoc = re.search(r'srcdoc="([^"]*)"', markup)
    assert srcdoc is not None
    assert html.unescape(srcdoc.group(1)) == network_html(untrusted)


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.views.network)
    assert results.attempted >= 4 and results.failed == 0


def test_edges_carry_their_event_days_for_the_date_filter(events: pd.DataFrame) -> None:
    edges = {(edge["from"], edge["to"]): edge for edge in data_of(network_html(events))["edges"]}
    assert edges["RUS", "KOR"]["dates"] == ["2026-02-01", "2026-02-10", "2026-02-13"]
    assert edges["PRK", "KOR"]["dates"] == ["2026-02-13"]


def test_legend_names_what_is_drawn(events: pd.DataFrame) -> None:
    legend = data_of(network_html(events))["legend"]
    assert [item["label"] for item in legend] == [
        "state", "organisation", "mostly cooperative", "mixed or neutral", "mostly conflictual"]
    assert {item["mark"] for item in legend} == {"dot", "line"}


def test_colour_by_region_uses_the_region_table(events: pd.DataFrame) -> None:
    data = data_of(network_html(events, colour_by="region"))
    nodes = {node["id"]: node["color"] for node in data["nodes"]}
    assert nodes["KOR"] == nodes["CHN"] == region_colours()["Asia"]
    assert nodes["RUS"] == region_colours()["Europe"]
    assert nodes["UN"] == NODE_COLOURS["organisation"]
    labels = [item["label"] for item in data["legend"]]
    assert labels[:3] == ["Asia", "Europe", "organisation"]


def test_unknown_colour_scheme_is_refused(events: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="'kind' or 'region'"):
        network_html(events, colour_by="flag")  # type: ignore[arg-type]


def test_ego_view_keeps_the_centre_and_its_partners(events: pd.DataFrame) -> None:
    data = data_of(ego_html(events, "KOR"))
    assert sorted(node["id"] for node in data["nodes"]) == ["KOR", "PRK", "RUS"]
    assert sorted((edge["from"], edge["to"]) for edge in data["edges"]) == [
        ("KOR", "RUS"), ("PRK", "KOR"), ("RUS", "KOR")]
    centre = next(node for node in data["nodes"] if node["id"] == "KOR")
    assert centre["pinned"] is True and centre["borderWidth"] == 4
    assert data["legend"][-1] == {"mark": "ring", "colour": "#222222", "label": "KOR"}


def test_ego_view_of_an_absent_state_says_so(events: pd.DataFrame) -> None:
    page = ego_html(events, "FRA", title="France")
    assert data_of(page)["nodes"] == []
    assert "FRA has no events with another known country" in page
    with pytest.raises(ValueError, match="radius"):
        ego_html(events, "KOR", radius=0)
