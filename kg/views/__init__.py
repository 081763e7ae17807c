"""Views of the event graph: offline HTML networks for browsers and notebooks."""
