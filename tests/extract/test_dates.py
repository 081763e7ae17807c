from datetime import date

import pytest

from kg.extract.dates import find_dates

FRIDAY = date(2026, 2, 13)  # a Friday: the TASS sample's dateline


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Putin said on January 15 that ties had grown.", "2026-01-15", "day"),
        ("The envoy spoke on Feb. 2 in Seoul.", "2026-02-02", "day"),
        ("The treaty was signed on 3 March 2001.", "2001-03-03", "day"),
        ("The talks opened on December 30.", "2025-12-30", "day"),  # most recent such day
        ("The ministers met on Monday.", "2026-02-09", "day"),
        ("He said on Friday.", "2026-02-13", "day"),  # the dateline's own weekday is that day
        ("They met last Friday.", "2026-02-06", "day"),
        ("Seoul protested yesterday.", "2026-02-12", "day"),
        ("The drills were held last week.", "2026-02", "month"),
        ("Earlier this month, Beijing hosted the forum.", "2026-02", "month"),
        ("The sanctions imposed last month remain.", "2026-01", "month"),
        ("Relations were established 35 years ago.", "1991", "year"),
        ("Moscow and Seoul established ties in 1990.", "1990", "year"),
        ("The visit in March was cancelled.", "2025-03", "month"),
        ("In March 2024 the two sides signed a protocol.", "2024-03", "month"),
        ("Three days ago the embassy issued a note.", "2026-02-10", "day"),
        ("Their summit in Gyeongju last November set the tone.", "2025-11", "month"),
        ("The talks held last March failed.", "2025-03", "month"),  # the March before
        ("Strikes have hit the city since the beginning of the year.", "2026", "year"),
        ("The plant was completed in mid-2024.", "2024", "year"),
        ("The agreement signed in late 2023 expired.", "2023", "year"),
    ],
)
def test_past_dates_resolve_against_publication(text: str, expected: str, precision: str) -> None:
    found = find_dates(text, FRIDAY)
    assert [(d.iso(), d.precision) for d in found] == [(expected, precision)]


def test_future_reading_for_announced_acts() -> None:
    assert [d.iso() for d in find_dates("He will visit on Monday.", FRIDAY, future=True)] == ["2026-02-16"]
    assert [d.iso() for d in find_dates("The forum opens on Feb. 28.", FRIDAY, future=True)] == ["2026-02-28"]
    assert [d.iso() for d in find_dates("They will meet next week.", FRIDAY)] == ["2026-02"]


def test_offsets_are_in_article_coordinates() -> None:
    sentence = "Putin said on January 15 that ties had grown."
    (found,) = find_dates(sentence, FRIDAY, offset=100)
    assert (found.start, found.end) == (100 + sentence.index("January"), 100 + sentence.index(" that"))


def test_relative_dates_need_an_anchor_but_absolute_ones_do_not() -> None:
    assert find_dates("They met on Monday.", None) == []
    assert [d.iso() for d in find_dates("They met on January 15, 2026.", None)] == ["2026-01-15"]


def test_impossible_days_and_numbers_are_not_dates() -> None:
    assert find_dates("The talks were set for February 30.", FRIDAY) == []
    assert find_dates("Exports grew by March 5 percent.", FRIDAY) == []
    assert find_dates("May he rest in peace.", FRIDAY) == []


def test_a_month_of_last_or_next_year() -> None:
    assert [d.iso() for d in find_dates("Tariffs doubled in August last year.", FRIDAY)] == ["2025-08"]
    assert [d.iso() for d in find_dates("The summit is planned for March next year.", FRIDAY)] == ["2027-03"]


def test_next_month_name_reads_forward() -> None:
    assert [d.iso() for d in find_dates("The ministers will meet next January.", FRIDAY)] == ["2027-01"]


def test_the_modal_may_is_no_month() -> None:
    assert find_dates("This may harm ties, the minister said.", FRIDAY) == []
    assert [d.iso() for d in find_dates("They met this May in Seoul.", date(2026, 6, 2))] == ["2026-05"]


@pytest.mark.parametrize(("text", "last"), [("on February 2", date(2026, 2, 2)), ("this month", date(2026, 2, 28)),
                                            ("this year", date(2026, 12, 31))])
def test_the_last_day_a_date_covers(text: str, last: date) -> None:
    assert find_dates(text, FRIDAY)[0].last_day() == last
