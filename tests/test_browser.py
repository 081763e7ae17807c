"""The views in a real browser: headless Chromium opens each page and watches what it does.

Each page must load with no console error, request nothing but its own file and
inline data, draw exactly the nodes and edges its data holds, and run none of
the scripts hidden in article text, names and URLs. The date filter and the
details panel are exercised in the page. Skipped, with the reason, on a machine
without Chromium; in CI (``$CI`` set) a missing Chromium fails instead, since
``.ci/run`` installs it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import kg
from kg.api import KnowledgeGraph
from kg.graph import EVENT_COLUMNS
from kg.views import write_view
from kg.views.browser import BrowserError, Chromium, ViewReport, find_chromium

DATA_BLOCK = re.compile(r'<script type="application/json" id="graph-data">(.*?)</script>', re.S)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
HOSTILE_TEXT = ('<script>alert("text")</script> <img src=x onerror=alert("img")> '
                '<a href="javascript:alert(\'href\')">read more</a>')
HOSTILE_NAME = '<img src=x onerror=alert("name")>'
HOSTILE_URL = 'javascript:alert("url")'

INTERACT = """
(function () {
  var api = window.diploKg;
  var all = api.filterDates("", "");
  var february = api.filterDates("2026-02-01", "2026-02-28");
  var hiddenEdges = api.edges.get({ filter: function (edge) { return edge.hidden; } }).length;
  var hiddenNodes = api.nodes.get({ filter: function (node) { return node.hidden; } }).length;
  var since = document.getElementById("since");
  since.value = "2026-03-01";
  since.dispatchEvent(new Event("input", { bubbles: true }));
  var typed = document.getElementById("shown").textContent;
  api.filterDates("", "");
  api.showDetails("RUS->KOR");
  var links = Array.prototype.map.call(document.querySelectorAll("#details a"), function (link) {
    return { href: link.getAttribute("href"), rel: link.rel, target: link.target };
  });
  var quotes = Array.prototype.map.call(document.querySelectorAll("#details q"), function (quote) {
    return quote.textContent;
  });
  return { all: all, february: february, hiddenEdges: hiddenEdges, hiddenNodes: hiddenNodes,
           typed: typed, links: links, quotes: quotes, images: document.images.length,
           scripts: document.scripts.length };
})()
"""
"""Narrows the dates by API and by typing, opens the details of RUS → KOR, and reads the page back."""


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    if find_chromium() is None:
        reason = ("no Chromium on this machine (apt-get install chromium, or set $DIPLO_KG_CHROMIUM); "
                  "the browser test needs it")
        if os.environ.get("CI"):
            pytest.fail(f"{reason}, and CI must run it: .ci/run should have installed it")
        pytest.skip(reason)
    with Chromium() as chromium:
        yield chromium


def row(number: int, source: str, target: str, *, date: str, polarity: int = 1,
        **fields: Any) -> dict[str, Any]:
    """One events-frame row: a named person of ``source`` speaks about ``target``."""
    record = dict.fromkeys(EVENT_COLUMNS)
    record.update(event=f"ev:{number}", article=f"article-{number}", date=pd.Timestamp(date),
                  source=f"person:{source}-{number % 3}", source_name=f"{source} official {number % 3}",
                  source_country=source, source_kind="person", target=f"country:{target}",
                  target_name=target, target_country=target, target_kind="country", cameo="051",
                  root="05", goldstein=3.0 * polarity, quad=1, polarity=polarity, negated=False,
                  verb="said", statement=f"statement {number}", agency="TASS",
                  url=f"https://tass.example/{number}")
    record.update(fields)
    return record


@pytest.fixture(scope="module")
def hostile_events() -> pd.DataFrame:
    """A small relation with hostile text, names and URLs on the RUS → KOR dyad."""
    rows = [
        row(1, "RUS", "KOR", date="2026-02-13", statement=HOSTILE_TEXT, url=HOSTILE_URL),
        row(2, "RUS", "KOR", date="2026-03-02", source_name=HOSTILE_NAME),
        row(3, "KOR", "RUS", date="2026-02-20", polarity=-1),
        row(4, "CHN", "KOR", date="2026-01-05"),
        row(5, "PRK", "USA", date="2026-03-10", polarity=-1),
        row(6, "USA", "NATO", date="2026-02-02"),
    ]
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def vis_data(path: Path) -> dict[str, Any]:
    [block] = DATA_BLOCK.findall(path.read_text(encoding="utf-8"))
    return json.loads(block)


def assert_clean(report: ViewReport) -> None:
    """Nothing went wrong, nothing was fetched, nothing hostile ran."""
    assert report.errors == []
    assert report.remote_requests == []
    assert report.requests[0] == report.url
    assert report.dialogs == []
    assert report.violations == []
    assert report.screenshot.startswith(PNG_SIGNATURE)


def test_hostile_view_loads_clean_and_runs_nothing(browser: Chromium, hostile_events: pd.DataFrame,
                                                   tmp_path: Path) -> None:
    path = write_view(hostile_events, tmp_path / "hostile.html", title=f"Relations {HOSTILE_NAME}")
    report = browser.inspect(path, probe=INTERACT)
    assert_clean(report)
    data = vis_data(path)
    assert (report.nodes, report.edges) == (len(data["nodes"]), len(data["edges"])) == (6, 5)
    (tmp_path / "hostile.png").write_bytes(report.screenshot)
    assert report.settled_ms > 0

    probe = report.probe
    assert probe["all"] == {"links": 5, "events": 6}
    assert probe["february"] == {"links": 3, "events": 3}
    assert (probe["hiddenEdges"], probe["hiddenNodes"]) == (2, 2)  # CHN → KOR, PRK → USA; CHN, PRK
    assert probe["typed"] == "2 of 5 links, 2 events in these dates"
    assert probe["links"] == [{"href": "https://tass.example/2", "rel": "noopener noreferrer",
                               "target": "_blank"}]
    assert HOSTILE_TEXT in probe["quotes"]
    assert probe["images"] == 0 and probe["scripts"] == 3


@pytest.mark.parametrize("kind", ["people", "ego", "dyad"])
def test_every_kind_of_view_loads_clean(browser: Chromium, hostile_events: pd.DataFrame,
                                        tmp_path: Path, kind: str) -> None:
    path = write_view(hostile_events, tmp_path / f"{kind}.html", kind=kind,  # type: ignore[arg-type]
                      centre="KOR", dyad=("RUS", "KOR"))
    report = browser.inspect(path)
    assert_clean(report)
    data = vis_data(path)
    assert (report.nodes, report.edges) == (len(data["nodes"]), len(data["edges"]))
    assert report.nodes > 0


def test_large_view_settles_without_physics(browser: Chromium, tmp_path: Path) -> None:
    codes = [f"S{number:02d}" for number in range(30)]
    rows = [row(number, source, target, date=f"2026-0{1 + number % 9}-1{number % 10}")
            for number, (source, target) in enumerate((a, b) for a in codes for b in codes if a < b)]
    path = write_view(pd.DataFrame(rows, columns=list(EVENT_COLUMNS)), tmp_path / "large.html")
    data = vis_data(path)
    assert data["options"]["physics"] == {"enabled": False}
    report = browser.inspect(path)
    assert_clean(report)
    assert (report.nodes, report.edges) == (30, 435)


def test_empty_view_shows_its_message(browser: Chromium, tmp_path: Path) -> None:
    path = write_view(pd.DataFrame(columns=list(EVENT_COLUMNS)), tmp_path / "empty.html")
    report = browser.inspect(path, probe='document.getElementById("network").textContent')
    assert_clean(report)
    assert (report.nodes, report.edges) == (0, 0)
    assert report.probe.startswith("Nothing to show")


@pytest.fixture(scope="module")
def corpus(examples_dir: Path, hostile_article: Path) -> Iterator[KnowledgeGraph]:
    graph = kg.open("memory")
    report = graph.ingest([examples_dir, hostile_article])
    assert report.failures == []
    yield graph
    graph.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["states", "people", "ego", "dyad"])
def test_views_of_the_sample_corpus_load_clean(browser: Chromium, corpus: KnowledgeGraph,
                                               tmp_path: Path, kind: str) -> None:
    path = write_view(corpus.events(), tmp_path / f"{kind}.html", kind=kind,  # type: ignore[arg-type]
                      centre="JPN", dyad=("RUS", "JPN"))
    report = browser.inspect(path)
    assert_clean(report)
    data = vis_data(path)
    assert (report.nodes, report.edges) == (len(data["nodes"]), len(data["edges"]))
    assert report.edges > 0
    (tmp_path / f"{kind}.png").write_bytes(report.screenshot)


def test_a_missing_browser_is_reported_plainly(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DIPLO_KG_CHROMIUM", str(tmp_path / "no-such-browser"))
    monkeypatch.setenv("PATH", str(tmp_path))
    assert find_chromium() is None
    with pytest.raises(BrowserError, match="apt-get install chromium"):
        Chromium()


def test_view_check_command_reports_and_saves_a_screenshot(browser: Chromium, hostile_events: pd.DataFrame,
                                                           tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from kg.cli import app

    page = write_view(hostile_events, tmp_path / "view.html")
    result = CliRunner().invoke(app, ["view-check", str(page), "--png", str(tmp_path / "shot.png")])
    assert result.exit_code == 0, result.output
    assert "6 nodes, 5 edges, settled in" in result.output
    assert (tmp_path / "shot.png").read_bytes().startswith(PNG_SIGNATURE)
    tampered = tmp_path / "tampered.html"
    tampered.write_text(page.read_text(encoding="utf-8").replace(
        "<body>", '<body><img src="https://cdn.example/x.png">'), encoding="utf-8")
    result = CliRunner().invoke(app, ["view-check", str(tampered)])
    assert result.exit_code == 1
    assert "request for https://cdn.example/x.png" in result.output
    missing = CliRunner().invoke(app, ["view-check", str(tmp_path / "none.html")])
    assert missing.exit_code == 2
