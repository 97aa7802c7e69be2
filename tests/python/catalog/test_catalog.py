"""storeops.Catalog: items, files, JSON, the mix check, stock moves and the stock-take."""

import datetime as dt

import pandas as pd
import pytest

import storeops


def catalog_frame():
    roles = ["traffic_driver"] * 6 + ["profit"] * 10 + ["campaign"] * 2
    return pd.DataFrame({
        "item": [f"i{k:02d}" for k in range(18)], "name": [f"款{k}" for k in range(18)],
        "role": roles, "price": [39.9] * 6 + [89.0] * 10 + [59.0] * 2,
        "unit_cost": [18.5] * 18, "stock": [100] * 18, "lead_time_days": [5] * 18,
        "main": [k in (0, 6, 7) for k in range(18)],
        "listed": [pd.Timestamp("2014-03-01")] * 17 + [pd.NaT]})


def test_from_frame_to_frame_and_json_round_trip(tmp_path):
    catalog = storeops.Catalog.from_frame(catalog_frame())
    assert len(catalog) == 18
    assert catalog.items[0].listed == dt.date(2014, 3, 1)
    assert catalog.items[17].listed is None
    assert storeops.Catalog.from_frame(catalog.to_frame()) == catalog
    zh = catalog.to_frame(labels="zh")
    assert list(zh.columns) == ["商品ID", "商品名称", "商品角色", "售价", "成本价", "库存", "到货天数", "主推款", "上架日期"]
    assert zh["商品角色"].iloc[0] == "引流款" and zh["主推款"].iloc[0] == "是"
    assert storeops.Catalog.from_frame(zh) == catalog
    assert storeops.Catalog.from_json(catalog.to_json()) == catalog
    assert '"price": "39.90"' in catalog.to_json()
    path = tmp_path / "catalog.csv"
    zh.to_csv(path, index=False, encoding="gbk")
    assert storeops.read_catalog(path) == catalog


def test_the_mix_check_returns_findings_as_data_and_its_rules_can_change():
    catalog = storeops.Catalog.from_frame(catalog_frame())
    assert catalog.check().empty
    frame = catalog_frame()
    frame.loc[0, "stock"] = 12
    frame.loc[6, "price"] = 129
    frame = pd.concat([frame, frame.iloc[[1, 2]].assign(item=["x1", "x2"])])
    findings = storeops.Catalog.from_frame(frame).check()
    assert findings["rule"].tolist() == ["traffic_driver items: 5-7", "main items' stock: at least 30 units",
                                         "main items' price: at most ¥100.00"]
    assert findings["clause"].tolist()[0] == "004: 引流款(5-7款)"
    assert findings["found"].tolist()[0] == "8"
    assert findings["items"].tolist()[1] == ["i00"]
    assert findings["items"].tolist()[2] == ["i06"]
    rules = storeops.presets.catalog_rules()
    rules.role_counts = [storeops.RoleCountRule(role="traffic_driver", min=5, max=9, clause="ours")]
    rules.max_main_price = 150
    assert storeops.Catalog.from_frame(frame).check(rules)["rule"].tolist() == [
        "main items' stock: at least 30 units"]


def test_bad_items_are_named():
    frame = catalog_frame()
    frame.loc[3, "role"] = "bestseller"
    with pytest.raises(storeops.Error, match=r"catalog\['i03'\].role: unknown product role 'bestseller'"):
        storeops.Catalog.from_frame(frame)
    frame = catalog_frame()
    frame.loc[4, "price"] = -1
    with pytest.raises(storeops.Error, match=r"catalog\['i04'\].price must be >= 0, got -¥1.00"):
        storeops.Catalog.from_frame(frame)
    frame = catalog_frame()
    frame.loc[5, "stock"] = -2
    with pytest.raises(storeops.Error, match=r"catalog\['i05'\].stock must be a whole number of units >= 0, got -2"):
        storeops.Catalog.from_frame(frame)
    frame = catalog_frame()
    frame.loc[2, "lead_time_days"] = -1
    with pytest.raises(storeops.Error, match=r"catalog\['i02'\].lead_time_days must be in 0..365 days, got -1"):
        storeops.Catalog.from_frame(frame)
    frame = catalog_frame()
    frame.loc[2, "item"] = "i01"
    with pytest.raises(storeops.Error, match="the item 'i01' is listed twice"):
        storeops.Catalog.from_frame(frame)


def test_stock_moves_and_the_stock_take():
    catalog = storeops.Catalog.from_frame(catalog_frame().head(3))
    catalog.apply_moves(pd.DataFrame({"date": ["2014-09-03", "2014-09-01", "2014-09-02", "2014-09-04"],
                                      "item": ["i00", "i00", "i01", "i02"],
                                      "kind": ["sold", "received", "returned", "exchanged"],
                                      "units": [130, 40, 2, 1]}))
    assert [i.stock for i in catalog.items] == [10, 102, 99]
    with pytest.raises(storeops.Error, match="stock move on 2014-09-05: sold 11 of 'i00' takes its stock to -1"):
        catalog.apply_moves(pd.DataFrame({"date": ["2014-09-05"], "item": ["i00"], "kind": ["sold"], "units": [11]}))
    assert catalog.items[0].stock == 10
    with pytest.raises(storeops.Error, match="unknown stock move 'lost'"):
        catalog.apply_moves(pd.DataFrame({"date": ["2014-09-05"], "item": ["i00"], "kind": ["lost"], "units": [1]}))
    partial = storeops.stock_take(catalog, {"i00": 10, "i02": 99}, date="2014-09-30")
    assert partial.index.tolist() == ["i00", "i02"]  # a count of some shelves
    assert partial.attrs["uncounted"] == ["i01"]
    with pytest.raises(storeops.Error, match="the item 'zz' is not in the catalogue"):
        storeops.stock_take(catalog, {"i00": 10, "i01": 1, "i02": 99, "zz": 1}, date="2014-09-30")
    take = storeops.stock_take(catalog, {"i00": 9, "i01": 102, "i02": 101}, date="2014-09-30")
    assert take.index.tolist() == ["i00", "i01", "i02"]
    assert take["book"].tolist() == [10, 102, 99]
    assert take["difference"].tolist() == [-1, 0, 2]
    assert take["value"].tolist() == [-18.5, 0.0, 37.0]
    assert [i.stock for i in catalog.items] == [10, 102, 99]  # the sheet changes nothing
    counted = storeops.apply_stock_take(catalog, {"i00": 9, "i02": 101}, date="2014-09-30")
    assert [i.stock for i in counted.items] == [9, 102, 101]  # i01 not counted: its book stands
    assert [i.stock for i in catalog.items] == [10, 102, 99]
