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


def open_store(spec: str | Path | None = None) -> Store:
    """Open the store that ``spec`` names.

    Parameters
    ----------
    spec : str, Path or None
        ``None`` for the folder ``./kgdata``; ``"memory"`` for an in-process store;
        an ``http(s)://`` or ``sparql+http(s)://`` URL for a SPARQL 1.1 server
        (:func:`kg.store.sparql.parse_endpoints` says how its endpoints are
        found; nothing is sent until the store is used); any other value is a
        folder for an Oxigraph store (created when missing).

    Returns
    -------
    Store
        Close it when done, or use it as a context manager.
    """
    if spec is None:
        return OxigraphStore(DEFAULT_STORE)
    text = str(spec)
    if text == "memory":
        return MemoryStore()
    if text.startswith(("http://", "https://", "sparql+http://", "sparql+https://")):
        return SparqlStore(text)
    return OxigraphStore(spec)
