#!/usr/bin/env bash
# rasd eval on every dev gold set (never the unseen ones), two at a time. Usage: bench/eval_dev.sh [ROOT [OUT]]
# ROOT: a checkout with .venv (make setup); OUT: folder for one file per set + summary.txt
set -u
ROOT=$(cd "${1:-.}" && pwd); OUT=$(mkdir -p "${2:-bench/out/eval-dev}" && cd "${2:-bench/out/eval-dev}" && pwd)
cd "$ROOT"
RASD="$ROOT/.venv/bin/rasd"
declare -A SETS=(
  [seed]=../shared/gold/dev/aleppo-evacuation-talks.json
  [team]="tests/gold/*.json"
  [region]=tests/gold/region/ [fresh]=tests/gold/fresh/ [fresh2]=tests/gold/fresh2/
  [fresh3]=tests/gold/fresh3/ [fresh4]=tests/gold/fresh4/ [fresh5]=tests/gold/fresh5/
  [fresh7]=tests/gold/fresh7/ [fresh8]=tests/gold/fresh8/ [fresh10]=tests/gold/fresh10/
  [fresh11]=tests/gold/fresh11/ [fresh13]=tests/gold/fresh13/ [fresh15]=tests/gold/fresh15/
  [fresh17]=tests/gold/fresh17/ [fresh19]=tests/gold/fresh19/ [fresh21]=tests/gold/fresh21/
  [fresh23]=tests/gold/fresh23/ [fresh25]=tests/gold/fresh25/ [fresh27]=tests/gold/fresh27/
  [fresh29]=tests/gold/fresh29/
)
ORDER="seed team region fresh fresh2 fresh3 fresh4 fresh5 fresh7 fresh8 fresh10 fresh11 fresh13 fresh15 fresh17 fresh19 fresh21 fresh23 fresh25 fresh27 fresh29"
for s in $ORDER; do
  # shellcheck disable=SC2086
  "$RASD" eval ${SETS[$s]} > "$OUT/$s.txt" 2>&1 &
  while [ "$(jobs -r | wc -l)" -ge 2 ]; do sleep 0.5; done
done
wait
{
  printf '%-8s %7s %7s %7s %7s %7s %7s %7s\n' set ent claims events argsR argsP links status
  for s in $ORDER; do
    f="$OUT/$s.txt"
    g() { grep -E "^  $1 " "$f" | head -1; }
    ent=$(g entities | sed -E 's/.*F1 ([0-9.]+).*/\1/')
    cl=$(g claims | sed -E 's/.*F1 ([0-9.]+).*/\1/')
    ev=$(g events | sed -E 's/.*F1 ([0-9.]+).*/\1/')
    aR=$(g event_args | sed -E 's/.*R ([0-9.]+).*/\1/')
    aP=$(g event_args | sed -E 's/.*P ([0-9.]+) .*/\1/')
    ln=$(g links | awk '{print $2}')
    st=$(g status | awk '{print $2}')
    printf '%-8s %7s %7s %7s %7s %7s %7s %7s\n' "$s" "$ent" "$cl" "$ev" "$aR" "$aP" "$ln" "$st"
  done
} | tee "$OUT/summary.txt"
