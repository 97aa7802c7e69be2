"""The store's reviews: the week and the month of a store folder, their page and workbook, and the example store.

The page and the workbook (``storeops.reviews.page``) are imported when one is first written,
so that ``import storeops`` does not import them.
"""

from __future__ import annotations

from storeops.reviews import example
from storeops.reviews.example import (
    EXAMPLE_PEOPLE,
    EXAMPLE_PORTFOLIO,
    EXAMPLE_STORE,
    example_portfolio,
    example_store,
)
from storeops.reviews import month
from storeops.reviews.month import (
    MONTH_ROWS,
    MonthReview,
    month_review,
)
from storeops.reviews import proposal
from storeops.reviews.proposal import (
    Proposal,
    decide,
    propose,
)
from storeops.reviews import desk
from storeops.reviews.desk import (
    Desk,
    today,
)
from storeops.reviews import returns
from storeops.reviews.returns import (
    ReturnsReport,
    returns_report,
)
from storeops.reviews import portfolio
from storeops.reviews.portfolio import Portfolio
from storeops.reviews import records
from storeops.reviews.records import (
    RECORD_FILES,
    assess_records,
    synthetic_records,
)
from storeops.reviews import week
from storeops.reviews.week import (
    CHAT_SIZING,
    REVIEW_RUNS,
    ReviewData,
    TOTAL_ROWS,
    WeekReview,
    forecast_history,
    week_review,
)

__all__ = [
    "EXAMPLE_PORTFOLIO",
    "Portfolio",
    "example_portfolio",
    "portfolio",
    "Desk",
    "ReturnsReport",
    "desk",
    "returns",
    "returns_report",
    "today",
    "Proposal",
    "decide",
    "CHAT_SIZING",
    "EXAMPLE_PEOPLE",
    "EXAMPLE_STORE",
    "MONTH_ROWS",
    "MonthReview",
    "RECORD_FILES",
    "REVIEW_RUNS",
    "ReviewData",
    "TOTAL_ROWS",
    "WeekReview",
    "assess_records",
    "example",
    "example_store",
    "forecast_history",
    "month",
    "month_review",
    "propose",
    "proposal",
    "records",
    "synthetic_records",
    "week",
    "week_review",
]
