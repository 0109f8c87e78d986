"""bench/missed_roles.py --passes: every actor and recipient rasd gives a matched event is
counted once, under the pass that set it, and paired exactly as `rasd eval` pairs it."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT.parent / "shared" / "gold" / "dev")
FILES = [SEED, str(ROOT / "tests" / "gold" / "region" / "baghdad-car-bombs-thirty-killed.json")]


def test_passes_add_up_to_the_scorer():
    sys.path.insert(0, str(ROOT / "bench"))
    import missed_roles
    from rasd.evaluate import evaluate_files

    paths = [p for p in FILES if Path(p).exists()]
    found = missed_roles.by_pass(paths, show=False)
    _, total = evaluate_files(paths)
    for role in ("actor", "recipient"):
        prf = total.prf[f"{role}_args"]
        paired = sum(n for (r, _, ok), n in found.items() if r == role and ok)
        unpaired = sum(n for (r, _, ok), n in found.items() if r == role and not ok)
        assert (paired, unpaired) == (prf.tp, prf.fp)
    assert any(name.startswith("context.") for _, name, _ in found)  # carried roles traced
