"""kg.store.oxigraph: the persistent store passes the store contract, persists and locks."""

from __future__ import annotations

import doctest
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import kg.store.oxigraph
from kg.store import OxigraphStore, StoreLockedError, open_store

from .conftest import StoreContract, fill, sample_corpus


class TestOxigraphStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path) -> Iterator[OxigraphStore]:
        with OxigraphStore(tmp_path / "kgdata") as store:
            yield fill(store)


def test_a_folder_path_opens_an_oxigraph_store_that_persists(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "kgdata"
    with open_store(folder) as store:
        assert isinstance(store, OxigraphStore)
        assert {"persistent", "transactions", "stream-export"} <= store.capabilities
        fill(store)
        count = store.triple_count()
    with open_store(str(folder)) as reopened:
        assert reopened.triple_count() == count
        assert reopened.has_article(sample_corpus()[0][0].id)


def test_a_second_open_in_this_process_is_refused_clearly(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "kgdata"):
        with pytest.raises(StoreLockedError, match=r"is open in this process .*--store another-folder"):
            OxigraphStore(tmp_path / "kgdata")


@pytest.mark.slow
def test_a_store_held_by_another_process_is_refused_clearly(tmp_path: Path) -> None:
    folder = tmp_path / "kgdata"
    script = (
        "import sys\n"
        "from kg.store import OxigraphStore, StoreLockedError\n"
        "try:\n"
        f"    OxigraphStore({str(folder)!r})\n"
        "except StoreLockedError as error:\n"
        "    sys.exit(str(error))\n"
    )
    with OxigraphStore(folder):
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={"PYTHONPATH": str(Path(__file__).parents[2])}, check=False)
    assert done.returncode == 1
    assert f"the store {folder} is open in another process" in done.stderr
    assert "close it or use --store another-folder" in done.stderr


def test_closing_releases_the_folder(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "kgdata")
    store.close()
    with OxigraphStore(tmp_path / "kgdata") as again:
        assert again.triple_count() == 0
    with pytest.raises(RuntimeError, match="closed"):
        store.triple_count()


def test_a_folder_of_other_files_is_not_turned_into_a_store(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError, match="not an Oxigraph store"):
        OxigraphStore(tmp_path)
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]


def test_a_read_only_store_reads_while_a_writer_holds_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "kgdata"
    with OxigraphStore(folder) as writer:
        fill(writer)
        count = writer.triple_count()
        with open_store(folder, read_only=True) as reader:
            assert reader.triple_count() == count
            assert "concurrent-reads" in reader.capabilities
            assert "sparql-update" not in reader.capabilities
            with pytest.raises(PermissionError, match="read-only"):
                reader.remove_article(sample_corpus()[0][0].id)
        writer.remove_article(sample_corpus()[0][0].id)
        assert writer.triple_count() < count


@pytest.mark.slow
def test_a_read_only_store_opens_while_another_process_writes(tmp_path: Path) -> None:
    folder = tmp_path / "kgdata"
    script = (
        "from kg.store import open_store\n"
        f"with open_store({str(folder)!r}, read_only=True) as store:\n"
        "    print(store.triple_count())\n"
    )
    with OxigraphStore(folder) as holder:
        fill(holder)
        done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                              env={"PYTHONPATH": str(Path(__file__).parents[2])}, check=False)
        assert done.returncode == 0, done.stderr
        assert int(done.stdout) == holder.triple_count() > 0


@pytest.mark.parametrize("make", ["missing", "empty"])
def test_reading_a_folder_without_a_store_is_an_error_not_a_new_store(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "typo"
    if make == "empty":
        folder.mkdir()
    with pytest.raises(FileNotFoundError, match=f"no diplo-kg store at {folder}; ingest something first "
                                                "or check --store"):
        open_store(folder, read_only=True)
    assert folder.exists() == (make == "empty")


def test_a_parameter_outside_the_select_clause_falls_back_to_values(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "kgdata") as store:
        fill(store)
        result = store.query("SELECT ?s WHERE { ?s <https://w3id.org/diplo-kg/ontology#cameoCode> ?o }",
                             {"o": "112"})
        assert result.columns == ["s"] and len(result.rows) == 1


def test_doctests() -> None:
    assert doctest.testmod(kg.store.oxigraph).failed == 0


def test_distinct_triples_gives_a_triple_held_by_several_graphs_once(tmp_path: Path) -> None:
    with OxigraphStore(tmp_path / "kgdata") as store:
        fill(store)
        triples = list(store.distinct_triples())
        assert len(triples) == len(set(triples))
        union = store.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
        assert len(triples) == int(union.rows[0][0]) < store.triple_count()
