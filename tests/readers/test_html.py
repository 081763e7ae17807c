"""Saved web pages: main text without boilerplate, metadata, and the dateline."""

from __future__ import annotations

import socket
from datetime import date
from pathlib import Path

import pytest

from kg.readers.html import read_html, read_html_bytes
from kg.readers.text import ArticleReadError

DATA = Path(__file__).parent.parent / "data" / "readers"
TODAY = date(2026, 3, 1)


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything tries to open a network connection."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the HTML reader tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_page_gives_main_text_and_metadata(no_network: None) -> None:
    path = DATA / "tass-embassy-page.html"
    article = read_html(path, today=TODAY)
    assert article.id == "tass-embassy-page"
    assert article.title == "Ambassador says Russia and South Korea stay on friendly terms"
    assert article.url == "https://example.org/world/ambassador-friendly-terms"
    assert (article.published, article.agency, article.place) == (date(2026, 2, 13), "TASS", "Seoul")
    assert article.origin == str(path)
    assert "SEOUL, February 13. /TASS/. Russia and South Korea keep a friendly attitude" in article.text
    assert "anniversary of diplomatic relations between Moscow and Seoul" in article.text


@pytest.mark.parametrize(
    "boilerplate",
    ["Subscribe to our newsletter", "Breaking: markets", "Read also", "All rights reserved", "Privacy policy"],
)
def test_page_boilerplate_is_left_out(boilerplate: str) -> None:
    article = read_html(DATA / "tass-embassy-page.html", today=TODAY)
    assert boilerplate not in article.text


def _page(body: str, head: str = "") -> bytes:
    paragraphs = "".join(f"<p>{sentence}</p>" for sentence in body.split("\n"))
    return (
        f"<html><head><meta charset='utf-8'>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article>{paragraphs}</article><footer>Contact us</footer></body></html>"
    ).encode("utf-8")


LONG_ENOUGH = (
    "The ministry added that preparations for the meeting were under way and that both sides "
    "had agreed on the main points of the agenda during consultations held earlier in the week."
)


def test_without_a_declared_date_the_dateline_gives_the_day(no_network: None) -> None:
    data = _page(f"SEOUL, Feb. 28 (Yonhap) -- South Korea proposed new talks with the North.\n{LONG_ENOUGH}")
    article = read_html_bytes(data, origin="page.html", article_id="page", today=TODAY)
    assert (article.published, article.agency, article.place) == (date(2026, 2, 28), "Yonhap", "Seoul")


def test_without_a_dateline_the_site_name_is_the_agency(no_network: None) -> None:
    head = "<meta property='og:site_name' content='Kyodo News'>"
    data = _page(f"Japan and South Korea agreed to resume security talks.\n{LONG_ENOUGH}", head)
    article = read_html_bytes(data, origin="page.html", article_id="page", today=TODAY)
    assert (article.agency, article.place, article.published) == ("Kyodo", None, None)


def test_page_without_a_story_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Page not found</title></head><body><script>var a = 1;</script></body></html>",
        encoding="utf-8",
    )
    with pytest.raises(ArticleReadError, match="no article text found"):
        read_html(path, today=TODAY)
