"""docs/assumptions.md lists every default no seed gives, generated from the code: it cannot
drift, because this test fails when the page differs from what the code says."""

import importlib.util
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("assumed_defaults", ROOT / "scripts" / "assumed_defaults.py")
assert spec is not None and spec.loader is not None
assumed_defaults = importlib.util.module_from_spec(spec)
spec.loader.exec_module(assumed_defaults)


def test_the_page_is_what_the_code_says():
    assert assumed_defaults.main(["--check"]) == 0, "run: python scripts/assumed_defaults.py"


def test_the_page_holds_the_fields_and_the_presets_list():
    text = assumed_defaults.page()
    rows = assumed_defaults.field_rows()
    assert ("ProbationPolicy", "pay_share") in {(c, f) for c, f, _, _ in rows}
    assert ("StaffingPolicy", "beyond_table") in {(c, f) for c, f, _, _ in rows}
    assert all(f != "source" for _, f, _, _ in rows)
    for field, _ in assumed_defaults.plan_rows():
        assert f"`{field}`" in text
    assert "`stages.confirm_months`" in text and "`staffing.beyond_table`" in text


def test_the_python_constants_marked_assumed_are_listed_and_exist():
    import importlib

    rows = assumed_defaults.constant_rows()
    names = {f"{m}.{c}" for m, c, _ in rows}
    assert {"storeops.reviews.desk.ARRIVAL_DAYS", "storeops.reviews.desk.REFUND_ANSWER_DAYS",
            "storeops.reviews.desk.CLEARANCE_WORDS", "storeops.reviews.targets.RUN_RATE_DAYS",
            "storeops.reviews.common.CHAT_SIZING"} <= names
    assert "storeops.reviews.desk.UNPAID_HOLD_HOURS" not in names  # the seed's own 3 days
    text = assumed_defaults.page()
    for module, constant, _ in rows:
        assert hasattr(importlib.import_module(module), constant), (module, constant)
        assert f"`{module}.{constant}`" in text
