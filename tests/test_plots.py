"""kg.plots: the dyad timeline figure and its PNG, on a hand-built events frame; and ``kg timeline``."""

from __future__ import annotations

import doctest
import io
import math
import struct
from pathlib import Path
from typing import Any

import matplotlib.image
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from typer.testing import CliRunner

import kg
import kg.plots
from kg.analysis import dyad_timeline
from kg.graph import EVENT_COLUMNS
from kg.plots import save_timeline, timeline_figure

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
#: (source, target, date, polarity, goldstein)
EVENTS = [
    ("RUS", "KOR", "2026-01-15", 1, 4.0),
    ("RUS", "KOR", "2026-01-20", -1, -2.0),
    ("RUS", "KOR", "2026-04-02", 0, 0.0),
    ("KOR", "RUS", "2026-04-10", 1, 3.0),
    ("KOR", "RUS", "2026-04-11", 1, 6.0),
    ("CHN", "USA", "2026-02-01", -1, -4.0),
]


def frame(events: list[tuple[str, str, str, int, float]] = EVENTS) -> pd.DataFrame:
    rows = []
    for number, (source, target, day, polarity, goldstein) in enumerate(events, start=1):
        row: dict[str, Any] = dict.fromkeys(EVENT_COLUMNS)
        row.update(event=f"ev:{number}", source_country=source, target_country=target,
                   date=pd.Timestamp(day), polarity=polarity, goldstein=goldstein)
        rows.append(row)
    return pd.DataFrame(rows, columns=list(EVENT_COLUMNS))


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header chunk, after checking the signature and the end chunk."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG signature"
    assert data[12:16] == b"IHDR", "the first chunk is not IHDR"
    assert data[-8:-4] == b"IEND", "the file does not end with IEND"
    return struct.unpack(">II", data[16:24])


def test_bars_and_line_carry_the_timeline_values() -> None:
    figure = timeline_figure(frame(), "RUS", "KOR")
    assert isinstance(figure, Figure)
    counts, tone = figure.axes
    bars = [patch.get_height() for patch in counts.patches]
    # four months, January to April: RUS→KOR bars first, then KOR→RUS bars
    assert bars == [2, 0, 0, 1, 0, 0, 0, 2]
    [line] = tone.get_lines()[1:]  # the first line is the zero rule
    assert np.allclose(line.get_ydata(), [1.0, math.nan, math.nan, 3.0], equal_nan=True)
    assert tone.get_ylim() == (-10.0, 10.0)
    assert [tick.get_text() for tick in counts.get_xticklabels()] == [
        "2026-01", "2026-02", "2026-03", "2026-04"]
    legend = [text.get_text() for text in counts.get_legend().get_texts()]
    assert legend == ["RUS → KOR", "KOR → RUS", "mean Goldstein"]
    assert "2026-01 to 2026-04" in counts.get_title()


def test_figure_follows_the_order_of_the_pair_and_the_range() -> None:
    figure = timeline_figure(frame(), "kor", "rus", since="2026-04-01")
    counts = figure.axes[0]
    assert [patch.get_height() for patch in counts.patches] == [2, 1]
    assert counts.get_legend().get_texts()[0].get_text() == "KOR → RUS"


def test_long_timelines_label_every_nth_month() -> None:
    events = [("RUS", "KOR", f"{2020 + month // 12}-{month % 12 + 1:02d}-01", 1, 1.0)
              for month in range(0, 60, 7)]
    counts = timeline_figure(frame(events), "RUS", "KOR").axes[0]
    labels = [tick.get_text() for tick in counts.get_xticklabels()]
    assert len(dyad_timeline(frame(events), "RUS", "KOR")) == 57
    assert 2 <= len(labels) <= kg.plots.MONTH_LABELS and labels[0] == "2020-01"


def test_no_events_is_an_error_that_says_where_to_look() -> None:
    with pytest.raises(ValueError, match="no dated event between RUS and FRA.*kg dyads"):
        timeline_figure(frame(), "RUS", "FRA")


