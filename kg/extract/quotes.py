"""Direct quotations: where they are, and which pieces belong to one quote.

Wire copy continues a long quote over paragraphs by leaving the closing mark
off a paragraph and opening the next one with a fresh mark; the speaker is
named once. Pieces of one such quote share a ``group``.
"""

from __future__ import annotations

from dataclasses import dataclass

OPENING = {"“": "”", "«": "»", '"': '"'}
CLOSING = {"”", "»", '"'}


@dataclass(frozen=True)
class QuoteRegion:
    """The text between a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    group: int  # regions of one continued quote share it; a transcript's answers are negative

    @property
    def transcript(self) -> bool:
        """Whether the region is a speaker's answer in a transcript ("A: …"), not a quotation."""
        return self.group < 0


def quote_regions(text: str) -> list[QuoteRegion]:
    """Quoted stretches of ``text`` in order; continued quotes share a group.

    >>> text = '“We are ready.\\n\\n“We will go on,” he said. She said "no".'
    >>> [(text[q.start:q.end], q.group) for q in quote_regions(text)]
    [('We are ready.', 0), ('We will go on,', 0), ('no', 1)]
    """
    regions: list[QuoteRegion] = []
    group = -1
    open_at: int | None = None
    closer = ""
    pending: int | None = None  # group of a quote left open at the end of the last paragraph
    position = 0
    for paragraph in text.split("\n"):
        if paragraph.strip():
            lead = len(paragraph) - len(paragraph.lstrip())
            for offset, char in enumerate(paragraph):
                index = position + offset
                if open_at is None and char in OPENING and _opens(paragraph, offset):
                    if pending is not None and offset == lead:
                        group_of_quote = pending
                    else:
                        group += 1
                        group_of_quote = group
                    pending = None
                    open_at, closer, current = index + 1, OPENING[char], group_of_quote
                elif open_at is not None and (char == closer or (closer == '"' and char in CLOSING)):
                    if index > open_at:
                        regions.append(QuoteRegion(open_at, index, current))
                    open_at = None
            if open_at is not None:
                regions.append(QuoteRegion(open_at, position + len(paragraph.rstrip()), current))
                pending, open_at = current, None
            elif pending is not None and paragraph.lstrip()[:1] not in OPENING:
                pending = None
        position += len(paragraph) + 1
    return regions


def _opens(paragraph: str, offset: int) -> bool:
    """A straight quote opens when it does not follow a letter or digit ("5" 'inches' aside)."""
    if paragraph[offset] != '"':
        return True
    before = paragraph[offset - 1] if offset else " "
    return not before.isalnum()


def inside(regions: list[QuoteRegion], start: int, end: int) -> QuoteRegion | None:
    """The quote region that contains the whole of [start, end), if any."""
    for region in regions:
        if region.start <= start and end <= region.end:
            return region
    return None
