"""python -m storeops campaign, and the campaign day's picture."""

import pytest

import storeops
from storeops.cli import main


def test_the_campaign_command_prints_hours_rosters_and_stock(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["campaign", "--visitors", "200000", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    day = storeops.campaign_day(storeops.presets.tmall_2014(), day_visitors=200_000, month="双11")
    assert f"customer-service roster (客服值班表): {day.cs_roster.cost}" in text
    assert f"shipping roster (发货值班表): {day.packing_roster.cost}" in text
    assert (f"temporary staff for the day and the three after-sales days (paid per shift, not "
            f"hired): {day.temporary_staff_cost}") in text
    assert f"rosters {day.after_sales_cost}" in text
    assert (out / "campaign_day.csv").read_text(encoding="utf-8-sig").splitlines()[0] == \
        "hour,visitors,inquiries,orders,cs_agents,packers,temporary_packers"
    assert len((out / "campaign_day.csv").read_text(encoding="utf-8-sig").splitlines()) == 25
    after = (out / "campaign_day-after-sales.csv").read_text(encoding="utf-8-sig").splitlines()
    assert after[0] == "day,hour,contacts,cs_agents" and len(after) == 73


def test_the_campaign_command_in_chinese_and_its_errors(tmp_path, capsys):
    assert main(["campaign", "--visitors", "50000", "--labels", "zh", "--month", "none",
                 "--out", str(tmp_path)]) == 0
    text = capsys.readouterr().out
    assert "客服人数" in text and "活动款" in text and "预包装箱数" in text
    assert main(["campaign", "--visitors", "-1", "--out", str(tmp_path / "bad")]) == 2
    assert "day_visitors must be a finite number >= 0, got -1" in capsys.readouterr().err
    assert main(["campaign", "--visitors", "10", "--month", "双十一",
                 "--out", str(tmp_path / "bad")]) == 2
    assert "no campaign named '双十一'" in capsys.readouterr().err


@pytest.mark.parametrize("labels", ["en", "zh"])
def test_the_picture_shows_need_and_roster_by_hour(labels):
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    day = storeops.campaign_day(storeops.presets.tmall_2014(), day_visitors=120_000, month="双11")
    fig, ax = plt.subplots()
    day.plot(ax=ax, labels=labels)
    steps = [line.get_ydata().tolist() for line in ax.get_lines()]
    assert steps == [day.hours["cs_agents"].tolist(), day.cs_roster.coverage,
                     day.hours["packers"].tolist(), day.packing_roster.coverage]
    assert str(day.temporary_staff_cost) in ax.get_title()
    assert ("大促" in ax.get_title()) == (labels == "zh")
    plt.close(fig)
