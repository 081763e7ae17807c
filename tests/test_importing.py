"""kg.importing: RDF files in, one named graph at a time, nothing fetched."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.api import KnowledgeGraph
from kg.cli import app
from kg.importing import import_rdf, read_quads
from kg.store import MemoryStore


@pytest.mark.parametrize("fmt, suffix", [("trig", ".trig"), ("nquads", ".nq"), ("jsonld", ".jsonld")])
def test_an_export_imports_back_to_the_same_graph(memory_graph: KnowledgeGraph, tmp_path: Path,
                                                  fmt: str, suffix: str) -> None:
    stream = io.BytesIO()
    memory_graph.export(stream, fmt)
    path = tmp_path / f"graph{suffix}"
    path.write_bytes(stream.getvalue())
    store = MemoryStore()
    report = import_rdf(store, path)
    assert report.graphs >= 24
    assert store.triple_count() == memory_graph.store.triple_count()
    import_rdf(store, path)  # again: graphs are replaced, nothing doubles
    assert store.triple_count() == memory_graph.store.triple_count()


def test_triples_outside_named_graphs_go_to_a_graph_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "my actors.ttl"
    path.write_text('<urn:a> <http://www.w3.org/2000/01/rdf-schema#label> "A" .\n', encoding="utf-8")
    (graph, quads), = read_quads(path).items()
    assert str(graph).endswith("/id/import/my-actors") and len(quads) == 1


def test_bad_files_are_refused_with_a_reason(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    broken.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.ttl is not valid turtle"):
        read_quads(broken)
    with pytest.raises(ValueError, match="unknown RDF file type '.xml'"):
        read_quads(tmp_path / "graph.xml")
    remote = tmp_path / "remote.jsonld"
    remote.write_text('{"@context": "https://schema.org/", "name": "A"}', encoding="utf-8")
    with pytest.raises(ValueError, match="never fetches"):
        read_quads(remote)


def test_kg_import_reports_each_file(tmp_path: Path) -> None:
    good = tmp_path / "good.nt"
    good.write_text('<urn:a> <urn:b> "c" .\n', encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["--store", "memory", "import", str(good), str(tmp_path / "missing.ttl")])
    assert result.exit_code == 0, result.output
    assert "Imported" in result.output and "missing.ttl" in result.stderr
    assert runner.invoke(app, ["--store", "memory", "import", str(tmp_path / "missing.ttl")]).exit_code == 1
