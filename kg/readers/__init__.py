"""Readers: files, folders, records, web pages and stdin → :class:`~kg.article.Article`.

Each file type has one reader, chosen by extension in :data:`READERS`; a reader
yields articles, and a :class:`~kg.article.ReadFailure` for whatever it cannot
read, so one bad input never stops the others.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from kg.article import Article, ReadFailure
from kg.readers.dateline import Dateline, parse_dateline, resolve_day
from kg.readers.html import read_html
from kg.readers.records import read_json, read_jsonl, read_jsonl_text
from kg.readers.text import ArticleReadError, content_hash, read_text, read_text_file

__all__ = [
    "READERS",
    "ArticleReadError",
    "Dateline",
    "parse_dateline",
    "read_paths",
    "read_text",
    "resolve_day",
]

#: The origin named for articles read from standard input.
STDIN_ORIGIN = "<stdin>"

#: A reader is called as ``reader(path, today=day)``.
Reader = Callable[..., Iterable[Article | ReadFailure]]


def _one_article(read: Callable[..., Article]) -> Reader:
    """A reader for file types that hold exactly one article."""

    def reader(path: Path, *, today: date) -> Iterator[Article | ReadFailure]:
        try:
            yield read(path, today=today)
        except ArticleReadError as error:
            yield ReadFailure(str(path), str(error))

    return reader


#: File extension (lower case) → reader. Folders are read for these extensions only.
READERS: dict[str, Reader] = {
    ".txt": _one_article(read_text_file),
    ".html": _one_article(read_html),
    ".htm": _one_article(read_html),
    ".jsonl": read_jsonl,
    ".json": read_json,
}


def read_paths(
    paths: Iterable[str | Path],
    *,
    today: date | None = None,
    stdin: TextIO | None = None,
) -> Iterator[Article | ReadFailure]:
    """Read articles from files, folders and stdin, in the order given.

    Parameters
    ----------
    paths
        Files (by extension: ``.txt``, ``.jsonl``, ``.json``, ``.html``,
        ``.htm``), folders (read recursively in sorted order; hidden entries
        and other extensions are skipped) and ``"-"`` for standard input: one
        plain-text article, or JSONL when every non-empty line is a JSON object.
    today
        The day against which a dateline without a year is resolved (default:
        the real today).
    stdin
        The stream ``"-"`` reads (default: ``sys.stdin``).

    Yields
    ------
    Article or ReadFailure
        A failure names the input and says what to do; reading goes on. An
        article whose id was already yielded in this call is a failure too.

    Examples
    --------
    >>> import io
    >>> [a.id for a in read_paths(["-"], stdin=io.StringIO("SEOUL (AP) — Hello."))]
    ['stdin-adc2881f6d37']
    """
    today = today or date.today()
    first_origin_of: dict[str, str] = {}
    for item in _read_all(paths, today, stdin):
        if isinstance(item, Article) and item.id in first_origin_of:
            item = _duplicate(item, first_origin_of[item.id])
        elif isinstance(item, Article):
            first_origin_of[item.id] = item.origin
        yield item


def _duplicate(article: Article, first_origin: str) -> ReadFailure:
    if first_origin == article.origin:
        return ReadFailure(article.origin, "this input was already read (it is named twice); it is read once")
    return ReadFailure(
        article.origin,
        f"the article id '{article.id}' is already used by {first_origin}; "
        "rename one of the two files (or change the record's 'id') so that each id is unique",
    )


def _read_all(paths: Iterable[str | Path], today: date, stdin: TextIO | None) -> Iterator[Article | ReadFailure]:
    for given in paths:
        if str(given) == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, today)
            continue
        path = Path(given)
        if path.is_dir():
            for file in _folder_files(path):
                yield from READERS[file.suffix.lower()](file, today=today)
        elif not path.exists():
            yield ReadFailure(str(path), "no such file or folder; check the path")
        elif path.suffix.lower() not in READERS:
            kinds = ", ".join(sorted(READERS))
            yield ReadFailure(
                str(path),
                f"cannot read files of type '{path.suffix or '(no extension)'}'; use one of {kinds}",
            )
        else:
            yield from READERS[path.suffix.lower()](path, today=today)


def _folder_files(folder: Path) -> list[Path]:
    """Readable files under ``folder``, recursively, in a stable sorted order."""
    found = [
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in READERS
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    ]
    return sorted(found, key=lambda path: path.relative_to(folder).parts)


def _read_stdin(stream: TextIO, today: date) -> Iterator[Article | ReadFailure]:
    content = stream.read()
    if _is_jsonl(content):
        yield from read_jsonl_text(content, origin=STDIN_ORIGIN, stem="stdin", today=today)
        return
    try:
        yield read_text(content, origin=STDIN_ORIGIN, article_id=f"stdin-{content_hash(content)}", today=today)
    except ArticleReadError as error:
        yield ReadFailure(STDIN_ORIGIN, str(error))


def _is_jsonl(content: str) -> bool:
    """True when every non-empty line is a JSON object (and there is at least one)."""
    lines = [line for line in content.split("\n") if line.strip()]
    if not lines:
        return False
    for line in lines:
        try:
            if not isinstance(json.loads(line), dict):
                return False
        except json.JSONDecodeError:
            return False
    return True
