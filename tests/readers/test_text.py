"""Plain-text stories: decoding, the date marker, and dates, agency and place from the dateline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.readers.dateline import parse_dateline
from kg.readers.text import ArticleReadError, decode_bytes, read_text, read_text_file, split_marker

TODAY = date(2026, 3, 1)
TASS_STORY = "SEOUL, February 13. /TASS/. The peoples of Russia and South Korea are friends, the ambassador said."


def test_marker_on_its_own_line_is_removed() -> None:
    day, story = split_marker("date 2026-02-13\n" + TASS_STORY)
    assert day == date(2026, 2, 13)
    assert story == TASS_STORY


@pytest.mark.parametrize(
    "raw",
    [
        " date 2026-02-13 " + TASS_STORY,  # run into the dateline, with a leading space
        "date 2026-02-13 " + TASS_STORY,
        "\ufeffdate 2026-02-13 " + TASS_STORY,  # a BOM left in decoded text
        "\n\n  date 2026-02-13\n\n   " + TASS_STORY,
    ],
)
def test_marker_run_into_the_dateline_is_removed(raw: str) -> None:
    assert split_marker(raw) == (date(2026, 2, 13), TASS_STORY)


def test_text_without_a_marker_only_loses_leading_whitespace() -> None:
    assert split_marker("\n  " + TASS_STORY + "\n") == (None, TASS_STORY + "\n")


def test_a_story_that_starts_with_the_word_date_is_not_a_marker() -> None:
    text = "Date palms were planted along the new border road, officials said."
    assert split_marker(text) == (None, text)


@pytest.mark.parametrize(
    ("raw", "line"),
    [("date 2026-13-45\n" + TASS_STORY, 1), ("\n\ndate 2026/02/13\n" + TASS_STORY, 3), ("date 13-02-2026 x", 1)],
)
def test_bad_marker_says_which_line_and_the_expected_form(raw: str, line: int) -> None:
    with pytest.raises(ArticleReadError) as raised:
        split_marker(raw)
    message = str(raised.value)
    assert f"line {line}" in message
    assert "date YYYY-MM-DD" in message


def test_read_text_takes_the_marker_date_agency_and_place() -> None:
    article = read_text("date 2026-02-13\n" + TASS_STORY, origin="story.txt", article_id="story", today=TODAY)
    assert (article.id, article.published, article.agency, article.place, article.origin) == (
        "story",
        date(2026, 2, 13),
        "TASS",
        "Seoul",
        "story.txt",
    )


def test_offsets_point_into_the_story_after_the_marker() -> None:
    article = read_text(" date 2026-02-13 " + TASS_STORY, origin="story.txt", today=TODAY)
    assert article.text == TASS_STORY
    dateline = parse_dateline(article.text)
    assert dateline is not None
    assert dateline.start == 0
    assert article.text[dateline.start : dateline.end] == "SEOUL, February 13. /TASS/."


def test_without_a_marker_the_dateline_gives_the_day() -> None:
    article = read_text("MOSCOW, December 30. /TASS/. The Kremlin said.", origin="s", today=TODAY)
    assert article.published == date(2025, 12, 30)


def test_marker_date_wins_over_a_disagreeing_dateline() -> None:
    article = read_text("date 2026-02-14\n" + TASS_STORY, origin="s", today=TODAY)
    assert article.published == date(2026, 2, 14)


def test_given_published_date_wins() -> None:
    article = read_text(TASS_STORY, origin="s", today=TODAY, published=date(2026, 2, 12))
    assert article.published == date(2026, 2, 12)


def test_no_dateline_and_no_marker_leaves_the_metadata_empty() -> None:
    article = read_text("North Korea fired two missiles on Sunday.", origin="s", today=TODAY)
    assert (article.published, article.agency, article.place) == (None, None, None)


def test_an_official_release_dated_on_its_first_line_takes_that_day() -> None:
    raw = "July 24, 2026, 15:20\n\nTelephone conversation with President of Uzbekistan\n\nVladimir Putin had ..."
    article = read_text(raw, origin="s", today=TODAY)
    assert article.published == date(2026, 7, 24)
    assert article.text.startswith("July 24, 2026, 15:20")


def test_newlines_are_normalised() -> None:
    article = read_text("date 2026-02-13\r\nSEOUL (AP) — One.\r\nTwo.\rThree.", origin="s", today=TODAY)
    assert article.text == "SEOUL (AP) — One.\nTwo.\nThree."


def test_default_id_is_stable_and_derived_from_the_text() -> None:
    first = read_text(TASS_STORY, origin="a", today=TODAY)
    second = read_text(TASS_STORY, origin="b", today=TODAY)
    other = read_text(TASS_STORY + " More.", origin="a", today=TODAY)
    assert first.id == second.id != other.id
    assert first.id.startswith("text-") and len(first.id) == len("text-") + 12


@pytest.mark.parametrize("raw", ["", "   \n\n", "date 2026-02-13\n", "date 2026-02-13\n   \n"])
def test_empty_article_is_refused(raw: str) -> None:
    with pytest.raises(ArticleReadError, match="empty article: no text (after the date marker|in the file)"):
        read_text(raw, origin="s", today=TODAY)


def test_decode_utf8_with_and_without_bom() -> None:
    text = "SEOUL (AP) — “Quoted”"
    assert decode_bytes(text.encode("utf-8")) == text
    assert decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8")) == text


def test_decode_falls_back_to_cp1252() -> None:
    # 0x93/0x94 are curly quotes and 0x96 an en dash in cp1252, but invalid UTF-8.
    assert decode_bytes(b"SEOUL (AP) \x96 \x93Quoted\x94") == "SEOUL (AP) – “Quoted”"


def test_decode_falls_back_to_latin1_for_bytes_cp1252_lacks() -> None:
    assert decode_bytes(b"caf\xe9 \x81") == "café \x81"


def test_decode_refuses_binary_content() -> None:
    with pytest.raises(ArticleReadError, match="binary"):
        decode_bytes(b"%PDF-1.7\x00\x00\x01")


def test_read_text_file_slugs_the_file_name(tmp_path: Path) -> None:
    path = tmp_path / "TASS 2026_02_13 Zinoviev.txt"
    path.write_bytes(b"\xef\xbb\xbf date 2026-02-13 " + TASS_STORY.encode("utf-8"))
    article = read_text_file(path, today=TODAY)
    assert article.id == "tass-2026-02-13-zinoviev"
    assert article.text == TASS_STORY
    assert article.origin == str(path)


def test_read_text_file_reports_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ArticleReadError, match="no such file"):
        read_text_file(tmp_path / "absent.txt", today=TODAY)


def test_empty_article_message_says_where_text_is_missing() -> None:
    with pytest.raises(ArticleReadError, match="no text in the file"):
        read_text("  \n", origin="s", today=TODAY)
    with pytest.raises(ArticleReadError, match="no text after the date marker"):
        read_text("date 2026-02-13\n", origin="s", today=TODAY)


def test_utf16_with_a_byte_order_mark_is_read() -> None:
    story = "SEOUL, February 13. /TASS/. Привет, 서울."
    assert decode_bytes(story.encode("utf-16")) == story
