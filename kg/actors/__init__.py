"""The actor base: states, organisations, institutions and office-holders, found by name and date."""

from kg.actors.gazetteer import IGO_CODES, Entry, Gazetteer, Mention, RoleEntry

__all__ = ["IGO_CODES", "Entry", "Gazetteer", "Mention", "RoleEntry"]
