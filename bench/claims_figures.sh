#!/bin/sh
# Claims, speaker kind, content F1, entities and events F1 on every dev set (micro-average).
#   sh bench/claims_figures.sh
for s in ../shared/gold/dev/ 'tests/gold/*.json' 'tests/gold/region/*.json' 'tests/gold/fresh/*.json' 'tests/gold/fresh2/*.json' 'tests/gold/fresh3/*.json'; do
  # shellcheck disable=SC2086
  .venv/bin/rasd eval gold --json $s | .venv/bin/python -c '
import json, sys
d = json.load(sys.stdin)["micro"]
c = d["claims"]
f = lambda x: "-" if x is None else f"{x:.3f}"
print(sys.argv[1].ljust(26), "claims P/R/F1", f(c["p"]), f(c["r"]), f(c["f1"]),
      "| kind", f(d["accuracy"]["speaker_kind"].get("value")),
      "| content", f(d["accuracy"]["content_f1"].get("mean")),
      "| entities", f(d["entities"]["f1"]), "| events", f(d["events"]["f1"]))
' "$s"
done
