"""`rasd show ID`: one document (content id or input record id) or merged event (m...),
for a person to read (rich), or as JSON with --json."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from rasd.commands.common import StoreUrl, fail
from rasd.commands.stats import open_store
from rasd.store import DEFAULT_URL, Filters


def register(app: typer.Typer) -> None:
    app.command("show")(show_command)


def show_command(
    item_id: Annotated[str, typer.Argument(
        metavar="ID", help="document id, the input record's own id (JSONL `id`), "
                           "or merged event id (m...)")],
    db: StoreUrl = DEFAULT_URL,
    as_json: Annotated[bool, typer.Option("--json", help="the full JSON (API shape)")] = False,
) -> None:
    """Show a document (events, claims, copies) or a merged event (reports, conflicts)."""
    with open_store(db) as store:
        found = store.document(item_id) or store.merged_event(item_id)
        if found is None:  # the input record's own id, e.g. snn_syria_0470
            page = store.documents(1, 1, Filters(record_id=item_id))
            if page.items:
                found = store.document(page.items[0]["id"])
    if found is None:
        raise fail(f"{item_id}: no such document, record id or merged event")
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=1))
        return
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=False)
    if "text" in found:
        _document(console, found)
    else:
        _merged(console, found)


def _outlet(slug: str | None) -> str:
    from rasd.outlets import display_name

    name = display_name(slug)
    return f"{name} ({slug})" if slug and name != slug else (slug or "-")


def _label(kind: str, code: str) -> str:
    from rasd.plover import label

    return f"{label(kind, code)} {code}"


def _names(roles: list[dict[str, Any]]) -> str:
    return "، ".join(r.get("name") or r.get("text") or r.get("key", "") for r in roles) or "-"


def _who(v: dict[str, Any]) -> str:
    """actor → recipient @ place of an event."""
    return f"{_names(v['actor'])} → {_names(v['recipient'])} @ {_names(v['location'])}"


def _field(console: Any, name: str, value: Any) -> None:
    from rich.text import Text

    console.print(Text.assemble((f"{name:<10}", "bold"), str(value if value else "-")))


def _document(console: Any, d: dict[str, Any]) -> None:
    from rich.text import Text

    m = d["meta"]
    console.rule(m.get("title") or d["id"])
    _field(console, "id", d["id"])
    records = sorted({c["record_id"] for c in d.get("copies", []) if c.get("record_id")})
    _field(console, "record", ", ".join(records))
    _field(console, "outlet", ", ".join(_outlet(c["source"]) for c in d.get("copies", [])
                                        if c.get("source")) or _outlet(m.get("source")))
    _field(console, "published", m.get("published"))
    _field(console, "url", m.get("url"))
    _field(console, "layers", f"{len(d['sentences'])} sentences, {len(d['entities'])} "
                              f"entities, {len(d['events'])} events, {len(d['claims'])} claims")
    if d["events"]:
        console.print(Text("events", style="bold underline"))
    merged = d.get("merged", {})
    links = {e["id"]: e["link"] for e in d["entities"] if e.get("link")}
    for v in d["events"]:
        for role in ("actor", "recipient", "location"):  # KB names for linked spans
            v[role] = [{**r, "name": links[r["entity"]]["name_ar"]}
                       if r.get("entity") in links else r for r in v[role]]
        _line(console, (f"{v['id']:<4}", "dim"), (_label("categories", v["type"]), "bold"),
              f"  «{v['trigger']['text']}»  ", _who(v), "  ",
              ((v.get("time") or {}).get("date") or "", "cyan"), f"  {v['status']}",
              (f"  {merged[v['id']]}" if v["id"] in merged else "", "dim"))
    if d["claims"]:
        console.print(Text("claims", style="bold underline"))
    for c in d["claims"]:
        _line(console, (c["speaker"]["text"], "bold"), f" {c['cue']['text']}: ",
              c["content"]["text"])
    group = d.get("group") or {}
    if len(group.get("documents", [])) > 1:
        _field(console, "similar", ", ".join(x["id"] for x in group["documents"]
                                             if x["id"] != d["id"]))


def _merged(console: Any, m: dict[str, Any]) -> None:
    from rich.text import Text

    console.rule(f"{_label('categories', m['type'])}: {_names(m['actors'])} → "
                 f"{_names(m['recipients'])}")
    _field(console, "id", m["id"])
    dates = m["date"] if m["date_to"] in (None, m["date"]) else f"{m['date']} – {m['date_to']}"
    _field(console, "date", dates)
    _field(console, "places", _names(m["places"]))
    _field(console, "reports", f"{m['reports']} from {', '.join(map(_outlet, m['outlets']))}")
    _field(console, "dead", m["dead"])
    _field(console, "injured", m["injured"])
    console.print(Text("reports", style="bold underline"))
    for e in m.get("members", []):
        dead = f"  dead {e['dead']}" if e["dead"] is not None else ""
        _line(console, (e["date"] or "-", "cyan"), "  ", (_outlet(e["source"]), "bold"),
              f"  «{e['trigger']['text']}»  ", _who(e), f"  {e['status']}{dead}",
              (f"  {e['doc_id']}", "dim"))
        _line(console, ("    why: " + _why(e.get("why")), "dim"))
    if m.get("claims"):
        console.print(Text("claims", style="bold underline"))
    for c in m.get("claims", []):
        _line(console, (c["speaker"].get("name") or c["speaker"]["text"], "bold"),
              f" ({_outlet(c['source'])}, {c.get('published') or '-'}): ", c["content"]["text"])
    for k in m.get("conflict_list", []):
        accounts = "; ".join(f"{_outlet(a['source'])}: {_value(a['value'])}"
                             for a in k["accounts"])
        _line(console, ("conflict", "bold red"), f" {k['kind']}: {accounts}")


def _why(why: dict[str, Any] | None) -> str:
    """What joined a report to its merged event (store/merge/scoring.py Evidence)."""
    if not why:
        return "-"
    fused = why.get("fused")
    if fused:  # moved in with the merged event it had joined
        rest = _why({k: v for k, v in why.items() if k != "fused"})
        how = "the same count" if fused["how"] == "count" else "their cores agreeing"
        return f"{rest}; fused in by report event {fused['via']} ({how})"
    if why.get("first"):
        return "first report"
    parts = [f"{k} {why[k]['name']} ({why[k]['how']})" for k in ("place", "actor", "target")
             if why.get(k)]
    if why.get("wording"):
        parts.append(f"same wording {why['wording']:.0%}")
    if why.get("magnitude"):
        parts.append(f"same count {why['magnitude']['field']} {why['magnitude']['value']}")
    if why.get("report"):
        parts.append("its report's lead (the report tells it further down)")
    if why.get("retold"):
        parts.append("retold later by its toll (takes the event's day)")
    parts.append(f"{why.get('days', 0)} days apart")
    return ", ".join(parts)


def _value(v: Any) -> str:
    return "، ".join(map(str, v)) if isinstance(v, list) else str(v)


def _line(console: Any, *parts: Any) -> None:
    """One line from plain strings and (string, style) pairs: article text is never read
    as rich markup."""
    from rich.text import Text

    console.print(Text.assemble(*parts))
