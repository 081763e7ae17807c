"""Where article graphs are kept: one small interface, several backends.

>>> with open_store("memory") as store:
...     store.name
'memory'
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import EXPORT_FORMATS, QueryResult, Store, StoreLockedError
from kg.store.memory import MemoryStore
from kg.store.oxigraph import OxigraphStore
from kg.store.sparql import RemoteStoreError, SparqlStore

#: The store folder used when none is given.
DEFAULT_STORE = Path("kgdata")

__all__ = ["DEFAULT_STORE", "EXPORT_FORMATS", "MemoryStore", "OxigraphStore", "QueryResult",
           "RemoteStoreError", "SparqlStore", "Store", "StoreLockedError", "open_store"]


def open_store(spec: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Open the store that ``spec`` names.

    Parameters
    ----------
    spec : str, Path or None
        ``None`` for the folder ``./kgdata``; ``"memory"`` for an in-process store;
        an ``http(s)://`` or ``sparql+http(s)://`` URL for a SPARQL 1.1 server
        (:func:`kg.store.sparql.parse_endpoints` says how its endpoints are
        found; nothing is sent until the store is used); any other value is a
        folder for an Oxigraph store (created when missing, unless ``read_only``).
    read_only : bool
        For commands that only read. A folder is then opened without its
        writer's lock, so it works while another process (``kg serve``, an
        ingest) holds the folder, and a folder that holds no store is an error
        instead of a new empty store. Memory and remote stores ignore it (a
        remote store is read-only when it has no update endpoint).

    Returns
    -------
    Store
        Close it when done, or use it as a context manager.

    Raises
    ------
    FileNotFoundError
        ``read_only`` and the folder holds no store (a mistyped ``--store``).
    """
    if spec is None:
        return OxigraphStore(DEFAULT_STORE, read_only=read_only)
    text = str(spec)
    if text == "memory":
        return MemoryStore()
    if text.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        return SparqlStore(text)
    return OxigraphStore(spec, read_only=read_only)