def test_save_timeline_writes_a_real_png(tmp_path: Path) -> None:
    path = save_timeline(frame(), "RUS", "KOR", tmp_path / "plots" / "rus-kor.png", dpi=100)
    assert path == tmp_path / "plots" / "rus-kor.png"
    data = path.read_bytes()
    width, height = png_size(data)
    assert (width, height) == (640, 450)  # figsize (5 + 0.35 × 4 months) × 4.5 inches at 100 dpi
    assert len(data) > 15_000
    pixels = matplotlib.image.imread(path)
    assert pixels.shape[:2] == (450, 640)
    assert len(np.unique(pixels.reshape(-1, pixels.shape[2]), axis=0)) > 50  # drawn, not blank


def test_plotting_leaves_pyplot_alone() -> None:
    import matplotlib.pyplot as plt

    before = plt.get_fignums()
    timeline_figure(frame(), "RUS", "KOR")
    assert plt.get_fignums() == before


def test_docstring_examples_run() -> None:
    results = doctest.testmod(kg.plots)
    assert results.attempted >= 2 and results.failed == 0


# -- kg timeline on the sample corpus ----------------------------------------------------------

@pytest.fixture(scope="module")
def store_folder(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path) -> str:
    folder = str(tmp_path_factory.mktemp("plots") / "kgdata")
    with kg.open(folder) as graph:
        graph.ingest(examples_dir)
    return folder


@pytest.mark.slow
def test_kg_timeline_writes_the_png_and_prints_the_table(store_folder: str, tmp_path: Path) -> None:
    from kg.cli import app

    out = tmp_path / "rus-kor.png"
    result = CliRunner().invoke(app, ["--store", store_folder, "timeline", "rus", "KOR", "--since",
                                      "2026-01-01", "--out", str(out), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out}" in " ".join(result.stderr.split())
    width, height = png_size(out.read_bytes())
    assert width > 600 and height > 400 and out.stat().st_size > 15_000
    printed = pd.read_csv(io.StringIO(result.stdout))
    with kg.open(store_folder) as graph:
        expected = dyad_timeline(graph.events(), "RUS", "KOR", since="2026-01-01")
    assert printed["month"].tolist() == [str(month) for month in expected.index]
    assert printed["RUS→KOR"].tolist() == expected["a_to_b"].tolist()
    assert printed["KOR→RUS"].tolist() == expected["b_to_a"].tolist()
    assert printed["mean_goldstein"].tolist() == pytest.approx(expected["mean_goldstein"].tolist(),
                                                               nan_ok=True)
    assert expected["events"].sum() >= 10 and (expected["events"] == 0).any()


@pytest.mark.slow
def test_kg_timeline_leaves_year_only_events_out_and_takes_names(store_folder: str,
                                                                 tmp_path: Path) -> None:
    from kg.cli import app

    out = tmp_path / "rus-kor.png"
    by_code = CliRunner().invoke(app, ["--store", store_folder, "timeline", "RUS", "KOR",
                                       "--out", str(out), "--format", "csv"])
    assert by_code.exit_code == 0, by_code.output
    printed = pd.read_csv(io.StringIO(by_code.stdout))
    # The TASS story's "relations established in 1990" is no January 1990.
    assert printed["month"].iloc[0] == "2026-01" and len(printed) <= 12
    assert "2 events dated only by year left out: 1990" in " ".join(by_code.stderr.split())
    by_name = CliRunner().invoke(app, ["--store", store_folder, "timeline", "Russia", "South Korea",
                                       "--out", str(out), "--format", "csv"])
    assert by_name.exit_code == 0 and by_name.stdout == by_code.stdout


@pytest.mark.slow
@pytest.mark.parametrize(("args", "code", "message"), [
    (["RUS", "FRA"], 1, "no event dated to a day or month between RUS and FRA"),
    (["Russia", "Korea"], 2, "'Korea' could be KOR (South Korea), PRK (North Korea)"),
    (["Russia", "Narnia"], 2, "use state codes such as RUS KOR"),
    (["RUS", "rus"], 2, "two different codes"),
    (["RUS", "KOR", "--until", "2026-02-30"], 2, "--until must be a date"),
    (["RUS", "KOR", "--format", "xml"], 2, "--format must be"),
])
def test_kg_timeline_mistakes(store_folder: str, tmp_path: Path, args: list[str], code: int,
                              message: str) -> None:
    from kg.cli import app

    out = tmp_path / "never.png"
    result = CliRunner().invoke(app, ["--store", store_folder, "timeline", *args, "--out", str(out)])
    assert result.exit_code == code
    assert message in " ".join(result.stderr.split())
    assert not out.exists()
