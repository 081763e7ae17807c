"""Measures of relations between states, as DataFrames: balance, reciprocity, timelines.

Like ``kg.graph``, every function takes the events frame of
``kg.query.events_frame`` (one row per event) and counts only events between
two different known countries (``kg.graph.between_countries``). A dyad is
directed: ``RUS → KOR`` (what Russia said or did about South Korea) and
``KOR → RUS`` are two dyads of one pair. An event is cooperative when its
polarity is above zero, conflictual below zero, neutral at zero.

``centrality`` lives in ``kg.graph`` beside the projections it measures and is
re-exported here, so that all the measures can be imported from one place.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from kg.graph import between_countries, centrality

__all__ = ["balance", "centrality", "dyad_stats", "dyad_timeline", "overall_reciprocity",
           "reciprocity"]

BALANCE_COLUMNS = ("source", "target", "events", "cooperative", "neutral", "conflictual",
                   "cooperative_share", "conflictual_share", "net_balance", "mean_goldstein")
RECIPROCITY_COLUMNS = ("a", "b", "a_to_b", "b_to_a", "events", "reciprocated", "symmetry")
TIMELINE_COLUMNS = ("a_to_b", "b_to_a", "events", "cooperative", "conflictual", "mean_goldstein")
DYAD_STATS_COLUMNS = BALANCE_COLUMNS[:3] + ("reverse",) + BALANCE_COLUMNS[3:] + ("first", "last")
MONTHLY_PRECISIONS = ("day", "month")
"""The date precisions a monthly table can place: an event known only by its year has no month."""
_ISO_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}


def _coded(events: pd.DataFrame) -> pd.DataFrame:
    """Events between two countries as plain columns: the two codes, the polarity classes and
    the Goldstein weight as numbers."""
    kept = between_countries(events)
    polarity = pd.to_numeric(kept["polarity"], errors="coerce")
    return pd.DataFrame({
        "source": kept["source_country"].astype(str),
        "target": kept["target_country"].astype(str),
        "date": kept["date"],
        "precision": _precisions(kept),
        "cooperative": (polarity > 0).astype(int),
        "neutral": (polarity == 0).astype(int),
        "conflictual": (polarity < 0).astype(int),
        "goldstein": pd.to_numeric(kept["goldstein"], errors="coerce").astype(float),
    }, index=kept.index)


def _precisions(kept: pd.DataFrame) -> pd.Series:
    """Each event's date precision: ``date_precision`` where given, ``"day"`` for a dated row
    without one (a frame built by hand), missing when undated."""
    given = kept["date_precision"] if "date_precision" in kept.columns else pd.Series(
        None, index=kept.index, dtype=object)
    dated = kept["date"].notna()
    return given.astype(object).where(given.notna(), "day").where(dated, None)


def stored_dates(dates: pd.Series, precisions: pd.Series) -> pd.Series:
    """First days and their precisions as the values the sources gave, when any is coarser than a day.

    A column of days stays ``datetime64``; once one value is a month or a year,
    every value becomes ISO text at its own precision (``"1990"``,
    ``"2026-01"``, ``"2026-02-13"``), which still sorts in time order. This is
    the rule ``kg.query.run`` follows for SPARQL results.

    Examples
    --------
    >>> import pandas as pd
    >>> days = pd.Series(pd.to_datetime(["1990-01-01", "2026-02-13"]))
    >>> stored_dates(days, pd.Series(["year", "day"])).tolist()
    ['1990', '2026-02-13']
    >>> str(stored_dates(days, pd.Series(["day", "day"])).dtype)
    'datetime64[ns]'
    """
    dates = pd.to_datetime(dates)
    coarse = precisions.isin(["month", "year"])
    if not coarse.any():
        return dates.astype("datetime64[ns]")
    formats = precisions.map(_ISO_FORMATS).fillna(_ISO_FORMATS["day"])
    text = [None if pd.isna(day) else day.strftime(form) for day, form in zip(dates, formats)]
    return pd.Series(text, index=dates.index, dtype="str")


def balance(events: pd.DataFrame) -> pd.DataFrame:
    """How cooperative or conflictual each directed dyad is.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``kg.graph.EVENT_COLUMNS``.

    Returns
    -------
    DataFrame
        One row per directed dyad, busiest first (ties by codes): ``source``,
        ``target``, ``events``; the counts ``cooperative``, ``neutral`` and
        ``conflictual``; ``cooperative_share`` and ``conflictual_share`` of all
        its events; ``net_balance`` = cooperative share minus conflictual share
        (from -1, all conflict, to +1, all cooperation); and ``mean_goldstein``
        (NaN when no event has a weight).

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> rows = []
    >>> for polarity, goldstein in [(1, 4.0), (1, 3.0), (-1, -2.0), (0, 0.0)]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(source_country="RUS", target_country="KOR", polarity=polarity,
    ...                goldstein=goldstein)
    ...     rows.append(row)
    >>> balance(pd.DataFrame(rows))[["events", "conflictual", "net_balance"]].to_dict("records")
    [{'events': 4, 'conflictual': 1, 'net_balance': 0.25}]
    """
    coded = _coded(events)
    table = (coded.groupby(["source", "target"], sort=True)
             .agg(events=("cooperative", "size"), cooperative=("cooperative", "sum"),
                  neutral=("neutral", "sum"), conflictual=("conflictual", "sum"),
                  mean_goldstein=("goldstein", "mean"))
             .reset_index())
    table["cooperative_share"] = table["cooperative"] / table["events"]
    table["conflictual_share"] = table["conflictual"] / table["events"]
    table["net_balance"] = table["cooperative_share"] - table["conflictual_share"]
    table = table.sort_values("events", ascending=False, kind="stable").reset_index(drop=True)
    return table.reindex(columns=list(BALANCE_COLUMNS)).astype(
        {"events": "int64", "cooperative": "int64", "neutral": "int64", "conflictual": "int64",
         "cooperative_share": "float64", "conflictual_share": "float64",
         "net_balance": "float64", "mean_goldstein": "float64"})


def reciprocity(events: pd.DataFrame) -> pd.DataFrame:
    """For each pair of countries, how much each side addresses the other.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``kg.graph.EVENT_COLUMNS``.

    Returns
    -------
    DataFrame
        One row per unordered pair, busiest first: ``a`` and ``b`` (codes in
        alphabetical order), ``a_to_b`` and ``b_to_a`` (events each way),
        ``events`` (both ways), ``reciprocated`` (True when both ways have
        events) and ``symmetry``: the smaller direction over the larger, 1 when
        both sides are as active, 0 when only one speaks.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> rows = []
    >>> for source, target in [("RUS", "KOR")] * 3 + [("KOR", "RUS")]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(source_country=source, target_country=target, polarity=0)
    ...     rows.append(row)
    >>> reciprocity(pd.DataFrame(rows))[["a", "b", "a_to_b", "b_to_a"]].to_dict("records")
    [{'a': 'KOR', 'b': 'RUS', 'a_to_b': 1, 'b_to_a': 3}]
    """
    coded = _coded(events)
    forward = coded["source"] < coded["target"]
    pairs = pd.DataFrame({
        "a": coded["source"].where(forward, coded["target"]),
        "b": coded["target"].where(forward, coded["source"]),
        "a_to_b": forward.astype(int),
        "b_to_a": (~forward).astype(int),
    })
    table = pairs.groupby(["a", "b"], sort=True)[["a_to_b", "b_to_a"]].sum().reset_index()
    table["events"] = table["a_to_b"] + table["b_to_a"]
    table["reciprocated"] = (table["a_to_b"] > 0) & (table["b_to_a"] > 0)
    larger = table[["a_to_b", "b_to_a"]].max(axis=1)
    table["symmetry"] = table[["a_to_b", "b_to_a"]].min(axis=1) / larger
    table = table.sort_values("events", ascending=False, kind="stable").reset_index(drop=True)
    return table.reindex(columns=list(RECIPROCITY_COLUMNS)).astype(
        {"a_to_b": "int64", "b_to_a": "int64", "events": "int64", "reciprocated": "bool",
         "symmetry": "float64"})


def overall_reciprocity(events: pd.DataFrame) -> pd.Series:
    """How reciprocal the whole network is, by dyads and by events.

    Returns
    -------
    Series
        ``dyads``: the share of directed dyads whose reverse also has events
        (networkx's ``reciprocity`` of the dyad graph); ``events``: the share of
        events matched one for one by an event the other way (twice the smaller
        direction of each pair, over all events). Both are NaN without events.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> rows = []
    >>> for source, target in [("RUS", "KOR")] * 3 + [("KOR", "RUS"), ("CHN", "USA")]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(source_country=source, target_country=target, polarity=0)
    ...     rows.append(row)
    >>> overall_reciprocity(pd.DataFrame(rows)).round(2).to_dict()
    {'dyads': 0.67, 'events': 0.4}
    """
    pairs = reciprocity(events)
    directed = int((pairs["a_to_b"] > 0).sum() + (pairs["b_to_a"] > 0).sum())
    total = int(pairs["events"].sum())
    matched = 2 * int(pairs[["a_to_b", "b_to_a"]].min(axis=1).sum())
    return pd.Series({
        "dyads": 2 * int(pairs["reciprocated"].sum()) / directed if directed else float("nan"),
        "events": matched / total if total else float("nan"),
    }, dtype="float64")


def _code(value: str, name: str) -> str:
    code = str(value).strip().upper()
    if not code:
        raise ValueError(f"{name} must be a state or organisation code such as RUS, not {value!r}")
    return code


def dyad_timeline(
    events: pd.DataFrame,
    a: str,
    b: str,
    *,
    since: str | date | pd.Timestamp | None = None,
    until: str | date | pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Month by month, what two countries said and did about each other.

    Only events dated to a day or a month have a place in a monthly table.
    Events the sources date only by year (the 1990 in "relations established
    in 1990") are left out of it and listed apart in ``attrs["year_only"]``,
    as the monthly queries (``dyad-by-month``, ``tone-over-time``,
    ``actor-timeline``) leave them out too; counting them in January would
    invent a month.

    Parameters
    ----------
    events : DataFrame
        One row per event, with the columns of ``kg.graph.EVENT_COLUMNS``; a
        dated row without ``date_precision`` counts as dated to its day.
    a, b : str
        The two codes (``"RUS"``, ``"KOR"``), in any letter case.
    since, until : str, date or Timestamp, optional
        Inclusive bounds; the table runs over every month from ``since`` (else
        the month of the pair's first event dated to a day or month) to
        ``until`` (else the month of its last).

    Returns
    -------
    DataFrame
        Indexed by ``month`` (a monthly ``Period``), one row for every month of
        the range, a month without events included as zeros: ``a_to_b`` and
        ``b_to_a`` (events each way), ``events`` (both), ``cooperative`` and
        ``conflictual`` (counts, both ways), ``mean_goldstein`` (both ways; NaN
        in a month without a weighted event: no event is not a neutral tone).
        ``attrs["dyad"]`` holds ``(a, b)`` as upper-case codes and
        ``attrs["year_only"]`` the years of the pair's year-only events in the
        range, one per event, in order. Empty when the pair has no event dated
        to a day or month in the range. Undated events are left out.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> rows = []
    >>> for source, target, day, precision, goldstein in [
    ...         ("RUS", "KOR", "1990-01-01", "year", 3.0), ("RUS", "KOR", "2026-01-15", "day", 4.0),
    ...         ("KOR", "RUS", "2026-03-01", "month", -2.0)]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(source_country=source, target_country=target, date=pd.Timestamp(day),
    ...                date_precision=precision, polarity=1 if goldstein > 0 else -1,
    ...                goldstein=goldstein)
    ...     rows.append(row)
    >>> table = dyad_timeline(pd.DataFrame(rows), "rus", "kor")
    >>> table[["a_to_b", "b_to_a"]].to_dict("index")  # doctest: +NORMALIZE_WHITESPACE
    {Period('2026-01', 'M'): {'a_to_b': 1, 'b_to_a': 0},
     Period('2026-02', 'M'): {'a_to_b': 0, 'b_to_a': 0},
     Period('2026-03', 'M'): {'a_to_b': 0, 'b_to_a': 1}}
    >>> table.attrs["year_only"]
    ('1990',)
    """
    a, b = _code(a, "a"), _code(b, "b")
    if a == b:
        raise ValueError(f"a timeline needs two different codes, not {a} twice")
    coded = _coded(events)
    pair = coded[((coded["source"] == a) & (coded["target"] == b))
                 | ((coded["source"] == b) & (coded["target"] == a))]
    pair = pair[pair["date"].notna()]
    if since is not None:
        pair = pair[pair["date"] >= pd.Timestamp(since)]
    if until is not None:
        pair = pair[pair["date"] <= pd.Timestamp(until)]
    year_only = tuple(str(day.year) for day in sorted(pair.loc[pair["precision"] == "year", "date"]))
    pair = pair[pair["precision"].isin(MONTHLY_PRECISIONS)]
    if pair.empty:
        empty = pd.DataFrame(columns=list(TIMELINE_COLUMNS),
                             index=pd.PeriodIndex([], freq="M", name="month"))
        empty = empty.astype({column: "int64" for column in TIMELINE_COLUMNS[:-1]}
                             | {"mean_goldstein": "float64"})
        empty.attrs.update(dyad=(a, b), year_only=year_only)
        return empty
    months = pair["date"].dt.to_period("M")
    first = pd.Timestamp(since).to_period("M") if since is not None else months.min()
    last = pd.Timestamp(until).to_period("M") if until is not None else months.max()
    monthly = pd.DataFrame({
        "a_to_b": (pair["source"] == a).astype(int),
        "b_to_a": (pair["source"] == b).astype(int),
        "events": 1,
        "cooperative": pair["cooperative"],
        "conflictual": pair["conflictual"],
        "goldstein": pair["goldstein"],
    }).groupby(months.rename("month"))
    table = monthly[["a_to_b", "b_to_a", "events", "cooperative", "conflictual"]].sum()
    table["mean_goldstein"] = monthly["goldstein"].mean()
    every_month = pd.period_range(first, last, freq="M", name="month")
    table = table.reindex(every_month)
    counts = list(TIMELINE_COLUMNS[:-1])
    table[counts] = table[counts].fillna(0).astype("int64")
    table = table.reindex(columns=list(TIMELINE_COLUMNS))
    table.attrs.update(dyad=(a, b), year_only=year_only)
    return table


def dyad_stats(events: pd.DataFrame) -> pd.DataFrame:
    """Everything about each directed dyad in one table (``kg dyads``, ``kg stats --dyads``).

    Returns
    -------
    DataFrame
        The columns of ``balance`` with, after ``events``, ``reverse`` (the
        events of the opposite dyad, so that reciprocity reads at a glance), and
        at the end ``first`` and ``last`` (the earliest and latest event date,
        missing when none is dated); busiest dyads first. The dates follow
        ``stored_dates``: ``datetime64`` while every first and last is a day,
        else ISO text at the precision the source gave (``"1990"``,
        ``"2026-01"``, ``"2026-02-13"``), so that no day is invented.

    Examples
    --------
    >>> import pandas as pd
    >>> from kg.graph import EVENT_COLUMNS
    >>> rows = []
    >>> for source, target, day in [("RUS", "KOR", "2026-02-13"), ("RUS", "KOR", "2026-06-17"),
    ...                             ("KOR", "RUS", "2026-10-26")]:
    ...     row = dict.fromkeys(EVENT_COLUMNS)
    ...     row.update(source_country=source, target_country=target, date=pd.Timestamp(day),
    ...                polarity=1, goldstein=1.0)
    ...     rows.append(row)
    >>> table = dyad_stats(pd.DataFrame(rows))
    >>> table[["source", "target", "events", "reverse"]].to_dict("records")
    ... # doctest: +NORMALIZE_WHITESPACE
    [{'source': 'RUS', 'target': 'KOR', 'events': 2, 'reverse': 1},
     {'source': 'KOR', 'target': 'RUS', 'events': 1, 'reverse': 2}]
    """
    table = balance(events)
    coded = _coded(events)
    # Earliest first, a coarser date before a finer one on the same first day, as in ISO text.
    rank = coded["precision"].map({"year": 0, "month": 1, "day": 2})
    dated = coded.assign(rank=rank)[coded["date"].notna()].sort_values(["date", "rank"],
                                                                        kind="stable")
    counts = table.set_index(["source", "target"])["events"]
    reverse = [int(counts.get((target, source), 0))
               for source, target in zip(table["source"], table["target"])]
    table.insert(3, "reverse", pd.Series(reverse, index=table.index, dtype="int64"))
    keys = pd.MultiIndex.from_frame(table[["source", "target"]])
    ends = dated.groupby(["source", "target"])
    for column, chosen in (("first", ends.head(1)), ("last", ends.tail(1))):
        chosen = chosen.set_index(["source", "target"]).reindex(keys)
        table[column] = stored_dates(chosen["date"], chosen["precision"]).to_numpy()
    return table.reindex(columns=list(DYAD_STATS_COLUMNS))
