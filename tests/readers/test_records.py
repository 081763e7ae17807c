"""Input records: JSONL lines and JSON files, with failures reported per record."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from kg.article import Article, ReadFailure
from kg.readers.records import read_json, read_jsonl, read_jsonl_text, record_to_article
from kg.readers.text import ArticleReadError

DATA = Path(__file__).parent.parent / "data" / "readers"
TODAY = date(2026, 3, 1)


def test_jsonl_with_bad_lines_among_good_ones() -> None:
    path = DATA / "mixed.jsonl"
    items = list(read_jsonl(path, today=TODAY))
    assert [type(item).__name__ for item in items] == [
        "Article",
        "ReadFailure",
        "Article",
        "ReadFailure",
        "ReadFailure",
    ]
    kcna, broken, reuters, a_list, bad_date = items
    assert isinstance(kcna, Article) and isinstance(reuters, Article)
    assert (kcna.id, kcna.published, kcna.agency, kcna.place, kcna.origin) == (
        "kcna-2026-04-15",
        date(2026, 4, 15),
        "KCNA",
        "Pyongyang",
        f"{path}:1",
    )
    assert isinstance(broken, ReadFailure)
    assert broken.origin == f"{path}:2"
    assert "line 2 is not valid JSON" in broken.reason
    # a record without an id is named after the file and its line; its agency is canonical
    assert (reuters.id, reuters.agency, reuters.place, reuters.published) == ("mixed-3", "Reuters", "Washington", None)
    assert isinstance(a_list, ReadFailure) and a_list.origin == f"{path}:5"
    assert "found a list" in a_list.reason
    assert isinstance(bad_date, ReadFailure) and bad_date.origin == f"{path}:6"
    assert "'next Tuesday'" in bad_date.reason and "YYYY-MM-DD" in bad_date.reason


def test_missing_fields_come_from_the_dateline() -> None:
    items = list(read_jsonl(DATA / "corpus" / "yonhap" / "records.jsonl", today=TODAY))
    given, inferred = items
    assert isinstance(given, Article) and isinstance(inferred, Article)
    assert (given.id, given.url, given.title, given.agency) == (
        "yonhap-2026-03-01-drill",
        "https://example.org/yonhap/drill",
        "Allies plan joint drill",
        "Yonhap",
    )
    assert (inferred.id, inferred.agency, inferred.place, inferred.published) == (
        "records-2",
        "Xinhua",
        "Beijing",
        date(2026, 1, 5),
    )


def test_record_text_is_kept_exactly() -> None:
    text = "  SEOUL (AP) — One.\r\nTwo.\u2028Three.  "
    (article,) = read_jsonl_text(
        '{"id": "x", "text": "  SEOUL (AP) \\u2014 One.\\r\\nTwo.\\u2028Three.  "}\n',
        origin="<stdin>",
        stem="stdin",
        today=TODAY,
    )
    assert isinstance(article, Article)
    assert article.text == text


def test_raw_line_separator_inside_a_json_string_does_not_split_the_record() -> None:
    items = list(read_jsonl_text('{"text": "One.\u2028Two."}\n', origin="s", stem="s", today=TODAY))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].text == "One.\u2028Two."


def test_json_list_of_records() -> None:
    path = DATA / "agencies.json"
    un, kyiv = read_json(path, today=TODAY)
    assert isinstance(un, Article) and isinstance(kyiv, Article)
    assert (un.id, un.published, un.agency, un.place) == (
        "ap-2026-03-02-un",
        date(2026, 3, 2),
        "AP",
        "United Nations",
    )
    assert (kyiv.id, kyiv.place, kyiv.agency, kyiv.origin) == ("agencies-2", "Kyiv", "AP", f"{path} record 2")


def test_json_single_record_takes_the_file_stem_and_the_dateline_year() -> None:
    (article,) = read_json(DATA / "single.json", today=TODAY)
    assert isinstance(article, Article)
    assert (article.id, article.published, article.agency, article.place, article.title) == (
        "single",
        date(2026, 3, 3),
        "Kyodo",
        "Tokyo",
        "Japan protests to China",
    )


def test_broken_json_file_is_one_failure(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('[{"text": "One."},\n {"text": "Two."\n', encoding="utf-8")
    (failure,) = read_json(path, today=TODAY)
    assert isinstance(failure, ReadFailure)
    assert failure.origin == str(path)
    assert "not valid JSON" in failure.reason and "line 3" in failure.reason


@pytest.mark.parametrize(
    ("record", "message"),
    [
        ({"id": "a"}, "no 'text'"),
        ({"text": "   "}, "no 'text'"),
        ({"text": "One.", "title": ["not", "a", "string"]}, "'title' must be a string, found a list"),
        ({"text": "One.", "date": "13/02/2026"}, "'13/02/2026'"),
        ("just a string", "found a string"),
    ],
)
def test_record_errors_say_what_is_wrong(record: object, message: str) -> None:
    with pytest.raises(ArticleReadError, match=re.escape(message)):
        record_to_article(record, default_id="d", origin="o", today=TODAY)


def test_record_fields_win_over_the_dateline() -> None:
    article = record_to_article(
        {
            "id": 17,
            "text": "SEOUL, Feb. 28 (Yonhap) -- Text.",
            "date": "2026-02-27",
            "agency": "itar-tass",
            "place": "Busan",
        },
        default_id="d",
        origin="o",
        today=TODAY,
    )
    assert (article.id, article.published, article.agency, article.place) == ("17", date(2026, 2, 27), "TASS", "Busan")


def test_a_release_dated_on_its_first_line_takes_that_day() -> None:
    record = {"id": "kremlin-call", "text": "July 24, 2026, 15:20\n\nTelephone conversation with the President "
                                            "of Uzbekistan\n\nVladimir Putin had a telephone conversation."}
    article = record_to_article(record, default_id="x", origin="o", today=date(2026, 8, 1))
    assert article.published == date(2026, 7, 24)
