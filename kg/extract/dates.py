"""Dates in the text, resolved against the article's publication date.

Wire copy dates events relative to the dateline: "on Monday", "last week",
"earlier this month", "on January 15", "35 years ago", "in 1990". Each
expression becomes a ``DateValue`` at its precision (day, month or year); an
expression with no usable anchor (a weekday in an undated article) is skipped.
Only past readings are produced, as news reports what has happened.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

Precision = Literal["day", "month", "year"]

MONTHS: dict[str, int] = {}
for _number in range(1, 13):
    MONTHS[calendar.month_name[_number].lower()] = _number
    MONTHS[calendar.month_abbr[_number].lower()] = _number
MONTHS["sept"] = 9
WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_MONTH_NAME = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_COUNT = r"(?P<count>\d+|" + "|".join(NUMBER_WORDS) + r")"

# Order matters: longer, more specific forms first; each pattern's match is consumed.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a month name before a quantity is no date ("grew by March 5 percent"): consumed, never resolved
    ("quantity", re.compile(rf"\b{_MONTH}\s+\d+(?:\.\d+)?\s*(?:%|percent|per cent)", re.I)),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("day-month-year", re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.I)),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month-day", re.compile(rf"\b{_MONTH}\s+{_DAY}\b", re.I)),
    ("day-month", re.compile(rf"\b{_DAY}\s+{_MONTH}\b", re.I)),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.I)),
    ("month-relative-year", re.compile(rf"\b(?:in\s+|early\s+|late\s+)?{_MONTH}\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b", re.I)),
    # the month capitalised: "this may harm ties" is no date
    ("relative-month", re.compile(rf"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext)\s+{_MONTH_NAME}(?!\s*\d)")),
    ("part-year", re.compile(rf"\b(?:early|mid|late)[-\s]{_YEAR}\b", re.I)),
    ("year-so-far", re.compile(r"\b(?:since|from|at) the (?:beginning|start) of (?:the|this) year\b", re.I)),
    ("ago", re.compile(rf"\b{_COUNT}\s+(?P<unit>day|week|month|year)s?\s+ago\b", re.I)),
    ("relative-unit", re.compile(r"\b(?P<which>last|this|earlier this|late last|earlier last|"
                                 r"previous|past)\s+(?P<unit>week|month|year)\b", re.I)),
    ("relative-next", re.compile(r"\b(?:next|later this|the coming)\s+(?P<unit>week|month|year)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:(?P<which>last|this|next|on|since|earlier on)\s+)?{_WEEKDAY}\b", re.I)),
    ("deictic", re.compile(r"\b(?P<word>today|yesterday|tonight|this morning|this afternoon|"
                           r"this evening|last night|the day before)\b", re.I)),
    ("in-month", re.compile(rf"\b(?:in|since|during|by|until|from)\s+(?:early\s+|mid-?|late\s+)?{_MONTH}\b", re.I)),
    ("in-year", re.compile(rf"\b(?:in|since|from|of|during|by|until|back in)\s+{_YEAR}\b", re.I)),
]


@dataclass(frozen=True)
class DateValue:
    """A resolved date at its precision, and where in the text it was written."""

    value: date
    precision: Precision
    start: int
    end: int
    text: str

    def last_day(self) -> date:
        """The last day the date covers: the day itself, or the end of its month or year
        ("this year" has not ended on any day of the year)."""
        if self.precision == "year":
            return date(self.value.year, 12, 31)
        if self.precision == "month":
            return date(self.value.year, self.value.month,
                        calendar.monthrange(self.value.year, self.value.month)[1])
        return self.value

    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


def _count(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text.lower()]


def _month_day(month: int, day: int, year: int | None, published: date | None,
               future: bool) -> date | None:
    """A month and day; without a year, the nearest such day before (or, for ``future``, after) publication."""
    if year is None:
        if published is None:
            return None
        year = published.year
        if not future and (month, day) > (published.month, published.day):
            year -= 1
        elif future and (month, day) < (published.month, published.day):
            year += 1
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _resolve(kind: str, match: re.Match[str], published: date | None,
             future: bool) -> tuple[date, Precision] | None:
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    month = MONTHS.get(groups.get("month", "").lower().rstrip(".")) if "month" in groups else None
    if kind == "iso":
        try:
            return date(int(groups["year"]), int(groups["month"]), int(groups["day"])), "day"
        except ValueError:
            return None
    if kind in ("month-day-year", "day-month-year", "month-day", "day-month"):
        year = int(groups["year"]) if "year" in groups else None
        resolved = _month_day(month, int(groups["day"]), year, published, future) if month else None
        return (resolved, "day") if resolved else None
    if kind == "month-year":
        return date(int(groups["year"]), month, 1), "month"
    if kind in ("in-year", "part-year"):
        return date(int(groups["year"]), 1, 1), "year"
    if published is None:
        return None
    if kind == "month-relative-year":
        offset = {"last": -1, "this": 0, "next": 1}[groups["which"].lower()]
        return date(published.year + offset, month, 1), "month"
    if kind == "relative-month":
        # "last November" in June is the November before; "this March" is this year's
        which = groups["which"].lower()
        if which == "last":
            return date(published.year - (1 if month >= published.month else 0), month, 1), "month"
        if which == "next":
            return date(published.year + (1 if month <= published.month else 0), month, 1), "month"
        return date(published.year, month, 1), "month"
    if kind == "year-so-far":
        return date(published.year, 1, 1), "year"
    if kind == "in-month":
        if future:
            year = published.year + (1 if month < published.month else 0)
        else:
            year = published.year - (1 if month > published.month else 0)
        return date(year, month, 1), "month"
    if kind == "ago":
        count, unit = _count(groups["count"]), groups["unit"].lower()
        if unit == "day":
            return published - timedelta(days=count), "day"
        if unit == "week":
            return published - timedelta(weeks=count), "day"
        if unit == "month":
            return _shift_months(published, -count), "month"
        return date(published.year - count, 1, 1), "year"
    if kind == "relative-unit":
        which, unit = groups["which"].lower(), groups["unit"].lower()
        back = 0 if which in ("this", "earlier this") else 1
        if unit == "week":
            # The contract has no week precision: a past week is dated by its month.
            return _shift_months(published - timedelta(weeks=back), 0), "month"
        if unit == "month":
            return _shift_months(published, -back), "month"
        return date(published.year - back, 1, 1), "year"
    if kind == "weekday":
        which = groups.get("which", "").lower()
        weekday = WEEKDAYS[groups["weekday"].lower()]
        if future or which == "next":
            ahead = (weekday - published.weekday()) % 7 or (7 if which == "next" else 0)
            return published + timedelta(days=ahead), "day"
        delta = (published.weekday() - weekday) % 7
        if which == "last" and delta == 0:
            delta = 7
        return published - timedelta(days=delta), "day"
    if kind == "deictic":
        word = groups["word"].lower()
        back = 1 if word in ("yesterday", "last night", "the day before") else 0
        return published - timedelta(days=back), "day"
    if kind == "relative-next":
        unit = groups["unit"].lower()
        if unit == "week":
            return _shift_months(published + timedelta(weeks=1), 0), "month"
        if unit == "month":
            return _shift_months(published, 1), "month"
        return date(published.year + 1, 1, 1), "year"
    return None


def find_dates(text: str, published: date | None, offset: int = 0, *,
               future: bool = False) -> list[DateValue]:
    """Every date expression in ``text`` resolved against ``published``, in text order.

    ``offset`` is added to the positions, so a sentence's dates can be reported
    in article coordinates. ``future`` reads year-less days and weekdays as the
    next such day, for acts announced in the future tense ("will visit on May 5").

    >>> [d.iso() for d in find_dates("Putin said on January 15 that ties had grown.", date(2026, 2, 13))]
    ['2026-01-15']
    >>> [d.iso() for d in find_dates("The talks were held last week.", date(2026, 2, 13))]
    ['2026-02']
    """
    taken: list[tuple[int, int]] = []
    found: list[DateValue] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < t_end and t_start < end for t_start, t_end in taken):
                continue
            resolved = _resolve(kind, match, published, future)
            taken.append((start, end))
            if resolved is not None:
                found.append(DateValue(resolved[0], resolved[1], start + offset, end + offset, match.group(0)))
    return sorted(found, key=lambda d: d.start)
