"""Wire datelines: the styles of the agencies the project reads, and what is not a dateline."""

from __future__ import annotations

from datetime import date

import pytest

from kg.readers.dateline import Dateline, canonical_agency, parse_date_line, parse_dateline, resolve_day

STORY = " The rest of the story follows here."

# (opening of a story, place, agency, month, day, year)
DATELINES = [
    # TASS: "PLACE, Month D. /TASS/."
    ("SEOUL, February 13. /TASS/.", "Seoul", "TASS", 2, 13, None),
    ("MOSCOW, November 30. /TASS/.", "Moscow", "TASS", 11, 30, None),
    ("NEW YORK, February 28. /TASS/.", "New York", "TASS", 2, 28, None),
    ("ST. PETERSBURG, June 3. /TASS/.", "St. Petersburg", "TASS", 6, 3, None),
    ("UN 24 Feb. /TASS/.", "UN", "TASS", 2, 24, None),
    ("SEOUL, 26 April. /tass/.", "Seoul", "TASS", 4, 26, None),
    ("MOSCOW /ITAR-TASS/.", "Moscow", "TASS", None, None, None),
    # Yonhap: "PLACE, Mon. D (Yonhap) --", with and without the dot
    ("SEOUL, Feb. 28 (Yonhap) --", "Seoul", "Yonhap", 2, 28, None),
    ("Seoul, Feb 28 (Yonhap) --", "Seoul", "Yonhap", 2, 28, None),
    ("SEOUL, Sept. 29 (Yonhap) --", "Seoul", "Yonhap", 9, 29, None),
    ("SEOUL, February 28 (Yonhap) --", "Seoul", "Yonhap", 2, 28, None),
    # Xinhua, with "--" or an em dash, and a region after the place
    ("BEIJING, Jan. 5 (Xinhua) --", "Beijing", "Xinhua", 1, 5, None),
    ("JOHANNESBURG, Nov. 14 (Xinhua) —", "Johannesburg", "Xinhua", 11, 14, None),
    ("MASERU, Lesotho, July 14 (Xinhua) —", "Maseru", "Xinhua", 7, 14, None),
    # Reuters, with and without a date, "-", "—" and "–"
    ("MOSCOW (Reuters) -", "Moscow", "Reuters", None, None, None),
    ("MOSCOW, Aug 4 (Reuters) -", "Moscow", "Reuters", 8, 4, None),
    ("WASHINGTON (Reuters) —", "Washington", "Reuters", None, None, None),
    ("SEOUL, Dec 31 (Reuters) –", "Seoul", "Reuters", 12, 31, None),
    ("KIEV/MOSCOW (Reuters) -", "Kiev/Moscow", "Reuters", None, None, None),
    ("MOSCOW, March 3, 2026 (Reuters) -", "Moscow", "Reuters", 3, 3, 2026),
    # KCNA: place in title case
    ("Pyongyang, April 15 (KCNA) --", "Pyongyang", "KCNA", 4, 15, None),
    ("Pyongyang, November 13 (KCNA) --", "Pyongyang", "KCNA", 11, 13, None),
    # AP: no date, em dash, regions and two-word places
    ("WASHINGTON (AP) —", "Washington", "AP", None, None, None),
    ("KYIV, Ukraine (AP) —", "Kyiv", "AP", None, None, None),
    ("UNITED NATIONS (AP) —", "United Nations", "AP", None, None, None),
    ("RALEIGH, N.C. (AP) —", "Raleigh", "AP", None, None, None),
    ("DAR ES SALAAM, Tanzania (AP) —", "Dar es Salaam", "AP", None, None, None),
    # AFP, Kyodo, UPI, Bloomberg
    ("SEOUL (AFP) -", "Seoul", "AFP", None, None, None),
    ("TACLOBAN, November 21, 2013 (AFP) -", "Tacloban", "AFP", 11, 21, 2013),
    ("TOKYO, April 13 Kyodo -", "Tokyo", "Kyodo", 4, 13, None),
    ("TOKYO (Kyodo) --", "Tokyo", "Kyodo", None, None, None),
    ("SEOUL, South Korea, Jan. 3 (UPI) --", "Seoul", "UPI", 1, 3, None),
    ("NEW YORK (Bloomberg) --", "New York", "Bloomberg", None, None, None),
    # an agency outside the table, kept as written because a date stands beside it
    ("BEIJING, Dec. 30 (Chinese media) --", "Beijing", "Chinese media", 12, 30, None),
    # places beyond ASCII
    ("ZÜRICH (Reuters) -", "Zürich", "Reuters", None, None, None),
    ("BOGOTÁ, Colombia, May 2 (AP) —", "Bogotá", "AP", 5, 2, None),
    # a dated dateline with no agency at all
    ("SEOUL, Feb 12 —", "Seoul", None, 2, 12, None),
]


@pytest.mark.parametrize(("opening", "place", "agency", "month", "day", "year"), DATELINES)
def test_parse_dateline_styles(
    opening: str, place: str, agency: str | None, month: int | None, day: int | None, year: int | None
) -> None:
    text = opening + STORY
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.month, dateline.day, dateline.year) == (
        place,
        agency,
        month,
        day,
        year,
    )
    assert text[dateline.start : dateline.end] == opening


