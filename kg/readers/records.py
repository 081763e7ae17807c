"""Input records: ``.jsonl`` (one record a line) and ``.json`` (one record or a list).

A record is a JSON object with the story in ``text`` and, optionally, ``id``,
``published`` (or ``date``), ``source`` (or ``agency``), ``url``, ``title`` and
``place``. Fields a record lacks are taken from the story's wire dateline when
it has one. A broken record is reported on its own; the others are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from kg.article import Article, ReadFailure
from kg.readers.dateline import canonical_agency, parse_dateline, published_day
from kg.readers.text import ArticleReadError, decode_bytes, read_bytes

_OPTIONAL_TEXT_FIELDS = ("id", "source", "agency", "url", "title", "place", "published", "date")


def read_jsonl(path: Path, *, today: date) -> Iterator[Article | ReadFailure]:
    """Read a ``.jsonl`` file: one article per non-empty line.

    Records without an ``id`` get ``<file-stem>-<line number>``.
    """
    try:
        content = decode_bytes(read_bytes(path))
    except ArticleReadError as error:
        yield ReadFailure(str(path), str(error))
        return
    yield from read_jsonl_text(content, origin=str(path), stem=path.stem, today=today)


def read_jsonl_text(content: str, *, origin: str, stem: str, today: date) -> Iterator[Article | ReadFailure]:
    """Read JSONL content already in memory (a file's text, or stdin).

    Each record's origin is ``<origin>:<line number>``.
    """
    # Split on "\n" only: JSON strings may hold U+2028, which str.splitlines() would cut.
    for line_number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        line_origin = f"{origin}:{line_number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(
                line_origin,
                f"line {line_number} is not valid JSON ({error.msg} at column {error.colno}); "
                "each line must hold one JSON object",
            )
            continue
        yield _article_or_failure(record, default_id=f"{stem}-{line_number}", origin=line_origin, today=today)


def read_json(path: Path, *, today: date) -> Iterator[Article | ReadFailure]:
    """Read a ``.json`` file holding one record or a list of records.

    A lone record without an ``id`` gets the file stem; records of a list get
    ``<file-stem>-<position>``, counting from 1.
    """
    try:
        content = decode_bytes(read_bytes(path))
        data = json.loads(content)
    except ArticleReadError as error:
        yield ReadFailure(str(path), str(error))
        return
    except json.JSONDecodeError as error:
        yield ReadFailure(
            str(path),
            f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno}); "
            "the file must hold one JSON object or a list of them",
        )
        return
    if isinstance(data, list):
        for position, record in enumerate(data, start=1):
            yield _article_or_failure(
                record, default_id=f"{path.stem}-{position}", origin=f"{path} record {position}", today=today
            )
    else:
        yield _article_or_failure(data, default_id=path.stem, origin=str(path), today=today)


def record_to_article(record: Any, *, default_id: str, origin: str, today: date) -> Article:
    """An :class:`~kg.article.Article` from one decoded input record.

    Raises
    ------
    ArticleReadError
        When the record is not an object, has no text, or holds a field of the
        wrong kind or a publication date that cannot be read.

    Examples
    --------
    >>> article = record_to_article(
    ...     {"text": "SEOUL, Feb. 28 (Yonhap) -- ...", "published": "2026-02-28"},
    ...     default_id="demo-1", origin="demo", today=date(2026, 3, 1))
    >>> article.id, article.agency, article.place, article.published
    ('demo-1', 'Yonhap', 'Seoul', datetime.date(2026, 2, 28))
    """
    if not isinstance(record, Mapping):
        raise ArticleReadError(
            f"expected a JSON object with a 'text' field, found {_json_kind(record)}"
        )
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ArticleReadError("the record has no 'text'; every record needs the story in a 'text' field")
    fields = _text_fields(record)
    published = published_day(text, _published(fields.get("published") or fields.get("date")), today)
    dateline = parse_dateline(text)
    agency = fields.get("source") or fields.get("agency")
    return Article(
        id=fields.get("id") or default_id,
        text=text,
        published=published,
        agency=canonical_agency(agency) if agency else (dateline.agency if dateline else None),
        place=fields.get("place") or (dateline.place if dateline else None),
        url=fields.get("url"),
        title=fields.get("title"),
        origin=origin,
    )


def _article_or_failure(record: Any, *, default_id: str, origin: str, today: date) -> Article | ReadFailure:
    try:
        return record_to_article(record, default_id=default_id, origin=origin, today=today)
    except ArticleReadError as error:
        return ReadFailure(origin, str(error))


def _text_fields(record: Mapping[str, Any]) -> dict[str, str]:
    """The optional fields, as stripped strings (an integer id is accepted)."""
    fields: dict[str, str] = {}
    for name in _OPTIONAL_TEXT_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if name == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            raise ArticleReadError(f"the field '{name}' must be a string, found {_json_kind(value)}")
        if value.strip():
            fields[name] = value.strip()
    return fields


def _published(value: str | None) -> date | None:
    """A publication date from ``2026-02-13`` or an ISO timestamp such as ``2026-02-13T09:30:00Z``."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ArticleReadError(
            f"the published date '{value}' cannot be read; write it as YYYY-MM-DD, for example 2026-02-13"
        ) from None


def _json_kind(value: Any) -> str:
    """How a JSON value is called in plain words: "a list", "a number", ..."""
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if value is None:
        return "null"
    return "an object"
