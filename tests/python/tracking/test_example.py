"""The example report shipped with the package is what synthetic_daily makes."""

import pandas as pd

import storeops
from storeops.tracking import EXAMPLE_REPORT


def test_the_shipped_example_is_the_synthetic_store_it_says_it_is():
    path = storeops.example_daily_report()
    assert path.exists()
    assert path.read_bytes().startswith(b"\xef\xbb\xbf\xe6\x97\xa5\xe6\x9c\x9f")  # BOM, 日期
    shipped = storeops.read_daily(path)
    made = storeops.read_daily(storeops.synthetic_daily(storeops.presets.tmall_2014(), **EXAMPLE_REPORT))
    pd.testing.assert_frame_equal(shipped, made)
    assert shipped["date"].min() == pd.Timestamp("2014-02-01")
    assert shipped["date"].max() == pd.Timestamp("2014-08-31")
