"""Where the ontology files are: inside the installed package, or in the source tree.

A wheel carries ``ontology/`` as ``kg/ontology/``; an editable install or a
checkout reads the repository's ``ontology/`` folder.
"""

from __future__ import annotations

from pathlib import Path

import rdflib

ONTOLOGY_FILES = ("diplo.ttl", "cameo.ttl")


def ontology_dir() -> Path:
    """The folder holding ``diplo.ttl`` and ``cameo.ttl``."""
    package = Path(__file__).resolve().parent
    for candidate in (package / "ontology", package.parent / "ontology"):
        if (candidate / ONTOLOGY_FILES[0]).is_file():
            return candidate
    raise FileNotFoundError(
        "The diplo-kg ontology files are missing from this installation; reinstall the package "
        "(`pip install --force-reinstall diplo-kg`) or run from a full checkout."
    )


def ontology_graph() -> rdflib.Graph:
    """The project ontology and the CAMEO concept scheme in one rdflib graph."""
    graph = rdflib.Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(ontology_dir() / name, format="turtle")
    return graph
