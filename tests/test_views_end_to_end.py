"""The HTML view of a real graph that holds hostile text: offline, and nothing in it runs as markup.

The hostile article is a TASS-style story in which a spokeswoman reads out a
post full of HTML, so that ``<script>`` and ``<img onerror>`` reach the page as
the statement of a real event.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kg
from kg.api import KnowledgeGraph

pytestmark = pytest.mark.slow

SCRIPT_TAG = "<script>alert(1)</script>"
IMG_TAG = "<img src=x onerror=alert(1)>"
REMOTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
CSS_URL = re.compile(r"url\(\s*['\"]?\s*(?:https?:)?//", re.IGNORECASE)


class _PageParts(HTMLParser):
    """The tags and attributes of a page, and the text of its JSON data block."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data_blocks: list[str] = []
        self._in_data = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        self._in_data = tag == "script" and attributes.get("type") == "application/json"

    def handle_endtag(self, tag: str) -> None:
        self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data_blocks.append(data)


@pytest.fixture(scope="module")
def graph(examples_dir: Path, hostile_article: Path) -> Iterator[KnowledgeGraph]:
    graph = kg.open("memory")
    report = graph.ingest([examples_dir, hostile_article])
    assert report.failures == []
    yield graph
    graph.close()


@pytest.fixture(scope="module")
def page(graph: KnowledgeGraph, tmp_path_factory: pytest.TempPathFactory) -> str:
    title = f"Relations {SCRIPT_TAG}"
    return graph.view(tmp_path_factory.mktemp("view") / "view.html", title=title).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parts(page: str) -> _PageParts:
    parser = _PageParts()
    parser.feed(page)
    return parser


def test_the_hostile_quote_is_an_event_statement(graph: KnowledgeGraph) -> None:
    statements = graph.events(actor="JPN")["statement"]
    assert statements.str.contains(SCRIPT_TAG, regex=False).any()
    assert statements.str.contains(IMG_TAG, regex=False).any()


def test_the_page_loads_nothing_from_elsewhere(page: str, parts: _PageParts) -> None:
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    remote = [(tag, name, value) for tag, attributes in parts.tags for name, value in attributes.items()
              if name in ("src", "href") and value and REMOTE.match(value)]
    assert remote == []
    assert not CSS_URL.search(page)


def test_hostile_markup_never_appears_raw(page: str) -> None:
    assert "<script>alert(1)" not in page
    assert "<img src=x onerror" not in page


def test_hostile_text_travels_escaped_in_the_page_data(page: str, parts: _PageParts) -> None:
    assert "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e" in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    [block] = parts.data_blocks
    data = json.loads(block)
    quotes = [quote["text"] for edge in data["edges"] for quote in edge["tip"]["quotes"]]
    assert any(SCRIPT_TAG in quote and IMG_TAG in quote for quote in quotes)


def test_the_title_is_escaped(page: str) -> None:
    assert "Relations &lt;script&gt;alert(1)&lt;/script&gt;" in page
