#!/bin/sh
# A/B timing under load: a benchmark run alternately on another revision's src/ and on this
# tree, ROUNDS times each, so both sides see the same load (compare the ratios, not the
# absolute figures, when the machine is shared).
#   bench/ab.sh REV bench/extract.py [ARGS...]      (ROUNDS=2 by default)
set -eu
rev=$1
shift
sha=$(git rev-parse --short=12 "$rev")
base=bench/out/src-$sha
if [ ! -d "$base/src" ]; then
    mkdir -p "$base"
    git archive "$sha" src | tar -x -C "$base"
fi
i=0
while [ "$i" -lt "${ROUNDS:-2}" ]; do
    for src in "$base/src" src; do
        echo "== $src ($(date -u +%H:%M) UTC, $(uptime | sed 's/.*load/load/'))"
        PYTHONPATH=$src .venv/bin/python "$@"
    done
    i=$((i + 1))
done
