"""Plain-text articles: decoding, the ``date YYYY-MM-DD`` marker, and the dateline.

A saved ``.txt`` story may open with a marker line that records its publication
date::

    date 2026-02-13
    SEOUL, February 13. /TASS/. The peoples of Russia and ...

or, as some scrapers write it, with the marker run straight into the dateline
(`` date 2026-02-13 SEOUL, February 13. /TASS/. ...``). The marker is metadata:
it is removed, and the article text is everything after it, so that every
character offset downstream points into the story itself.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from kg.article import Article
from kg.namespaces import slug
from kg.readers.dateline import parse_dateline, published_day

# "date" then something that starts like a date: the marker, well formed or not.
_MARKER = re.compile(r"[\s\ufeff]*date[ \t]+(?P<value>[0-9]\S*)", re.IGNORECASE)
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


class ArticleReadError(ValueError):
    """An input that cannot become an article; the message says why, in plain words."""


def decode_bytes(data: bytes) -> str:
    """Text from file bytes: UTF-16 with a BOM, UTF-8 (with or without BOM), else cp1252, else latin-1.

    A leading byte-order mark is dropped; latin-1 maps every byte, so only
    binary content is refused.

    Raises
    ------
    ArticleReadError
        When the bytes hold NUL characters, which text files never do.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark ("Unicode" in Notepad)
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise ArticleReadError(f"the file says it is UTF-16 but is not ({error}); save it as UTF-8") from error
    if b"\x00" in data:
        raise ArticleReadError(
            "this looks like a binary file, not text (it contains NUL bytes); "
            "save the story as plain text (UTF-8)"
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def split_marker(text: str) -> tuple[date | None, str]:
    """Split a leading ``date YYYY-MM-DD`` marker from the story.

    Returns the marker's date (``None`` without a marker) and the story, with
    the whitespace between marker and story removed and nothing else changed.

    Raises
    ------
    ArticleReadError
        When the marker's date is malformed or impossible (``date 2026-13-45``).

    Examples
    --------
    >>> split_marker("date 2026-02-13\\nSEOUL, February 13. /TASS/. ...")
    (datetime.date(2026, 2, 13), 'SEOUL, February 13. /TASS/. ...')
    """
    match = _MARKER.match(text)
    if match is None:
        return None, text.lstrip().lstrip("\ufeff").lstrip()
    value = match.group("value")
    line_number = text.count("\n", 0, match.start("value")) + 1
    marker_day = _parse_marker_day(value)
    if marker_day is None:
        raise ArticleReadError(
            f"line {line_number}: the date marker 'date {value}' is not a valid date; "
            "write it as 'date YYYY-MM-DD', for example 'date 2026-02-13'"
        )
    return marker_day, text[match.end():].lstrip()


def read_text(
    text: str,
    *,
    origin: str,
    article_id: str | None = None,
    today: date | None = None,
    published: date | None = None,
) -> Article:
    """An :class:`~kg.article.Article` from the text of a story.

    Newlines are normalised to ``\\n``. The publication date is ``published``
    when given, else the date marker, else the dateline's day (in the
    dateline's year, else the latest such day not after ``today``), else the
    date printed alone on the first line (official releases). Agency
    and place come from the dateline. Without ``article_id`` the id is
    ``text-`` and the first 12 hex digits of the SHA-1 of ``text``.

    Raises
    ------
    ArticleReadError
        On a malformed date marker, or when no text follows it.

    Examples
    --------
    >>> article = read_text("SEOUL, February 13. /TASS/. Hello.", origin="demo",
    ...                     today=date(2026, 3, 1))
    >>> article.published, article.agency, article.place
    (datetime.date(2026, 2, 13), 'TASS', 'Seoul')
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    marker_day, story = split_marker(text)
    if not story.strip():
        where = "after the date marker" if marker_day else "in the file"
        raise ArticleReadError(f"empty article: no text {where}")
    dateline = parse_dateline(story)
    known_day = published_day(story, published or marker_day, today or date.today())
    return Article(
        id=article_id or f"text-{content_hash(text)}",
        text=story,
        published=known_day,
        agency=dateline.agency if dateline else None,
        place=dateline.place if dateline else None,
        origin=origin,
    )


def read_text_file(path: Path, *, today: date) -> Article:
    """Read one ``.txt`` file as one article; its id is the slugged file name.

    Raises
    ------
    ArticleReadError
        When the file cannot be read, is not text, is empty, or has a bad marker.
    """
    return read_text(decode_bytes(read_bytes(path)), origin=str(path), article_id=slug(path.stem), today=today)


def read_bytes(path: Path) -> bytes:
    """The bytes of a file, or an :class:`ArticleReadError` that says why not."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleReadError("no such file; check the path") from None
    except PermissionError:
        raise ArticleReadError("permission denied; check that you may read this file") from None
    except OSError as error:
        raise ArticleReadError(f"could not be read ({error.strerror or error})") from None


def content_hash(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of ``text``: a stable id for unnamed input."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _parse_marker_day(value: str) -> date | None:
    if not _ISO_DAY.fullmatch(value):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None
