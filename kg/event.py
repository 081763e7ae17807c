"""The event record: the seam between extraction and everything after it.

``Event.to_record()`` gives exactly the JSON object of the public contract that
``kg extract --format jsonl`` prints (see ``docs/event-record.md``). Fields are
only ever added, never renamed or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ActorKind = Literal["person", "country", "organization", "group"]

#: The closed list of international-organisation codes that ``country`` may hold
#: besides ISO 3166-1 alpha-3 codes.
IGO_CODES = frozenset(
    "UN EU NATO ASEAN AU OSCE IAEA WHO WTO IMF G7 G20 BRICS SCO OPEC CSTO GCC ARAB_LEAGUE "
    "CIS EAEU ICC ICJ OTHER_IGO".split()
)
DatePrecision = Literal["day", "month", "year"]
#: Generational suffixes that close a personal name without being its surname ("Ferdinand
#: Marcos Jr." is Marcos), lower-cased and without the dot.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


@dataclass(frozen=True)
class Actor:
    """Who acts or is acted upon, and the state or organisation it acts for."""

    name: str
    country: str | None
    id: str
    kind: ActorKind
    role: str | None = None
    sector: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "id": self.id,
                "role": self.role, "kind": self.kind}


@dataclass(frozen=True)
class Event:
    """One dated, coded event with its evidence in the article text."""

    article: str
    event: str
    span: tuple[int, int]
    sentence: str
    source: Actor
    target: Actor | None
    date: str | None
    date_precision: DatePrecision | None
    published: str | None
    cameo: str
    root: str
    plover: str | None
    goldstein: float
    quad: int
    polarity: int
    negated: bool
    verb: str
    statement: str
    extras: dict[str, Any] = field(default_factory=dict, compare=False)

    def to_record(self) -> dict[str, Any]:
        """The contract's JSON object, keys in the documented order."""
        return {
            "article": self.article,
            "event": self.event,
            "span": [self.span[0], self.span[1]],
            "sentence": self.sentence,
            "source": self.source.to_record(),
            "target": self.target.to_record() if self.target else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "published": self.published,
            "cameo": self.cameo,
            "root": self.root,
            "plover": self.plover,
            "goldstein": self.goldstein,
            "quad": self.quad,
            "polarity": self.polarity,
            "negated": self.negated,
            "verb": self.verb,
            "statement": self.statement,
        }