@pytest.mark.parametrize(
    "text",
    [
        "Washington, meanwhile, said it would wait for the talks.",
        "Seoul, the capital, was quiet on Sunday.",
        "Moscow said on Monday that it was ready for talks.",
        "North Korea fired two missiles on Sunday, Seoul said.",
        "Russia, China and Iran held joint naval drills.",
        "NATO (the alliance) - said nothing.",
        "MOSCOW - The Kremlin declined to comment.",
        "The minister said: SEOUL (AP) — was mentioned in passing.",
        "",
        "   \n  ",
    ],
)
def test_parse_dateline_refuses_what_is_not_a_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_after_leading_whitespace_and_a_byline() -> None:
    text = "  \n\nBy Byun Duk-kun\nSEOUL, Feb. 10 (Yonhap) -- South Korea's new envoy said."
    dateline = parse_dateline(text)
    assert dateline is not None
    assert text[dateline.start : dateline.end] == "SEOUL, Feb. 10 (Yonhap) --"
    assert (dateline.place, dateline.agency, dateline.month, dateline.day) == ("Seoul", "Yonhap", 2, 10)


def test_dateline_is_only_looked_for_near_the_start() -> None:
    text = "An introduction without a dateline. " * 8 + "\nSEOUL (AP) — Too late to count."
    assert parse_dateline(text) is None


def test_dateline_at_the_end_of_a_line_needs_no_dash() -> None:
    dateline = parse_dateline("MIAMI (AP)\nHurricane Hugo moved past the Bahamas.")
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.start, dateline.end) == ("Miami", "AP", 0, 10)


def test_region_is_kept_apart_from_the_place() -> None:
    dateline = parse_dateline("KYIV, Ukraine (AP) — Talks stalled.")
    assert dateline is not None
    assert (dateline.place, dateline.region) == ("Kyiv", "Ukraine")


@pytest.mark.parametrize(
    ("written", "canonical"),
    [("ITAR-TASS", "TASS"), ("reuters", "Reuters"), ("Associated Press", "AP"), ("Tanjug", "Tanjug")],
)
def test_canonical_agency(written: str, canonical: str) -> None:
    assert canonical_agency(written) == canonical


def _dateline(month: int | None, day: int | None, year: int | None = None) -> Dateline:
    return Dateline(place="Seoul", agency="TASS", month=month, day=day, year=year, start=0, end=10)


TODAY = date(2026, 3, 1)


@pytest.mark.parametrize(
    ("month", "day", "expected"),
    [
        (12, 30, date(2025, 12, 30)),  # later in the year than today: last year
        (2, 28, date(2026, 2, 28)),
        (3, 1, date(2026, 3, 1)),  # today itself
        (3, 2, date(2025, 3, 2)),  # tomorrow: a year ago
        (2, 29, date(2024, 2, 29)),  # the last leap day
    ],
)
def test_resolve_day_without_a_year_takes_the_latest_such_day_not_after_today(
    month: int, day: int, expected: date
) -> None:
    assert resolve_day(_dateline(month, day), None, TODAY) == expected


def test_resolve_day_uses_the_year_hint() -> None:
    assert resolve_day(_dateline(12, 30), 2026, TODAY) == date(2026, 12, 30)


def test_resolve_day_prefers_the_datelines_own_year() -> None:
    assert resolve_day(_dateline(11, 21, 2013), 2026, TODAY) == date(2013, 11, 21)


def test_resolve_day_from_a_parsed_dateline() -> None:
    dateline = parse_dateline("MOSCOW, December 30. /TASS/. The Kremlin said.")
    assert dateline is not None
    assert resolve_day(dateline, None, TODAY) == date(2025, 12, 30)


def test_resolve_day_is_none_without_a_day_or_for_an_impossible_day() -> None:
    assert resolve_day(_dateline(None, None), 2026, TODAY) is None
    assert resolve_day(_dateline(2, 30), 2026, TODAY) is None
    assert resolve_day(_dateline(2, 30), None, TODAY) is None


@pytest.mark.parametrize(
    "opening",
    [
        "July 24, 2026, 15:20\n\nTelephone conversation with the President of Uzbekistan",
        "24 July 2026\nStatement by the Minister for Foreign Affairs",
        "Friday, July 24, 2026\nReadout of the call",
        "  2026-07-24 15:20\nPress release",
        "Jul. 24, 2026 at 3:15 p.m. EDT\nRemarks to the press",
    ],
)
def test_a_first_line_that_is_only_a_date_gives_the_day(opening: str) -> None:
    assert parse_date_line(opening) == date(2026, 7, 24)


@pytest.mark.parametrize(
    "opening",
    [
        "July 24, 2026, the minister said the talks would resume.",
        "MOSCOW, July 24. /TASS/. The Kremlin said ...",
        "Telephone conversation\nJuly 24, 2026",
        "February 30, 2026\nA day that does not exist",
    ],
)
def test_a_date_inside_a_sentence_or_below_the_heading_gives_none(opening: str) -> None:
    assert parse_date_line(opening) is None
