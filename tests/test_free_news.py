"""scripts/free_news.py: the free pool keeps new records and, with --drop-dev, drops another
outlet's copy of a dev article (an audit on free news then counts no dev case twice)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_ARTICLE = sorted((ROOT / "tests" / "gold" / "fresh27").glob("*.raw.txt"))[0]
NEW = ("قال مسؤول محلي إن الأمطار الغزيرة التي هطلت أمس على المدينة أغرقت عشرات المنازل "
       "وقطعت الطرق المؤدية إلى القرى المجاورة، فيما بدأت فرق الدفاع المدني إجلاء السكان.")


def _free(tmp_path: Path, *flags: str) -> list[str]:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    copy = DEV_ARTICLE.read_text(encoding="utf-8")
    records = [{"id": "copy", "content": "المصدر: وكالات\n" + copy}, {"id": "new", "content": NEW}]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                   encoding="utf-8")
    subprocess.run([sys.executable, str(ROOT / "scripts" / "free_news.py"), str(src), str(dst),
                    *flags], check=True, capture_output=True)
    return [json.loads(line)["id"] for line in dst.read_text(encoding="utf-8").splitlines()]


def test_dev_copy_kept_by_default(tmp_path: Path) -> None:
    assert _free(tmp_path) == ["copy", "new"]


def test_dev_copy_dropped_with_drop_dev(tmp_path: Path) -> None:
    assert _free(tmp_path, "--drop-dev") == ["new"]
