"""People an article introduces are learned, kept with the article, and recognised later."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg

pytestmark = pytest.mark.slow

INTRODUCES = ("date 2026-03-02\nTOKYO, March 2. /TASS/. Russia is ready for dialogue with Japan, "
              "Russian Ambassador to Tokyo Nikolai Nozdrev said on Monday.\n")
LATER = ("date 2026-04-06\nMOSCOW, April 6. /TASS/. Nozdrev said on Monday that Tokyo had "
         "chosen confrontation with Moscow.\n")


def test_a_role_learned_in_one_article_resolves_a_surname_in_the_next(tmp_path: Path) -> None:
    (tmp_path / "a-introduces.txt").write_text(INTRODUCES, encoding="utf-8")
    (tmp_path / "b-later.txt").write_text(LATER, encoding="utf-8")
    graph = kg.open("memory")
    graph.ingest([tmp_path])
    later = graph.events()
    later = later[later["article"] == "b-later"]
    assert set(zip(later["source_name"], later["source_country"])) == {("Nikolai Nozdrev", "RUS")}

    # what the first article taught lives in its graph: removing it forgets the person
    assert graph.remove("a-introduces")
    graph.ingest([tmp_path / "b-later.txt"])
    again = graph.events()
    assert "Nikolai Nozdrev" not in set(again["source_name"])
