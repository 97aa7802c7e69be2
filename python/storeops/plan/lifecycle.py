"""Items and stages: the hit-candidate rule over a table of items (002 篇4)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping

from storeops._core import HitCandidateRule, hit_candidate

if TYPE_CHECKING:
    import pandas as pd


def hit_candidates(
    items: pd.DataFrame | Iterable[Mapping[str, Any]],
    *,
    store_bounce_rate: float,
    rule: HitCandidateRule | None = None,
) -> pd.DataFrame:
    """Checks each item's week against the hit-candidate rule.

    ``items`` has columns (or keys) ``item``, ``visitors``, ``buyers``, ``bounce_rate``. The
    result adds ``conversion_rate``, ``candidate`` and ``failed`` (each failed condition with
    what was required and what was found).
    """
    import pandas as pd

    records: list[Mapping[Any, Any]] = (list(items.to_dict("records"))
                                        if isinstance(items, pd.DataFrame) else list(items))
    chosen = rule if rule is not None else HitCandidateRule()
    rows = []
    for i, r in enumerate(records):
        missing = {"item", "visitors", "buyers", "bounce_rate"} - set(r)
        if missing:
            raise ValueError(f"items[{i}] lacks {sorted(missing)}")
        c = hit_candidate(item=str(r["item"]), visitors=float(r["visitors"]),
                          buyers=float(r["buyers"]), bounce_rate=float(r["bounce_rate"]),
                          store_bounce_rate=store_bounce_rate, rule=chosen)
        rows.append({"item": c.item, "visitors": r["visitors"], "buyers": r["buyers"],
                     "bounce_rate": r["bounce_rate"], "conversion_rate": c.conversion_rate,
                     "candidate": c.candidate, "failed": "; ".join(c.failed)})
    return pd.DataFrame(rows, columns=["item", "visitors", "buyers", "bounce_rate",
                                       "conversion_rate", "candidate", "failed"])


__all__ = ["hit_candidates"]
