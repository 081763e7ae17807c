"""Wire datelines: the ``SEOUL, February 13. /TASS/.`` that opens a news agency story.

A dateline tells where a story was filed, by which agency and, usually, on which
day. The day is the best evidence for "when" an undated statement was made, and
the place hints at which government speaks. The styles this module reads are
those of the wires the project follows, for example::

    SEOUL, February 13. /TASS/.               UN 24 Feb. /TASS/.
    SEOUL, Feb. 28 (Yonhap) --                Pyongyang, April 15 (KCNA) --
    BEIJING, Jan. 5 (Xinhua) --               MOSCOW, Aug 4 (Reuters) -
    WASHINGTON (Reuters) -                    KYIV, Ukraine (AP) —
    TACLOBAN, November 21, 2013 (AFP) -       TOKYO, April 13 Kyodo

Only the start of a text is examined, so a place name that merely opens a
sentence ("Washington, meanwhile, said ...") is not mistaken for a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kg.tables import package_table


def _read_agencies() -> dict[str, str]:
    return {row["written"]: row["agency"] for row in package_table("agencies.csv", required=["written", "agency"])}


#: Agency names as written in datelines (lower-cased) → the canonical name, from
#: ``kg/data/agencies.csv``. Parenthesised names not listed there are kept as written,
#: but only when the dateline also carries a date, so that ``NATO (alliance) -`` is
#: not a dateline.
AGENCY_NAMES: dict[str, str] = _read_agencies()


MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

#: How far into the text a dateline may start (a byline line may precede it).
SEARCH_WINDOW = 200

# Words of a place: "SEOUL", "New", "St.", "N.C.", "Port-au-Prince", "ZÜRICH".
# A month name is never a place word, so "Pyongyang April 15" splits correctly.
_MONTH_ALTERNATION = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?i:{_MONTH_ALTERNATION})\.?"
_NOT_MONTH = rf"(?!(?i:{_MONTH_ALTERNATION})\b)"
_PLACE_WORD = rf"{_NOT_MONTH}[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’.\-])*"
_PLACE = rf"{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,3}}"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])"
_YEAR = r"(?:19|20)[0-9]{2}"
_DASH = r"(?:--|—|–|-)"

_DATELINE = re.compile(
    rf"""
    (?P<place>{_PLACE})
    (?:,[ ]+(?P<region>{_PLACE}))?                       # KYIV, Ukraine / RALEIGH, N.C.
    (?:,?[ ]+                                             # the date, if any
        (?:
            (?P<month_a>{_MONTH})[ ]*(?P<day_a>{_DAY})\b(?:,?[ ]+(?P<year_a>{_YEAR}))?
          | (?P<day_b>{_DAY})\.?[ ]+(?P<month_b>{_MONTH})(?:[ ]+(?P<year_b>{_YEAR}))?
        )
    )?
    (?:
        \.?[ ]*/(?P<slash_agency>[A-Za-z][A-Za-z\-]*)/\.?     # . /TASS/.
      | [ ]*\((?P<paren_agency>[A-Za-z][A-Za-z.&' \-]{{0,38}})\)
            (?:[ ]*(?P<paren_dash>{_DASH}))?                 # (Yonhap) --  (AP) —
      | [ ]+(?P<bare_agency>(?i:kyodo))\b(?:[ ]*{_DASH})?      # TOKYO, April 13 Kyodo
      | [ ]+(?P<bare_dash>{_DASH})(?=\s)                  # SEOUL, Feb 12 —
    )
    """,
    re.VERBOSE,
)

# A line that holds only a date, as official sites print above a release:
# "July 24, 2026, 15:20", "24 July 2026", "2026-07-24 15:20", "Friday, July 24, 2026".
_TIME = r"(?:,?[ ]*(?:at[ ]+)?[0-2]?[0-9][:.][0-5][0-9](?:[ ]*(?i:[ap]\.?m\.?))?(?:[ ]*[A-Z]{2,4})?)?"
_WEEKDAY = r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ ]+)?"
_DATE_LINE = re.compile(
    rf"""
    [ ]*{_WEEKDAY}
    (?:
        (?P<month_a>{_MONTH})[ ]*(?P<day_a>{_DAY}),?[ ]+(?P<year_a>{_YEAR})
      | (?P<day_b>{_DAY})\.?[ ]+(?P<month_b>{_MONTH}),?[ ]+(?P<year_b>{_YEAR})
      | (?P<year_c>{_YEAR})-(?P<month_c>[01][0-9])-(?P<day_c>[0-3][0-9])
    )
    {_TIME}[ ]*
    """,
    re.VERBOSE,
)

# Blank characters before a dateline: whitespace and a stray byte-order mark.
_BLANK = " \t\r\f\v\u00a0\ufeff"

# A place this short in capitals is an acronym ("UN", "DC"), not a word to re-case.
_ACRONYM_LENGTH = 3

# Words kept in lower case when a capitalised place is re-cased.
_PLACE_PARTICLES = frozenset({"of", "and", "de", "du", "la", "es", "au", "al", "el"})


@dataclass(frozen=True)
class Dateline:
    """A parsed wire dateline and where it sits in the text.

    ``month``, ``day`` and ``year`` are as written (any may be ``None``);
    :func:`resolve_day` turns them into a date. ``region`` is the qualifier
    after the place (``"Ukraine"`` in ``KYIV, Ukraine (AP) —``), when present.
    """

    place: str | None
    agency: str | None
    month: int | None
    day: int | None
    year: int | None
    start: int
    end: int
    region: str | None = None


def canonical_agency(name: str) -> str:
    """The canonical spelling of an agency name, or the name as given (trimmed).

    Examples
    --------
    >>> canonical_agency("ITAR-TASS")
    'TASS'
    >>> canonical_agency("Associated Press")
    'AP'
    """
    cleaned = " ".join(name.split())
    return AGENCY_NAMES.get(_agency_key(cleaned), cleaned)


def parse_dateline(text: str) -> Dateline | None:
    """Find the wire dateline at the start of ``text``, or ``None``.

    The dateline must open the text (after leading whitespace) or open one of
    its first lines that starts within the first ``SEARCH_WINDOW`` characters,
    which lets a byline such as ``By Byun Duk-kun`` precede it.

    Examples
    --------
    >>> dl = parse_dateline("SEOUL, Feb. 28 (Yonhap) -- North Korea fired ...")
    >>> dl.place, dl.agency, dl.month, dl.day
    ('Seoul', 'Yonhap', 2, 28)
    >>> parse_dateline("Washington, meanwhile, said it would wait.") is None
    True
    """
    for line_start in _line_starts(text):
        dateline = _parse_at(text, line_start)
        if dateline is not None:
            return dateline
    return None


def resolve_day(dl: Dateline, year_hint: int | None, today: date) -> date | None:
    """The calendar day a dateline names, or ``None`` when it names no day.

    The year is the dateline's own, else ``year_hint`` (from a date marker or
    record metadata), else the most recent year in which that month and day
    fall on or before ``today``. An impossible day (February 30) gives ``None``.

    Examples
    --------
    >>> dl = parse_dateline("MOSCOW, December 30. /TASS/. The Kremlin said ...")
    >>> resolve_day(dl, None, date(2026, 3, 1))
    datetime.date(2025, 12, 30)
    >>> resolve_day(dl, 2024, date(2026, 3, 1))
    datetime.date(2024, 12, 30)
    """
    if dl.month is None or dl.day is None:
        return None
    year = dl.year if dl.year is not None else year_hint
    if year is not None:
        return _safe_date(year, dl.month, dl.day)
    # February 29 recurs only every four years (eight across a skipped century year).
    for candidate_year in range(today.year, today.year - 9, -1):
        candidate = _safe_date(candidate_year, dl.month, dl.day)
        if candidate is not None and candidate <= today:
            return candidate
    return None


def parse_date_line(text: str) -> date | None:
    """The day a text's first line names when that line is a date and nothing else.

    Official sites (the Kremlin, ministries) print the release's date, often
    with a time, on a line of its own above the heading; such a text has no
    wire dateline, and this line is its publication date.

    Examples
    --------
    >>> parse_date_line("July 24, 2026, 15:20\\n\\nTelephone conversation with ...")
    datetime.date(2026, 7, 24)
    >>> parse_date_line("24 July 2026\\nStatement by the Foreign Minister")
    datetime.date(2026, 7, 24)
    >>> parse_date_line("July 24, 2026, the minister said ...") is None
    True
    """
    first_line = text.lstrip(_BLANK + "\n").split("\n", 1)[0]
    match = _DATE_LINE.fullmatch(first_line.rstrip(_BLANK))
    if match is None:
        return None
    if match.group("year_c"):
        return _safe_date(int(match.group("year_c")), int(match.group("month_c")), int(match.group("day_c")))
    month = match.group("month_a") or match.group("month_b")
    day = match.group("day_a") or match.group("day_b")
    year = match.group("year_a") or match.group("year_b")
    return _safe_date(int(year), MONTHS[month.lower().rstrip(".")], int(day))


def published_day(text: str, declared: date | None, today: date) -> date | None:
    """A story's publication day: the day its source declares (a date marker, a record's
    field, a page's metadata), else its dateline's (see :func:`resolve_day`), else a date
    printed alone on its first line (:func:`parse_date_line`).

    Examples
    --------
    >>> published_day("SEOUL, Feb. 28 (Yonhap) -- ...", None, date(2026, 3, 1))
    datetime.date(2026, 2, 28)
    >>> published_day("July 24, 2026, 15:20\\n\\nTelephone conversation ...", None, date(2026, 8, 1))
    datetime.date(2026, 7, 24)
    """
    if declared is not None:
        return declared
    dateline = parse_dateline(text)
    day = resolve_day(dateline, None, today) if dateline is not None else None
    return day if day is not None else parse_date_line(text)


def _line_starts(text: str) -> list[int]:
    """Offsets of the first visible character of each line near the start."""
    starts = []
    offset = 0
    for line in text[:SEARCH_WINDOW].split("\n"):
        indent = len(line) - len(line.lstrip(_BLANK))
        if indent < len(line):
            starts.append(offset + indent)
        offset += len(line) + 1
    return starts


def _parse_at(text: str, start: int) -> Dateline | None:
    match = _DATELINE.match(text, start)
    if match is None:
        return None
    raw_place = match.group("place")
    month_word = match.group("month_a") or match.group("month_b")
    day = match.group("day_a") or match.group("day_b")
    year = match.group("year_a") or match.group("year_b")
    has_date = month_word is not None
    written_agency = (
        match.group("slash_agency") or match.group("paren_agency") or match.group("bare_agency")
    )
    known = written_agency is not None and _agency_key(written_agency) in AGENCY_NAMES
    place_in_capitals = raw_place.isupper()

    if written_agency is None:
        # "SEOUL, Feb 12 —": no agency, so ask for both a date and a place in capitals.
        if not (has_date and place_in_capitals):
            return None
    elif not known:
        # An unknown name in parentheses is an agency only beside a date and a dash.
        if not (has_date and match.group("paren_dash") and _looks_like_agency(written_agency)):
            return None
    elif match.group("bare_agency") and not has_date:
        return None

    region = match.group("region")
    return Dateline(
        place=_recase(raw_place),
        agency=canonical_agency(written_agency) if written_agency else None,
        month=MONTHS[month_word.rstrip(".").lower()] if month_word else None,
        day=int(day) if day else None,
        year=int(year) if year else None,
        start=start,
        end=match.end(),
        region=_recase(region) if region else None,
    )


def _agency_key(name: str) -> str:
    """The lookup key of an agency name in :data:`AGENCY_NAMES`."""
    return " ".join(name.split()).lower()


def _looks_like_agency(name: str) -> bool:
    """A short capitalised name: "Chinese media", "Tanjug"; not "see below"."""
    words = name.split()
    return 1 <= len(words) <= 3 and words[0][0].isupper()


def _recase(place: str) -> str:
    """Title-case a place written in capitals ("NEW YORK" → "New York").

    Places written otherwise, and short acronyms such as ``UN``, stay as written.
    """
    if not place.isupper() or len(place) <= _ACRONYM_LENGTH:
        return place
    words = place.lower().split(" ")
    recased = [
        word if index and word in _PLACE_PARTICLES else _capitalise_parts(word)
        for index, word in enumerate(words)
    ]
    return " ".join(recased)


def _capitalise_parts(word: str) -> str:
    """Capitalise each part of "kiev/moscow" or "port-louis" or "n.c."."""
    return re.sub(r"(^|[/\-.'’])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
