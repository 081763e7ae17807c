"""The article: the unit that readers produce and everything downstream keys on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news story, as read from a file, a record or stdin.

    ``text`` is the story exactly as extraction sees it; every character offset
    in an event's ``span`` points into it. A leading ``date YYYY-MM-DD`` marker
    of a saved ``.txt`` file is metadata and is not part of ``text``.
    """

    id: str
    text: str
    published: date | None = None
    agency: str | None = None
    place: str | None = None
    url: str | None = None
    title: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read as an article, and why, in plain words."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"
