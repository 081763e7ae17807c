"""read_paths: files by extension, folders, stdin, and what goes wrong with each."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from kg.article import Article, ReadFailure
from kg.readers import read_paths

DATA = Path(__file__).parent.parent / "data" / "readers"
CORPUS = DATA / "corpus"
TODAY = date(2026, 3, 1)
TASS_STORY = "SEOUL, February 13. /TASS/. The peoples of Russia and South Korea are friends."


def _read(*paths: str | Path, stdin: str | None = None) -> list[Article | ReadFailure]:
    stream = io.StringIO(stdin) if stdin is not None else None
    return list(read_paths(paths, today=TODAY, stdin=stream))


def _failures(items: list[Article | ReadFailure]) -> list[ReadFailure]:
    return [item for item in items if isinstance(item, ReadFailure)]


def test_folder_is_read_recursively_in_a_stable_order() -> None:
    items = _read(CORPUS)
    assert all(isinstance(item, Article) for item in items)
    assert [item.id for item in items if isinstance(item, Article)] == [
        "tass-2026-02-13-zinoviev",
        "yonhap-2026-03-01-drill",
        "records-2",
        "yonhap-2026-02-28-talks",
    ]
    assert [item.id for item in _read(CORPUS) if isinstance(item, Article)] == [
        item.id for item in items if isinstance(item, Article)
    ]


def test_folder_skips_hidden_entries_and_other_extensions() -> None:
    origins = [item.origin for item in _read(CORPUS)]
    assert not any(".hidden" in origin or ".drafts" in origin or origin.endswith(".md") for origin in origins)


def test_articles_from_a_folder_carry_their_metadata() -> None:
    by_id = {item.id: item for item in _read(CORPUS) if isinstance(item, Article)}
    tass = by_id["tass-2026-02-13-zinoviev"]
    assert (tass.published, tass.agency, tass.place) == (date(2026, 2, 13), "TASS", "Seoul")
    assert tass.text.startswith("SEOUL, February 13. /TASS/. Russia and South Korea")
    assert tass.origin == str(CORPUS / "tass-2026-02-13-zinoviev.txt")
    yonhap = by_id["yonhap-2026-02-28-talks"]
    assert (yonhap.published, yonhap.agency, yonhap.place) == (date(2026, 2, 28), "Yonhap", "Seoul")


def test_each_file_type_by_extension() -> None:
    items = _read(DATA / "single.json", DATA / "tass-embassy-page.html", DATA / "agencies.json")
    assert [item.id for item in items if isinstance(item, Article)] == [
        "single",
        "tass-embassy-page",
        "ap-2026-03-02-un",
        "agencies-2",
    ]


def test_bad_records_do_not_stop_the_others() -> None:
    items = _read(DATA / "mixed.jsonl", DATA / "single.json")
    assert [item.id for item in items if isinstance(item, Article)] == ["kcna-2026-04-15", "mixed-3", "single"]
    assert [failure.origin for failure in _failures(items)] == [
        f"{DATA / 'mixed.jsonl'}:2",
        f"{DATA / 'mixed.jsonl'}:5",
        f"{DATA / 'mixed.jsonl'}:6",
    ]


def test_named_file_with_an_unknown_extension_is_a_failure() -> None:
    (failure,) = _read(CORPUS / "notes.md")
    assert isinstance(failure, ReadFailure)
    assert failure.origin == str(CORPUS / "notes.md")
    assert "'.md'" in failure.reason and ".txt" in failure.reason


def test_missing_path_is_a_failure(tmp_path: Path) -> None:
    (failure,) = _read(tmp_path / "nowhere.txt")
    assert isinstance(failure, ReadFailure)
    assert "no such file or folder" in failure.reason


def test_empty_file_is_a_failure_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("date 2026-02-13\n\n", encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure)
    assert failure.origin == str(path)
    assert failure.reason == "empty article: no text after the date marker"
    assert str(failure).startswith(str(path))


def test_bad_marker_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("date 2026-13-45\n" + TASS_STORY, encoding="utf-8")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure)
    assert "line 1" in failure.reason and "date YYYY-MM-DD" in failure.reason


def test_cp1252_and_bom_files_are_read(tmp_path: Path) -> None:
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(b"date 2026-02-13\r\nSEOUL (AP) \x97 \x93We are friends,\x94 he said.\r\n")
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf date 2026-02-13 " + TASS_STORY.encode("utf-8"))
    first, second = _read(legacy, bom)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.text == "SEOUL (AP) — “We are friends,” he said.\n"
    assert (first.published, first.agency) == (date(2026, 2, 13), "AP")
    assert second.text == TASS_STORY


def test_binary_file_is_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (failure,) = _read(path)
    assert isinstance(failure, ReadFailure) and "binary" in failure.reason


def test_duplicate_ids_fail_on_the_second_file_naming_both(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(TASS_STORY, encoding="utf-8")
    first, second = _read(tmp_path)
    assert isinstance(first, Article) and first.id == "story"
    assert isinstance(second, ReadFailure)
    assert second.origin == str(tmp_path / "b" / "story.txt")
    assert str(tmp_path / "a" / "story.txt") in second.reason
    assert "rename one" in second.reason


def test_the_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(TASS_STORY, encoding="utf-8")
    first, second = _read(path, path)
    assert isinstance(first, Article)
    assert isinstance(second, ReadFailure) and "named twice" in second.reason


def test_stdin_text_is_one_article_with_a_content_id() -> None:
    (article,) = _read("-", stdin="date 2026-02-13\n" + TASS_STORY)
    assert isinstance(article, Article)
    assert article.id.startswith("stdin-") and len(article.id) == len("stdin-") + 12
    assert (article.origin, article.published, article.text) == ("<stdin>", date(2026, 2, 13), TASS_STORY)
    (again,) = _read("-", stdin="date 2026-02-13\n" + TASS_STORY)
    assert isinstance(again, Article) and again.id == article.id


def test_stdin_jsonl_when_every_line_is_an_object() -> None:
    lines = '{"id": "one", "text": "MOSCOW (Reuters) - One."}\n\n{"text": "SEOUL (AP) — Two."}\n'
    first, second = _read("-", stdin=lines)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.agency, second.id, second.agency) == ("one", "Reuters", "stdin-3", "AP")


def test_stdin_with_some_json_lines_is_plain_text() -> None:
    text = '{"note": "a JSON line"}\nSEOUL (AP) — and then prose.'
    (article,) = _read("-", stdin=text)
    assert isinstance(article, Article) and article.text == text


def test_empty_stdin_is_a_failure() -> None:
    (failure,) = _read("-", stdin="   \n")
    assert isinstance(failure, ReadFailure)
    assert failure.origin == "<stdin>" and "empty article" in failure.reason
