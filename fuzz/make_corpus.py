"""Writes the fuzzer's seed corpus from the presets: the seed plan, whole and in variants."""

import json
import pathlib
import sys

import storeops

out = pathlib.Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
plan = storeops.presets.tmall_2014()
doc = json.loads(plan.to_json())
(out / "tmall_2014.json").write_text(plan.to_json(-1))
small = dict(doc, assumptions=[], corrections=[])
small["market"] = {}
(out / "small.json").write_text(json.dumps(small, separators=(",", ":"), ensure_ascii=False))
for key in ("staffing", "pay", "fees", "costs", "stages", "market"):
    (out / f"only_{key}.json").write_text(json.dumps({"schema": doc["schema"], key: doc[key]},
                                                      ensure_ascii=False))
(out / "empty.json").write_text("{}")

# the store-state fuzzer's seeds (python fuzz/make_corpus.py DIR STATE_DIR)
if len(sys.argv) > 2:
    states = pathlib.Path(sys.argv[2])
    states.mkdir(parents=True, exist_ok=True)
    for months in (1, 10, 36):
        state = storeops.simulate(plan, months=months).state
        (states / f"state_{months}.json").write_text(state.to_json(-1))
    (states / "empty.json").write_text("{}")
