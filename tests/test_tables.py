from pathlib import Path

import pytest

import kg
from kg.tables import package_table, read_table, word_set


def test_package_tables_are_read_with_their_columns() -> None:
    rows = package_table("actors", "contextual_names.csv", required=["surface"])
    assert {"North", "South"} <= {row["surface"] for row in rows}


def test_a_missing_table_or_column_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="nothing.csv is missing; restore it"):
        read_table(tmp_path, "nothing.csv", [], hint="restore it")
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert read_table(tmp_path, "t.csv", ["a"]) == [{"a": "1", "b": "2"}]
    with pytest.raises(ValueError, match=r"columns \['c'\] are missing"):
        read_table(tmp_path, "t.csv", ["a", "c"])


@pytest.mark.parametrize("folder", ["data", "data/actors"])
def test_every_package_table_is_described_in_its_folders_readme(folder: str) -> None:
    here = Path(kg.__file__).parent / folder
    readme = (here / "README.md").read_text(encoding="utf-8")
    assert [table.name for table in sorted(here.glob("*.csv")) if table.name not in readme] == []


def test_word_sets_are_read_by_name_and_an_unknown_name_lists_the_known_ones() -> None:
    assert {"morning", "night"} <= word_set("time_nouns")
    assert "Q" in word_set("question_labels")
    with pytest.raises(KeyError, match="no set 'nothing'.*time_nouns"):
        word_set("nothing")
