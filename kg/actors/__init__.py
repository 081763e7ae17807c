"""The actor base: states, organisations, institutions and office-holders, found by name and date,
resolved in context (:func:`resolve`), and learned from articles (:mod:`kg.actors.learned`)."""

from kg.actors.gazetteer import Entry, Gazetteer, Mention, RoleEntry
from kg.actors.resolve import FoundActor, ResolvedActor, find_actors, resolve
from kg.event import IGO_CODES

__all__ = ["IGO_CODES", "Entry", "FoundActor", "Gazetteer", "Mention", "ResolvedActor", "RoleEntry",
           "find_actors", "resolve"]
