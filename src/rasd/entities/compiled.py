"""The compiled per-token loops of the entity stage, when they are built.

`rasd.entities._hot` is compiled from `_hot.pyx` by setup.py (Cython) on install; where
no C compiler or Cython was there, or the build is older than the .pyx's API, or with
RASD_PURE_PYTHON=1 set, `hot()` is None and
the Python functions run instead: the same results (tests/test_compiled.py runs both).
"""

from __future__ import annotations

import os
from types import ModuleType

API = 13  # the functions _hot.pyx offers (its API): a stale build is left unused


def hot() -> ModuleType | None:
    """The compiled module, or None (not built, or RASD_PURE_PYTHON=1)."""
    if os.environ.get("RASD_PURE_PYTHON", "") not in ("", "0"):
        return None
    # features first: _hot reads its functions, and features takes _hot's at its end
    import rasd.entities.features  # noqa: F401

    try:
        from rasd.entities import _hot
    except ImportError:
        return None
    return _hot if getattr(_hot, "API", None) == API else None
