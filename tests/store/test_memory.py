"""kg.store.memory: the in-process rdflib store passes the store contract."""

from __future__ import annotations

import doctest

import pytest

import kg.store
import kg.store.base
import kg.store.memory
from kg.store import MemoryStore, open_store

from .conftest import StoreContract, fill


class TestMemoryStore(StoreContract):
    @pytest.fixture
    def store(self) -> MemoryStore:
        return fill(MemoryStore())


def test_open_store_memory_gives_an_empty_memory_store() -> None:
    with open_store("memory") as store:
        assert isinstance(store, MemoryStore)
        assert store.triple_count() == 0
        assert "persistent" not in store.capabilities
        assert "named-graphs" in store.capabilities



@pytest.mark.parametrize("module", [kg.store, kg.store.base, kg.store.memory])
def test_doctests(module: object) -> None:
    assert doctest.testmod(module).failed == 0
