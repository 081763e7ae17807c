"""Saved web pages: the main story text and its metadata, by trafilatura.

Only the bytes of a saved file are given to trafilatura, never a URL, so reading
a page never touches the network. Navigation, footers and other boilerplate are
left out; the wire dateline at the start of the story still gives place and
agency, and the day when the page's metadata has no date.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import trafilatura

from kg.article import Article
from kg.namespaces import slug
from kg.readers.dateline import canonical_agency, parse_dateline, published_day
from kg.readers.text import ArticleReadError, read_bytes

# Only the dates a page declares (meta tags, markup), not any date that appears in its text.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read_html(path: Path, *, today: date) -> Article:
    """Read one saved ``.html``/``.htm`` page as one article; its id is the slugged file name.

    The publication date is the page's declared date, else the dateline's day.
    The agency is the dateline's, else the page's site name.

    Raises
    ------
    ArticleReadError
        When the file cannot be read or holds no recognisable story text.
    """
    return read_html_bytes(read_bytes(path), origin=str(path), article_id=slug(path.stem), today=today)


def read_html_bytes(data: bytes, *, origin: str, article_id: str, today: date) -> Article:
    """An article from the bytes of an HTML page (see :func:`read_html`)."""
    document = trafilatura.bare_extraction(
        data,
        with_metadata=True,
        include_comments=False,
        include_images=False,
        include_links=False,
        date_extraction_params=_DATE_SEARCH,
    )
    text = document.text if document is not None else None
    if not text or not text.strip():
        raise ArticleReadError(
            "no article text found in this page; save the story's own page, "
            "or copy its text into a .txt file"
        )
    dateline = parse_dateline(text)
    published = published_day(text, _declared_day(document.date), today)
    agency = dateline.agency if dateline else None
    if agency is None and document.sitename:
        agency = canonical_agency(document.sitename)
    return Article(
        id=article_id,
        text=text,
        published=published,
        agency=agency,
        place=dateline.place if dateline else None,
        url=document.url or None,
        title=document.title or None,
        origin=origin,
    )


def _declared_day(value: str | None) -> date | None:
    """The page's date as trafilatura reports it (``YYYY-MM-DD``), if readable."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
