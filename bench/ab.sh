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
# git archive leaves out the compiled entity loops (git-ignored): when the revision's
# _hot.pyx is this tree's, take this tree's build, else its entity stage would run in
# pure Python and the comparison be unfair (a different .pyx: say so). Checked on every
# run: bench/same_output.py extracts into the same folder without the build.
hot=src/rasd/entities/_hot.pyx
if [ -f "$base/$hot" ]; then
    if cmp -s "$base/$hot" "$hot"; then
        if ! ls "$base"/src/rasd/entities/_hot.*.so >/dev/null 2>&1; then
            cp src/rasd/entities/_hot.*.so "$base/src/rasd/entities/" 2>/dev/null || true
        fi
    else
        echo "ab.sh: $rev's _hot.pyx differs from this tree's: its entity loops run in Python" >&2
    fi
fi
i=0
while [ "$i" -lt "${ROUNDS:-2}" ]; do
    for src in "$base/src" src; do
        echo "== $src ($(date -u +%H:%M) UTC, $(uptime | sed 's/.*load/load/'))"
        PYTHONPATH=$src .venv/bin/python "$@"
    done
    i=$((i + 1))
done
