"""IRIs shared by the extractor (event ids) and the RDF layer."""

from __future__ import annotations

import hashlib
import re

BASE = "https://w3id.org/diplo-kg/"
ONTOLOGY = BASE + "ontology#"
ID = BASE + "id/"
CAMEO = BASE + "cameo/"


def slug(text: str) -> str:
    """Lower-case ASCII slug: ``"Georgy Zinoviev"`` → ``"georgy-zinoviev"``."""
    cleaned = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return cleaned or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def article_iri(article_id: str) -> str:
    return f"{ID}article/{slug(article_id)}"


def article_graph_iri(article_id: str) -> str:
    """The named graph that holds one article and everything extracted from it."""
    return f"{ID}graph/{slug(article_id)}"


def actor_iri(kind: str, key: str) -> str:
    """A stable actor IRI: states and organisations by code, people by name."""
    return f"{ID}actor/{kind}/{slug(key)}"


def event_iri(article_id: str, *parts: object) -> str:
    """A stable event IRI from the article id and what makes the event unique."""
    digest = hashlib.sha1("|".join([article_id, *map(str, parts)]).encode("utf-8")).hexdigest()
    return f"{ID}event/{digest[:20]}"
