from kg.extract.quotes import inside, quote_regions


def pieces(text: str) -> list[tuple[str, int]]:
    return [(text[q.start:q.end], q.group) for q in quote_regions(text)]


def test_curly_and_straight_quotes() -> None:
    text = 'He said: “We are ready.” She replied "not yet" and left.'
    assert pieces(text) == [("We are ready.", 0), ("not yet", 1)]


def test_quote_continued_over_paragraphs_shares_a_group() -> None:
    text = ('“Our relations are friendly,” the ambassador said. “We value them.\n\n'
            '“We will keep working,” he added.\n\nThe ministry gave no details.')
    assert pieces(text) == [
        ("Our relations are friendly,", 0),
        ("We value them.", 1),
        ("We will keep working,", 1),
    ]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = '“No deal was reached\n\nOfficials left the room.'
    assert pieces(text) == [("No deal was reached", 0)]


def test_inches_mark_does_not_open_a_quote() -> None:
    assert pieces('A 12" shell hit the pier. "Stop," he said.') == [("Stop,", 0)]


def test_inside_finds_the_containing_region() -> None:
    text = 'They said “we agree” today.'
    regions = quote_regions(text)
    start = text.index("we")
    assert inside(regions, start, start + 2) == regions[0]
    assert inside(regions, 0, 4) is None
